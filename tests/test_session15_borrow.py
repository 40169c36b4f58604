"""Session 15 (borrowed places): a province or a state abroad holds the towns its gazetteer row reaches (a headline
at "إقليم بلوشستان" and the body's town in it are one event); a sentence dated weeks away from an event (an older
story the article recalls) lends the event no place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import PlaceRef
from rasd.geo.assign import contains


def _region(id_: str, lat: float, lon: float, country: str) -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar=id_, level="region", lat=lat, lon=lon, country=country, iso=None,
                    geo_precision=3)


def _town(name: str, lat: float, lon: float, country: str) -> PlaceRef:
    return PlaceRef(id=f"city:{name}", name_en=name, name_ar=name, level="foreign_city", lat=lat, lon=lon,
                    country=country, iso=None)


def test_a_province_abroad_holds_its_towns_far_from_its_point() -> None:
    province = _region("region:balochistan", 28.5, 65.1, "Pakistan")
    assert contains(province, _town("quetta", 30.18, 67.0, "Pakistan"))
    assert not contains(province, _town("karachi", 24.86, 67.0, "Pakistan"))  # the next province's city
    crimea = _region("region:crimea", 45.3, 34.4, "Ukraine")
    assert contains(crimea, _town("sevastopol", 44.6, 33.52, "Ukraine"))
    # a region abroad with no reach of its own keeps the short one
    strip = _region("region:gaza", 31.42, 34.36, "Palestine")
    assert not contains(strip, _town("beersheba", 31.25, 34.79, "Palestine"))


def test_the_headline_province_and_the_body_town_are_one_event() -> None:
    text = ("مقتل العشرات بتفجير في إقليم بلوشستان\n"
            "أعلنت الشرطة الباكستانية اليوم الجمعة مقتل 30 شخصا بتفجير انتحاري استهدف سوقا في منطقة مستونغ "
            "في إقليم بلوشستان جنوب غربي البلاد.\n")
    rows = [r for r in record_rows(text, dt.date(2023, 9, 29)) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Mastung"]


def test_an_older_story_lends_no_town_to_a_blast_of_yesterday() -> None:
    text = ("تفجير يستهدف سوقا في أفغانستان\n"
            "وفي شباط/فبراير الماضي، قتل عشرة مدنيين بتفجير انتحاري قرب مبنى حكومي في العاصمة الأفغانية كابول.\n"
            "وأصيب 12 مدنيا بجروح أمس الجمعة بانفجار عبوة ناسفة في سوق شعبي.\n")
    rows = record_rows(text, dt.date(2023, 5, 27))
    today = [r for r in rows if r["event_date"] == "2023-05-26"]
    assert today and all(r["location"] != "Kabul" for r in today)
    assert any(r["location"] == "Kabul" for r in rows if r["event_date"] == "2023-02-15")  # the older story keeps it
