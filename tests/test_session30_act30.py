"""Session 30 (act30, actors on the new text): the men of a force named before an arrest verb made the arrest ("عناصر
من X يعتقلون …"); "الشرطة العسكرية التابعة لـ X" is X's; former members of a militia held in a sweep are the people
held, not the force; a civilian's town ("شاب من أبناء المدينة") names no communal militia; a girl, a mosque's imam or
preacher are civilians; the "hostile" warplanes of Lebanese outlets are Israel's where the article names its forces."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 8, 29)  # a Tuesday


def _sides(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows]


def test_men_of_a_force_before_a_present_arrest_verb_made_the_arrest() -> None:
    rows = record_rows("عناصر من قسد يعتقلون عشرة شبان خلال مداهمة في بلدة الصور.", DAY)
    assert _sides(rows) == [("Arrests", 2, 7)]
    assert any("قسد" in m for m in rows[0]["actor1_mentions"])


def test_a_patrol_of_a_force_before_an_arrest_verb_made_the_arrest() -> None:
    rows = record_rows("دورية من قسد اعتقلت شابين عند مدخل بلدة الصور يوم الثلاثاء.", DAY)
    assert _sides(rows) == [("Arrests", 2, 7)]


def test_members_of_a_group_held_after_the_verb_stay_the_side_held() -> None:
    rows = record_rows("اعتقلت قوات النظام يوم الثلاثاء عناصر من الفصائل في مدينة طفس.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(1, 2)]


def test_military_police_of_a_named_owner_is_the_owners() -> None:
    rows = record_rows('أوقفت الشرطة العسكرية التابعة لـ"الجيش الوطني السوري" يوم الثلاثاء مصوراً في مدينة الباب.',
                       DAY)
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Arrests", 2)]
    assert rows[0]["actor1"] == "Syrian National Army"


def test_former_members_of_a_militia_are_the_people_held() -> None:
    day = dt.date(2025, 2, 3)
    rows = record_rows('شنّت إدارة الأمن العام حملة في مدينة حمص أمس، وأسفرت عن توقيف عشرة أشخاص، بينهم عناصر سابقون في '
                       'ميليشيات "الدفاع الوطني".', day)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["inter1"] == 1 and r["inter2"] == 7 for r in arrests)
    assert not any("الدفاع الوطني" in r["actor1"] for r in rows)


def test_a_young_mans_town_is_no_communal_militia() -> None:
    rows = record_rows("قُتل شاب من أبناء المدينة برصاص مجهولين في مدينة الباب يوم الثلاثاء.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(3, 7)]
    assert "شاب" in rows[0]["actor2_mentions"]
    assert not any("أبناء" in m for m in rows[0]["actor1_mentions"])


def test_one_of_the_towns_sons_is_a_civilian() -> None:
    rows = record_rows("قُتل أحد أبناء البلدة برصاص مجهولين في بلدة اليادودة يوم الثلاثاء.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(3, 7)]


def test_fighters_from_the_town_stay_a_communal_militia() -> None:
    rows = record_rows("اشتبك مسلحون من أبناء البلدة مع قوات النظام في بلدة اليادودة يوم الثلاثاء.", DAY)
    assert [sorted((r["inter1"], r["inter2"])) for r in rows] == [[1, 4]]


def test_a_girl_taken_by_gunmen_is_the_civilian_named() -> None:
    day = dt.date(2025, 6, 1)
    rows = record_rows("تطالب عائلة الفتاة سلمى بالكشف عن مصيرها بعد أن خطفها مجهولون أمس في مدينة جبلة.", day)
    assert [r["inter2"] for r in rows] == [7]
    assert "الفتاة" in rows[0]["actor2_mentions"]


def test_a_mosques_preacher_is_a_civilian() -> None:
    rows = record_rows("اعتقلت هيئة تحرير الشام يوم الثلاثاء خطيب مسجد في مدينة سرمدا بعد خطبة انتقد فيها الغلاء.", DAY)
    assert _sides(rows) == [("Arrests", 2, 7)]
    assert any("خطيب مسجد" in m for m in rows[0]["actor2_mentions"])


def test_hostile_warplanes_are_israels_where_its_forces_are_named() -> None:
    day = dt.date(2024, 2, 20)
    rows = record_rows("قال الجيش الإسرائيلي إنه يواصل عملياته في الجنوب. وشنّ الطيران الحربي المعادي اليوم غارة على "
                       "منزل في بلدة ميس الجبل.", day)
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["inter1"] == 8
    assert "الطيران الحربي المعادي" in strikes[0]["actor1_mentions"]
