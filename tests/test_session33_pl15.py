"""Session 33 (pl15): a force named right after a verb of fire as based in a town ("قصفت القوات X المتمركزة في محيط
مدينة A بالمدفعية قرى في ريف B") fires from that town: A is where the fire came from, B its target, and the
strike is one record at B, not a second one at A.  A force based in a town that the fire hits, with no place after
it, is still the target there."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 9, 10)  # a Sunday


def _places(text: str) -> set[object]:
    return {r["location"] for r in record_rows(text, DAY)}


def test_base_of_the_firing_force_is_not_a_second_place() -> None:
    text = ("قصفت القوات التركية المتمركزة في محيط مدينة رأس العين بقذائف الهاون قرى في ريف تل تمر اليوم الأحد، "
            "ما ألحق أضراراً بمنازل الأهالي.")
    places = _places(text)
    assert "Tal Tamer" in places
    assert "Ras Al Ain" not in places


def test_force_hit_in_its_base_keeps_the_place() -> None:
    text = "استهدفت مسيّرة القوات التركية المتمركزة في محيط مدينة رأس العين اليوم الأحد، دون ورود أنباء عن إصابات."
    assert "Ras Al Ain" in _places(text)
