"""Session 32 (sm14, drones and state media): a drone named "طائرات بدون طيار تابعة لـ X" is X's weapon, so X is
the attacker; an aggression told in the accusative ("شنّ العدو اعتداءً صاروخياً") is a strike; air defences that
stop "most" of the missiles, named as the verb's subject, leave the strike that got through; a lead about the
surroundings of a capital or a governorate's countryside sums up the precise report of the next sentences."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 8, 7)  # a Monday


def test_pilotless_drones_belong_to_the_side_after_them() -> None:
    text = ("قال مسؤولون محليون اليوم إن الدفاعات تصدت لهجوم طائرات بدون طيار تابعة للجيش الروسي على محطة كهرباء "
            "في مدينة أوديسا.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1
    assert rows[0]["actor1"].startswith("Military Forces of Russia")


def test_aggression_in_the_accusative_with_most_missiles_stopped_is_a_strike() -> None:
    text = ("وقال مصدر عسكري إن العدو الإسرائيلي شنّ فجر اليوم اعتداءً صاروخياً طال عدداً من النقاط في محيط مدينة "
            "الكسوة، وقد اعترضت وسائط دفاعنا الجوي معظم الصواريخ.")
    rows = record_rows(text, DAY)
    assert [(r["event_type"], r["location"], r["inter1"]) for r in rows] == [
        ("Explosions/Remote violence", "Kisweh", 8)]


def test_lead_on_the_capitals_surroundings_sums_up_the_town() -> None:
    text = ("الدفاعات الجوية تتصدى لعدوان إسرائيلي على محيط دمشق\n"
            "تصدت وسائط الدفاع الجوي فجر اليوم لهجوم صاروخي شنه كيان الاحتلال على مواقع في محيط العاصمة.\n"
            "وقال مصدر عسكري إن طيران الاحتلال أطلق صواريخ باتجاه نقاط عسكرية قرب بلدة الكسوة جنوب دمشق، ما أدى "
            "إلى إصابة ثلاثة عسكريين بجروح.")
    rows = record_rows(text, DAY)
    assert [(r["event_type"], r["location"]) for r in rows] == [("Explosions/Remote violence", "Kisweh")]


def test_a_town_s_surroundings_do_not_sum_up_another_town() -> None:
    text = ("اشتباكات بين فصيل محلي وعصابة في ريف السويداء\n"
            "خطفت عصابة مسلحة أمس شاباً من بلدة عريقة.\n"
            "وهاجم مسلحون من الفصيل صباح اليوم مقراً للعصابة في محيط بلدة المزرعة، واندلعت اشتباكات بين الطرفين.")
    rows = record_rows(text, DAY)
    assert "Mazra'a" in {r["location"] for r in rows if r["event_type"] == "Battles"}
