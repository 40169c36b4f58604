"""Session 11: one act at several places is one event per place (ACLED), and a place that only locates
another is no place of its own: arrests told town by town, the ordinals of a statement's list of targets
("الأول في X، والثاني في Y"), "another" with an adjective ("وآخر فسفوري على Y"), a terrain word that locates a
position ("موقع X في تلال Y") and the invisible direction marks that some pages put inside those phrases."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on, place_doc, trigger_at  # noqa: F401

from rasd.document import Document, PlaceRef, Span
from rasd.geo.assign import target_place_spans
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 11)
# three positions a few kilometres apart, and the hills that hold the first
POST_A = PlaceRef(id="site:a", name_en="Post A", name_ar="موقع السنديانة", level="site", lat=33.10, lon=35.40,
                  country="Israel", iso=376)
POST_B = PlaceRef(id="site:b", name_en="Post B", name_ar="موقع البلوط", level="site", lat=33.05, lon=35.20,
                  country="Israel", iso=376)
POST_C = PlaceRef(id="site:c", name_en="Post C", name_ar="موقع الصنوبر", level="site", lat=33.20, lon=35.60,
                  country="Israel", iso=376)
HILLS = PlaceRef(id="city:h", name_en="Hill village", name_ar="عين الزيتون", level="foreign_city", lat=33.11,
                 lon=35.42, country="Lebanon", iso=422)
TOWN_A = PlaceRef(id="city:ta", name_en="Town A", name_ar="الكرمة", level="foreign_city", lat=33.30, lon=35.60,
                  country="Lebanon", iso=422)
TOWN_B = PlaceRef(id="city:tb", name_en="Town B", name_ar="الرمانة", level="foreign_city", lat=33.40, lon=35.70,
                  country="Lebanon", iso=422)


def _targets(doc: Document, verb: str) -> list[str]:
    s: Span = doc.layer("sentences")[0]
    return [doc.text[p.start:p.end] for p in target_place_spans(doc, s, [trigger_at(doc, verb)])]


def test_ordinals_of_a_statement_list_are_targets_of_their_own() -> None:
    text = ("قصفت المقاومة ثلاثة تجمعات للجنود، الأول في محيط موقع السنديانة، والثاني في جنوب موقع البلوط، "
            "والثالث قرب موقع الصنوبر بالصواريخ.")
    doc = place_doc(text, [("موقع السنديانة", POST_A), ("موقع البلوط", POST_B), ("موقع الصنوبر", POST_C)])
    assert _targets(doc, "قصفت") == ["موقع السنديانة", "موقع البلوط", "موقع الصنوبر"]


def test_another_act_with_an_adjective_is_a_further_target() -> None:
    text = "سجل قصف مدفعي على أطراف بلدة الكرمة، وآخر فسفوري على أطراف بلدة الرمانة صباح اليوم."
    doc = place_doc(text, [("الكرمة", TOWN_A), ("الرمانة", TOWN_B)])
    assert _targets(doc, "قصف") == ["الكرمة", "الرمانة"]


def test_hills_that_locate_a_position_are_no_target() -> None:
    text = "استهدفت المقاومة موقع السنديانة في تلال عين الزيتون المحتلة، وموقع البلوط بالقذائف."
    doc = place_doc(text, [("موقع السنديانة", POST_A), ("عين الزيتون", HILLS), ("موقع البلوط", POST_B)])
    assert _targets(doc, "استهدفت") == ["موقع السنديانة", "موقع البلوط"]


def test_hills_alone_leave_one_target() -> None:
    text = "استهدفت المقاومة موقع السنديانة في تلال عين الزيتون بالقذائف."
    doc = place_doc(text, [("موقع السنديانة", POST_A), ("عين الزيتون", HILLS)])
    assert _targets(doc, "استهدفت") == []


def test_a_direction_mark_inside_a_locating_phrase_changes_nothing() -> None:
    # the right-to-left mark that some pages put before a word: "موقع X في \u200fتلال Y" locates X as before
    text = "استهدفت المقاومة موقع السنديانة في \u200fتلال عين الزيتون، وموقع البلوط بالقذائف."
    doc = place_doc(text, [("موقع السنديانة", POST_A), ("عين الزيتون", HILLS), ("موقع البلوط", POST_B)])
    assert _targets(doc, "استهدفت") == ["موقع السنديانة", "موقع البلوط"]
    text2 = "قصفت المدفعية موقع السنديانة، و\u200fموقع البلوط بالقذائف."
    doc2 = place_doc(text2, [("موقع السنديانة", POST_A), ("موقع البلوط", POST_B)])
    assert _targets(doc2, "قصفت") == ["موقع السنديانة", "موقع البلوط"]


def _arrest_places(text: str) -> list[list[str]]:
    return [sorted({m for m in e.location_mentions}) for e in extract_text(text, published=DAY).events
            if e.sub_event_type == "Arrests"]


def test_arrests_in_two_towns_are_two_events() -> None:
    text = ("اعتقلت قوات الاحتلال فجر اليوم ثلاثة شبان خلال اقتحامها بلدة يعبد جنوب جنين.\n"
            "وفي الخليل، اعتقلت قوات الاحتلال شاباً بعد دهم منزله في بلدة صوريف.")
    places = _arrest_places(text)
    assert len(places) == 2, places
    assert all(len(p) == 1 for p in places), places


def test_arrests_told_twice_in_one_town_stay_one_event() -> None:
    text = ("اعتقلت قوات الاحتلال فجر اليوم ثلاثة شبان خلال اقتحامها بلدة يعبد جنوب جنين.\n"
            "كما اعتقلت القوات ذاتها شاباً رابعاً في بلدة يعبد بعد دهم منزله.")
    assert len(_arrest_places(text)) == 1


def test_troops_at_another_position_are_a_further_target() -> None:
    text = "قصفت المقاومة موقع السنديانة بصاروخين، وتجمعاً لجنود العدو في محيط موقع البلوط صباح اليوم."
    doc = place_doc(text, [("موقع السنديانة", POST_A), ("موقع البلوط", POST_B)])
    assert _targets(doc, "قصفت") == ["موقع السنديانة", "موقع البلوط"]
