"""Session 32 (dr14, drones in general paragraphs and abroad): drones destroyed in the air, told by a word of
destroying with the drones as its object or by a noun of downing with their count between, are a disrupted weapon,
not a drone strike; a workshop of drones destroyed stays the strike's target; drones told as an amount used in a
war, a stock or a making are no act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 3, 9)  # a Wednesday


def _types(rows: list[dict]) -> list[str]:
    return [r["sub_event_type"] for r in rows]


def test_drones_destroyed_in_the_air_are_a_disrupted_weapon() -> None:
    text = ("قال مصدر عسكري إن وحدات الدفاع الجوي دمّرت مساء أمس الثلاثاء طائرتين مسيّرتين أطلقهما مسلحون "
            "باتجاه بلدة السقيلبية في ريف حماة.")
    rows = record_rows(text, DAY)
    assert _types(rows) == ["Disrupted weapons use"]


def test_a_noun_of_downing_with_the_count_between_is_a_disrupted_weapon() -> None:
    text = "الدفاع الجوي يعلن إسقاط 4 مسيّرات فوق مدينة جبلة فجر اليوم الأربعاء."
    rows = record_rows(text, DAY)
    assert _types(rows) == ["Disrupted weapons use"]


def test_a_workshop_of_drones_destroyed_is_the_strike_target() -> None:
    text = ("شنّت الطائرات الحربية صباح اليوم الأربعاء غارات على أطراف بلدة كفرنبل، ودمّرت خلالها ورشة لتجميع "
            "الطائرات المسيّرة.")
    rows = record_rows(text, DAY)
    assert _types(rows) == ["Air/drone strike"]


def test_drones_told_as_an_amount_used_in_a_war_are_no_act() -> None:
    text = ("وخلال سنوات الحرب استخدمت الفصائل كميات كبيرة من الطائرات من دون طيار والقذائف، وطوّرت قدرات "
            "محلية على تصنيع الطائرات المسيّرة.")
    assert record_rows(text, DAY) == []


def test_drones_named_among_the_weapons_that_destroyed_buildings_are_no_disrupted_weapon() -> None:
    text = ("دمّرت الغارات الجوية والقذائف والطائرات المسيّرة صباح اليوم الأربعاء عشرات المنازل في بلدة كفرنبل.")
    rows = record_rows(text, DAY)
    assert "Disrupted weapons use" not in _types(rows)
