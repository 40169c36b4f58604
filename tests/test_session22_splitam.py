"""Session 22 (splitam): an act a lead dates to a day and a later sentence tells in the night that led into that day
("ليل الأحد – الإثنين", dated to the evening it began) is one act, not two records on two days in a row; a night
told first and a day told after it, or two days without a night between, stay two acts."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 5, 16)  # a Tuesday: Sunday the 14th, Monday the 15th


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_lead_day_and_detail_night_are_one_killing() -> None:
    rows = _rows("قتل مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة بمدينة طفس، يوم الإثنين.\n"
                 "وكان مسلحون مجهولون قد اغتالوا القيادي برصاص مباشر أمام منزله في مدينة طفس ليل الأحد – الإثنين، "
                 "بحسب ناشطين.")
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Attack" and rows[0]["fatalities"] == 1
    assert rows[0]["event_date"] == "2023-05-15"  # the day the lead names, not the evening the night began


def test_lead_day_and_reporter_night_are_one_shelling() -> None:
    rows = _rows("قصفت قوات النظام بلدة سرمين في ريف إدلب الشرقي يوم الإثنين، ما أدى إلى مقتل مدنيين.\n"
                 "وقال مراسلنا إن قوات النظام قصفت بلدة سرمين بقذائف المدفعية ليل الأحد – الإثنين.")
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2023-05-15"


def test_guard_lead_day_and_night_of_the_evening_after_it() -> None:
    """Guard (passes on the old code too): the day named first, then the night that began on that evening."""
    rows = _rows("استهدفت مسيّرة مجهولة سيارة عسكرية قرب بلدة الشحيل في ريف دير الزور الشرقي يوم الأحد.\n"
                 "وأوضحت المصادر أن المسيّرة استهدفت السيارة قرب بلدة الشحيل ليل الأحد – الإثنين.")
    assert len(rows) == 1


def test_guard_night_first_then_a_new_day_stays_two() -> None:
    """Guard (passes on the old code too): the night told first and a renewed act the next day are two events."""
    rows = _rows("قصفت قوات النظام بلدة سرمين في ريف إدلب الشرقي ليل الأحد – الإثنين.\n"
                 "وفي الإثنين، قصفت قوات النظام بلدة سرمين مجدداً بقذائف الهاون.")
    assert sorted(r["event_date"] for r in rows) == ["2023-05-14", "2023-05-15"]


def test_guard_two_days_without_a_night_stay_two() -> None:
    """Guard (passes on the old code too): two days in a row, no night between them named, two events."""
    rows = _rows("قصفت قوات النظام بلدة سرمين في ريف إدلب الشرقي يوم الإثنين.\n"
                 "وقصفت قوات النظام بلدة سرمين بقذائف المدفعية يوم الأحد.")
    assert len(rows) == 2


def test_guard_night_at_another_town_stays_apart() -> None:
    """Guard (passes on the old code too): the night's act at another town is another event."""
    rows = _rows("قتل مسلحون مجهولون شاباً في مدينة طفس يوم الإثنين.\n"
                 "وقتل مسلحون مجهولون رجلاً في مدينة الصنمين ليل الأحد – الإثنين.")
    assert len(rows) == 2
