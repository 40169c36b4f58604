"""Session 18 (TYPE5): event types, residue — the noun of an assassination ("اغتيال X برصاص مسلحين") outranks the
firing it was done with, so the act is an attack on a civilian unless its target is armed (then a clash); the
headman of an unnamed village or quarter ("مختار إحدى القرى") is a civilian; a drone loaded with explosives or
booby-trapped ("مسيّرة مفخّخة") strikes from the air, it is no roadside bomb; the notables ("أحد الوجهاء") are
civilians."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 8, 11)


def _types(text: str) -> list[tuple[object, object, object]]:
    return [(r["event_type"], r["sub_event_type"], r["inter2"]) for r in record_rows(text, DAY)]


def test_assassination_noun_by_gunfire_of_unknown_target_is_an_attack() -> None:
    text = "اغتيال المدعو أبو علي الحريري في بلدة طفس برصاص مسلحين مجهولين يوم الجمعة."
    assert [t[:2] for t in _types(text)] == [("Violence against civilians", "Attack")]


def test_attempted_assassination_of_a_former_fighter_by_gunfire_is_an_attack() -> None:
    text = "قتل عنصر سابق في فصائل التسوية إثر محاولة اغتيال برصاص مجهولين في مدينة جاسم مساء أمس."
    assert [t[:2] for t in _types(text)] == [("Violence against civilians", "Attack")]


def test_headman_of_an_unnamed_village_shot_dead_is_a_civilian_attacked() -> None:
    text = "قتل مختار إحدى البلدات في ريف درعا الشرقي برصاص مسلحين مجهولين يوم الجمعة."
    assert _types(text) == [("Violence against civilians", "Attack", 7)]


def test_headman_of_an_unnamed_quarter_fired_at_is_a_civilian_attacked() -> None:
    text = "أطلق مجهولون النار على مختار أحد الأحياء في مدينة درعا يوم السبت فأردوه قتيلاً."
    assert _types(text) == [("Violence against civilians", "Attack", 7)]


def test_guard_assassination_noun_of_an_armed_target_stays_a_clash() -> None:
    """Pure guard (passes on the old code): the assassination of a security man remains a fight."""
    text = "اغتيال عنصر في الأمن العام برصاص مسلحين مجهولين في بلدة طفس يوم الجمعة."
    assert [t[:2] for t in _types(text)] == [("Battles", "Armed clash")]


def test_drones_loaded_with_explosives_are_a_drone_strike() -> None:
    text = "استهدفت طائرات مسيّرة محمّلة بالمتفجرات مواقع للجيش السوري في ريف حماة الشمالي يوم الأحد."
    assert [t[:2] for t in _types(text)] == [("Explosions/Remote violence", "Air/drone strike")]


def test_booby_trapped_drone_attack_is_a_drone_strike() -> None:
    text = "قتل جنديان بهجوم بمسيّرات مفخّخة على نقطة عسكرية في ريف إدلب الجنوبي مساء الأحد."
    assert [t[:2] for t in _types(text)] == [("Explosions/Remote violence", "Air/drone strike")]


def test_guard_booby_trapped_drone_shot_down_stays_a_disrupted_weapon() -> None:
    """Pure guard (passes on the old code): a loaded drone downed is a weapon stopped, no strike."""
    text = "أسقطت الدفاعات الجوية طائرتين مسيرتين محملتين بالمتفجرات قرب قاعدة حميميم يوم الأحد."
    assert [t[:2] for t in _types(text)] == [("Strategic developments", "Disrupted weapons use")]


def test_guard_car_bomb_stays_an_explosive() -> None:
    """Pure guard (passes on the old code): "مفخخة" alone keeps its bomb."""
    text = "انفجرت سيارة مفخخة في مدينة أعزاز يوم الأحد."
    assert [t[:2] for t in _types(text)] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_gunmen_firing_at_a_notable_is_an_attack_on_a_civilian() -> None:
    text = "أطلق مسلحون مجهولون النار على سيارة أحد الوجهاء في بلدة نوى بريف درعا مساء أمس، ما أدى إلى إصابته بجروح."
    assert _types(text) == [("Violence against civilians", "Attack", 7)]
