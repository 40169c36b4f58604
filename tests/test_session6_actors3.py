"""Session 6, actors round 3: the side hit is never actor1 (a downed aircraft's owner, the dead a casualty
word counts), and the Sudanese Rapid Support Forces are a named actor.  Fixture sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

DAY = dt.date(2023, 11, 20)


def _sides(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for _, _, a1, a2 in event_rows(text, DAY)]


def test_downed_aircraft_owner_is_the_side_hit() -> None:
    # the aircraft named after a verb of downing is the thing downed: its owner is actor2
    assert _sides("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق ريف درعا الغربي.") == [("syr_gov", "isr")]
    assert _sides("المقاومة الإسلامية في لبنان تسقط مسيرة إسرائيلية فوق قرية حولا.") == [("hezbollah", "isr")]


def test_aircraft_that_strikes_is_still_the_attacker() -> None:
    # no verb of downing: a drone with a nationality names the attacker
    rows = _sides("استهدفت طائرة مسيرة تركية سيارة لقسد في ريف القامشلي.")
    assert rows and rows[0] == ("tur", "sdf")


def test_dead_counted_by_a_casualty_word_are_not_actor1() -> None:
    rows = _sides("مقتل جنديين أميركيين في هجوم على قاعدة عسكرية شرقي سوريا.")
    assert rows and rows[0][1] == "usa" and rows[0][0] != "usa"
    rows = _sides("استشهاد خمسة عناصر وجرح آخرين من القوات الرديفة بمسيرة في ريف البوكمال.")
    assert rows and rows[0][1] == "syr_ndf" and rows[0][0] != "syr_ndf"


def test_passive_killing_verb_counts_victims() -> None:
    # "قتل" with a count or a member word before the group is a passive: the group is the side hit
    assert _sides("قتل عنصران من قسد في هجوم على حاجز قرب بلدة الصور.") == [("", "sdf")]
    assert _sides("أصيب ثلاثة جنود أتراك في هجوم على رتل عسكري بريف إدلب.") == [("", "tur")]


def test_clash_sides_named_after_a_toll_stay_both_sides() -> None:
    rows = _sides("اشتباكات بين الجيش السوري وقسد في ريف منبج أدت إلى مقتل عنصرين من قسد.")
    assert rows and rows[0] == ("syr_gov", "sdf")


def test_rapid_support_forces_are_a_named_actor() -> None:
    assert _sides("قصفت قوات الدعم السريع حي المهندسين في أم درمان ما أدى إلى مقتل أربعة مدنيين.") == [
        ("rsf", "civilians")]
    rows = _sides("الجيش السوداني يستهدف مواقع الدعم السريع في الخرطوم بحري.")
    assert rows and rows[0][1] == "rsf"
