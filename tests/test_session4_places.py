"""Event places, session 4 (geo/assign.py, events/stage.py): one event per place in the lists that
annotators split ("غالبية بلدة X، وأجزاء من بلدات Y وZ", "كما شهدت بلدة Y اشتباكات"), the tail of a
sentence that only tells circumstances, nearby villages named apart, a district named with its city, a
road that holds only the places along it, and shells in a countryside that do not join a clash in a town.

The fixtures are written for these tests; most give the places layer by hand so that they do not depend
on the gazetteer's contents.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import place_doc, trigger_at

from rasd.document import Document, PlaceRef, Span
from rasd.geo.assign import event_place, on_road, target_places
from rasd.pipeline import extract_text, text_layer

DAY = dt.date(2024, 3, 5)


def _ref(id_: str, lat: float, lon: float, level: str = "community", name_ar: str = "", admin1: str = "Idlib",
         role: str = "place") -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar=name_ar, level=level, lat=lat, lon=lon, admin1=admin1,
                    role=role)




def _sentence(doc: Document) -> Span:
    return doc.layer("sentences")[0]


# three villages some 5-10 km apart
A = _ref("A", 35.60, 36.50)
B = _ref("B", 35.65, 36.55)
C = _ref("C", 35.70, 36.60)
FAR = _ref("FAR", 36.50, 40.70, admin1="Hasakah")


def test_a_list_continued_after_a_comma_is_one_event_per_place() -> None:
    text = "وقعت اشتباكات عنيفة بعد سيطرة المسلحين على معظم بلدة ألف، وأجزاء من بلدتي باء وجيم صباح اليوم."
    doc = place_doc(text, [("ألف", A), ("باء", B), ("جيم", C)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "اشتباكات")])
    assert [p.id for p, _m in got] == ["A", "B", "C"], got


def test_a_place_whose_act_word_follows_it_in_its_own_clause_is_a_target() -> None:
    text = "هاجم المسلحون نقاطاً للجيش في بلدة ألف، كما شهدت بلدة باء اشتباكات متقطعة طوال النهار."
    doc = place_doc(text, [("ألف", A), ("باء", B)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "هاجم"), trigger_at(doc, "اشتباكات")])
    assert [p.id for p, _m in got] == ["A", "B"], got
    # without an act of its own the second town is no target: one event
    text = "هاجم المسلحون نقاطاً للجيش في بلدة ألف، ثم عادوا إلى مواقعهم في بلدة باء مساء."
    doc = place_doc(text, [("ألف", A), ("باء", B)])
    assert target_places(doc, _sentence(doc), [trigger_at(doc, "هاجم")]) == []


def test_places_of_the_tail_of_a_sentence_are_circumstances_not_targets() -> None:
    text = ("تراجعت حدة الاشتباكات بعد سيطرة المسلحين على بلدة ألف وبلدة باء، وذلك لأن القوات التي هاجمت "
            "المنطقة تملك خطوط إمداد في اتجاه دال.")
    doc = place_doc(text, [("ألف", A), ("باء", B), ("دال", FAR)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "الاشتباكات"), trigger_at(doc, "هاجمت")])
    assert [p.id for p, _m in got] == ["A", "B"], got


def test_a_place_amid_the_list_with_no_act_of_its_own_leaves_one_event() -> None:
    text = "قصفت الطائرات بلدة ألف، وقد نزح كثير من أهلها إلى جيم، كما استهدفت الغارات بلدة باء."
    doc = place_doc(text, [("ألف", A), ("جيم", C), ("باء", B)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "قصفت"), trigger_at(doc, "استهدفت")])
    assert got == [], got


def test_two_villages_close_together_are_two_places_unless_their_names_say_one_spot() -> None:
    text = "استهدف القصف المدفعي قرى ألف وباء وجيم في الريف الشرقي اليوم."
    near_b = _ref("B2", 35.61, 36.51, name_ar="باء")  # ≈ 1.4 km from A
    a = _ref("A", 35.60, 36.50, name_ar="ألف")
    doc = place_doc(text, [("ألف", a), ("باء", near_b), ("جيم", C)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "استهدف")])
    assert [p.id for p, _m in got] == ["A", "B2", "C"], got
    # a village and its farms: one spot named twice (the other places still split)
    farms = _ref("F", 35.61, 36.51, name_ar="مزارع ألف")
    text = "استهدف القصف المدفعي قرى ألف ومزارع ألف وجيم في الريف الشرقي اليوم."
    doc = Document(id="t", text=text)
    text_layer(doc)
    k = text.index("مزارع ألف")
    doc.add("places", [Span(text.index("ألف"), text.index("ألف") + 3, "place", a),
                       Span(k, k + len("مزارع ألف"), "place", farms),
                       Span(text.index("جيم"), text.index("جيم") + 3, "place", C)])
    got = target_places(doc, _sentence(doc), [trigger_at(doc, "استهدف")])
    assert [p.id for p, _m in got] == ["A", "C"], got


def test_a_district_named_with_the_city_around_it_is_the_place() -> None:
    text = "قصفت طائرة مسيرة حي ألف في محيط مدينة باء فجر اليوم."
    district = _ref("D", 35.60, 36.50, level="neighbourhood")
    city = _ref("CITY", 35.62, 36.55, level="city")
    doc = place_doc(text, [("ألف", district), ("باء", city)])
    place, _m = event_place(doc, [_sentence(doc)], trigger_at(doc, "قصفت"))
    assert place is not None and place.id == "D", place


def test_a_road_holds_only_the_places_along_its_stretch() -> None:
    head = _ref("HEAD", 34.60, 37.10, level="city", role="road")
    end = _ref("END", 34.72, 36.73, level="city", role="road")
    on_the_way = _ref("MID", 34.68, 36.90)
    far_away = _ref("COAST", 35.18, 35.95)
    assert on_road(head, on_the_way, [end])
    assert not on_road(head, far_away, [end])


def test_a_strike_on_a_road_and_one_on_a_far_town_stay_two_events() -> None:
    text = ("قصف الطيران الإسرائيلي شاحنة على طريق الفرقلس - حمص مساء أمس.\n"
            "وقصف الطيران الإسرائيلي مساء أمس مبنى سكنياً في مدينة بانياس.")
    doc = extract_text(text, published=DAY)
    places = sorted(e.place.name_en for e in doc.events if e.place is not None)
    assert len(doc.events) == 2 and places == ["Banyas", "Farqalas"], places


def test_shells_on_a_countryside_do_not_join_a_clash_in_a_town_of_it() -> None:
    text = ("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في بلدة جنديرس صباح اليوم.\n"
            "وسقطت قذائف صاروخية أطلقها المسلحون على مواقع قوات الجيش في ريف عفرين صباح اليوم.")
    doc = extract_text(text, published=DAY)
    kinds = sorted(e.event_type for e in doc.events)
    assert kinds == ["Battles", "Explosions/Remote violence"], [(e.event_type, e.place) for e in doc.events]
    # shelling at the clash's own town is part of the clash (ACLED)
    text = ("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في بلدة جنديرس صباح اليوم.\n"
            "وسقطت قذائف صاروخية أطلقها المسلحون على مواقع قوات الجيش في بلدة جنديرس صباح اليوم.")
    doc = extract_text(text, published=DAY)
    assert [e.event_type for e in doc.events] == ["Battles"], [(e.event_type, e.place) for e in doc.events]


def test_a_weak_list_joining_the_event_at_one_place_makes_events_at_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasd.events.stage as stage
    from rasd.actors.lexicon import actors
    from rasd.document import Trigger
    from rasd.events.frames import ActorMention, Frame

    text = ("اندلعت اشتباكات بين الجيش ومسلحين في ريف المحافظة اليوم.\n"
            "وتراجعت حدة الاشتباكات بعد دخول المسلحين معظم بلدة ألف، وأجزاء من بلدتي باء وجيم.")
    gov = _ref("GOV", 35.80, 36.60, level="governorate")
    doc = Document(id="t", text=text, published=DAY)
    text_layer(doc)
    doc.add("places", [Span(text.index("ريف المحافظة"), text.index("ريف المحافظة") + 12, "place", gov)]
            + [Span(text.index(w), text.index(w) + len(w), "place", r) for w, r in (("ألف", A), ("باء", B),
                                                                                      ("جيم", C))])
    army, rebels = actors()["state_generic"], actors()["unidentified"]
    sents = doc.layer("sentences")

    def frame(k: int, primary: bool) -> Frame:
        s = sents[k]
        w = s.start + doc.text[s.start:s.end].index("اشتباكات")
        trig = Span(w, w + 8, "trigger", Trigger("Battles", "Armed clash", key="اشتباكات"))
        a1 = doc.text.index("مسلحين", s.start)
        a2 = doc.text.index("الجيش") if k == 0 else None
        return Frame(s, "Battles", "Armed clash", "ASSAULT", "", 1.0, [trig], primary=primary,
                     actor1=ActorMention(Span(a1, a1 + 6, "actor"), rebels),
                     actor2=ActorMention(Span(a2, a2 + 5, "actor"), army) if a2 is not None else None)

    monkeypatch.setattr(stage, "detect_frames", lambda _doc, _contexts=None: [frame(0, True), frame(1, False)])
    stage.detect_events(doc)
    assert sorted(e.place.id for e in doc.events if e.place) == ["A", "B", "C"], \
        [(e.place, [s.start for s in e.evidence]) for e in doc.events]
