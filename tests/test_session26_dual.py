"""Session 26 (DUAL: plural position heads, and events the text places nowhere).

- a plural head of army positions abroad ("مواقع", "ثكنات") shares its head with every name of the list after it,
  as the dual "موقعي X وY" does: "مواقع الراهب ورويسات العلم" names the Raheb position and the Shebaa Farms ones;
- the dual and plural of the camp noun ("مخيمي X وY", "مخيمات X وY وZ") are settlement cues, as "مخيم" is: each camp
  of the list is read as a place of its own (a name that is also a Syrian village is not dropped);
- an event that neither its sentences nor its article place anywhere takes the country of the outlet's own
  country field of the record ("country": "السودان"), when the gazetteer holds it as a country, before Syria.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.io.readers import record_document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 5)


def _places(text: str) -> list[str]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [str(r["location"]) for r in records(Pipeline()(doc))]


def test_plural_position_head_reads_every_name_of_its_list() -> None:
    places = _places("وقصف مقاتلو المقاومة الإسلامية مواقع الراهب ورويسات العلم بالصواريخ، اليوم الاثنين.")
    assert "Al-Raheb position" in places and "Shebaa Farms" in places, places


def test_plural_position_head_with_a_comma_list() -> None:
    places = _places("واستهدف حزب الله ثكنات ميتات، جل الدير وبركة ريشا بقذائف المدفعية، اليوم الاثنين.")
    assert {"Metat position", "Jal al-Deir position", "Birket Risha position"} <= set(places), places


def test_plural_head_of_a_common_noun_is_no_position() -> None:
    places = _places("ونشرت مواقع التواصل صوراً لغارة إسرائيلية على بلدة عيتا الشعب، اليوم الاثنين.")
    assert places == ["Aita al-Shaab"], places


def test_dual_camp_noun_reads_both_camps() -> None:
    places = _places("وقتل أربعة مواطنين في قصف مدفعي استهدف مخيمي البريج والمغازي وسط القطاع، اليوم الاثنين.")
    assert sorted(places) == ["Bureij", "Maghazi"], places


def test_plural_camp_noun_reads_every_camp() -> None:
    places = _places("وشنت طائرات الاحتلال غارات على مخيمات النصيرات والبريج والمغازي، اليوم الاثنين.")
    assert {"Nuseirat", "Bureij", "Maghazi"} <= set(places), places


def _record(country: str | None) -> list[dict[str, object]]:
    rec: dict[str, object] = {"id": "r1", "published": "2024-02-05",
                              "text": "أعلنت القيادة العسكرية أنّ قواتها اعتقلت عشرة مسلحين في عملية أمنية فجر اليوم "
                                      "الاثنين."}
    if country is not None:
        rec["country"] = country
    doc = record_document(rec, "t.jsonl", None)
    assert isinstance(doc, Document)
    assert (doc.meta.get("section_country") or None) == country
    return list(records(Pipeline()(doc)))


def test_outlet_country_field_places_an_unplaced_event() -> None:
    rows = _record("السودان")
    assert rows and all(r["country"] == "Sudan" for r in rows), [(r["country"], r["location"]) for r in rows]


def test_unknown_outlet_country_field_keeps_the_default() -> None:
    rows = _record("بلاد لا يعرفها المعجم")
    assert rows and all(r["country"] == "Syria" for r in rows), [(r["country"], r["location"]) for r in rows]
