"""Session 26 (REV): a maintainer's review of the session's patches, with identical output: the records' text order
is one helper of ``rasd.events.stage``; the words read around a post's noun live in ``post_words.tsv``; the cheap
tests of ``_side_operations``, of the bare-capital place and of the two new folds come first."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import norm_key
from rasd.document import Event, Span
from rasd.events import lexicon
from rasd.events.stage import _first_start, _in_text_order, _other_owners
from rasd.geo.demonyms import demonym_forms
from rasd.time.expressions import _is_outlet_cue

DAY = dt.date(2024, 4, 24)  # a Wednesday


def _event(*starts: int) -> Event:
    return Event(event_type="Battles", sub_event_type="Armed clash",
                 evidence=[Span(s, s + 10, "sentence", None) for s in starts])


def test_text_order_is_stable_and_puts_records_without_evidence_first() -> None:
    a, b, c, d = _event(40), _event(5, 90), _event(), _event(40)
    assert [_first_start(e) for e in (a, b, c)] == [40, 5, 0]
    out = _in_text_order([a, b, c, d])
    assert out == [c, b, a, d] and out[2] is a and out[3] is d  # ties keep their order


def test_post_words_file_is_valid_and_normalised() -> None:
    assert not [p for p in lexicon.validate() if "post_words.tsv" in p]
    words = lexicon.post_words()
    assert set(words) == set(lexicon.POST_WORD_KINDS)
    assert norm_key("إلى") in words["not_name"] and norm_key("السفارة") in words["not_name"]
    assert norm_key("هدف") in words["not_post"] and norm_key("العسكرية") in words["no_name"]
    assert all(norm_key(w) == w for kind in words.values() for w in kind)
    # the other side's owners are starts of words: one row holds its inflections
    assert "للمقاومه".startswith(_other_owners()) and "الفصائل".startswith(_other_owners())
    assert not "الاحتلال".startswith(_other_owners())


def test_demonym_forms_read_once() -> None:
    forms = demonym_forms()
    assert forms is demonym_forms()
    assert forms[norm_key("الأردنية")] == "Jordan"


def test_outlet_cue_with_a_conjunction() -> None:
    assert _is_outlet_cue(norm_key("قناة")) and _is_outlet_cue(norm_key("وقناة")) and _is_outlet_cue("فبحسب")
    assert not _is_outlet_cue(norm_key("زار")) and not _is_outlet_cue(norm_key("بقناة"))


def test_bare_capital_still_read_after_its_cheap_test() -> None:
    text = ("الأردن: احتجاجات على رفع أسعار الوقود\n\n"
            "وتظاهر أمس الثلاثاء مئات الأردنيين وسط العاصمة، رفضاً لرفع أسعار المحروقات.")
    rows = [(r["sub_event_type"], r["location"]) for r in record_rows(text, DAY)]
    assert ("Peaceful protest", "Amman") in rows


def _hit_mentions(words: str) -> list[object]:
    text = f"استهدف مقاتلو حزب الله أمس الثلاثاء {words} في مزارع شبعا بالصواريخ، وفق بيان للمقاومة."
    return [m for r in record_rows(text, DAY) for m in r["actor2_mentions"]]  # type: ignore[attr-defined]


def test_post_words_from_the_data_file() -> None:
    assert _hit_mentions("موقع الرادار") == ["موقع الرادار"]  # a post told by its own name before its place
    for words in ("الموقع العسكري", "مواقع مختلفة", "هدف التحضير"):  # no_name, not_name, not_post
        assert not any(words in str(m) for m in _hit_mentions(words)), words
