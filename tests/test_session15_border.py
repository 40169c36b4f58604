"""Session 15 (border phrases): a country named after "الحدود مع" is the far side of the border, not the event's
place ("اشتبك جيش X مع مسلحين عند الحدود مع Y": the clash is on X's side); a strike across the border is at its
target's side, so a sentence that targets positions "عند الحدود مع Y" keeps Y."""

from __future__ import annotations

import datetime as dt

from tests.helpers import record_rows

_DAY = dt.date(2024, 3, 5)


def _countries(text: str) -> list[str]:
    return [str(r["country"]) for r in record_rows(text, _DAY)]


def test_a_clash_at_the_border_with_a_neighbour_is_not_placed_in_the_neighbour() -> None:
    got = _countries("اشتبك الجيش المالي اليوم الثلاثاء مع مسلحين عند الحدود مع الجزائر وقتل خمسة منهم.")
    assert got and "Algeria" not in got


def test_wounded_soldiers_at_the_northern_border_are_not_placed_across_it() -> None:
    got = _countries("أصيب ثلاثة جنود إسرائيليين اليوم الثلاثاء في هجوم عند الحدود الشمالية مع لبنان.")
    assert got and "Lebanon" not in got


def test_a_strike_on_positions_across_the_border_keeps_the_target_side() -> None:
    got = _countries("استهدف حزب الله اليوم الثلاثاء بالصواريخ مواقع الاحتلال عند الحدود مع فلسطين المحتلة.")
    assert got and all(c == "Israel" for c in got)
