"""Session 33 (or15, places that are not where the act happened, retried): the base a force fired from is no place
of the act when the verb of fire stands right before "من قواعدها في X"; a vehicle hit on its way, told only by where
it was heading, is at that destination; a journey with its origin named stays off the destination; a force's base
followed by its weapon and a further place is where the fire came from."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 1, 15)  # a Wednesday


def test_the_verb_right_before_the_base_marks_where_the_fire_came_from() -> None:
    text = ("تصعيد في ريف الحسكة\n\n"
            "قصف الجيش التركي، من قواعده في محيط مدينة رأس العين، بلدة تل تمر بقذائف المدفعية، الأربعاء، "
            "ما ألحق أضراراً بمنازل السكان.")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    assert all(r["location"] != "Ras Al Ain" for r in rows)


def test_a_car_hit_on_its_way_is_at_its_destination() -> None:
    text = ("أصيب ثلاثة مدنيين، الأربعاء، بعد أن استهدفت طائرة مسيّرة تركية سيارة مدنية كانت متجهة إلى سد تشرين.\n\n"
            "وفي ريف الحسكة، قصف الجيش التركي بالمدفعية أطراف بلدة تل تمر.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Air/drone strike"]
    assert [r["location"] for r in rows] == ["Tishrin Dam"]


def test_a_journey_with_its_origin_named_stays_off_its_destination() -> None:
    text = ("تعرضت سيارة عسكرية خرجت من مدينة تدمر متجهة إلى مدينة دير الزور لكمين مسلح، الأربعاء، "
            "ما أدى إلى مقتل عنصرين.")
    assert all(r["location"] != "Deir-ez-Zor" for r in record_rows(text, DAY))


def test_the_base_before_the_weapon_is_where_the_fire_came_from() -> None:
    text = ("قصفت قوات النظام المتمركزة في مدينة سراقب، بالمدفعية الثقيلة بلدة تفتناز شرقي إدلب، الأربعاء، "
            "ما أدى إلى إصابة مدنيين.")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    assert all(r["location"] != "Saraqab" for r in rows)


def test_unknown_villages_told_by_a_towns_correspondent_are_at_that_town() -> None:
    text = ("قصف تركي على ريف تل تمر\n\n"
            "تواصل القوات التركية استهداف القرى المحيطة بناحية تل تمر منذ أيام.\n\n"
            "وأفاد مراسلنا في تل تمر بأن الجيش التركي قصف أمس بقذائف المدفعية قريتي الدردارة وأم الكيف، "
            "ما أدى إلى إصابة رجل مسن.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert [r["location"] for r in rows] == ["Tal Tamer"]


def test_a_headline_place_outweighs_the_convoys_destination() -> None:
    text = ("قصف قافلة للجرحى أمام مستشفى الشفاء\n\n"
            "قصفت قوات الاحتلال قافلة للجرحى كانت متجهة نحو معبر رفح، الأربعاء، ما أدى إلى استشهاد 12 شخصاً.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["location"] != "Rafah crossing" for r in rows)
