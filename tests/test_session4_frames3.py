"""Frames, session 4 (3): mourning sentences, fronts of fighting, skills, attacks read as the weapon named
beside them, defences that met a strike, the sides of a stopped weapon, tolls of an act told elsewhere
and wounded soldiers named by a relative clause.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows

PUB = dt.date(2024, 3, 5)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return event_rows(text, PUB)


def test_a_mourning_sentence_on_the_fronts_reports_no_battle() -> None:
    text = ("وتزف مدينة حمص شهداء الجيش السوري الذين ارتقوا على جبهات القتال وفي ميادين المعارك "
            "ضد الجماعات المسلحة خلال السنوات الماضية.")
    assert not any(e[0] == "Battles" for e in _events(text))


def test_fighting_of_the_day_is_still_a_battle() -> None:
    text = "اندلعت اليوم معارك عنيفة بين الجيش السوري والجماعات المسلحة في ريف حماة الشمالي."
    assert any(e[0] == "Battles" for e in _events(text))


def test_a_skill_is_no_suicide_bombing() -> None:
    text = ("ذكرت مصادر محلية أن غارات جوية روسية استهدفت اليوم مقراً لهيئة تحرير الشام قرب بلدة كفرنبل "
            "يضم عناصر مدربين على العمليات الانتحارية.")
    events = _events(text)
    assert events
    assert not any(e[1] == "Suicide bomb" for e in events)


def test_attacks_on_a_base_beside_drones_are_no_clash() -> None:
    text = ("استهدفت طائرات مسيرة قاعدة التنف اليوم وأصابت جنوداً أميركيين، بعد يوم من الهجمات على "
            "قاعدة كونيكو في ريف دير الزور.")
    events = _events(text)
    assert events
    assert not any(e[0] == "Battles" for e in events)


def test_defences_that_met_an_aggression_report_the_strike() -> None:
    text = ("وفي وقت سابق اليوم، تصدّت الدفاعات الجوية السورية لعدوان إسرائيلي استهدف محيط مطار حلب "
            "الدولي.")
    events = _events(text)
    assert events
    assert not any(e[1] == "Disrupted weapons use" for e in events)
    assert any(e[0] == "Explosions/Remote violence" for e in events)


def test_defences_that_downed_missiles_are_a_disrupted_weapon() -> None:
    text = "تصدت الدفاعات الجوية السورية اليوم لصواريخ معادية في سماء ريف دمشق وأسقطت معظمها."
    assert any(e[1] == "Disrupted weapons use" for e in _events(text))


def test_the_civilians_a_drone_was_aimed_at_are_not_the_side_of_a_stopped_weapon() -> None:
    text = ("أعلنت وزارة الدفاع السورية اليوم إسقاط 5 طائرات مسيرة محملة بالقذائف في ريف حماة، كانت "
            "تستهدف المدنيين.")
    dis = [e for e in _events(text) if e[1] == "Disrupted weapons use"]
    assert dis
    assert all(e[3] != "civilians" for e in dis)


def test_a_toll_of_the_aggression_adds_no_attack_on_civilians() -> None:
    text = ("سقطت اليوم قذائف أطلقتها الجماعات المسلحة على بلدة السقيلبية في ريف حماة. وأكد مصدر محلي "
            "استشهاد مدنيين اثنين من جراء الاعتداء.")
    events = _events(text)
    assert events
    assert not any(e[0] == "Violence against civilians" for e in events)


def test_wounded_soldiers_named_by_a_relative_clause_are_not_the_attacker() -> None:
    text = ("وقال مسؤول أميركي إن عدد الجنود الذين أصيبوا في هجوم الطائرة المسيرة على قاعدة التنف اليوم "
            "ارتفع إلى 20.")
    for e in _events(text):
        assert e[2] != "state_generic"
