"""Session 20 (aa8): actors in Al Mayadeen's and state media's style — the air defence named bare ("وحدات الدفاع
الجوي", "قوات الدفاع الجوي") is the interceptor of a downing, and the launcher of the downed drone its other side;
an armed group's own air-defence unit ("المقاومة الإسلامية في وحدات الدفاع الجوي") is that group, not a state; the
drone air arm named with its masculine adjective ("الطيران المسيّر التابع لـ Y") and state media's verb of attack
("اعتدت طائرة مسيرة تابعة لـ Y على …") make Y the attacker."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 26)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_bare_air_defence_units_down_the_armed_groups_drone() -> None:
    rows = _rows("أسقطت وحدات الدفاع الجوي طائرة مسيرة أطلقتها الجماعات المسلحة باتجاه مدينة محردة.")
    assert rows and rows[0]["sub_event_type"] == "Disrupted weapons use"
    assert rows[0]["inter1"] == 1 and rows[0]["inter2"] == 2
    assert "وحدات الدفاع الجوي" in rows[0]["actor1_mentions"]


def test_air_defence_forces_named_bare_in_another_order() -> None:
    rows = _rows("تصدت قوات الدفاع الجوي لطائرتين مسيرتين أطلقهما المسلحون من ريف إدلب باتجاه مدينة السقيلبية.")
    assert rows and rows[0]["inter1"] == 1
    assert "قوات الدفاع الجوي" in rows[0]["actor1_mentions"]


def test_air_defence_units_beside_an_israeli_strike_are_its_target() -> None:
    rows = _rows("تصدت وحدات الدفاع الجوي لعدوان إسرائيلي استهدف محيط مدينة دمشق وأسقطت معظم الصواريخ.")
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 1


def test_bare_air_defence_abroad_is_that_states() -> None:
    rows = _rows("أعلنت وزارة الدفاع الروسية أن قوات الدفاع الجوي أسقطت 5 طائرات مسيرة أوكرانية فوق بيلغورود.")
    assert rows and rows[0]["actor1"] == "Military Forces of Russia (2000-)"
    assert "قوات الدفاع الجوي" in rows[0]["actor1_mentions"]


def test_an_armed_groups_own_air_defence_unit_is_the_group() -> None:
    """Guard of the new aliases (passes on the old code, which knew no bare unit word): the group's own unit."""
    rows = _rows("أسقطت المقاومة الإسلامية في وحدات الدفاع الجوي طائرة مسيرة إسرائيلية فوق بلدة الخيام.",
                 dt.date(2024, 7, 25))
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 8
    assert not str(rows[0]["actor1"]).startswith("Military Forces")


def test_drone_air_arm_of_a_force_is_the_attacker() -> None:
    rows = _rows("استهدف الطيران المسير التابع للجيش التركي سيارة في مدينة القامشلي.")
    assert rows and rows[0]["inter1"] == 8 and rows[0]["actor1"] == "Military Forces of Turkey (2016-)"


def test_drone_air_arm_of_the_sdf_hits_tribal_fighters() -> None:
    rows = _rows("قصف الطيران المسيّر التابع لقسد مواقع مقاتلي العشائر في بلدة ذيبان.")
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces" and rows[0]["inter2"] == 4


def test_state_media_verb_of_attack_with_the_weapon_as_subject() -> None:
    rows = _rows("اعتدت طائرة مسيرة تابعة للجماعات المسلحة على قرية الربيعة بريف حماة الغربي.")
    assert rows and rows[0]["inter1"] == 2


def test_guard_drone_of_a_force_named_indefinite_stays_the_attacker() -> None:
    """Pure guard (passes on the old code): the indefinite "تابعة لـ" form already read as the attacker."""
    rows = _rows("استهدفت طائرة مسيّرة تابعة لقسد سيارة في بلدة ذيبان.")
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces"


def test_guard_foreign_named_air_defence_keeps_its_nationality() -> None:
    """Pure guard: a nationality adjective after the bare unit word names that state's air defence."""
    rows = _rows("أسقطت قوات الدفاع الجوي الروسية 12 طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.")
    assert rows and rows[0]["actor1"] == "Military Forces of Russia (2000-)"
    assert rows[0]["actor2"] == "Military Forces of Ukraine (2019-)"


def test_drone_air_arm_that_starts_targeting_is_the_attacker() -> None:
    rows = _rows("بدأ الطيران المسير التابع لقسد باستهداف المقاتلين في بلدة ذيبان، بمساعدة من قوات الاحتلال الأميركي.")
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces"
