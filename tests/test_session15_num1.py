"""Session 15 (fatalities from singular tolls): Arabic numbers its nouns, so a death told of one person with no
number word counts one, not ACLED's three for deaths told without a number: "one of" a group after a casualty word
("مقتل أحد جنوده", "استشهدت إحدى النساء"), an indefinite singular that opens a "that" clause before its singular
verb of dying ("أفادت بأن عسكرياً سورياً استشهد"), and a singular with a possessive pronoun ("واستشهد منفذها").
"أحد" with no group ("لم يُقتل أحد") counts no one, and a hit "أحد المباني" is no wounded person."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 5)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_one_of_his_soldiers_killed_counts_one() -> None:
    rows = _rows("أعلن الجيش السوري مقتل أحد جنوده في قصف على ريف إدلب يوم الاثنين.")
    assert [r["fatalities"] for r in rows] == [1]


def test_one_of_the_women_killed_counts_one() -> None:
    rows = _rows("استشهدت إحدى النساء في غارة إسرائيلية على خان يونس اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_one_of_the_young_men_wounded_counts_one_wounded() -> None:
    rows = _rows("أصيب أحد الشبان برصاص قوات الاحتلال في جنين اليوم.")
    assert rows and rows[0]["quantities"].get("injured") == 1  # type: ignore[union-attr]


def test_one_of_the_buildings_hit_is_no_wounded_person() -> None:
    rows = _rows("قصفت المدفعية الإسرائيلية بلدة الخيام اليوم، ما أدى إلى إصابة أحد المباني السكنية.")
    assert rows and "injured" not in rows[0]["quantities"]  # type: ignore[operator]


def test_nobody_killed_is_no_toll() -> None:
    rows = _rows("قصفت الطائرات الإسرائيلية موقعاً في رفح ولم يقتل أحد في الغارة اليوم.")
    assert [r["fatalities"] for r in rows] == [0]


def test_singular_subject_of_a_that_clause_before_its_verb_counts_one() -> None:
    rows = _rows("قالت الوزارة إن عسكرياً سورياً استشهد في قصف إسرائيلي على ريف دمشق اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_passive_killed_after_a_singular_subject_counts_one() -> None:
    rows = _rows("أفادت مصادر محلية بأن شاباً قُتل في غارة إسرائيلية على رفح اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_its_attacker_killed_counts_one() -> None:
    rows = _rows("أصيب جنديان إسرائيليان في عملية طعن في القدس اليوم واستشهد منفذها.")
    assert [r["fatalities"] for r in rows] == [1]
    assert rows[0]["quantities"].get("injured") == 2  # type: ignore[union-attr]


def test_its_commander_killed_counts_one() -> None:
    rows = _rows("أعلنت الحركة مقتل قائدها في غارة إسرائيلية على رفح اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_one_sought_to_be_captured_is_no_captive() -> None:
    rows = _rows("اشتبك مقاتلو القسام مع قوة إسرائيلية في رفح اليوم خلال محاولة أسر أحد جنودها.")
    assert all("captured" not in r["quantities"] for r in rows)  # type: ignore[operator]


def test_one_of_its_fighters_killed_as_the_result_of_a_strike_counts_one() -> None:
    rows = _rows("قصفت طائرة إسرائيلية مسيرة سيارة في بلدة عيترون اليوم، ما أدى إلى استشهاد أحد مقاتليها.")
    assert [r["fatalities"] for r in rows] == [1]
