"""Merging further mentions of one incident into its event (events/stage.py ``_can_merge``): other
words for the same sides, a background retelling of the same day, a point on a road inside the
governorate the headline names, and a bomb that is part of a clash."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Event, PlaceRef, Span, TimeValue
from rasd.events.frames import ActorMention, Frame
from rasd.events.stage import _can_merge, _one_actor, _same_place

_DAY = TimeValue(dt.date(2023, 8, 26), 1, "day")
_WEEK = TimeValue(dt.date(2023, 8, 21), 2, "week")


def _ref(key: str) -> ActorRef:
    return actors()[key].ref(dt.date(2023, 8, 26))


def _place(pid: str, level: str = "community", role: str = "place", admin1: str = "Idlib",
           lat: float = 35.6, lon: float = 36.5) -> PlaceRef:
    return PlaceRef(pid, pid, pid, level, lat, lon, "Syria", 760, admin1, "", "", "", 1, role)


def _frame(a1: str | None, a2: str | None, etype: str = "Battles", sub: str = "Armed clash") -> Frame:
    def mention(key: str, start: int) -> ActorMention:
        return ActorMention(Span(start, start + 3, "actor"), actors()[key])
    return Frame(Span(0, 40, "sentence"), etype, sub, "", "", 1.0,
                 actor1=mention(a1, 0) if a1 else None, actor2=mention(a2, 5) if a2 else None)


def _event(a1: str | None, a2: str | None, etype: str = "Battles", sub: str = "Armed clash",
           place: PlaceRef | None = None, date: TimeValue | None = _DAY, historical: bool = False) -> Event:
    ev = Event(etype, sub, date=date, place=place or _place("town"), historical=historical)
    ev.actor1 = _ref(a1) if a1 else None
    ev.actor2 = _ref(a2) if a2 else None
    return ev


def _merges(ev: Event, a1: str | None, a2: str | None, etype: str = "Battles", sub: str = "Armed clash",
            place: PlaceRef | None = None, date: TimeValue | None = _DAY, historical: bool = False) -> bool:
    f = _frame(a1, a2, etype, sub)
    return _can_merge(ev, f, date, place or _place("town"), historical,
                      _ref(a1) if a1 else None, _ref(a2) if a2 else None)


# ---------------------------------------------------------------- other words for the same sides

def test_a_vague_name_and_the_named_actor_are_one_side() -> None:
    assert _one_actor(_ref("state_generic"), _ref("syr_gov"))  # "the army" and the Syrian army
    assert _one_actor(_ref("unidentified"), _ref("ansar_tawhid"))  # "gunmen" and a named group
    assert _one_actor(_ref("rebels"), _ref("is"))  # "the terrorist groups" and a named group
    assert _one_actor(_ref("unidentified"), _ref("rebels"))  # two vague names of armed men
    assert _one_actor(_ref("syr_gov"), _ref("syr_ndf"))  # allies of one side
    assert not _one_actor(_ref("syr_gov"), _ref("is"))
    assert not _one_actor(_ref("unidentified"), _ref("syr_gov"))  # gunmen are not the army
    assert not _one_actor(_ref("state_generic"), _ref("tur"))  # "the army" is no foreign force


def test_the_retold_clash_with_vaguer_sides_joins_the_event_at_its_place() -> None:
    ev = _event("ansar_tawhid", "syr_gov")
    # the lead names the same sides loosely, in either order; a source says "the terrorists"
    assert _merges(ev, "state_generic", "unidentified")
    assert _merges(ev, "unidentified", "syr_gov")
    assert _merges(ev, "rebels", None)
    # a clash between other sides at the same place is another event
    assert not _merges(ev, "sdf", "is")


def test_a_strike_and_the_reply_with_vague_names_stay_apart() -> None:
    ev = _event("rebels", "syr_gov", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert not _merges(ev, "state_generic", "unidentified", "Explosions/Remote violence",
                       "Shelling/artillery/missile attack")
    assert _merges(ev, "unidentified", "state_generic", "Explosions/Remote violence",
                   "Shelling/artillery/missile attack")


# ---------------------------------------------------------------- a background retelling of the day

def test_a_retelling_told_as_background_of_the_same_day_joins_the_event() -> None:
    ev = _event("iraq_resistance", "usa")
    assert _merges(ev, "iraq_resistance", "usa", historical=True)
    # a background event of a vague time stays apart from the current one
    ev_week = _event("iraq_resistance", "usa", date=_WEEK)
    assert not _merges(ev_week, "iraq_resistance", "usa", date=_WEEK, historical=True)


# ---------------------------------------------------------------- a point on a road

def test_a_point_on_a_road_lies_in_its_governorate() -> None:
    gov = _place("gov", "governorate", "region", admin1="Al-Hasakah")
    road_end = _place("city1", "city", "road", admin1="Al-Hasakah")
    elsewhere = _place("city2", "city", "road", admin1="Aleppo")
    assert _same_place(gov, road_end)
    assert not _same_place(gov, elsewhere)
    ev = _event("tur", None, "Explosions/Remote violence", "Air/drone strike", place=gov)
    assert _merges(ev, "tur", "civilians", "Explosions/Remote violence", "Air/drone strike", place=road_end)


# ---------------------------------------------------------------- a bomb that is part of a clash

def test_a_bomb_set_off_by_one_side_of_the_clash_joins_the_clash() -> None:
    ev = _event("ansar_tawhid", "syr_gov")
    assert _merges(ev, "ansar_tawhid", None, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    # another day, or a bomb by a third party, is its own event
    other = TimeValue(dt.date(2023, 8, 25), 1, "day")
    assert not _merges(ev, "ansar_tawhid", None, "Explosions/Remote violence",
                       "Remote explosive/landmine/IED", date=other)
    assert not _merges(ev, "is", "sdf", "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_an_undated_headline_and_follow_up_join_the_dated_report() -> None:
    from rasd.pipeline import extract_text

    # our own words: a headline with no time, the dated lead, an undated follow-up
    text = ("مسيرة تقصف صهريج وقود قرب الميادين\n"
            "قصفت طائرة مسيرة مجهولة صهريج وقود على طريق الميادين صباح أمس الأربعاء.\n"
            "وأفاد مصدر محلي بأن القصف أدى إلى احتراق الصهريج بالكامل.\n")
    evs = [e for e in extract_text(text, published=dt.date(2023, 8, 24)).events
           if e.event_type == "Explosions/Remote violence"]
    assert len(evs) == 1, [(e.date, e.place) for e in evs]
    assert evs[0].date is not None and evs[0].date.date == dt.date(2023, 8, 23)
    follow_up = text.index("وأفاد")
    assert any(sp.start == follow_up for sp in evs[0].evidence)


def test_an_undated_sentence_does_not_join_a_background_event() -> None:
    from rasd.document import Document
    from rasd.events.stage import _news_day

    doc = Document(id="x", text="", published=dt.date(2023, 8, 24))
    assert _news_day(doc, TimeValue(dt.date(2023, 8, 23), 1, "day", "relative"))
    assert not _news_day(doc, TimeValue(dt.date(2023, 8, 10), 1, "day", "relative"))  # "قبل أسبوعين"
    assert not _news_day(doc, TimeValue(dt.date(2023, 8, 21), 2, "week", "relative"))
    assert not _news_day(Document(id="y", text=""), _DAY)  # no publication date
