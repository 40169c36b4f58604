"""Strategic developments / Change to group/activity: a significant change in an armed group that is no violence.

Own-words sentences: a defection, a merger, a dissolution, fighters handing over their weapons, a recruitment
drive, a new commander and fighters joining a group are events whose actor1 is the group that changes; a call
to dissolve the factions, a denial of a defection, a cabinet formed, a politician leaving his party, a state
joining an alliance, factions joining a battle, a purpose ("لتشكيل") and a relative clause that says who
someone is are not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.lexicon import TRIGGER_FLAGS, trigger_entries, validate
from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 12)
CHANGE = ("Strategic developments", "Change to group/activity")


def _changes(text: str) -> list[tuple[str, str]]:
    """(actor1 key, PLOVER type) of each Change to group/activity event of ``text``."""
    return [(e.actor1.key if e.actor1 else "", e.plover_type) for e in extract_text(text, published=PUB).events
            if (e.event_type, e.sub_event_type) == CHANGE]


def test_change_rows_are_valid_and_flagged() -> None:
    assert "group_change" in TRIGGER_FLAGS
    rows = [te for te in trigger_entries().values() if te.trigger.sub_event_type == CHANGE[1]]
    assert len(rows) >= 20
    assert all("group_change" in te.flags and te.trigger.event_type == CHANGE[0] for te in rows)
    assert {te.trigger.plover_type for te in rows} <= {"MOBILIZE", "RETREAT"}
    assert not [p for p in validate() if "triggers.tsv" in p]


def test_defection_from_the_army() -> None:
    changes = _changes("أعلن مقدّم في الجيش السوري انشقاقه صباح اليوم في ريف درعا الغربي.")
    assert changes == [("syr_gov", "RETREAT")]


def test_fighters_defect_from_the_sdf() -> None:
    assert [a for a, _ in _changes("انشق نحو ثلاثين عنصراً عن قوات سوريا الديمقراطية مساء أمس في ريف الحسكة.")] \
        == ["sdf"]


def test_merger_of_factions() -> None:
    changes = _changes("اندمجت أربعة فصائل مسلحة في ريف حلب الشمالي اليوم الأحد ضمن كيان عسكري واحد.")
    assert [p for _, p in changes] == ["MOBILIZE"]


def test_new_operations_room() -> None:
    assert len(_changes("أعلنت فصائل المعارضة اليوم تشكيل غرفة عمليات مشتركة في ريف إدلب الجنوبي.")) == 1


def test_dissolution_of_a_faction() -> None:
    assert len(_changes("أعلن فصيل محلي في ريف حلب الشمالي حلّ نفسه صباح اليوم الأحد.")) == 1


def test_fighters_hand_over_their_weapons() -> None:
    changes = _changes("سلّم خمسون مسلحاً أسلحتهم إلى الجيش السوري صباح اليوم في ريف درعا الشرقي.")
    assert [p for _, p in changes] == ["RETREAT"]


def test_fighters_join_the_ranks_of_a_group() -> None:
    assert _changes("انضم مئات الشبان إلى صفوف جيش العشائر أمس في ريف دير الزور الشرقي.") == [("tribal", "MOBILIZE")]


def test_recruitment_drive() -> None:
    assert [a for a, _ in _changes("أطلقت قسد حملة تجنيد إجباري جديدة في ريف الحسكة صباح اليوم.")] == ["sdf"]


def test_new_commander() -> None:
    assert [a for a, _ in _changes("عيّنت هيئة تحرير الشام قائداً جديداً لجناحها العسكري في إدلب اليوم.")] == ["hts"]


@pytest.mark.parametrize("text", [
    # a call to dissolve the factions (irrealis)
    "دعا معارض سوري بارز إلى حل الفصائل المسلحة في ريف حلب ودمجها في جيش واحد.",
    # a denial of a defection
    "نفت قوات سوريا الديمقراطية اليوم انشقاق أي من عناصرها في ريف دير الزور.",
    # a cabinet formed: no armed group changes
    "أعلن رئيس الوزراء اليوم تشكيل حكومة جديدة تضم ثلاثين وزيراً.",
    # a politician leaving his party
    "انشق النائب أمس عن الحزب الحاكم وانضم إلى كتلة المعارضة في البرلمان.",
    # a state joining an alliance
    "انضمت السويد رسمياً إلى حلف الناتو اليوم بعد موافقة البرلمان التركي.",
    # factions joining a battle: the fight is the event, not a change of the group
    "انضمت فصائل المعارضة اليوم إلى المعركة في ريف إدلب الجنوبي.",
    # a purpose: money set aside to form a brigade
    "خصصت الحكومة أمس ملايين الدولارات لتشكيل لواء من المقاتلين المحليين.",
    # who someone is, in a relative clause
    "أطلق سراح القيادي الذي كان انشق عن هيئة تحرير الشام قبل أعوام.",
    # a surrender to circumstances, not to a force
    "استسلم كثير من السكان للأمر الواقع بعد سنوات من الحرب.",
])
def test_no_group_change(text: str) -> None:
    assert _changes(text) == []
