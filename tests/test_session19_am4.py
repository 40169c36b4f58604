"""Session 19 (am4): an assault verb ("هاجم", "هاجمت", "يهاجم") whose subject is aircraft or drones ("هاجمت طائرات
حربية مواقع …", "هاجم الطيران الحربي …") tells a strike from the air (ACLED Air/drone strike), not an armed clash;
an assault verb with fighters for its subject stays a clash."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 1, 10)


def test_warplanes_attacking_positions_are_an_air_strike() -> None:
    rows = record_rows("هاجمت طائرات إسرائيلية يوم الأحد مواقع عسكرية في ريف دمشق.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"


def test_warplanes_named_before_the_verb() -> None:
    rows = record_rows("وكانت طائرات روسية هاجمت يوم السبت معسكرا لهيئة تحرير الشام في ريف إدلب.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"
    assert rows[0]["actor2"] == "HTS: Hayat Tahrir al Sham"


def test_air_force_attacking_is_an_air_strike() -> None:
    rows = record_rows("هاجم الطيران الإسرائيلي ليلة أمس مواقع في محيط مطار دمشق الدولي.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"


def test_helicopters_attacking_a_side() -> None:
    rows = record_rows("هاجمت مروحيات تركية يوم الإثنين مواقع لقوات سوريا الديمقراطية في ريف الحسكة.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"
    assert rows[0]["actor2"] == "QSD: Syrian Democratic Forces"


def test_aircraft_attacking_an_aid_convoy_stay_an_air_strike_on_civilians() -> None:
    rows = record_rows("هاجمت الطائرات الإسرائيلية قافلة مساعدات في دير البلح أمس وقتلت سبعة أشخاص.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"


def test_guard_gunmen_attacking_a_checkpoint_stay_a_clash() -> None:
    """Guard: the change must not touch an assault by fighters."""
    rows = record_rows("هاجم مسلحون مجهولون يوم الأحد حاجزا للأمن العام في ريف درعا الشرقي.", DAY)
    assert rows and rows[0]["event_type"] == "Battles"
