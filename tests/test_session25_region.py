"""Session 25 (REGION: the compass parts of the Gaza Strip as regions).

- the Strip's northern and middle governorates ("شمالي قطاع غزة", "المحافظة الوسطى") reach a few km from their
  points (``reach_km`` in foreign.tsv), not the whole Strip: an act told there beside an act in a town of another
  part of the Strip is its own record, at the governorate, geo_precision 3;
- a region inside a region is no narrower place for a record: a summary at the Strip keeps the Strip when an act
  at one of its parts joins it.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import PlaceRef
from rasd.geo.assign import contains
from rasd.geo.gazetteer import get_gazetteer

DAY = dt.date(2024, 3, 12)


def _places(text: str) -> list[tuple[object, object]]:
    return sorted((str(r["location"]), int(str(r["geo_precision"]))) for r in record_rows(text, DAY, 15))


def test_act_in_the_middle_governorate_is_apart_from_a_strike_in_rafah() -> None:
    text = ("قتل أربعة مدنيين بقصف جوي إسرائيلي طال مدينة رفح فجر اليوم. وفي المحافظة الوسطى، قتلت امرأة وابنها "
            "بقذيفة مدفعية إسرائيلية سقطت على منزلهما.")
    assert _places(text) == [("Deir al-Balah Governorate (Gaza)", 3), ("Rafah", 1)]


def test_act_in_the_north_of_the_strip_is_apart_from_a_strike_in_khan_yunis() -> None:
    text = ("قتل أربعة مدنيين بقصف جوي إسرائيلي طال مدينة خان يونس فجر اليوم. وقتلت امرأة وابنها بقذيفة مدفعية "
            "إسرائيلية سقطت على منزلهما في شمالي قطاع غزة.")
    assert _places(text) == [("Khan Yunis", 1), ("North Gaza Governorate", 3)]


def test_summary_at_the_strip_keeps_the_strip() -> None:
    text = ("قتل 35 مدنياً بغارات إسرائيلية على قطاع غزة منذ فجر اليوم. وقتل ستة منهم بغارة إسرائيلية على "
            "شمالي قطاع غزة.")
    rows = record_rows(text, DAY, 15)
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Gaza Strip", 35)]


def _region(key: str) -> PlaceRef:
    e = get_gazetteer().entries[key]
    return PlaceRef(id=e.id, name_en=e.name_en, name_ar=e.name_ar, level="region", lat=e.lat, lon=e.lon,
                    country="Palestine", iso=275, geo_precision=3)


def test_governorates_of_the_strip_reach_their_own_towns_only() -> None:
    north, middle, strip = _region("region:gaza-north"), _region("region:gaza-middle"), _region("region:gaza")
    jabalia = PlaceRef(id="city:j", name_en="J", name_ar="", level="foreign_city", lat=31.53, lon=34.48,
                       country="Palestine", iso=275)
    rafah = PlaceRef(id="city:r", name_en="R", name_ar="", level="foreign_city", lat=31.29, lon=34.25,
                     country="Palestine", iso=275)
    assert contains(north, jabalia) and not contains(north, rafah) and not contains(middle, rafah)
    assert contains(strip, north) and not contains(north, strip)
