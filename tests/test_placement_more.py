"""Event placement, round 6 (geo/assign.py): destinations, road ends, namesakes, places abroad,
"since …" phrases, dual nouns and summaries followed by their details.

The fixtures are written for these tests; most give the places layer by hand so that they do not
depend on the gazetteer's contents.
"""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, PlaceRef, Span, Trigger
from rasd.geo.assign import _origin, event_place, target_places
from rasd.pipeline import extract_text, text_layer

DAY = dt.date(2024, 3, 5)


def _ref(id_: str, level: str, lat: float, lon: float, admin1: str = "", role: str = "place",
         country: str = "Syria") -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar="", level=level, lat=lat, lon=lon, admin1=admin1,
                    role=role, country=country)


def _doc(text: str, named: list[tuple[str, PlaceRef]], triggers: list[tuple[str, str]] = ()) -> Document:
    """A document with a hand-made places layer (the n-th occurrence of a word: ``"word#n"``) and,
    optionally, act triggers (word, event type)."""
    doc = Document(id="t", text=text)
    text_layer(doc)

    def find(w: str) -> int:
        word, _, n = w.partition("#")
        k = -1
        for _ in range(int(n or 1)):
            k = text.index(word, k + 1)
        return k

    spans = []
    for w, ref in named:
        k = find(w)
        spans.append(Span(k, k + len(w.partition("#")[0]), "place", ref))
    doc.add("places", spans)
    doc.add("triggers", [Span(find(w), find(w) + len(w.partition("#")[0]), "trigger",
                              Trigger(event_type=t, sub_event_type="", key=w)) for w, t in triggers])
    return doc


def _at(doc: Document, word: str) -> Span:
    k = doc.text.index(word)
    return Span(k, k + len(word), "trigger", Trigger(event_type="Battles", sub_event_type="Armed clash"))


def _sentence(doc: Document, word: str) -> Span:
    k = doc.text.index(word)
    return next(s for s in doc.layer("sentences") if s.start <= k < s.end)


def _name(doc: Document, word: str, trig: str) -> str | None:
    place, _m = event_place(doc, [_sentence(doc, word)], _at(doc, trig))
    return place.name_en if place else None


DARAA = _ref("Daraa", "city", 32.62, 36.10, admin1="Daraa")
TAFAS = _ref("Tafas", "city", 32.74, 36.07, admin1="Daraa")
MZEIREB = _ref("Mzeireb", "city", 32.71, 35.99, admin1="Daraa")


def test_destination_of_a_journey_is_not_the_event_place() -> None:
    # an ambush on the way: neither the origin nor the destination, but the place the report names
    text = ("هاجم مسلحون دورية للشرطة قرب بلدة المزيريب صباح اليوم. "
            "وقتل شرطيان في الكمين أثناء عبور الدورية من مدينة درعا إلى مدينة طفس.")
    doc = _doc(text, [("المزيريب", MZEIREB), ("درعا", DARAA), ("طفس", TAFAS)])
    assert _name(doc, "وقتل", "الكمين") == "Mzeireb"
    # a travel word alone makes the end of the journey a destination too
    text = ("هاجم مسلحون دورية للشرطة قرب بلدة المزيريب صباح اليوم. "
            "وقتل شرطيان في الكمين أثناء توجه الدورية إلى مدينة طفس.")
    doc = _doc(text, [("المزيريب", MZEIREB), ("طفس", TAFAS)])
    assert _name(doc, "وقتل", "الكمين") == "Mzeireb"
    # a strike towards a place is at that place
    text = "قصفت المدفعية بعدة قذائف باتجاه مدينة طفس صباح اليوم."
    doc = _doc(text, [("طفس", TAFAS)])
    assert _name(doc, "قصفت", "قصفت") == "Tafas"


HASAKAH = _ref("Hasakah", "city", 36.50, 40.75, admin1="Al-Hasakah", role="road")
TALTAMR = _ref("TalTamr", "city", 36.65, 40.37, admin1="Al-Hasakah", role="road")


def test_a_road_named_by_its_ends_takes_its_first_end() -> None:
    for text, trig in (("استهدفت طائرة مسيرة سيارة مدنية على طريق الحسكة - تل تمر.", "استهدفت"),
                       ("وكانت سيارة القافلة تسير على طريق عام الحسكة - تل تمر حين استهدفتها المسيرة.", "استهدفتها")):
        doc = _doc(text, [("الحسكة", HASAKAH), ("تل تمر", TALTAMR)])
        assert _name(doc, "سيارة", trig) == "Hasakah", text


def test_a_namesake_village_gives_way_to_the_place_the_sentence_puts_it_in() -> None:
    gov = _ref("DeirEzZor", "governorate", 35.33, 40.14, admin1="Deir-ez-Zor", role="region")
    far = _ref("FarVillage", "community", 35.50, 35.95, admin1="Latakia")  # a namesake in another governorate
    near = _ref("NearVillage", "community", 35.45, 40.00, admin1="Deir-ez-Zor")
    text = "اندلعت اشتباكات عنيفة بين مسلحين وأهالي بلدتي الحصان والعزبة في ريف دير الزور."
    doc = _doc(text, [("الحصان", far), ("ريف دير الزور", gov)])
    assert _name(doc, "اندلعت", "اشتباكات") == "DeirEzZor"
    doc = _doc(text, [("الحصان", near), ("ريف دير الزور", gov)])
    assert _name(doc, "اندلعت", "اشتباكات") == "NearVillage"
    # a village "on the road X - Y" that the gazetteer puts far from that road
    village = _ref("Elsewhere", "community", 36.72, 37.96, admin1="Aleppo")
    text = "استهدفت طائرة مسيرة سيارة في قرية أم غرقان على طريق عام الحسكة - تل تمر ظهر اليوم."
    doc = _doc(text, [("أم غرقان", village), ("الحسكة", HASAKAH), ("تل تمر", TALTAMR)])
    assert _name(doc, "استهدفت", "استهدفت") == "Hasakah"


TANF = _ref("Tanf", "site", 33.50, 38.62, admin1="Homs")
SHADDADI = _ref("Shaddadi", "city", 36.05, 40.73, admin1="Al-Hasakah")
ASAD = _ref("AinAlAsad", "site", 33.80, 42.44, country="Iraq")
EILAT = _ref("Eilat", "foreign_city", 29.56, 34.95, country="Israel")
IRAQ = _ref("Iraq", "country", 33.0, 43.0, country="Iraq")
SYRIA = _ref("Syria", "country", 35.0, 38.5)


def test_a_place_in_syria_beats_one_abroad_in_the_same_sentence() -> None:
    text = "استهدفت المقاومة قاعدة عين الأسد في العراق مرات عدة، كما استهدفت قاعدة التنف في سوريا."
    doc = _doc(text, [("عين الأسد", ASAD), ("العراق", IRAQ), ("التنف", TANF), ("سوريا", SYRIA)])
    assert _name(doc, "استهدفت", "استهدفت") == "Tanf"
    # a sentence that names only places abroad keeps them
    doc = _doc("استهدفت المقاومة قاعدة عين الأسد في العراق.", [("عين الأسد", ASAD), ("العراق", IRAQ)])
    assert _name(doc, "استهدفت", "استهدفت") == "AinAlAsad"


def test_a_list_reaching_abroad_keeps_a_base_abroad_but_not_a_town_abroad() -> None:
    # bases struck in one campaign are one event each, in Syria or abroad; a town abroad in the list
    # (a threat to a capital, the war a strike answers) only widens the picture
    text = "استهدفت المقاومة بالمسيرات قاعدة الشدادي وقاعدة التنف وقاعدة عين الأسد."
    doc = _doc(text, [("الشدادي", SHADDADI), ("التنف", TANF), ("عين الأسد", ASAD)])
    got = target_places(doc, doc.layer("sentences")[0], [_at(doc, "استهدفت")])
    assert [p.name_en for p, _m in got] == ["Shaddadi", "Tanf", "AinAlAsad"], got
    text = "استهدفت المقاومة بالمسيرات قاعدة الشدادي وقاعدة التنف ومدينة إيلات."
    doc = _doc(text, [("الشدادي", SHADDADI), ("التنف", TANF), ("إيلات", EILAT)])
    got = target_places(doc, doc.layer("sentences")[0], [_at(doc, "استهدفت")])
    assert [p.name_en for p, _m in got] == ["Shaddadi", "Tanf"], got


AIRPORT = _ref("AleppoAirport", "site", 36.18, 37.22, admin1="Aleppo")
GAZA = _ref("Gaza", "region", 31.45, 34.40, country="Palestine")


def test_a_place_in_a_since_phrase_is_not_the_event_place() -> None:
    text = "قصفت طائرات حربية مطار حلب الدولي صباح اليوم. وتصاعدت الغارات منذ بدء الحرب على قطاع غزة."
    doc = _doc(text, [("مطار حلب الدولي", AIRPORT), ("قطاع غزة", GAZA)])
    assert _name(doc, "وتصاعدت", "الغارات") == "AleppoAirport"
    # ... unless the act itself is in the phrase
    assert _name(doc, "وتصاعدت", "الحرب") == "Gaza"


DAMASCUS_AIRPORT = _ref("DamascusAirport", "site", 33.41, 36.51, admin1="Rural Damascus")
ALEPPO = _ref("Aleppo", "city", 36.20, 37.16, admin1="Aleppo")


def test_a_dual_noun_names_two_places_wherever_the_act_stands() -> None:
    text = "وخرج مطارا دمشق وحلب عن الخدمة من جراء عدوان جوي صباح الأحد."
    doc = _doc(text, [("مطارا دمشق", DAMASCUS_AIRPORT), ("حلب", ALEPPO)])
    got = target_places(doc, doc.layer("sentences")[0], [_at(doc, "عدوان")])
    assert [p.name_en for p, _m in got] == ["DamascusAirport", "Aleppo"], got
    # a singular noun before the act: no split
    text = "وخرج مطار دمشق عن الخدمة وتضررت حلب من جراء عدوان جوي صباح الأحد."
    doc = _doc(text, [("مطار دمشق", DAMASCUS_AIRPORT), ("حلب", ALEPPO)])
    assert target_places(doc, doc.layer("sentences")[0], [_at(doc, "عدوان")]) == []


IDLIB = _ref("Idlib", "governorate", 35.8, 36.6, admin1="Idlib", role="region")
LATAKIA = _ref("Latakia", "governorate", 35.6, 36.0, admin1="Latakia", role="region")


def test_a_plural_countryside_is_split_by_governorate() -> None:
    # "ريفي إدلب واللاذقية": an act told of both countrysides is one event in each (ACLED is atomic by place)
    text = "استهدفت غارات جوية مواقع للمسلحين في ريفي إدلب واللاذقية أمس."
    doc = _doc(text, [("ريفي إدلب", IDLIB), ("اللاذقية", LATAKIA)])
    got = target_places(doc, doc.layer("sentences")[0], [_at(doc, "استهدفت")])
    assert [r.admin1 for r, _ in got] == ["Idlib", "Latakia"]


def test_a_summary_takes_the_place_of_the_details_that_follow() -> None:
    marea = _ref("Marea", "community", 36.48, 37.20, admin1="Aleppo")
    qamishli = _ref("QamishliCountryside", "district", 37.05, 41.22, admin1="Al-Hasakah", role="region")
    amuda = _ref("Amuda", "city", 37.10, 40.93, admin1="Al-Hasakah")
    strike = "Explosions/Remote violence"
    text = ("صد مسلحون محاولة تسلل على محور مدينة مارع.\n"
            "وكانت مسيرات قد استهدفت مواقع لقوات محلية يومي الخميس والجمعة.\n"
            "وأوضحت المصادر أن الاستهداف الأول طال سيارتين في ريف القامشلي، فيما استهدفت المسيرة الثانية "
            "مقراً في عامودا.")
    doc = _doc(text, [("مارع", marea), ("ريف القامشلي", qamishli), ("عامودا", amuda)],
               [("محاولة تسلل", "Battles"), ("الاستهداف", strike), ("استهدفت#2", strike)])
    k = text.index("استهدفت")
    trig = Span(k, k + len("استهدفت"), "trigger", Trigger(event_type=strike, sub_event_type="Air/drone strike"))
    place, _m = event_place(doc, [_sentence(doc, "يومي")], trig)
    assert place is not None and place.name_en == "QamishliCountryside", place
    # a next sentence of another kind is no detail of it: the article's main place stays
    doc = _doc(text, [("مارع", marea), ("ريف القامشلي", qamishli), ("عامودا", amuda)],
               [("محاولة تسلل", "Battles")])
    place, _m = event_place(doc, [_sentence(doc, "يومي")], trig)
    assert place is not None and place.name_en == "Marea", place


def test_an_anaphor_before_a_closing_quote_names_the_town() -> None:
    doc = extract_text("تصدى الجيش لهجوم مسلحين على بلدة الملاجة جنوبي إدلب صباح اليوم.\n"
                       "وقال المصدر إن الهجوم \"سبقه تفجير نفق في محيط البلدة\".\n"
                       "وهاجم المسلحون أيضاً بلدة الفطيرة.", published=DAY)
    second = doc.layer("sentences")[1]
    k = doc.text.index("الهجوم", second.start)
    trig = Span(k, k + len("الهجوم"), "trigger", Trigger(event_type="Battles", sub_event_type="Armed clash"))
    place, _m = event_place(doc, [second], trig)
    assert place is not None and place.name_en == "Al-Malaja", place


def test_origin_needs_a_real_origin_word_before_from() -> None:
    # "الدورية من مدينة X": a noun in -ية before "من" is no compass adjective, X is an origin
    assert _name(_doc("قتل شرطيان بكمين استهدف الدورية من مدينة درعا.", [("درعا", DARAA)]), "قتل", "بكمين") \
        == "Daraa"  # the only place left, by the last fallback
    doc = _doc("قتل شرطيان بكمين استهدف الدورية من مدينة درعا، قرب بلدة طفس.", [("درعا", DARAA), ("طفس", TAFAS)])
    assert _name(doc, "قتل", "بكمين") == "Tafas"
    # leaving a place happens there, an adjective between ("الانسحاب العسكري من X") or not
    for text in ("أعلن الجيش الانسحاب العسكري من مدينة طفس بعد اشتباكات.", "أعلن الجيش الانسحاب من مدينة طفس."):
        doc = _doc(text, [("طفس", TAFAS)])
        assert not _origin(doc, doc.layer("places")[0]), text
    doc = _doc("أطلقت القذائف من مدينة طفس.", [("طفس", TAFAS)])
    assert _origin(doc, doc.layer("places")[0])
