"""A "clash" that names at most one side is the one-sided act told at the same place and day (session 12): a
battle has two armed sides, so fighting reported with no opponent ("قتلى في اشتباكات قرب …", a headline) beside
an attack on civilians or a remote strike there that day is that act told loosely, one record (ACLED: one
event per date, place, actor pair and type).  A clash naming only the attacker of a remote strike, a clash of
another day, and a clash naming both sides stay apart."""

from __future__ import annotations

import datetime as dt

from helpers import violent_events

from rasd.actors.lexicon import actors
from rasd.arabic.normalize import normalize
from rasd.document import Document, Event, TimeValue
from rasd.events.stage import _one_sided_attack
from rasd.geo.stage import find_places

DAY = dt.date(2024, 3, 6)


def kinds(text: str) -> list[tuple[str, str]]:
    """(event type, place) of each violent event rasd codes from ``text``."""
    return [(e.event_type, e.place.name_en if e.place else "") for e in violent_events(DAY, text)]


def only(text: str) -> Event:
    evs = violent_events(DAY, text)
    assert len(evs) == 1, [(e.event_type, e.sub_event_type) for e in evs]
    return evs[0]


def test_a_headline_clash_with_no_side_joins_the_shooting_of_civilians() -> None:
    text = ("حمص: قتلى في اشتباكات قرب مبنى المحافظة\n\n"
            "قتل مسلحون مجهولون ثلاثة مدنيين بالرصاص قرب مبنى المحافظة في مدينة حمص، اليوم الأربعاء، "
            "بحسب مصادر محلية.")
    ev = only(text)
    assert ev.event_type == "Violence against civilians"
    assert len(ev.evidence) == 2  # the headline's sentence is the attack's evidence too


def test_a_lead_clash_with_no_side_joins_the_gunman_attack_of_that_day() -> None:
    text = ("سقوط قتلى في اشتباكات وسط مدينة حمص اليوم.\n\n"
            "وفتح مسلح النار على المارة في سوق مدينة حمص اليوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين.")
    ev = only(text)
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2 is not None and ev.actor2.key == "civilians"


def test_a_clash_of_another_day_stays_its_own_record() -> None:
    text = ("قتلى في اشتباكات وسط مدينة حمص أمس الثلاثاء.\n\n"
            "وفتح مسلح النار على المارة في سوق مدينة حمص اليوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين.")
    assert sorted(kinds(text)) == [("Battles", "Homs"), ("Violence against civilians", "Homs")]


def test_a_clash_naming_the_strikes_attacker_only_stays_apart_from_the_strike() -> None:
    # a raid's fighting and its air strike: two acts of one side, each coded (ACLED)
    text = ("دارت اشتباكات عنيفة مع قوات الاحتلال في مدينة جنين اليوم الأربعاء.\n\n"
            "وشنت طائرات الاحتلال غارة على منزل في مدينة جنين اليوم، ما أدى إلى استشهاد شابين.")
    assert sorted(kinds(text)) == [("Battles", "Jenin"), ("Explosions/Remote violence", "Jenin")]


def _record(event_type: str, a1: str, a2: str, day: dt.date = DAY) -> Event:
    place = find_places(normalize("حمص"))[0].value
    return Event(event_type, "", date=TimeValue(day, 1, "day", "relative"), place=place,
                 actor1=actors()[a1].ref(day) if a1 else None, actor2=actors()[a2].ref(day) if a2 else None)


def test_which_one_sided_clash_records_retell_an_attack() -> None:
    doc = Document(id="t", text="", published=DAY)
    attack = _record("Violence against civilians", "police_generic", "civilians")
    strike = _record("Explosions/Remote violence", "isr", "civilians")
    # the clash names the attacker of the attack on civilians, its victims, or no side: the attack told loosely
    assert _one_sided_attack(doc, _record("Battles", "police_generic", ""), attack)
    assert _one_sided_attack(doc, _record("Battles", "", "civilians"), attack)
    assert _one_sided_attack(doc, _record("Battles", "", ""), strike)
    # a clash naming both sides, another day, or only a remote strike's attacker: an act of its own
    assert not _one_sided_attack(doc, _record("Battles", "police_generic", "unidentified"), attack)
    assert not _one_sided_attack(doc, _record("Battles", "", "", DAY - dt.timedelta(days=1)), attack)
    assert not _one_sided_attack(doc, _record("Battles", "isr", ""), strike)
