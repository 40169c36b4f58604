"""Actors of merged events (events/stage.py): vague forces lining up with the named ones when frames
join, every span naming an actor in its mentions, the "terrorist" word of an act giving way to the
force the sentence names, unnamed attackers of drone attacks on foreign bases, vague state forces
giving way to the named force of their state."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Event, TimeValue
from rasd.events.stage import _flip
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 10)


def _ref(key: str) -> ActorRef:
    return actors()[key].ref(DAY)


def _records(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _only(text: str) -> Event:
    events = _records(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


# ---------------------------------------------------------------- _flip with vague forces


def test_vague_police_lines_up_with_the_named_police_in_swapped_order() -> None:
    # the event knows "الشرطة" (a vague police force) as its first side; a frame (attackers, the
    # Syrian police) names that force as its target: the pair joins swapped
    ev = Event("Battles", "Armed clash", date=TimeValue(DAY, 1, "day"))
    ev.actor1 = _ref("police_generic")
    assert _flip(ev, _ref("rebels"), _ref("syr_police"))


def test_vague_force_never_swaps_a_strategic_development() -> None:
    ev = Event("Strategic developments", "Agreement", date=TimeValue(DAY, 1, "day"))
    ev.actor1 = _ref("syr_gov")
    assert not _flip(ev, _ref("hts"), _ref("state_generic"))


def test_headline_police_and_report_give_both_sides_of_an_ambush() -> None:
    ev = _only("مقتل ثلاثة من عناصر الشرطة في كمين قرب بلدة طفس\n"
               "قتل ثلاثة عناصر من الشرطة السورية صباح اليوم في كمين نصبه إرهابيون قرب بلدة طفس بريف "
               "درعا الغربي.")
    keys = {ev.actor1.key if ev.actor1 else None, ev.actor2.key if ev.actor2 else None}
    assert keys == {"syr_police", "rebels"}
    police = ev.actor1_mentions if ev.actor1 and ev.actor1.key == "syr_police" else ev.actor2_mentions
    assert "الشرطة السورية" in police


# ---------------------------------------------------------------- mentions


def test_vague_gunmen_go_to_the_side_the_sentence_does_not_name() -> None:
    ev = _only("اندلعت اشتباكات عنيفة اليوم بين قسد ومجلس دير الزور العسكري في بلدة ذيبان بريف دير الزور.\n"
               "وهاجم مسلحون بالأسلحة الرشاشة حاجزاً لقسد في بلدة ذيبان صباح اليوم.")
    assert ev.actor1 is not None and ev.actor2 is not None
    sides = {ev.actor1.key: ev.actor1_mentions, ev.actor2.key: ev.actor2_mentions}
    assert "مسلحون" in sides["dez_council"]
    assert "مسلحون" not in sides["sdf"]


def test_mentions_come_from_the_evidence_sentences_only() -> None:
    ev = _only("قصفت القوات التركية بالمدفعية اليوم مواقع قسد في قرية الشيوخ بريف عين العرب.\n\n"
               "وكانت قوات سوريا الديمقراطية قد أعلنت الأسبوع الماضي النفير العام في مناطقها.")
    assert ev.actor2 is not None and ev.actor2.key == "sdf"
    assert ev.actor2_mentions == ["قسد"]  # the other paragraph is not evidence of this event


# ---------------------------------------------------------------- vague sides named


def test_terrorist_act_gives_way_to_the_force_that_carried_it_out() -> None:
    ev = _only("أدانت الخارجية السورية العدوان الإرهابي الذي شنه الاحتلال الإسرائيلي فجر اليوم على نقاط في "
               "ريف حمص وأدى إلى استشهاد مدنيين.")
    assert ev.actor1 is not None and ev.actor1.key == "isr"
    assert "الاحتلال الإسرائيلي" in ev.actor1_mentions
    assert ev.actor2 is not None and ev.actor2.inter == 7


def test_terrorists_as_people_never_become_a_foreign_force() -> None:
    ev = _only("قتل ثلاثة من الإرهابيين اليوم في ريف حمص بغارة إسرائيلية.")
    keys = {ev.actor1.key if ev.actor1 else None, ev.actor2.key if ev.actor2 else None}
    assert keys == {"isr", "rebels"}


def test_vague_soldiers_take_the_named_army() -> None:
    ev = _only("هاجم مسلحو تنظيم داعش اليوم نقطة عسكرية في بادية تدمر، ما أدى إلى مقتل 3 جنود من الجيش السوري.")
    assert ev.actor2 is not None and ev.actor2.key == "syr_gov"
    assert {"جنود", "الجيش السوري"} <= set(ev.actor2_mentions)


# ---------------------------------------------------------------- unidentified attackers


def test_unclaimed_drone_attack_on_a_foreign_base_is_an_armed_group() -> None:
    ev = _only("سمع دوي انفجارات اليوم في قاعدة حقل العمر التابعة للقوات الأميركية في ريف دير الزور، بعد "
               "استهدافها بطائرة مسيرة.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.key == "unidentified"
    assert ev.actor2 is not None and ev.actor2.key == "usa"


def test_drone_strike_on_a_vehicle_gets_no_made_up_attacker() -> None:
    ev = _only("استهدفت طائرة مسيرة اليوم سيارة للقوات الأميركية قرب بلدة الشدادي في ريف الحسكة.")
    assert ev.actor1 is None
