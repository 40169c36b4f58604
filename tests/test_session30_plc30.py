"""Session 30 (the event's place on new text): a village whose only gazetteer namesake lies far from every other
place of the article is another village of that name, which the gazetteer lacks (the event keeps the place named
beside it); a compass side of a town ("جنوب القامشلي") holds the town's outskirts on that side, not every town of
its district, so a strike on another town of the district is another event; a governorate's capital named bare and
then called "the city" ("في إدلب … وسط المدينة") is the city proper, which does not hold a protest in a nearby town."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import PlaceRef
from rasd.geo.assign import contains

DAY = dt.date(2024, 1, 15)  # a Monday


def _places(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["location"]) for r in rows]


def test_far_lone_namesake_village_yields_to_the_town_of_the_story() -> None:
    rows = record_rows("قتل مسلحون مجهولون يوم الأحد شاباً أمام منزله في مدينة بانياس.\n"
                       "واعتقلت قوى الأمن بعد ساعات مشتبهاً به عند حاجز قرب قرية البيضا.", DAY)
    assert _places(rows) == [("Violence against civilians", "Banyas"), ("Strategic developments", "Banyas")]


def test_lone_namesake_village_stays_where_its_governorate_is_named() -> None:
    rows = record_rows("قتل مسلحون مجهولون يوم الأحد شاباً أمام منزله في مدينة بانياس.\n"
                       "وفي ريف حلب، اعتقلت قوى الأمن يوم الأحد مشتبهاً به عند حاجز قرب قرية البيضا.", DAY)
    assert ("Strategic developments", "Al Bayda") in _places(rows)


def test_a_side_of_a_town_is_not_another_town_of_its_district() -> None:
    rows = record_rows("مقتل عنصرين بضربة مسيّرة جنوب القامشلي.. ومسيّرة ثانية تضرب محطة كهرباء عامودا\n"
                       "قُتل عنصران يوم الأحد بضربة مسيّرة على سيارتهما جنوب مدينة القامشلي.\n"
                       "وبعد ساعة قصفت مسيّرة ثانية محطة الكهرباء في مدينة عامودا.", DAY)
    assert sorted(r["location"] for r in rows) == ["Amuda", "Quamishli"]


def _town(name: str, lat: float, lon: float, side: bool) -> PlaceRef:
    return PlaceRef(id=name, name_en=name, name_ar=name, level="city", lat=lat, lon=lon, admin1="Al-Hasakah",
                    admin2="Al-Qamishli", role="region" if side else "place", geo_precision=2 if side else 1,
                    side=side)


def test_a_side_holds_only_the_outskirts_a_countryside_the_district() -> None:
    side = _town("Quamishli", 37.05, 41.22, side=True)
    countryside = _town("Quamishli", 37.05, 41.22, side=False)
    countryside = PlaceRef(**{**{f: getattr(countryside, f) for f in PlaceRef.__slots__}, "role": "region"})
    near = _town("Hilaliyah", 37.02, 41.20, side=False)
    far = _town("Amuda", 37.10, 40.93, side=False)
    assert contains(side, near) and not contains(side, far)
    assert contains(countryside, far)


def test_a_capital_named_bare_then_called_the_city_is_the_city_proper() -> None:
    rows = record_rows("وفي إدلب، خرج المئات يوم الأحد في مظاهرة جابت ساحة الساعة وسط المدينة، مطالبين بالإفراج عن "
                       "المعتقلين. كما شهدت بلدة بنش مظاهرة مماثلة شارك فيها العشرات.", DAY)
    assert _places(rows) == [("Protests", "Idleb"), ("Protests", "Bennsh")]
