"""Session 30, regional fronts in agency voices (rg12): arrests counted per governorate, and the seat of a
hospital that reports a toll."""
from __future__ import annotations

import datetime as dt

from rasd.pipeline import extract_text

DAY = dt.date(2025, 1, 14)


def _places(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, DAY)
    return [(e.sub_event_type, e.place.name_en if e.place else "") for e in doc.events]


def test_arrests_counted_per_place_are_one_event_each() -> None:
    got = _places("اعتقالات\n\nاعتقلت القوات فجر اليوم 5 شبان من محافظة نابلس، و3 من محافظة جنين، و2 من بيت لحم.")
    assert [p for t, p in got if t == "Arrests"] == ["Nablus", "Jenin", "Bethlehem"]


def test_arrests_at_one_place_stay_one_event() -> None:
    got = _places("اعتقالات\n\nاعتقلت القوات فجر اليوم 5 شبان من مدينة نابلس بعد مداهمة منازلهم.")
    assert [p for t, p in got if t == "Arrests"] == ["Nablus"]


def test_seat_of_a_reporting_hospital_is_not_the_event_place() -> None:
    got = _places("غزة\n\nوأفاد مستشفى العودة في مخيم النصيرات بأن خمسة أشخاص قتلوا بنيران القوات الإسرائيلية "
                  "قرب محور نتساريم.")
    assert got and all(p != "Nuseirat" for _, p in got)
