"""Session 28 (act28, the actors of styles7): the men of a force named with "عناصر من" after an arrest verb made the
arrest; a campaign's force named after it by "أطلقتها" made the arrests it yielded; the state's patrols or men named
by the bare word "الأمن"; armed men "من أبناء <town>" are a communal militia, also after "فتصدى لها"; a bare "الشرطة
العسكرية" in a report on the National Army's areas is the National Army's; the owner of a drone that struck ("استهداف
طائرة مسيّرة تابعة لـ X") is the attacker; townspeople who beat someone are a mob; "تجمع العشرات" names its crowd."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 6)  # a Wednesday
LATER = dt.date(2026, 3, 18)  # after December 2024


def _sides(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows]


def test_members_of_a_branch_after_an_arrest_verb_made_the_arrest() -> None:
    rows = record_rows("اعتقل عناصر من فرع الأمن السياسي يوم الاثنين ثلاثة شبان عند حاجز على مدخل مدينة نوى.", DAY)
    assert _sides(rows) == [("Arrests", 1, 7)]
    assert any("الأمن السياسي" in m for m in rows[0]["actor1_mentions"])


def test_a_group_after_the_arrested_stays_the_side_held() -> None:
    rows = record_rows("اعتقل فرع الأمن العسكري يوم الاثنين عناصر من فصائل المعارضة في مدينة نوى.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(1, 2)]


def test_campaign_launched_by_a_force_named_after_it() -> None:
    rows = record_rows("أعلنت الوزارة يوم الثلاثاء نهاية حملة أمنية أطلقتها قيادة الأمن الداخلي في مدينة الرستن.\n"
                       "وأسفرت الحملة عن توقيف تسعة أشخاص من المطلوبين.", LATER)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["inter1"] == 1


def test_bare_security_patrols_are_the_state() -> None:
    rows = record_rows("وذكر مسؤول أن دوريات الأمن أوقفت مساء الاثنين رجلين مشتبهاً بهما داخل مدينة جبلة.", LATER)
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Arrests", 1)]


def test_fighters_from_the_sons_of_a_town_are_a_communal_militia() -> None:
    rows = record_rows("اندلعت اشتباكات صباح الاثنين بين قوات النظام ومقاتلين من أبناء بلدة اليادودة في ريف درعا.", DAY)
    assert [sorted((r["inter1"], r["inter2"])) for r in rows] == [[1, 4]]
    assert any("أبناء بلدة" in m for r in rows for m in r["actor1_mentions"] + r["actor2_mentions"])


def test_fighters_who_stood_up_to_the_advance_are_its_other_side() -> None:
    rows = record_rows("واندلعت المواجهات صباح الاثنين حين حاولت قوات النظام التقدم نحو مدينة جاسم، فتصدى لها "
                       "مقاتلون من أبناء جاسم، ما أدى إلى مقتل عنصر.", DAY)
    assert [sorted((r["inter1"], r["inter2"])) for r in rows] == [[1, 4]]


def test_fighters_from_the_tribes_stay_tribal() -> None:
    rows = record_rows("اشتبك مقاتلون من أبناء العشائر مع قسد يوم الاثنين في بلدة ذيبان.", DAY)
    assert any(r["actor1"] == "Tribal Militia (Syria)" or r["actor2"] == "Tribal Militia (Syria)" for r in rows)


def test_bare_military_police_in_the_national_army_areas() -> None:
    rows = record_rows("تواصل فصائل الجيش الوطني انتهاكاتها في ريف عفرين. واعتقلت الشرطة العسكرية يوم الاثنين أربعة "
                       "مواطنين في ناحية جنديرس.", DAY)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["actor1"] == "Syrian National Army"


def test_bare_military_police_elsewhere_stays_the_state() -> None:
    rows = record_rows("اعتقلت الشرطة العسكرية يوم الاثنين أربعة شبان في مدينة حماة.", DAY)
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Arrests", 1)]


def test_owner_of_the_drone_that_struck_is_the_attacker() -> None:
    rows = record_rows("قتل مدنيان يوم الاثنين جراء استهداف طائرة مسيرة تابعة للجيش التركي سيارة قرب مدينة منبج.", DAY)
    assert [(r["actor1"], r["inter2"]) for r in rows] == [("Military Forces of Turkey (2016-)", 7)]


def test_townspeople_who_beat_a_man_are_a_mob() -> None:
    rows = record_rows("اعتدى عشرات من أهالي مدينة الدرباسية مساء الاثنين بالضرب على رجل اتهموه بالسرقة.", DAY)
    assert [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows] == [("Mob violence", 5, 7)]


def test_definite_count_names_the_crowd_of_a_gathering() -> None:
    rows = record_rows("وفي مدينة السويداء، تجمع العشرات ظهر الاثنين في ساحة السير، ورفعوا لافتات تطالب بالإفراج عن "
                       "المعتقلين.", DAY)
    assert [r["inter1"] for r in rows] == [6]
    assert "العشرات" in rows[0]["actor1_mentions"]
