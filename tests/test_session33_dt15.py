"""Session 33, dates (DAT33): "منذ ساعات الفجر،" with the clause's comma is still the dawn of the day just named."""
from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

PUB = dt.date(2024, 3, 6)


def _days(text: str) -> list[dt.date]:
    return [m.value.date for m in find_times(normalize(text), PUB)]


def test_dawn_hours_with_comma_take_the_day_named() -> None:
    # the part of the day carries the comma of its clause
    assert _days("داهمت الدورية القرية أمس. وطوقت المنازل منذ ساعات الفجر، ثم فتشتها.") == [
        dt.date(2024, 3, 5), dt.date(2024, 3, 5)]


def test_morning_hours_without_comma_unchanged() -> None:
    assert _days("داهمت الدورية القرية أمس. فمنذ ساعات الصباح الأولى بدأ التفتيش.") == [
        dt.date(2024, 3, 5), dt.date(2024, 3, 5)]


def test_hours_ago_in_a_new_paragraph_stay_the_day_of_writing() -> None:
    # a new paragraph: the hours of the morning are those of the day of writing
    assert _days("داهمت الدورية القرية أمس.\n\nوتقصف المدفعية البلدة منذ ساعات الصباح، بحسب مصادر.") == [
        dt.date(2024, 3, 5), PUB]
