"""Event dating, session 6 (time/expressions.py): an act told at the start of the year ("مطلع العام الحالي",
"بداية عام 2024") in an article written months later is background; the same words in the year's first
weeks are still the news, and a bare year of the current year stays current.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

MAY = dt.date(2024, 5, 14)
EARLY = dt.date(2024, 1, 20)


def _value(text: str, on: dt.date) -> tuple[dt.date, int, bool]:
    found = find_times(normalize(text), on)
    assert found, text
    v = found[0].value
    return v.date, v.precision, v.historical


@pytest.mark.parametrize("text", [
    "ومطلع العام الحالي، قصفت طائرات مسيّرة مخزناً للذخيرة قرب البلدة.",
    "وفي بداية العام الحالي سقطت قذائف على سوق شعبية في المدينة.",
    "وفي مطلع عام 2024 هاجم مسلحون حاجزاً على الطريق الدولي.",
])
def test_start_of_year_months_later_is_background(text: str) -> None:
    day, precision, hist = _value(text, MAY)
    assert (day.year, day.month) == (2024, 1)
    assert precision == 3
    assert hist


def test_start_of_year_in_january_is_news() -> None:
    _iso, _p, hist = _value("ومطلع العام الحالي، قصفت طائرات مسيّرة مخزناً للذخيرة قرب البلدة.", EARLY)
    assert not hist


def test_bare_current_year_stays_current() -> None:
    _iso, _p, hist = _value("وشهد العام الحالي تصاعداً في الهجمات على الطرق الصحراوية.", MAY)
    assert not hist


def test_event_dated_by_start_of_year_is_historical() -> None:
    text = ("قصف الطيران مواقع للمسلحين في ريف المدينة اليوم.\n"
            "ومطلع العام الحالي، قُتل جنديان بقصف مماثل على المطار العسكري.")
    doc = time_doc(text, MAY)
    v, hist = event_date(doc, [sentence_at(doc, "ومطلع")])
    assert v is not None and v.date.year == 2024 and v.date.month == 1 and v.precision == 3
    assert hist
