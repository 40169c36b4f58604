"""Session 28 (dup28, duplicates and folded acts): after a verbal noun of striking, a drone "تابعة لـ" a force and then
a bare noun of the thing hit make the force the attacker; a force named as based at the post a strike hit ("التي
تتمركز فيها …") is the side hit; a withdrawal that only the sentence of an agreement tells, at its place and day,
after the agreement word, is that agreement's term, not a second development; a raid told first and then the fight
it broke into ("داهم …، واندلع اشتباك …") is that clash, no arrest of its own."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 15)  # a Wednesday


def test_drone_of_a_force_before_the_thing_hit_is_the_attacker() -> None:
    rows = record_rows("قُتل شابان مساء أمس جراء استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارة كانا "
                       "يستقلانها قرب مدينة منبج.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(8, 7)]
    assert rows[0]["actor1"].startswith("Military Forces of Turkey")


def test_drone_of_a_force_with_nothing_hit_after_it_stays_as_it_was() -> None:
    # (no bare noun of a thing hit after the force: the drone itself may be what was hit)
    rows = record_rows("أعلنت الفصائل أمس استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي قرب مدينة منبج.", DAY)
    assert rows and all(r["inter1"] != 8 for r in rows)  # (an empty result would pass the rule vacuously)


def test_force_based_at_the_base_hit_is_the_side_hit() -> None:
    rows = record_rows("سقطت ثلاثة صواريخ مساء أمس على قاعدة حقل العمر التي تتمركز فيها قوات التحالف الدولي.", DAY)
    assert len(rows) == 1
    assert rows[0]["inter2"] == 8 and rows[0]["inter1"] != 8


def test_withdrawal_agreed_in_the_deal_is_one_agreement() -> None:
    rows = record_rows("توصل جهاز الأمن العام ووجهاء مدينة تلبيسة اليوم إلى اتفاق يقضي بتسليم المطلوبين وانسحاب "
                       "الحشود الأمنية من محيط المدينة.", DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Strategic developments", "Agreement")]


def test_withdrawal_of_another_day_stays_its_own() -> None:
    rows = record_rows("توصل جهاز الأمن العام ووجهاء مدينة تلبيسة اليوم إلى اتفاق لوقف القتال. وكانت الحشود الأمنية "
                       "قد انسحبت من محيط مدينة تلبيسة قبل أسبوع.", DAY)
    assert ("Strategic developments", "Agreement") in [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_raid_that_broke_into_a_clash_is_the_clash() -> None:
    rows = record_rows("داهم مسلحون من أبناء البلدة فجر اليوم منزلاً في مدينة إنخل يؤوي مطلوبين، واندلع اشتباك "
                       "بالأسلحة الخفيفة مع المتحصنين داخله.", DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Battles", "Armed clash")]


def test_raid_with_no_fight_stays_an_arrest() -> None:
    rows = record_rows("داهمت دورية للأمن العام فجر اليوم منزلاً في مدينة إنخل واعتقلت شابين.", DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Strategic developments", "Arrests")]


def test_raid_in_one_town_and_a_fight_in_another_stay_two() -> None:
    rows = record_rows("اقتحم الجيش مدينة بيت لحم، حيث اعتقل شاباً بعد مداهمة منزله، واقتحم أيضاً بلدة يطا، حيث "
                       "اندلعت اشتباكات بين المقاومين والقوات المقتحمة.", dt.date(2024, 1, 25))
    assert sorted(r["sub_event_type"] for r in rows) == ["Armed clash", "Arrests"]
