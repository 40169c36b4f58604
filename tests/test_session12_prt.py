"""Session 12 (protests): a demonstration is placed where people gathered, not at the war it is about, and a
protest announced for later is no event.  Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers import place_doc

from rasd.document import PlaceRef, Span, Trigger
from rasd.geo.assign import event_place, target_place_spans, war_topic
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 9)
BERLIN = PlaceRef("geonames:2950159", "Berlin", "برلين", "foreign_city", 52.52, 13.41, country="Germany", iso=276)
GAZA = PlaceRef("site:gaza-strip", "Gaza Strip", "قطاع غزة", "governorate", 31.42, 34.36, country="Palestine",
                iso=275, geo_precision=3)
OSLO = PlaceRef("geonames:3143244", "Oslo", "أوسلو", "foreign_city", 59.91, 10.75, country="Norway", iso=578)
RAFAH = PlaceRef("geonames:281102", "Rafah", "رفح", "foreign_city", 31.30, 34.25, country="Palestine", iso=275)


def _trigger(doc_text: str, word: str, event_type: str, sub: str) -> Span:
    k = doc_text.index(word)
    return Span(k, k + len(word), "trigger", Trigger(event_type, sub))


def _protests(text: str) -> list[tuple[str, str]]:
    return [(e.place.name_en if e.place else "", e.place.country if e.place else "")
            for e in extract_text(text, published=DAY).events if e.event_type == "Protests"]


def test_war_noun_names_the_topic() -> None:
    text = "خرج المئات في برلين وطالبوا بوقف إطلاق النار في غزة وبإنهاء الحصار على رفح."
    doc = place_doc(text, [("برلين", BERLIN), ("غزة", GAZA), ("رفح", RAFAH)])
    spans = {doc.text[p.start:p.end]: p for p in doc.layer("places")}
    assert not war_topic(doc, spans["برلين"])
    assert war_topic(doc, spans["غزة"])
    assert war_topic(doc, spans["رفح"])


def test_protest_not_split_to_the_war_it_is_about() -> None:
    text = "احتشد آلاف المتظاهرين في أوسلو مرددين شعارات تندد بالعدوان الإسرائيلي على غزة."
    doc = place_doc(text, [("أوسلو", OSLO), ("غزة", GAZA)])
    sentence = doc.layer("sentences")[0]
    t = _trigger(text, "المتظاهرين", "Protests", "Peaceful protest")
    assert [doc.text[p.start:p.end] for p in target_place_spans(doc, sentence, [t])] == []
    place, _ = event_place(doc, [sentence], t)
    assert place is not None and place.id == OSLO.id


def test_protest_named_only_by_its_war_place_takes_no_war_place() -> None:
    text = "تتواصل الاحتجاجات الطلابية الرافضة لحرب الإبادة في غزة."
    doc = place_doc(text, [("غزة", GAZA)])
    t = _trigger(text, "الاحتجاجات", "Protests", "Peaceful protest")
    assert event_place(doc, [doc.layer("sentences")[0]], t)[0] is None


def test_strike_beside_war_noun_stays_in_the_war_place() -> None:
    text = "استشهد ثلاثة مدنيين بقصف إسرائيلي ضمن العدوان المتواصل على غزة."
    doc = place_doc(text, [("غزة", GAZA)])
    t = _trigger(text, "بقصف", "Explosions/Remote violence", "Air/drone strike")
    place, _ = event_place(doc, [doc.layer("sentences")[0]], t)
    assert place is not None and place.id == GAZA.id


def test_war_place_is_not_a_second_protest_place() -> None:
    assert _protests("احتشد آلاف المتظاهرين في أوسلو مرددين شعارات تندد بالعدوان الإسرائيلي على غزة.") == \
        [("Oslo", "Norway")]


def test_war_clause_before_the_protest_names_no_protest_place() -> None:
    rows = _protests("مع استمرار الحرب الإسرائيلية على قطاع غزة، تتواصل المظاهرات في مختلف مدن العالم. "
                     "وتظاهر اليوم الآلاف في برلين.")
    assert rows == [("Berlin", "Germany")]


def test_protest_announced_for_later_is_no_event() -> None:
    assert _protests("وقال رئيس النقابة إننا سننظم تظاهرة كبرى أمام البرلمان في باريس يوم الجمعة.") == []


def test_protest_noun_opening_the_sentence_is_no_cause_adverb() -> None:
    # "احتجاجات" is the protest itself, not "احتجاجاً" (the adverb that opens a cause phrase): the phrase that
    # names Gaza is "دعماً لغزة", which the protest noun stands outside of
    text = "احتجاجات الطلاب في الجامعات البريطانية متواصلة دعماً لغزة"
    doc = place_doc(text, [("غزة", GAZA)])
    t = _trigger(text, "احتجاجات", "Protests", "Peaceful protest")
    place = event_place(doc, [doc.layer("sentences")[0]], t)[0]
    # (session 14: "الجامعات البريطانية" places the protest in the United Kingdom, at the country)
    assert place is not None and place.country == "United Kingdom" and place.geo_precision == 3


def test_cause_adverb_still_marks_what_a_march_is_for() -> None:
    text = "سار المئات في أوسلو احتجاجاً على حصار رفح."
    doc = place_doc(text, [("أوسلو", OSLO), ("رفح", RAFAH)])
    t = _trigger(text, "سار", "Protests", "Peaceful protest")
    place, _ = event_place(doc, [doc.layer("sentences")[0]], t)
    assert place is not None and place.id == OSLO.id


def test_further_item_of_the_war_list_is_a_topic_too() -> None:
    text = "تظاهر المئات في برلين مطالبين بوقف العدوان على قطاع غزة والضفة الغربية، فيما خرجت مسيرة في أوسلو."
    west_bank = PlaceRef("site:west-bank", "West Bank", "الضفة الغربية", "governorate", 31.95, 35.25,
                         country="Palestine", iso=275, geo_precision=3)
    doc = place_doc(text, [("برلين", BERLIN), ("قطاع غزة", GAZA), ("الضفة الغربية", west_bank), ("أوسلو", OSLO)])
    spans = {doc.text[p.start:p.end]: p for p in doc.layer("places")}
    assert war_topic(doc, spans["الضفة الغربية"])
    assert not war_topic(doc, spans["أوسلو"])
