"""Session 38 (lead's review): "الأراضي المحتلة عام 1948" names the land by the year it was taken (Israel within its
1948 lines), not the time of an act told there; sixteen corpus records had been dated to 1948 by it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

DAY = dt.date(2024, 6, 23)


def _times(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value.granularity) for t in find_times(normalize(text), DAY)]


def test_the_year_of_the_occupied_land_is_no_time() -> None:
    assert _times("أطلقت المقاومة رشقة صواريخ نحو مستوطنات في الأراضي المحتلة عام 1948 مساء اليوم.") == [
        ("مساء اليوم", "day")]
    assert _times("واعتقلت الشرطة شابين من الداخل المحتل عام الـ48.") == []
    # a year of its own is still a time ("في العام 1948 هُجّر أهالي القرية")
    assert _times("في العام 1948 هُجّر أهالي القرية إلى لبنان.") == [("العام 1948", "year")]


def test_a_demolition_in_the_occupied_land_keeps_the_news_day() -> None:
    rows = record_rows("وكذلك هدمت جرافات الاحتلال جزءاً من منزل لعائلة فلسطينية في مدينة اللد في الأراضي المحتلة عام "
                       "1948 بحجة البناء من دون ترخيص.", DAY)
    assert rows
    assert all(not str(r["event_date"]).startswith("1948") and r["historical"] is False for r in rows)
