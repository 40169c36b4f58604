"""The fast paths of session 10 (speed) give what the plain forms they replace give."""

from __future__ import annotations

import math
import random

from rasd.arabic import normalize as norm_mod
from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm_key, normalize
from rasd.arabic.numbers import find_numbers
from rasd.arabic.segment import _SENT_END, _sentence_ends, sentences
from rasd.events import scorer


def test_sentence_ends_match_the_pattern() -> None:
    rnd = random.Random(7)
    texts = ["", "جملة أولى. جملة ثانية؟ ثالثة!", "بلغ 2.5 مليون", "الرقم 3..4 هنا", "ص 7.\nسطر", "..5", "5.",
             "وصل 12؟3 ثم 4!!5 و.6"]
    texts += ["".join(rnd.choice("12٣.!?؟\nاب ") for _ in range(rnd.randint(0, 14))) for _ in range(3000)]
    for t in texts:
        assert _sentence_ends(t) == [m.span() for m in _SENT_END.finditer(t)], t


def test_sentences_keep_decimals_whole() -> None:
    text = "ارتفع المؤشر 2.5 نقطة. وهبط غيره."
    assert [text[s.start:s.end] for s in sentences(text)] == ["ارتفع المؤشر 2.5 نقطة.", "وهبط غيره."]


def test_long_norm_key_is_the_translation() -> None:
    def plain(t: str) -> str:
        return " ".join(t.translate(norm_mod._TRANSLATE).split())

    rnd = random.Random(3)
    alphabet = [*norm_mod._TABLE, "ب", "ت", "a", "Z", "\x00", "\t"]
    for _ in range(500):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(80, 160)))
        assert norm_key(t) == plain(t)
    line = "أعلنت الجهة المنظمة، في بيان مقتضب، تأجيل الموعد إلى إشعارٍ آخر بسبب سوء الأحوال الجوية في المنطقة."
    assert len(line) >= norm_mod._LONG_KEY and norm_key(line) == plain(line)


def test_number_words_only_as_whole_words() -> None:
    got = [(s.value.value, s.value.vague) for s in find_numbers(normalize("وصل ثلاثة رجال والعشرات بعدهم ثلاثيني"))]
    assert got == [(3, False), (10, True)]


def test_digit_thousands_read_once() -> None:
    got = [s.value.value for s in find_numbers(normalize("حضر 12 ألفا و300 شخص"))]
    assert got == [12300]


def test_matcher_left_edge_limits() -> None:
    m = LexiconMatcher([("رم", 1)])
    nt = normalize("ورم كرارم رم")
    found = [(nt.norm[x.nstart:x.nend], x.start, x.prefix) for x in m.find(nt)]
    assert found == [("رم", 1, "و"), ("رم", 10, "")]  # "كرارم": three letters before it, no proclitics


def test_probability_same_as_with_the_vector_features() -> None:
    feats = {"w_max": 1.0, "verb": 1.0, "anchor": 1.0, "w:قصف": 1.0, "w:مدينه": 1.0, "win:قصف": 1.0}
    for family in ("violent", "demo"):
        full = scorer.family_vectors(family, feats)
        w = scorer.weights().get(family) or {}
        z = w.get("_bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in full.items())
        assert scorer.probability(family, feats) == 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def test_inline_widget_labels_still_dropped() -> None:
    from rasd.clean.debris import clean_text

    got = clean_text("وصل الوفد Camera ICON إلى المدينة\nخبر بلا أي علامة")
    assert got.text == "وصل الوفد  إلى المدينة\nخبر بلا أي علامة"
    assert [r for r, _ in got.dropped] == ["inline widget label"]
