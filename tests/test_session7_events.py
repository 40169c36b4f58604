"""Session 7: a weapon shot down or intercepted is "Strategic developments / Disrupted weapons use" (ACLED), also
where the sentence tells it by a headline's present verb ("تسقط"), by a verbal noun whose doer is its pronoun
("بإسقاطه"), by a foiled attack with its weapon named, or by a downing noun that stays under the bar of a
development alone; a weapon that falls, an attack foiled with no weapon named, and a defence that met an attack
that got through keep their own types."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

DAY = dt.date(2024, 3, 4)
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _types(text: str) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in event_rows(text, DAY)}


def test_headline_present_downing_is_a_disrupted_weapon() -> None:
    got = _types("الدفاعات السورية تسقط طائرة مسيّرة معادية فوق ريف اللاذقية الشمالي اليوم الإثنين.")
    assert DISRUPTED in got
    assert ("Explosions/Remote violence", "Air/drone strike") not in got


def test_weapon_that_falls_is_no_downing() -> None:
    got = _types("قذائف صاروخية تسقط على أطراف بلدة كفرنبل جنوبي إدلب اليوم الإثنين وتوقع جرحى بين المدنيين.")
    assert DISRUPTED not in got


def test_downing_noun_with_its_missile_is_no_strike() -> None:
    got = _types("وزارة الدفاع تعلن إسقاط صاروخ معاد فوق ريف حمص الشرقي، اليوم الإثنين.")
    assert not any(t[0] == "Explosions/Remote violence" for t in got)
    assert DISRUPTED in got


def test_verbal_noun_with_its_doer_as_pronoun() -> None:
    got = _types("وكان أبرز ما جرى اليوم الإثنين قيام الفصيل بإسقاطه الطائرة المسيّرة التركية بصاروخ محمول "
                 "فوق قرية قرب منبج.")
    assert DISRUPTED in got
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in got


def test_foiled_attack_with_drones_is_a_disrupted_weapon() -> None:
    got = _types("أعلنت وزارة الدفاع الروسية اليوم الإثنين إحباط هجوم باستخدام طائرات مسيّرة على قاعدة حميميم.")
    assert DISRUPTED in got
    assert ("Battles", "Armed clash") not in got


def test_foiled_attack_without_weapon_is_the_fight_that_repelled_it() -> None:
    got = _types("أعلن الجيش اليوم الإثنين إحباط هجوم على نقاطه العسكرية في ريف حماة الشمالي ومقتل عدد من المهاجمين.")
    assert ("Battles", "Armed clash") in got
    assert DISRUPTED not in got


def test_defence_that_met_an_attack_keeps_the_strike() -> None:
    got = _types("الدفاعات الجوية تتصدى لعدوان إسرائيلي على محيط دمشق الجنوبي مساء اليوم الإثنين.")
    assert ("Explosions/Remote violence", "Air/drone strike") in got
    assert DISRUPTED not in got
