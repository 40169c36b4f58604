"""Session 8: acts of opposite sides stay apart (ACLED: a one-sided attack has a direction; X striking Y and
Y striking X are two events, while two sides fighting each other at one place on one day are one battle)."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, Trigger
from rasd.events.frames import ActorMention, Frame
from rasd.events.stage import _can_merge, _intercepted_attack, _own_act, _pair_fits

DAY = dt.date(2024, 1, 10)
STRIKE = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"


def ref(key: str) -> ActorRef:
    return actors()[key].ref(DAY)


def mention(key: str, role: str) -> ActorMention:
    return ActorMention(Span(0, 3, "actor"), actors()[key], role)


def trig(sub: str, weight: float, key: str = "w") -> Span:
    return Span(0, 3, "trigger", Trigger(STRIKE, sub, "ASSAULT", "", key, weight))


def frame(sub: str, side: str, role: str, weight: float = 0.9, generic: bool = False,
          casualty_only: bool = False) -> Frame:
    """A sentence that names one side only (``side``, in ``role``) beside an act typed ``sub``."""
    return Frame(Span(0, 10, "sentence"), STRIKE, sub, "ASSAULT", "", 1.0, triggers=[trig(sub, weight)],
                 actor1=mention(side, role), generic_type=generic, casualty_only=casualty_only)


def strike(sub: str, a1: str | None, a2: str | None, place: PlaceRef | None = None) -> Event:
    return Event(STRIKE, sub, place=place, actor1=ref(a1) if a1 else None, actor2=ref(a2) if a2 else None)


def merges(ev: Event, f: Frame) -> bool:
    a1 = ref(f.actor1.entry.key) if f.actor1 is not None else None
    return _can_merge(ev, f, None, None, False, a1, None)


def test_the_targets_own_rockets_do_not_join_the_air_strike_it_suffered() -> None:
    ev = strike(AIR, "isr", "hamas")
    # the strike's target named as the doer of an act of its own: its own act, not the strike told again
    assert not merges(ev, frame(SHELLING, "hamas", "agent"))
    # no role read, but a firm weapon of its own (a rocket barrage beside an air strike)
    assert not merges(ev, frame(SHELLING, "hamas", "", weight=0.9))


def test_an_ied_of_one_side_does_not_join_the_other_sides_shelling() -> None:
    assert not merges(strike(SHELLING, "isr", None), frame(IED, "pij", "agent", weight=1.0))


def test_another_group_named_as_doer_is_not_the_events_target() -> None:
    # two armed groups on one side, each told as doing its own shelling: two acts, not one read swapped
    assert not merges(strike(SHELLING, "al_aqsa", None), frame(SHELLING, "pij", "agent"))


def test_the_target_told_from_its_own_view_still_joins_the_attack() -> None:
    ev = strike(SHELLING, "hezbollah", "isr")
    # the base that was hit, named as the target or the owner of the target, with the attack's own weapon
    assert merges(ev, frame(SHELLING, "isr", "target"))
    assert merges(ev, frame(SHELLING, "isr", ""))
    # a bare sound or a general word names no weapon of its own
    assert merges(ev, frame(IED, "isr", "", weight=0.7))
    assert merges(ev, frame(AIR, "isr", "", generic=True))
    # losses with no act of their own
    assert merges(ev, frame(AIR, "isr", "agent", casualty_only=True))


def test_own_act_reads_role_and_weapon() -> None:
    ev = strike(AIR, "isr", "hamas")
    assert _own_act(ev, frame(SHELLING, "hamas", "agent"))
    assert _own_act(ev, frame(SHELLING, "hamas", "", weight=1.0))
    assert not _own_act(ev, frame(SHELLING, "hamas", "", weight=0.5))
    assert not _own_act(ev, frame(AIR, "hamas", "source"))


def test_pair_fits_keeps_a_strike_and_the_targets_strike_apart() -> None:
    headline = strike(SHELLING, "hezbollah", "isr")
    reply = strike(SHELLING, "isr", None)
    assert not _pair_fits(reply, headline, unnamed=True)
    assert not _pair_fits(headline, reply)
    # each record names both sides: read in opposite orders, they may be one attack
    assert _pair_fits(strike(SHELLING, "isr", "hezbollah"), headline)
    # a battle is fought by both sides
    battle = Event("Battles", "Armed clash", actor1=ref("hezbollah"), actor2=ref("isr"))
    assert _pair_fits(Event("Battles", "Armed clash", actor1=ref("isr")), battle)
    # the same attacker
    assert _pair_fits(strike(SHELLING, "hezbollah", None), headline)


CAMP = PlaceRef("camp:test", "Test camp", "مخيم", "city", 31.4, 34.4, "Palestine", 275)
TOWN = PlaceRef("city:test", "Test town", "بلدة", "city", 31.5, 34.5, "Israel", 376)


def downing(place: PlaceRef) -> Event:
    return Event("Strategic developments", "Disrupted weapons use", place=place,
                 actor1=ref("pij"), actor2=ref("isr"))


def test_a_drone_downed_by_one_group_is_not_folded_into_its_allys_attack() -> None:
    doc = Document("t", "")
    # the allies' strike on the enemy is not the attack the downers met
    assert not _intercepted_attack(doc, downing(CAMP), strike(SHELLING, "hamas", "isr", CAMP))
    # the attack on the downers themselves is
    assert _intercepted_attack(doc, downing(CAMP), strike(AIR, "isr", "pij", CAMP))
    assert _intercepted_attack(doc, downing(CAMP), strike(AIR, "isr", None, CAMP))


def test_an_interception_over_one_country_is_not_an_attack_across_the_border() -> None:
    doc = Document("t", "")
    assert not _intercepted_attack(doc, downing(CAMP), strike(SHELLING, "isr", None, TOWN))
