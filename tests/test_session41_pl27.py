"""Places of session 41 (pl27): a capital or a city that only names a pact ("اتفاق موسكو", "مسار أستانا") is no
place of an act; a foreign capital named for its government's words or arms ("التي تستخدمها أنقرة", "مدفعية
أنقرة") is no place either; Iraqi sub-district towns named beside their governorate (Qara Tapa in Diyala, Khanasor in
Sinjar) are known, not read at the governorate or the district's seat."""

from __future__ import annotations

import datetime as dt

from rasd.geo.assign import government_named
from rasd.geo.gazetteer import get_gazetteer
from rasd.pipeline import extract_text

DAY = dt.date(2024, 11, 19)


def _place_spans(text: str, name: str) -> list:
    doc = extract_text(text, published=DAY)
    return doc, [p for p in doc.layer("places") if doc.text[p.start:p.end] == name and p.value is not None]


def test_capital_naming_a_pact_is_a_reference() -> None:
    text = ("دمشق - قال مصدر عسكري اليوم الثلاثاء إن فصائل المعارضة هاجمت مواقع الجيش في ريف حماة، "
            "وهو أوسع هجوم منذ اتفاق \"موسكو\" لوقف إطلاق النار قبل أربع سنوات.")
    _, spans = _place_spans(text, "موسكو")
    assert spans and all(p.value.role == "reference" for p in spans)


def test_city_naming_an_agreement_is_a_reference_but_a_venue_stays() -> None:
    doc, spans = _place_spans("وأكد المتحدث التزام بلاده بمقررات محادثات جنيف واتفاق الرياض، وعقد اجتماع في أنقرة.",
                              "أنقرة")
    assert spans and all(p.value.role == "place" for p in spans)
    for name in ("الرياض",):
        named = [p for p in doc.layer("places") if doc.text[p.start:p.end] == name and p.value is not None]
        assert named and all(p.value.role == "reference" for p in named)


def test_capital_using_its_own_word_is_its_government() -> None:
    text = ("قتل مسلحان بقصف مسيرة على سيارة في قضاء سنجار، وأعلنت وزارة الدفاع التركية تحييد مسلحين، "
            "وهو التعبير الذي تستخدمه أنقرة عند الحديث عن قتل خصومها.")
    doc, spans = _place_spans(text, "أنقرة")
    assert spans and all(government_named(doc, p) for p in spans)


def test_capital_owning_the_guns_is_its_government() -> None:
    doc, spans = _place_spans("ومدفعية أنقرة تقصف قرى حدودية في قضاء زاخو منذ الصباح.", "أنقرة")
    assert spans and all(government_named(doc, p) for p in spans)


def test_iraqi_district_towns_are_known() -> None:
    g = get_gazetteer()
    for name, lat, lon in (("ناحية قره تبه", 34.42, 44.93),
                           ("مجمع خانصور", 36.47, 41.68)):
        hits = g.lookup(name)
        assert hits, name
        assert any(abs(e.lat - lat) < 0.05 and abs(e.lon - lon) < 0.05 for e in hits), name


def test_attack_in_a_diyala_subdistrict_is_at_the_town() -> None:
    text = ("ديالى - قال مصدر أمني اليوم الثلاثاء إن مسلحين من تنظيم داعش هاجموا فجر اليوم نقطة للجيش العراقي في "
            "ناحية قره تبه شمال شرقي محافظة ديالى، ما أدى إلى مقتل جندي وإصابة آخر.")
    events = extract_text(text, published=DAY).events
    assert events
    assert all(e.place is not None and abs(e.place.lat - 34.42) < 0.1 for e in events), \
        [(e.place.name_en if e.place else None) for e in events]
