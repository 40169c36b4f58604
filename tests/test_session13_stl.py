"""Session 13 (one-sided violence typed as Battles; air defences as attackers): air defences that met weapons
aimed at a target ("تصدت الدفاعات الجوية لصواريخ … لاستهداف نقاط") tell the strike, with the side that fired
as actor1 and the defences' force as the side hit, never the other way round; a force's fire that hurt or
killed people with no fight told ("أصيب شاب برصاص الاحتلال", "شهيد برصاص الاحتلال") is an attack on
civilians, not a clash with an empty side, unless the sentence names fighters, a fight or an attack the person
carried out; an attack on people folded with a fight against an armed group is that clash."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 1, 20)
ISR = "Military Forces of Israel (2009-)"
SYR = "Military Forces of Syria (2000-2024)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_defences_meeting_missiles_aimed_at_points_tell_the_strike() -> None:
    rows = _rows("وأمس، تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية أطلقت من اتجاه الجولان لاستهداف مواقع "
                 "في محيط حمص، وفق ما ذكر التلفزيون السوري.")
    assert len(rows) == 1
    r = rows[0]
    assert r["event_type"] == "Explosions/Remote violence" and r["sub_event_type"] == "Air/drone strike"
    assert r["actor1"] == ISR and r["actor2"] == SYR
    # an interception with no target named stays a weapon stopped
    rows = _rows("اعترضت الدفاعات الجوية صاروخين فوق حمص.")
    assert rows and all(r["sub_event_type"] == "Disrupted weapons use" for r in rows)


def test_defences_are_never_the_attacker_of_the_strike_they_met() -> None:
    rows = _rows("وفي الأسبوع الماضي، تصدت وسائط الدفاع الجوي السوري لصواريخ إسرائيلية استهدفت نقاطاً في ريف "
                 "حماة، وأسقطت بعضها.")
    assert rows and all(r["actor1"] == ISR and r["actor2"] == SYR for r in rows)
    rows = _rows("وأمس، تصدت الدفاعات الجوية السورية لعدوان إسرائيلي استهدف محيط مدينة حمص.")
    assert rows and all(r["actor1"] == ISR and r["actor2"] == SYR for r in rows)


def test_killed_by_force_fire_is_an_attack_on_civilians() -> None:
    rows = _rows("استشهاد فلسطينية برصاص الاحتلال قرب مدينة الخليل.")
    assert len(rows) == 1
    r = rows[0]
    assert r["event_type"] == "Violence against civilians" and r["sub_event_type"] == "Attack"
    assert r["actor1"] == ISR and r["actor2"] == "Civilians (Palestine)"
    # a fighter shot is no civilian
    rows = _rows("استشهد مقاوم برصاص الاحتلال قرب جنين.")
    assert rows and all(r["event_type"] == "Battles" for r in rows)


def test_martyr_shot_earlier_is_an_attack_on_civilians() -> None:
    rows = _rows("وكان الشهيد قد ارتقى برصاص الاحتلال قرب بلدة حوارة.")
    assert rows and all(r["event_type"] == "Violence against civilians" and r["actor2"] == "Civilians (Palestine)"
                        for r in rows)
    # nor is the one who carried out an attack
    rows = _rows("وارتقى المنفذ برصاص شرطة الاحتلال بعد عملية طعن قرب باب العمود.")
    assert all(r["actor2"] != "Civilians (Palestine)" for r in rows)


def test_wounded_by_force_fire_in_two_places() -> None:
    rows = _rows("إصابات برصاص الاحتلال في رام الله ومخيم قلنديا.")
    assert len(rows) == 2
    assert all(r["event_type"] == "Violence against civilians" and r["actor1"] == ISR for r in rows)
    # the force that announces its own soldier hit by a sniper is the side hit, not the shooter
    rows = _rows("أقر جيش الاحتلال بمقتل جندي وإصابة اثنين برصاص قناص شرقي خان يونس.")
    assert rows and all(r["event_type"] == "Battles" and r["actor2"] == ISR for r in rows)


def test_settlers_attacking_village_homes_is_an_attack_on_civilians() -> None:
    rows = _rows("هاجم مستوطنون اليوم منازل الفلسطينيين في قرية جالود جنوب نابلس.")
    assert len(rows) == 1
    r = rows[0]
    assert r["event_type"] == "Violence against civilians" and r["sub_event_type"] == "Attack"
    assert r["actor1"] == "Settlers (Israel)" and r["actor2"] == "Civilians (Palestine)"
    # settlers whose bus was fired at are the side hit, never the attackers of villagers
    rows = _rows("وأكدت وسائل إعلام إسرائيلية تعرض حافلة تقل مستوطنين لإطلاق نار في حوارة من دون وقوع إصابات.")
    assert all(r["actor2"] != "Civilians (Palestine)" for r in rows)


def test_settlers_attacking_farmers_named_before_the_verb() -> None:
    rows = _rows("وأفادت مصادر محلية بأن مستوطنين هاجموا المزارعين في أراضي قرية المغير شرق رام الله، ما أدى إلى "
                 "إصابة مزارع بجروح.")
    assert rows and all(r["event_type"] == "Violence against civilians" and r["actor1"] == "Settlers (Israel)"
                        for r in rows)
