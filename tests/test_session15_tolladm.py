"""Session 15 (a force admitting its own losses): the army that admits its dead or wounded is the side hit,
also when the count follows "بـ" ("اعترف الجيش بـ 4 إصابات"), and the side it fought is the clash's actor1."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on, record_rows  # noqa: F401

DAY = dt.date(2024, 3, 5)
ISRAEL = "Military Forces of Israel (2009-)"


def _sides(text: str) -> list[tuple[object, object]]:
    return [(r["actor1"], r["actor2"]) for r in record_rows(text, DAY) if r["event_type"] == "Battles"]


def test_admitted_dead_in_battles_with_the_resistance_make_the_army_the_side_hit() -> None:
    sides = _sides("أقر جيش الاحتلال الإسرائيلي اليوم بمقتل جنديين خلال المعارك مع المقاومة في شمالي قطاع غزة.")
    assert sides and sides[0][1] == ISRAEL and sides[0][0] != ISRAEL


def test_a_count_after_ba_of_admitting_is_the_armys_own_wounded() -> None:
    for text in ("اعترف جيش الاحتلال الإسرائيلي اليوم بـ 5 إصابات خطيرة خلال المعارك مع المقاومة جنوبي قطاع غزة.",
                 "اعترف جيش الاحتلال الإسرائيلي اليوم بـ5 إصابات خطيرة خلال المعارك مع المقاومة جنوبي قطاع غزة."):
        sides = _sides(text)
        assert sides and sides[0][1] == ISRAEL and sides[0][0] != ISRAEL, text


def test_a_state_force_admitting_a_soldier_killed_by_another_army_is_actor2() -> None:
    sides = _sides("القوات المسلحة المصرية تعلن استشهاد جندي خلال تبادل لإطلاق النار مع قوات الاحتلال قرب معبر رفح.")
    assert sides and sides[0] == (ISRAEL, "Military Forces of Egypt (2014-)")
