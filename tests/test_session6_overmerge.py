"""Session 6: over-merging across places and countries (ACLED: one event per day, place, actor pair and type)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, PlaceRef
from rasd.geo.assign import contains
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 4)


def _places(doc: Document) -> list[str]:
    return sorted(ev.place.name_en for ev in doc.events if ev.place is not None)


def test_comma_list_of_bases_is_one_event_per_base() -> None:
    # "X، Y وZ": an enumeration by commas closed by "و" names three targets
    text = ('أعلنت فصائل مسلحة، اليوم الأحد، أنها استهدفت بالطائرات المسيّرة ثلاث قواعد أميركية في سوريا، هي '
            '"الشدادي"، "الركبان" و"التنف".')
    places = _places(extract_text(text, DAY))
    assert "Shadadah" in places
    assert "Rukban camp" in places
    assert "Al-Tanf garrison" in places


def test_comma_without_closing_and_is_no_list() -> None:
    # a comma alone (no "و" closing a list) sets off a new clause: the second name is no further target
    from rasd.geo.assign import _comma_list

    text = 'استهدفت المسيّرات قاعدة "الشدادي"، "الركبان" مخيم قريب.'
    doc = extract_text(text, DAY)
    inside = sorted(doc.layer("places"), key=lambda p: p.start)
    names = [doc.text[p.start:p.end] for p in inside]
    assert names[:2] == ["الشدادي", "الركبان"]
    assert not _comma_list(doc, inside[0], inside[1], inside)


def test_region_abroad_beside_syrian_targets_is_no_target() -> None:
    # "ردّاً على العدوان على قطاع غزة": the region abroad is what the act answers, not a place it hit
    text = ('ردّاً على العدوان على قطاع غزة، أعلنت فصائل مسلحة، اليوم الأحد، استهداف قاعدتي الشدادي '
            'وخراب الجير في سوريا بالطائرات المسيّرة.')
    doc = extract_text(text, DAY)
    assert all(ev.place is None or ev.place.country == "Syria" for ev in doc.events)


def test_a_region_abroad_reaches_its_own_towns_not_a_neighbour_far_off_or_across_a_border() -> None:
    # the Gaza Strip holds Khan Yunis (≈ 9 km from its centre) but not Tulkarm in the West Bank (≈ 100 km),
    # and no region holds a place in another country whatever the distance
    gaza = PlaceRef(id="region:gaza", name_ar="قطاع غزة", name_en="Gaza Strip", level="region", lat=31.42,
                    lon=34.36, country="Palestine", iso=275)
    khan_yunis = PlaceRef(id="city:khan-yunis", name_ar="خان يونس", name_en="Khan Yunis", level="foreign_city",
                          lat=31.34, lon=34.31, country="Palestine", iso=275)
    tulkarm = PlaceRef(id="city:tulkarm", name_ar="طولكرم", name_en="Tulkarm", level="foreign_city", lat=32.31,
                       lon=35.03, country="Palestine", iso=275)
    sinai_town = PlaceRef(id="city:x", name_ar="س", name_en="X", level="foreign_city", lat=31.2, lon=34.2,
                          country="Egypt", iso=818)
    assert contains(gaza, khan_yunis)
    assert not contains(gaza, tulkarm)
    assert not contains(gaza, sinai_town)
