"""Event places in Syrian news (session 14): a side of a governorate's countryside ("ريف حماة الشمالي") lies near
its capital, not out in the governorate's desert; the governorate "ريف دمشق" is put at Damascus, not at its centroid
in the desert; "البرج الـ22" / "برج 22" is the Tower 22 base; an attack on an unnamed base placed only in a country
("قاعدة في شمال شرقي الأردن") is at the one base there that the article names; a site abroad beats a region of no one
country ("الشرق الأوسط") in the same sentence."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.document import PlaceRef
from rasd.geo.assign import capital_point
from rasd.geo.stage import find_places

DAY = dt.date(2024, 2, 1)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _km(a: PlaceRef, lat: float, lon: float) -> float:
    assert a.lat is not None and a.lon is not None
    dy = (a.lat - lat) * 111.2
    dx = (a.lon - lon) * 111.2 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


def _read(text: str, name_en: str) -> PlaceRef:
    found = [capital_point(s.value) for s in find_places(normalize(text)) if s.value.name_en == name_en]
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("قصف الجيش مواقع المسلحين في ريف حماة الشمالي.", "Hama", 35.13, 36.76),
    ("دارت اشتباكات عنيفة في ريف حمص الشمالي ليلاً.", "Homs", 34.73, 36.71),
    ("سقطت قذائف على قرى في ريف حلب الجنوبي.", "Aleppo", 36.20, 37.16),
])
def test_a_side_of_the_countryside_lies_near_the_capital(text: str, name: str, lat: float, lon: float) -> None:
    ref = _read(text, name)
    assert ref.geo_precision == 2
    assert _km(ref, lat, lon) < 40


def test_a_side_near_the_governorate_centre_keeps_its_point() -> None:
    ref = _read("قصفت المدفعية قرى في ريف إدلب الجنوبي.", "Idlib")
    assert ref.geo_precision == 2 and ref.lat is not None and ref.lat < 35.8  # still south of the city


def test_the_damascus_countryside_governorate_is_put_at_damascus() -> None:
    ref = _read("استهدفت غارات نقاطاً عسكرية في ريف دمشق فجراً.", "Rif Dimashq")
    assert _km(ref, 33.51, 36.29) < 10


@pytest.mark.parametrize("text", [
    "قتل جنديان في هجوم بمسيرة على قاعدة البرج الـ22 في الأردن.",
    "أصيب جنود في برج 22 في الأردن قرب الحدود.",
])
def test_tower_22_variants_are_read(text: str) -> None:
    assert "Tower 22" in [s.value.name_en for s in find_places(normalize(text))]


def test_an_unnamed_base_in_a_country_is_the_base_the_article_names() -> None:
    text = ("أعلن الجيش الأميركي مقتل جنديين في هجوم بطائرة مسيرة استهدف قاعدة في شمال شرق الأردن.\n\n"
            "ويذكر أن قاعدة البرج 22 تقع قرب الحدود مع سوريا، وتضم مئات الجنود.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["location"] == "Tower 22"


def test_an_unnamed_base_stays_in_the_country_when_two_bases_are_named() -> None:
    text = ("أعلن الجيش الأميركي إصابة جنديين في هجوم بطائرة مسيرة استهدف قاعدة في غرب العراق.\n\n"
            "ويذكر أن قاعدتي عين الأسد وحرير تضمان مئات الجنود.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["location"] == "Iraq"


def test_a_site_abroad_beats_a_region_of_no_country() -> None:
    text = "تلقت غرفة عمليات الشرق الأوسط نبأ مقتل ثلاثة جنود في غارة بمسيرة على قاعدة البرج 22 في الأردن."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["location"] == "Tower 22"


def test_a_capital_before_a_present_tense_statement_verb_is_its_government() -> None:
    text = "واشنطن تعترف بأن الدفاعات اليمنية أسقطت طائرة مسيرة أميركية قبالة سواحل اليمن."
    rows = _rows(text)
    assert rows and all(r["location"] != "Washington" for r in rows)
    assert rows[0]["location"] == "Yemen"


def test_a_capital_before_a_verb_of_being_hit_stays_the_place() -> None:
    places = [s for s in find_places(normalize("موسكو تتعرض لهجوم بثماني مسيرات فجر اليوم.")) if
              s.value.name_en == "Moscow"]
    assert places and places[0].value.role == "place"
