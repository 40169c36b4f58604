"""Session 6, merging round 3: a governorate's capital holds its neighbourhoods whatever the spacing of the
city's gazetteer name, and a record at a capital named bare ("عدوان على دمشق") is a summary of the precise
record of the same strike at a town beside it (across the governorate line too)."""

from __future__ import annotations

import datetime as dt

from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events.stage import _summarises
from rasd.geo.assign import capital_of, contains

# a capital whose gazetteer name carries a stray space, and places beside it (coordinates near Damascus)
CITY = PlaceRef("city:cap", "Damascus", "د مشق", "city", 33.51, 36.29, admin1="Damascus", admin2="Damascus")
QUARTER = PlaceRef("nbhd:q", "Quarter", "حي الاختبار", "neighbourhood", 33.50, 36.27, admin1="Damascus")
TOWN = PlaceRef("site:t", "Shrine town", "بلدة الاختبار", "town", 33.44, 36.34, admin1="Rif Dimashq")
FAR = PlaceRef("site:f", "Far town", "بلدة بعيدة", "town", 33.10, 36.90, admin1="Rif Dimashq")
OTHER_CITY = PlaceRef("city:o", "Other", "مدينة أخرى", "city", 33.45, 36.33, admin1="Rif Dimashq")
ISRAEL = ActorRef("Military Forces of Israel (2009-)", 8, key="israel_army")
REBELS = ActorRef("Opposition Rebels (Syria)", 2, key="rebels")
DAY = TimeValue(dt.date(2023, 12, 25), 1, "day", "absolute")


def test_capital_with_spaced_name_is_its_governorate_capital() -> None:
    assert capital_of(CITY) == "Damascus"
    assert capital_of(TOWN) == ""


def test_capital_holds_its_neighbourhood() -> None:
    assert contains(CITY, QUARTER)
    assert not contains(QUARTER, CITY)


def test_capital_does_not_hold_a_town_of_another_governorate() -> None:
    assert not contains(CITY, TOWN)


def _doc() -> Document:
    text = "قال مسؤول إن العدوان على العاصمة لن يمر. وقتل مستشار في غارة على بلدة قرب العاصمة."
    return Document(id="t", text=text, published=dt.date(2023, 12, 26))


def _ev(place: PlaceRef, sub: str, start: int, end: int, a2: ActorRef | None = None) -> Event:
    return Event("Explosions/Remote violence", sub, date=DAY, place=place, actor1=ISRAEL, actor2=a2,
                 evidence=[Span(start, end, "sentence")])


def test_bare_capital_record_summarises_the_strike_beside_it() -> None:
    doc = _doc()
    s = _ev(CITY, "Shelling/artillery/missile attack", 0, 40)
    x = _ev(TOWN, "Air/drone strike", 41, len(doc.text))
    assert _summarises(doc, s, x)


def test_bare_capital_record_does_not_summarise_a_far_town_or_another_city() -> None:
    doc = _doc()
    s = _ev(CITY, "Shelling/artillery/missile attack", 0, 40)
    assert not _summarises(doc, s, _ev(FAR, "Air/drone strike", 41, len(doc.text)))
    assert not _summarises(doc, s, _ev(OTHER_CITY, "Air/drone strike", 41, len(doc.text)))


def test_bare_capital_record_with_other_sides_stays_apart() -> None:
    doc = _doc()
    s = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", date=DAY, place=CITY,
              actor1=REBELS, evidence=[Span(0, 40, "sentence")])
    assert not _summarises(doc, s, _ev(TOWN, "Air/drone strike", 41, len(doc.text)))
