"""Session 14 (PPL, protests abroad): a crowd placed by a nationality adjective ("الجامعات الأميركية", "مدن تركية")
is in that country, not at the war it rallies about nor at the article's topic.  Fixture sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

from helpers import place_doc

from rasd.document import PlaceRef, Span, Trigger
from rasd.geo.assign import event_place
from rasd.pipeline import extract_text

DAY = dt.date(2024, 4, 20)
GAZA = PlaceRef("site:gaza-strip", "Gaza Strip", "قطاع غزة", "governorate", 31.42, 34.36, country="Palestine",
                iso=275, geo_precision=3)


def _trigger(doc_text: str, word: str, event_type: str, sub: str) -> Span:
    k = doc_text.index(word)
    return Span(k, k + len(word), "trigger", Trigger(event_type, sub))


def _records(text: str, event_type: str) -> list[tuple[str, str, str]]:
    return [(e.place.country if e.place else "", e.place.name_en if e.place else "", e.actor1.name if e.actor1 else "")
            for e in extract_text(text, published=DAY).events if e.event_type == event_type]


def test_universities_of_a_country_place_the_protest_not_the_war_it_names() -> None:
    text = "يواصل الطلاب في الجامعات الكندية اعتصاماتهم المنددة بالحرب التي يشنها الاحتلال، بدعم غربي، على قطاع غزة."
    doc = place_doc(text, [("قطاع غزة", GAZA)])
    t = _trigger(text, "اعتصاماتهم", "Protests", "Peaceful protest")
    place, mentions = event_place(doc, [doc.layer("sentences")[0]], t)
    assert place is not None and place.country == "Canada" and place.geo_precision == 3
    assert mentions == ["الجامعات الكندية"]


def test_cities_of_a_country_with_a_word_between_place_the_marches_not_the_story_before() -> None:
    rows = _records("يواصل الاحتلال قصف مدينة غزة منذ أسابيع. وشهدت مدن ومناطق تركية مسيرات حاشدة مساء اليوم.",
                    "Protests")
    assert rows and all(country == "Turkey" for country, _, _ in rows)
    assert all(actor == "Protesters (Turkey)" for _, _, actor in rows)


def test_a_named_city_of_that_country_is_kept() -> None:
    rows = _records("احتشد آلاف المتظاهرين في العاصمة الأميركية واشنطن وسط قطع للطرق، فيما يواصل الاحتلال عدوانه، "
                    "بدعم من حلفائه، على قطاع غزة.", "Protests")
    assert rows and rows[0][:2] == ("United States", "Washington")


def test_arrest_of_protesters_at_a_country_universities() -> None:
    text = ("اعتقلت الشرطة عشرات المحتجين في الجامعات الأميركية المنددين بحرب الإبادة، التي يواصلها الاحتلال، "
            "على قطاع غزة.")
    doc = place_doc(text, [("قطاع غزة", GAZA)])
    t = _trigger(text, "اعتقلت", "Strategic developments", "Arrests")
    place, _ = event_place(doc, [doc.layer("sentences")[0]], t)
    assert place is not None and place.country == "United States"


def test_a_stand_for_students_abroad_is_not_abroad() -> None:
    text = "نظم طلاب جامعة محلية وقفة تضامنية مع زملائهم المحتجين في الجامعات الأميركية، نصرة لقطاع غزة."
    doc = place_doc(text, [("قطاع غزة", GAZA)])
    t = _trigger(text, "وقفة", "Protests", "Peaceful protest")
    place, _ = event_place(doc, [doc.layer("sentences")[0]], t)
    assert place is None or place.country != "United States"


def test_more_nationality_adjectives_name_the_country_of_a_crowd() -> None:
    rows = _records("خرج آلاف العمال في مسيرة حاشدة للمطالبة بتحسين ظروف العمل، في عدة مدن إسبانية.", "Protests")
    assert rows and rows[0][0] == "Spain" and rows[0][2] == "Protesters (Spain)"
