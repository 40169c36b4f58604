"""Session 27, HIST: background acts and their dates.

- an act told in a sentence that opens with today's report of another kind of act ("أعلنت السلطات، اليوم،
  إعدام …، بينهم منفّذ تفجير … عام 2016") takes the earlier year its own clause gives, and is background; the
  act the report is about (an arrest announced today) keeps today's date;
- a month or a year that takes in the day of publication ("هذا العام", "الشهر الجاري") dates its acts in its part
  up to that day: an act told is never later than the report of it.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def test_a_bombing_named_with_its_year_in_todays_report_of_an_execution_is_background() -> None:
    recs = _records("أعلنت السلطات العراقية، اليوم الثلاثاء، إعدام ثلاثة مدانين، بينهم المتورط في تفجير سوق "
                    "الكرادة في تموز/يوليو عام 2016، الذي أسفر عن مقتل 300 شخص.")
    bombs = [r for r in recs if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert bombs, [(r["sub_event_type"], r["event_date"]) for r in recs]
    assert all(r["event_date"].startswith("2016-07") and r["historical"] and r["time_precision"] == 3
               for r in bombs), [(r["event_date"], r["historical"], r["time_precision"]) for r in bombs]


def test_guard_an_arrest_announced_today_keeps_todays_date() -> None:
    recs = _records("أعلنت الشرطة اليوم الثلاثاء اعتقال المتهم بتفجير السوق في بغداد عام 2019.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["event_date"] == DAY.isoformat() and not r["historical"] for r in arrests), \
        [(r["sub_event_type"], r["event_date"], r["historical"]) for r in recs]


def test_guard_todays_strike_compared_with_a_past_year_stays_today() -> None:
    recs = _records("شنّ الطيران الحربي اليوم الثلاثاء غارات على مدينة إدلب، هي الأعنف منذ عام 2020.")
    assert recs and all(r["event_date"] == DAY.isoformat() and not r["historical"] for r in recs), \
        [(r["event_date"], r["historical"]) for r in recs]


def test_this_year_dates_an_act_no_later_than_the_publication() -> None:
    recs = _records("واعتقلت الشرطة هذا العام عشرة أشخاص في بغداد.")
    assert recs, recs
    for r in recs:
        day = dt.date.fromisoformat(r["event_date"])
        assert day.year == DAY.year and day <= DAY and r["time_precision"] == 3, r["event_date"]


def test_the_current_month_dates_an_act_no_later_than_the_publication() -> None:
    recs = _records("واعتقلت الشرطة الشهر الجاري عشرة أشخاص في بغداد.")
    assert recs, recs
    for r in recs:
        day = dt.date.fromisoformat(r["event_date"])
        assert (day.year, day.month) == (DAY.year, DAY.month) and day <= DAY and r["time_precision"] == 3, \
            r["event_date"]


def test_guard_last_month_keeps_its_middle() -> None:
    recs = _records("واعتقلت الشرطة الشهر الماضي عشرة أشخاص في بغداد.")
    assert recs and all(r["event_date"] == "2024-02-15" and r["time_precision"] == 3 for r in recs), \
        [(r["event_date"], r["time_precision"]) for r in recs]
