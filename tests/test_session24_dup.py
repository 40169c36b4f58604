"""Session 24 (DUP: one act told twice).

- a headline, a lead or a second outlet that names the factions of a front only as a whole ("المقاومة
  الفلسطينية"، "المقاومة") or an armed group only as "gunmen", and a faction's own claim of the same act, at the same
  place on the same day and of the same type, are one record with the faction as its side; when two factions each
  claim an act there, which of them the vague report sums up is unknown, and it stays apart; another day or another
  type stays apart too.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import ActorRef, Document, Event, PlaceRef, TimeValue

DAY = dt.date(2024, 3, 12)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day, 15)


def _clashes(rows: list[dict[str, object]], place: str) -> list[dict[str, object]]:
    return [r for r in rows if r["sub_event_type"] == "Armed clash" and r["location"] == place]


def test_headline_summary_and_faction_claim_are_one_clash() -> None:
    text = ("المقاومة الفلسطينية تتصدى لاقتحام مخيم جنين\n"
            "خاضت المقاومة الفلسطينية، اليوم الثلاثاء، اشتباكات عنيفة مع قوات الاحتلال التي اقتحمت مخيم جنين.\n"
            "وأعلنت سرايا القدس - كتيبة جنين أنّ مقاتليها اشتبكوا مع جنود الاحتلال في مخيم جنين بالرصاص والعبوات.\n")
    rows = _clashes(_rows(text), "Jenin")
    assert len(rows) == 1, rows
    assert rows[0]["actor1"].startswith("PIJ") or rows[0]["actor2"].startswith("PIJ")


def _ref(key: str, name: str, inter: int) -> ActorRef:
    return ActorRef(key=key, name=name, inter=inter)


_CAMP = PlaceRef(id="camp:x", name_en="Camp X", name_ar="", level="camp", lat=32.46, lon=35.29, country="Palestine",
                 iso=275, geo_precision=1)
_TOWN = PlaceRef(id="city:y", name_en="Town Y", name_ar="", level="city", lat=31.50, lon=34.46, country="Palestine",
                 iso=275, geo_precision=1)
_ISR = ("isr", "Military Forces of Israel (2009-)", 8)


def _event(side: tuple[str, str, int], day: int = 12, place: PlaceRef = _CAMP, sub: str = "Armed clash",
           other: tuple[str, str, int] | None = _ISR, swap: bool = False) -> Event:
    etype = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
    a1, a2 = _ref(*side), (_ref(*other) if other else None)
    return Event(etype, sub, date=TimeValue(dt.date(2024, 3, day), 1, "day"), place=place,
                 actor1=a2 if swap else a1, actor2=a1 if swap else a2)


_WHOLE = ("pal_resistance", "Unidentified Armed Group (Palestine)", 3)
_PIJ = ("pij", "PIJ: Palestinian Islamic Jihad", 2)
_AQSA = ("al_aqsa", "Al Aqsa Martyrs Brigade", 3)


def test_vague_twin_needs_the_same_day_place_and_type() -> None:
    from rasd.events.stage import _vague_twin

    assert _vague_twin(_event(_WHOLE), _event(_PIJ))
    assert not _vague_twin(_event(_PIJ), _event(_WHOLE))  # the named faction's record takes the vague one
    assert not _vague_twin(_event(_WHOLE), _event(_PIJ, day=11))
    assert not _vague_twin(_event(_WHOLE), _event(_PIJ, place=_TOWN))
    assert not _vague_twin(_event(_WHOLE), _event(_PIJ, sub="Shelling/artillery/missile attack"))
    assert not _vague_twin(_event(_WHOLE), _event(_WHOLE))  # (twins: _fold_twins)
    # the target one report leaves unnamed, only when no record names both sides
    assert not _vague_twin(_event(_WHOLE), _event(_PIJ, other=None))
    assert _vague_twin(_event(_WHOLE), _event(_PIJ, other=None), unnamed=True)
    # a battle told the other way round
    assert _vague_twin(_event(_WHOLE, swap=True), _event(_PIJ), swapped=True)
    assert not _vague_twin(_event(_WHOLE, swap=True), _event(_PIJ, other=None), swapped=True)
    assert not _vague_twin(_event(_WHOLE, sub="Shelling/artillery/missile attack", swap=True),
                           _event(_PIJ, sub="Shelling/artillery/missile attack"), swapped=True)


def test_vague_record_with_two_claimants_stays_apart() -> None:  # guard
    from rasd.events.stage import _fold_vague_twins

    events = [_event(_WHOLE), _event(_PIJ), _event(_AQSA)]
    kept = _fold_vague_twins(Document(id="t", text=""), events, {})
    assert len(kept) == 3
    events = [_event(_WHOLE), _event(_PIJ), _event(_AQSA, place=_TOWN)]
    kept = _fold_vague_twins(Document(id="t", text=""), events, {})
    assert [e.actor1.key for e in kept if e.actor1 is not None] == ["pij", "al_aqsa"]
