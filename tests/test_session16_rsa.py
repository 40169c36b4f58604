"""Session 16 (RESA): one sentence that tells acts at two places, the second in a clause of its own whose time is set
off by commas ("…، بينما شهدت مدينة Y، صباح الجمعة، مظاهرة"): each place is an event, dated by its own clause."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, on: dt.date) -> list[tuple[str, str, str]]:
    return [(str(r["event_date"]), str(r["location"]), str(r["event_type"])) for r in record_rows(text, on)]


def test_second_place_after_comma_time_is_its_own_protest() -> None:
    rows = _rows("تظاهر العشرات في مدينة اعزاز مساء الخميس، بينما شهدت مدينة الباب، صباح الجمعة، وقفة احتجاجية "
                 "شارك فيها المئات.", dt.date(2023, 3, 10))
    assert ("2023-03-09", "Azaz", "Protests") in rows
    assert ("2023-03-10", "Al Bab", "Protests") in rows


def test_each_place_dated_by_its_own_clause() -> None:
    rows = _rows("خرجت مظاهرة في بلدة سرمدا يوم الأحد، فيما شهدت مدينة الدانا، صباح الاثنين، وقفة احتجاجية مماثلة.",
                 dt.date(2023, 3, 14))
    assert ("2023-03-12", "Sarmada", "Protests") in rows
    assert ("2023-03-13", "Dana", "Protests") in rows


def test_one_time_for_both_places_unchanged() -> None:
    # guard: a list of two places with one time set off by commas stays on that one day
    rows = _rows("تظاهر العشرات في مدينة اعزاز وفي مدينة الباب، صباح الجمعة، احتجاجا على الغلاء.", dt.date(2023, 3, 10))
    assert {r[0] for r in rows} == {"2023-03-10"}
    assert {r[1] for r in rows} == {"Azaz", "Al Bab"}


def test_time_closing_the_clause_before_keeps_its_place_apart() -> None:
    # guard: a time that closes the clause of another place ("…بلدة X، يوم أمس، كما طال قصف … Y") does not carry
    # that clause's weapon to Y
    rows = record_rows("قصفت مسيّرة إسرائيلية منطقة في أطراف بلدة كفرشوبا، يوم أمس، كما طال قصف مدفعي إسرائيلي أطراف "
                       "بلدة حولا.", dt.date(2023, 10, 25))
    houla = [r for r in rows if r["location"] == "Houla"]
    assert houla and all(r["sub_event_type"] == "Shelling/artillery/missile attack" for r in houla)
