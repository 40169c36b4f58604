"""Session 15 (battles of unnamed attackers): a battle whose sentences name its target, a state force or settlers,
and tell the act as the attack of fighters they do not name ("عملية إطلاق نار", "عملية دهس", "هجوم مسلح", "كمين",
"منفذ العملية") has ACLED's "Unidentified Armed Group (<country>)" as its initiator; a report that names no such
attack (a ministry counting the enemy's dead) keeps its initiator empty."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_DAY = dt.date(2023, 6, 6)


def _battles(text: str) -> list[tuple[object, object]]:
    return [(r["actor1"], r["actor2"]) for r in record_rows(text, _DAY) if r["event_type"] == "Battles"]


def test_a_ramming_of_soldiers_is_an_unnamed_groups_attack() -> None:
    got = _battles("أصيب جنديان إسرائيليان اليوم في عملية دهس عند حاجز قرب بلدة حوارة جنوبي نابلس.")
    assert ("Unidentified Armed Group (Palestine)", "Military Forces of Israel (2009-)") in got


def test_a_shooting_operation_on_settlers_is_an_unnamed_groups_attack() -> None:
    got = _battles("أصيب مستوطن بجروح خطيرة اليوم في عملية إطلاق نار قرب مستوطنة إيتمار شمال الضفة الغربية.")
    assert ("Unidentified Armed Group (Palestine)", "Settlers (Israel)") in got


def test_an_armed_attack_on_a_police_patrol_abroad() -> None:
    got = _battles("مقتل شرطي كوسوفي وجرح آخر اليوم في هجوم مسلح على دورية للشرطة في شمال كوسوفو.")
    assert got and got[0][0] == "Unidentified Armed Group (Kosovo)"


def test_a_count_of_enemy_dead_names_no_unnamed_attacker() -> None:
    got = _battles("أعلنت وزارة الدفاع الروسية مقتل 50 جنديا أوكرانيا في دونيتسك اليوم.")
    assert got and all(not a1 or not str(a1).startswith("Unidentified") for a1, _ in got)
