"""Merging and splitting in the events stage, session 9 (events/stage.py): a sentence split by place gives each
place the toll its own clause tells, and none of a toll told of several places at once; each place's record
takes the type its clause has when read on its own (aircraft that "shell" make an air strike); a record folded
into another hands it the sides the kept record does not know.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import Event, TimeValue
from rasd.events.stage import _fold
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)


def _records(text: str) -> dict[str, Event]:
    doc = extract_text(text, PUB)
    return {ev.place.name_en: ev for ev in doc.events if ev.place is not None}


def test_each_place_takes_the_toll_of_its_own_clause() -> None:
    recs = _records("وأفاد مراسلنا باستشهاد 9 مواطنين إثر قصف طائرات الاحتلال منزلاً في مدينة رفح، "
                    "وبانتشال 4 شهداء من تحت أنقاض بيت قصفه الاحتلال في حي الزيتون بمدينة غزة.")
    assert recs["Rafah"].fatalities == 9
    assert recs["Zeitoun (Gaza City)"].fatalities == 4


def test_a_toll_told_of_several_places_goes_to_none() -> None:
    recs = _records("واستشهد 4 شبان برصاص قوات الاحتلال خلال اشتباكات اندلعت في مدينة طوباس ومخيم الفارعة.")
    places = {"Tubas", "Far'a camp"}
    assert places <= set(recs)
    assert all(recs[p].fatalities == 0 for p in places)


def test_aircraft_that_shell_several_towns_make_an_air_strike_at_each() -> None:
    recs = _records("وأضاف المراسل أن طائرات الاحتلال قصفت صباح اليوم أطراف بلدات بيت ليف وراميا جنوبي لبنان.")
    assert {"Beit Lif", "Ramyeh"} <= set(recs)
    assert {recs[p].sub_event_type for p in ("Beit Lif", "Ramyeh")} == {"Air/drone strike"}


def _event(etype: str, sub: str, a1: str | None, a2: str | None) -> Event:
    day = TimeValue(PUB, 1, "day", "relative")
    ev = Event(etype, sub, date=day)
    ev.actor1 = actors()[a1].ref(PUB, "Palestine") if a1 else None
    ev.actor2 = actors()[a2].ref(PUB, "Palestine") if a2 else None
    return ev


def test_a_folded_record_hands_over_the_side_the_kept_one_lacks() -> None:
    kept = _event("Violence against civilians", "Attack", None, "civilians")
    told = _event("Explosions/Remote violence", "Air/drone strike", "isr", "civilians")
    _fold(kept, told, {})
    assert kept.actor1 is not None and kept.actor1.key == "isr"


def test_a_folded_protest_takes_no_side_of_another_kind_of_event() -> None:
    kept = _event("Protests", "Peaceful protest", "protesters", None)
    told = _event("Explosions/Remote violence", "Air/drone strike", "isr", "civilians")
    _fold(kept, told, {})
    assert kept.actor2 is None
