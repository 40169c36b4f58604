"""Session 12 (rec2): acts missed for want of a reading: fighters killed told by a word of eliminating or
neutralising with a count of fighters after it, and a drone downed by a verb of downing with the aircraft
named after it (also "طائرة بلا طيار")."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on, sentence_triggers  # noqa: F401

DAY = dt.date(2024, 3, 10)


def _types(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in event_rows(text, DAY)]


# --- fighters eliminated or neutralised: a fight, only with a count of fighters as the object

def test_eliminating_a_count_of_soldiers_is_a_fight() -> None:
    text = "أعلن الجيش النيجيري اليوم القضاء على نحو 35 مسلحاً في غابة سامبيسا."
    assert ("Battles", "Armed clash") in _types(text)


def test_verb_of_eliminating_with_count_is_a_fight() -> None:
    text = "وقالت الوزارة إن وحداتها قضت على أكثر من 60 عسكرياً معادياً على محور الجبهة الشرقية أمس."
    assert ("Battles", "Armed clash") in _types(text)


def test_neutralising_gunmen_is_a_fight() -> None:
    text = "أفادت السلطات الأمنية صباح اليوم بتحييد 4 مسلحين في ضواحي المدينة خلال مداهمة."
    assert ("Battles", "Armed clash") in _types(text)


def test_neutralising_dozens_of_fighters_is_a_fight() -> None:
    text = "وأكد الجيش أمس القضاء على عشرات المسلحين خلال عملية تمشيط قرب الحدود."
    assert ("Battles", "Armed clash") in _types(text)


def test_eliminating_a_movement_as_an_aim_reports_nothing() -> None:
    text = "وقال الوزير إن هدف الحكومة هو القضاء على الحركة المسلحة نهائياً."
    assert "قضاء علي" not in " ".join(sentence_triggers(text))
    assert not [t for t in _types(text) if t[0] == "Battles"]


def test_neutralising_drones_is_no_killing() -> None:
    text = "وتم تحييد 12 مسيرة بوسائل الحرب الإلكترونية خلال الليلة الماضية."
    assert not [t for t in _types(text) if t[0] == "Battles"]


def test_neutralising_a_policy_is_no_event() -> None:
    text = "ودعا النائب إلى تحييد المؤسسة العسكرية عن الخلافات السياسية."
    assert _types(text) == []


# --- a drone downed, the verb of downing with its object after it

def test_air_defence_downs_drone_without_pilot() -> None:
    text = "أسقط الدفاع الجوي ليلاً طائرة بلا طيار كانت تحلق فوق المصفاة، وفق ما قال المحافظ."
    assert ("Strategic developments", "Disrupted weapons use") in _types(text)


def test_drone_without_pilot_is_a_trigger() -> None:
    keys = sentence_triggers("قصفت طائرة بلا طيار سيارة على الطريق الساحلي أمس.")
    assert any("طيار" in k for k in keys)


def test_dropping_bombs_is_no_weapon_downed() -> None:
    text = "أسقطت الطائرات الحربية قنابل على أطراف القرية."
    assert ("Strategic developments", "Disrupted weapons use") not in _types(text)


def test_downing_a_plan_is_no_event() -> None:
    text = "أسقط النواب مشروع القانون في جلسة الأمس."
    assert ("Strategic developments", "Disrupted weapons use") not in _types(text)
