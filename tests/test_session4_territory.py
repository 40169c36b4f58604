"""Offensives told by a verb or noun of entering or seizing a place (``movement`` triggers).

Own-words sentences: an armed group entering towns is a fight in each town; a seizure told by the noun
after a word of report is a takeover; a truce entering into force, a convoy or aid entering, civilians returning,
state forces entering with no fight told, a zone of control held, and a raid to arrest are no battle.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import norm_key
from rasd.events.lexicon import TRIGGER_FLAGS, trigger_entries, validate
from rasd.pipeline import extract_text

PUB = dt.date(2024, 6, 12)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def test_data_is_valid_and_flag_known() -> None:
    assert "movement" in TRIGGER_FLAGS
    assert not validate()
    for w in ("دخل", "سيطرة", "سيطر"):
        assert "movement" in trigger_entries()[norm_key(w)].flags


def test_armed_group_entering_towns_is_a_fight_per_town() -> None:
    text = ("ذكرت مصادر محلية اليوم أن مقاتلي العشائر دخلوا بلدات الكشكية وغرانيج وذيبان "
            "في ريف دير الزور الشرقي.")
    ev = _events(text)
    assert len(ev) >= 2
    assert all(t == "Battles" for t, _ in ev)


def test_seizure_noun_told_is_a_takeover() -> None:
    text = "أكدت المصادر اليوم سيطرة مقاتلي العشائر على معظم بلدة ذيبان في ريف دير الزور الشرقي."
    ev = _events(text)
    assert ev and ev[0][0] == "Battles" and ev[0][1] != "Armed clash"


@pytest.mark.parametrize("text", [
    # a truce taking effect
    "دخلت الهدنة بين قسد ومقاتلي العشائر حيز التنفيذ صباح اليوم في بلدات ريف دير الزور.",
    # a convoy of aid entering a town
    "دخلت قافلة مساعدات أممية صباح اليوم إلى مدينة ذيبان في ريف دير الزور.",
    # civilians returning to their villages
    "دخل الأهالي صباح اليوم إلى قرى ريف دير الزور الشرقي بعد أشهر من النزوح.",
    # state forces entering with no fight told: an incursion, not a battle
    "دخلت وحدات من الجيش السوري صباح اليوم بلدة ذيبان في ريف دير الزور.",
    # control held, not taken
    "تقع البلدة في ظل سيطرة قسد على ريف دير الزور الشرقي منذ سنوات.",
])
def test_non_events_are_no_battle(text: str) -> None:
    assert not any(t == "Battles" for t, _ in _events(text))


def test_raid_to_arrest_is_no_battle() -> None:
    text = ("قالت مصادر محلية إن عناصر هيئة تحرير الشام دخلوا قرى في ريف إدلب اليوم وبدأوا حملة اعتقالات "
            "طالت ناشطين.")
    assert not any(t == "Battles" for t, _ in _events(text))
