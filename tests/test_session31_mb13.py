"""Session 31 (mb13, crowds that beat, storm and burn): a crowd right after a verb of setting upon someone ("انهال
عليه عشرات الأهالي بالضرب") or counted young men right after a verb of beating ("اعتدى عشرات الشبان على …") are the
mob that did it (Riots, Rioters); the act someone is accused of ("بعد اتهامه بمحاولة خطف …") is no act of the
sentence; "وهو من أبناء المدينة" tells where a victim is from, no communal militia."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 14)  # a Tuesday


def _kinds(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_crowd_setting_upon_a_man_with_a_pronoun_between_is_a_mob() -> None:
    rows = record_rows("وفي مدينة نوى، انهال عليه عشرات الأهالي بالضرب بالعصي اليوم الثلاثاء بعد اتهامه "
                       "بالسرقة.", DAY)
    assert _kinds(rows) == [("Riots", "Mob violence")]
    assert rows[0]["inter1"] == 5


def test_counted_young_men_after_a_verb_of_beating_are_the_mob() -> None:
    rows = record_rows("وفي مدينة نوى، اعتدى عشرات الشبان على رجل مسن بالضرب اليوم الثلاثاء.", DAY)
    assert _kinds(rows) == [("Riots", "Mob violence")]
    assert rows[0]["inter1"] == 5 and rows[0]["inter2"] == 7


def test_the_charge_laid_on_the_victim_types_nothing() -> None:
    rows = record_rows("فارق شاب الحياة مساء الثلاثاء بعد أن انهال عليه عشرات الأهالي بالضرب في مدينة جاسم، "
                       "عقب اتهامه بمحاولة خطف طفلة.", DAY)
    assert _kinds(rows) == [("Riots", "Mob violence")]


def test_young_men_killed_stay_the_victims() -> None:
    rows = record_rows("قُتل ثلاثة شبان برصاص مسلحين مجهولين في مدينة نوى اليوم الثلاثاء.", DAY)
    assert rows and all(r["event_type"] != "Riots" for r in rows)


def test_pronoun_before_sons_of_the_town_is_the_victims_origin() -> None:
    rows = record_rows("وقُتل الشاب، وهو من أبناء مدينة تلبيسة، مساء الثلاثاء برصاص مسلحين مجهولين أطلقوا النار "
                       "عليه قرب المدينة.", DAY)
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter2"] == 7
