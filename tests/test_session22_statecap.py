"""Session 22 (lead): a capital right after a verb whose object is an act ("نفّذت واشنطن ولندن غارات", "شنّت صنعاء
هجوماً") is the government that acts, not the place of the act: the record takes the place the act is aimed at."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 3)


def test_capitals_that_carry_out_a_strike_are_not_its_place() -> None:
    rows = record_rows("ونفّذت واشنطن ولندن غارات جديدة على اليمن، اليوم، طالت مواقع في محافظة الحديدة.", DAY)
    assert rows and all(r["location"] not in ("London", "Washington") for r in rows)
    assert any(r["location"] == "Hodeidah" for r in rows)


def test_a_capital_struck_is_still_the_place() -> None:
    # guard (passes on the old code): a capital after a strike verb that takes a place object stays the place
    rows = record_rows("قصفت الطائرات الروسية اليوم أطراف كييف بعدة صواريخ.", DAY)
    assert any(r["location"] == "Kyiv" for r in rows)
