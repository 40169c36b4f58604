"""Session 11 (dup): one act told twice in an article is one record.  A vague army word ("جنود", "الجيش")
in Gaza or the West Bank names Israel's army while the event stage merges (ACLED codes no military forces
of Palestine), a vague army word in an event in Israel stands for Israel's named forces (external abroad,
state forces at home), and a sentence that names one side twice (the soldiers killed and the army they
belong to) names that side only, so the soldiers are never the other side of a second record."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401

from rasd.actors.lexicon import actors
from rasd.document import Event, PlaceRef, Span
from rasd.events.frames import ActorMention, Frame
from rasd.events.stage import _ref, _sides, _vague_for
from rasd.pipeline import extract_text

_DAY = dt.date(2024, 5, 28)
_GAZA = PlaceRef(id="t:gaza", name_en="Gaza", name_ar="غزة", level="city", lat=31.5, lon=34.46,
                 country="Palestine", iso=275)


def _violent(text: str) -> list[Event]:
    doc = extract_text(text, published=_DAY)
    return [e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence")]


def _mention(text: str, word: str, key: str, role: str = "") -> ActorMention:
    i = text.index(word)
    return ActorMention(Span(i, i + len(word), "actor"), actors()[key], role)


# --- the soldiers killed in a Gaza battle and the battle itself ----------------------------------------------

_GAZA_BATTLE = (
    "أقرّ جيش الاحتلال الإسرائيلي بمقتل ضابطين في المعارك مع المقاومة الفلسطينية في خان يونس، أمس الاثنين.\n"
    "وأمس الاثنين، قُتل 4 جنود في المعارك الدائرة بين قوات الاحتلال والمقاومة الفلسطينية في خان يونس."
)


def test_soldiers_killed_in_a_gaza_battle_join_the_battle_record() -> None:
    events = _violent(_GAZA_BATTLE)
    assert len(events) == 1
    ev = events[0]
    assert ev.event_type == "Battles"
    assert ev.actor1 is not None and ev.actor1.key == "isr"
    assert ev.actor2 is not None and ev.actor2.key == "pal_resistance"
    assert len(ev.evidence) == 2


def test_vague_army_word_in_palestine_names_the_occupying_army() -> None:
    text = "قُتل ثلاثة جنود في كمين قرب غزة"
    ref = _ref(_mention(text, "جنود", "state_generic"), None, _GAZA, text)
    assert ref is not None and ref.key == "isr"
    assert ref.name == actors()["isr"].ref(None, "Palestine").name


def test_security_forces_in_palestine_keep_the_country_name() -> None:
    text = "انتشرت قوات الأمن في شوارع غزة"
    ref = _ref(_mention(text, "قوات الأمن", "state_generic"), None, _GAZA, text)
    assert ref is not None and ref.key == "state_generic"
    assert ref.name == "Military Forces of Palestine"


def test_palestinian_security_forces_stay_a_side_of_their_own() -> None:
    text = ("تبادلت قوات الأمن الفلسطينية إطلاق النار مع قوات الاحتلال الإسرائيلي في مدينة جنين، اليوم الثلاثاء.\n"
            "وأصيب عنصر من قوات الأمن الفلسطينية برصاص جنود الاحتلال خلال الاشتباك في جنين.")
    events = _violent(text)
    assert len(events) == 1
    sides = {events[0].actor1.key if events[0].actor1 else "", events[0].actor2.key if events[0].actor2 else ""}
    assert sides == {"state_generic", "isr"}


# --- one side named twice ----------------------------------------------------------------------------------

def test_a_side_named_twice_is_named_once() -> None:
    text = "اعترف الجيش بمقتل جنديين في اشتباك مع قوات الاحتلال"
    f = Frame(Span(0, len(text), "sentence"), "Battles", "Armed clash", "", "", 1.0,
              actor1=_mention(text, "الجيش", "state_generic", "agent"),
              actor2=_mention(text, "قوات الاحتلال", "isr", "target"))
    a1, a2 = _sides(f, None, _GAZA, text)
    assert a1 is None  # the vague word, here Israel's army too, is no opponent of the named army
    assert a2 is not None and a2.key == "isr"


def test_two_named_sides_stay() -> None:
    text = "اشتبكت قوات الاحتلال مع كتائب القسام في غزة"
    f = Frame(Span(0, len(text), "sentence"), "Battles", "Armed clash", "", "", 1.0,
              actor1=_mention(text, "قوات الاحتلال", "isr", "agent"),
              actor2=_mention(text, "كتائب القسام", "hamas", "target"))
    a1, a2 = _sides(f, None, _GAZA, text)
    assert a1 is not None and a1.key == "isr"
    assert a2 is not None and a2.key == "hamas"


# --- a vague army word in Israel ---------------------------------------------------------------------------

def test_vague_state_force_at_home_stands_for_its_named_external_force() -> None:
    table = actors()
    vague_israel = table["state_generic"].ref(_DAY, "Israel")
    assert _vague_for(vague_israel, table["isr"].ref(_DAY, "Israel"))
    # another country's vague forces never stand for Israel's, nor Syria's for Russia's
    assert not _vague_for(table["state_generic"].ref(_DAY, "Lebanon"), table["isr"].ref(_DAY, "Lebanon"))
    assert not _vague_for(table["state_generic"].ref(_DAY, "Syria"), table["rus"].ref(_DAY, "Syria"))


def test_drone_attack_on_soldiers_in_israel_told_twice_is_one_record() -> None:
    text = ("شنّت المقاومة الإسلامية في لبنان هجوماً بسرب من المسيّرات الانقضاضية على مقر لجيش الاحتلال "
            "الإسرائيلي في مستوطنة كريات شمونة، اليوم الجمعة.\n"
            "وفي وقت لاحق، شنّ حزب الله هجوماً جوياً بالمسيّرات على أماكن تمركز الجنود في كريات شمونة، اليوم الجمعة.")
    events = _violent(text)
    assert len(events) == 1
    ev = events[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.key == "hezbollah"
    assert ev.actor2 is not None and ev.actor2.key == "isr"
    assert len(ev.evidence) == 2
