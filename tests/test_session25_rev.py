"""Session 25, REV: a maintainer's review of the session's patches, with identical output.

- the count of a time unit ("قبل ثلاثة أيام", "وقبل ذلك بخمسة أيام") is read by one helper, in digits or in words;
- the plural units that count a vague few on their own ("قبل أيام", "وقبلها بأسابيع") are one list;
- a fold that keeps the body's own toll (a headline's or a definite noun's re-telling) is one helper;
- the definite re-tellings are read once per article, and the arrests lent a clash's sides only where an arrest is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document, Event
from rasd.events.stage import _fold_keeping_toll
from rasd.time.expressions import _PLURAL_UNITS, _count_of, _Reject, find_times

SUNDAY = dt.date(2024, 5, 19)


def _times(text: str, day: dt.date = SUNDAY) -> list[tuple[str, str, int]]:
    doc = Document(id="t", text=text, published=day)
    return [(text[t.start:t.end], t.value.date.isoformat(), t.value.precision)
            for t in find_times(doc.normalized(), day)]


@pytest.mark.parametrize(("words", "n"), [("3", 3), ("12", 12), ("ثلاثه", 3), ("خمسه وعشرين", 25)])
def test_count_of_a_time_unit(words: str, n: int) -> None:
    assert _count_of(words) == n


def test_count_of_words_that_are_no_number() -> None:
    with pytest.raises(_Reject):
        _count_of("الطائرات")


def test_plural_units_are_normalised() -> None:
    assert {"ايام", "اسابيع", "سنوات"} <= _PLURAL_UNITS
    assert "يومين" not in _PLURAL_UNITS


def test_count_back_from_the_publication_day_in_words_and_digits() -> None:
    """Invented: an act three days before the article, its count in words and in digits."""
    words = _times("اعتقلت قوات الاحتلال شاباً من بلدة بيتا قبل ثلاثة أيام.")
    digits = _times("اعتقلت قوات الاحتلال شاباً من بلدة بيتا قبل 3 أيام.")
    assert [t[1:] for t in words] == [t[1:] for t in digits] == [("2024-05-16", 1)]


def test_count_from_the_time_just_named() -> None:
    """Invented: "وقبل ذلك بخمسة أيام" counts from the day the sentence before names, not from the article's."""
    text = "قصفت المدفعية بلدة عيتا الشعب يوم الجمعة 10 أيار. وقبل ذلك بخمسة أيام، استهدفت غارة أطراف البلدة."
    days = {t[0]: t[1] for t in _times(text)}
    assert "2024-05-05" in days.values()


def test_fold_keeping_toll_keeps_the_body_count() -> None:
    body = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    body.quantities = {"killed": 4}
    told = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    told.quantities = {"killed": 30, "injured": 7}
    _fold_keeping_toll(body, told, {}, Document(id="t", text="", published=SUNDAY))
    assert body.quantities == {"killed": 4}
