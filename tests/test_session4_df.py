"""Records that re-tell another record, session 4 (events/stage.py ``_fold_records``, geo/assign.py).

Interceptions of an attack that still hit its target belong to that attack ("Disrupted weapons use" is
for attacks entirely foiled); a record at a country, at a region of several governorates or at the
surroundings of a city duplicates the precise record of the same day, type and sides; "fighting" that
names only the side a remote attack hit is that attack.  The origin of fire ("من فوق الجولان"), the base of
those who launched a weapon ("أطلقتها الجماعات المنتشرة في ريف X") and a place in a person's nickname are
not event places.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events.stage import _fold_records
from rasd.geo.assign import _target, named_around
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)
TODAY = TimeValue(PUB, 1, "day", "relative")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DWU = ("Strategic developments", "Disrupted weapons use")
CLASH = ("Battles", "Armed clash")


def _place(id_: str, level: str = "community", lat: float = 33.5, lon: float = 36.3, admin1: str = "SY01",
           country: str = "Syria") -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar="", level=level, lat=lat, lon=lon, admin1=admin1, country=country)


def _actor(key: str | None) -> ActorRef | None:
    return actors()[key].ref(PUB, "Syria") if key else None


def _event(kind: tuple[str, str], a1: str | None, a2: str | None, place: PlaceRef, at: int) -> Event:
    return Event(kind[0], kind[1], date=TODAY, place=place, actor1=_actor(a1), actor2=_actor(a2),
                 evidence=[Span(at, at + 5, "evidence")])


def _doc() -> Document:
    return extract_text("نص قصير للاختبار.", published=PUB)


def _fold(events: list[Event], doc: Document | None = None) -> list[Event]:
    return _fold_records(doc or _doc(), list(events), {})


# ---------------------------------------------------------------- interceptions of an attack that hit


def test_interceptions_of_a_strike_that_hit_join_the_strike() -> None:
    town = _place("town-a")
    strike = _event(AIR, "isr", "syr_gov", town, 0)
    guard = _event(DWU, "syr_air_def", "isr", town, 100)
    got = _fold([strike, guard])
    assert got == [strike]
    assert [s.start for s in strike.evidence] == [0, 100]


def test_an_interception_keeps_its_record_when_the_interceptor_itself_attacked_there() -> None:
    town = _place("town-a")
    shelling = _event(SHELL, "syr_gov", "rebels", town, 0)
    guard = _event(DWU, "syr_gov", "rebels", town, 100)
    assert len(_fold([shelling, guard])) == 2


def test_an_interception_over_another_town_stays_apart() -> None:
    strike = _event(AIR, "isr", "syr_gov", _place("town-a"), 0)
    guard = _event(DWU, "syr_air_def", "isr", _place("town-b", lat=34.7, lon=36.7), 100)
    assert len(_fold([strike, guard])) == 2


def test_an_interception_on_another_day_stays_apart() -> None:
    town = _place("town-a")
    strike = _event(AIR, "isr", "syr_gov", town, 0)
    guard = _event(DWU, "syr_air_def", "isr", town, 100)
    guard.date = TimeValue(PUB - dt.timedelta(days=20), 1, "day", "absolute")
    assert len(_fold([strike, guard])) == 2


# ---------------------------------------------------------------- summaries at a broad place


def test_a_country_level_record_of_the_same_sides_joins_the_precise_one() -> None:
    country = _place("country:SYR", level="country", admin1="")
    precise = _event(AIR, "usa", "is", _place("town-a"), 100)
    summary = _event(AIR, "usa", "is", country, 0)
    got = _fold([summary, precise])
    assert got == [precise]
    assert [s.start for s in precise.evidence] == [0, 100]


def test_a_country_level_record_of_other_sides_stays() -> None:
    country = _place("country:SYR", level="country", admin1="")
    precise = _event(AIR, "isr", "syr_gov", _place("town-a"), 100)
    summary = _event(AIR, "usa", "is", country, 0)
    assert len(_fold([summary, precise])) == 2


def test_a_region_of_several_governorates_sums_up_but_a_local_region_does_not() -> None:
    town = _place("town-a", lat=35.0, lon=40.5, admin1="SY09")
    wide = _place("region:east", level="region", lat=35.6, lon=40.0, admin1="")
    local = _place("region:hill", level="region", lat=35.1, lon=40.6, admin1="SY09")
    assert len(_fold([_event(CLASH, "sdf", "tribal", wide, 0), _event(CLASH, "tribal", "sdf", town, 50)])) == 1
    assert len(_fold([_event(CLASH, "sdf", "tribal", local, 0), _event(CLASH, "tribal", "sdf", town, 50)])) == 2


def test_the_surroundings_of_a_city_sum_up_a_strike_a_few_km_off() -> None:
    text = "عدوان إسرائيلي على محيط دمشق. وسقط صاروخان قرب السيدة زينب."
    doc = extract_text(text, published=PUB)
    sents = doc.layer("sentences")
    city = next(p.value for p in doc.layer("places") if p.value.name_en == "Damascus")
    assert named_around(doc, [sents[0]], city)
    town = replace(city, id="town-b", level="town", lat=33.44, lon=36.34)
    summary = Event(*AIR, date=TODAY, place=city, actor1=_actor("isr"), evidence=[sents[0]])
    precise = Event(*AIR, date=TODAY, place=town, evidence=[sents[1]])
    assert _fold([summary, precise], doc) == [precise]


def test_a_city_named_plainly_is_not_its_surroundings() -> None:
    doc = extract_text("قصف صاروخي على مدينة دمشق.", published=PUB)
    city = next(p.value for p in doc.layer("places") if p.value.name_en == "Damascus")
    assert not named_around(doc, doc.layer("sentences"), city)


# ---------------------------------------------------------------- one-sided fighting


def test_fighting_that_names_only_the_target_of_a_drone_attack_is_that_attack() -> None:
    base = _place("site:base", level="site")
    attack = _event(AIR, "unidentified", "usa", base, 100)
    loose = _event(CLASH, None, "usa", base, 0)
    assert _fold([loose, attack]) == [attack]


def test_a_clash_with_two_sides_stays_beside_a_strike() -> None:
    base = _place("site:base", level="site")
    attack = _event(AIR, "unidentified", "usa", base, 100)
    clash = _event(CLASH, "is", "usa", base, 0)
    assert len(_fold([clash, attack])) == 2


# ---------------------------------------------------------------- places that are not where the act was


def _is_target(text: str, name: str) -> bool:
    """Whether the place ``name`` (English) of ``text`` can be where the act was."""
    doc = extract_text(text, published=PUB)
    span = next(p for p in doc.layer("places") if p.value.name_en == name)
    return _target(doc, span)


def test_fire_from_over_the_golan_is_not_placed_at_the_golan() -> None:
    text = "وقال المصدر إن القصف الإسرائيلي على محيط دمشق جاء من فوق الجولان المحتل بصواريخ طالت مواقع عسكرية."
    assert not _is_target(text, "Golan Heights")
    assert _is_target("وسقطت قذائف على قرية في الجولان المحتل.", "Golan Heights")
    doc = extract_text(text, published=PUB)
    assert all(e.place is None or e.place.name_en != "Golan Heights" for e in doc.events)


def test_the_base_of_those_who_launched_a_drone_is_not_the_event_place() -> None:
    launched = "وقصفت طائرة مسيّرة أطلقتها الفصائل المنتشرة في ريف إدلب منازل المدنيين."
    aggression = "وأصيب ثلاثة مدنيين من جرّاء اعتداء الجماعات المسلحة المتمركزة في ريفي اللاذقية وإدلب."
    assert not _is_target(launched, "Idlib")
    assert not _is_target(aggression, "Latakia") and not _is_target(aggression, "Idlib")
    # the positions of the targeted side are where the strike was
    assert _is_target("واستهدف الطيران مواقع الفصائل المنتشرة في ريف إدلب.", "Idlib")


def test_a_place_in_a_nickname_is_not_the_event_place() -> None:
    assert not _is_target("وقتل في الغارة القيادي المعروف الملقب بـ أبو خالد مورك.", "Murak")
