"""Event placement, splitting by place and merging of nested places (geo/assign.py, events/stage.py)."""

from __future__ import annotations

import datetime as dt

from helpers import place_doc, trigger_at

from rasd.document import Document, PlaceRef, Span
from rasd.geo.assign import contains, event_place, target_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 5)


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.place.name_en if e.place else None) for e in doc.events]


def _ref(id_: str, level: str, lat: float, lon: float, admin1: str = "", admin2: str = "",
         role: str = "place", name_ar: str = "") -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar=name_ar, level=level, lat=lat, lon=lon, admin1=admin1,
                    admin2=admin2, role=role)


def test_origin_of_a_strike_is_not_its_place() -> None:
    text = ("قصفت طائرات حربية إسرائيلية انطلاقاً من الجولان المحتل مواقع عسكرية في ريف القنيطرة صباح اليوم، "
            "ما أدى إلى مقتل جنديين.")
    got = _places(text)
    assert got and all(p == "Quneitra" for _t, p in got), got


def test_withdrawal_from_a_town_happens_there() -> None:
    doc = extract_text("انسحبت قوات الجيش من مدينة جاسم بعد اشتباكات عنيفة مع مسلحين محليين اليوم.",
                       published=DAY)
    places = [e.place.name_en for e in doc.events if e.place]
    assert "Jasim" in places, places


def test_reporter_base_is_not_the_event_place() -> None:
    got = _places("أفاد مراسلنا في حلب بمقتل ثلاثة مدنيين بقصف مدفعي استهدف مدينة الباب اليوم.")
    assert [p for _t, p in got] == ["Al Bab"], got


def test_two_towns_under_one_strike_are_two_events() -> None:
    got = _places("شنت طائرات حربية غارات جوية على بلدتي سراقب وأريحا في ريف إدلب، ما أدى إلى مقتل خمسة أشخاص.")
    assert sorted(p or "" for _t, p in got) == ["Ariha", "Saraqab"], got


def test_each_trigger_with_its_own_town_is_an_event() -> None:
    got = _places("قصفت القوات التركية بالمدفعية قرية تل رفعت، فيما استهدفت طائرة مسيرة سيارة في مدينة منبج، "
                  "ما أدى إلى مقتل ثلاثة عناصر.")
    assert len(got) == 2 and {p for _t, p in got} == {"Tall Refaat", "Menbij"}, got


def test_front_line_between_two_towns_is_one_event() -> None:
    got = _places("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين على خطوط التماس بين بلدتي سراقب وأريحا "
                  "في ريف إدلب، ما أدى إلى مقتل أربعة مسلحين.")
    assert len(got) == 1, got


def test_headline_governorate_merges_into_the_precise_town() -> None:
    got = _places("سوريا: انفجار عبوة ناسفة في درعا\n"
                  "انفجرت عبوة ناسفة بسيارة عسكرية في بلدة طفس بريف درعا الغربي، ما أدى إلى مقتل عنصرين من قوات الجيش.")
    assert got == [("Explosions/Remote violence", "Tafas")], got


def test_contains() -> None:
    syria = _ref("country:SYR", "country", 35.0, 38.5)
    gov = _ref("SY07", "governorate", 35.8, 36.6, admin1="Idlib")
    town = _ref("SY0700", "community", 35.86, 36.8, admin1="Idlib", admin2="Idlib")
    other = _ref("SY0200", "community", 36.2, 37.1, admin1="Aleppo", admin2="Jebel Saman")
    mountain = _ref("region:x", "region", 35.68, 36.55, admin1="Idlib")
    near = _ref("SY0701", "community", 35.6, 36.6, admin1="Idlib", admin2="Ariha")
    assert contains(syria, town) and not contains(town, syria)
    assert contains(gov, town) and not contains(gov, other)
    assert contains(mountain, near) and not contains(mountain, other)
    assert not contains(town, other) and not contains(near, town)
    road = _ref("SY0100", "city", 33.51, 36.29, admin1="Damascus", role="road")
    assert contains(road, _ref("x", "city", 33.2, 36.2)) and not contains(road, other)


def test_headline_with_vague_sides_merges_into_the_precise_report() -> None:
    # the headline names the sides loosely ("مسلحين", "جنود") in a wide region; the body names them
    got = _places("سوريا: مقتل جنود بهجوم لمسلحين في البادية\n"
                  "هاجم عناصر تنظيم داعش اليوم نقاطاً لقوات الجيش السوري قرب مدينة تدمر في ريف حمص الشرقي، "
                  "ما أدى إلى مقتل أربعة جنود.")
    assert got == [("Battles", "Tadmor")], got


def test_governorate_only_sentence_takes_the_leads_precise_place() -> None:
    doc = extract_text("اشتباكات عنيفة في جبل الزاوية جنوبي إدلب\n"
                       "تصدت قوات الجيش السوري اليوم لهجوم شنه مسلحون على مواقعها في جبل الزاوية.\n"
                       "وأضاف المصدر أن مسلحين من فصيل آخر هاجموا أيضاً نقاطاً للجيش جنوبي إدلب.", published=DAY)
    last = doc.layer("sentences")[-1]
    trigger = next(t for t in doc.layer("triggers") if t.start >= last.start)
    place, _mentions = event_place(doc, [last], trigger)
    assert place is not None and place.name_en == "Jabal al-Zawiya", place
    # with no precise place in the lead, the governorate stays
    doc = extract_text("اشتباكات عنيفة جنوبي إدلب\n"
                       "وأضاف المصدر أن مسلحين هاجموا نقاطاً للجيش جنوبي إدلب.", published=DAY)
    last = doc.layer("sentences")[-1]
    trigger = next(t for t in doc.layer("triggers") if t.start >= last.start)
    place, _mentions = event_place(doc, [last], trigger)
    assert place is not None and place.level == "governorate", place


# ---------------------------------------------------------------- round 5: placement, splitting, merging




def test_governorate_event_sits_at_the_provincial_capital() -> None:
    doc = extract_text("قصفت قوات الجيش بالمدفعية مواقع للمسلحين في ريف درعا اليوم، ما أدى إلى مقتل ثلاثة منهم.",
                       published=DAY)
    ev = doc.events[0]
    assert ev.place is not None and ev.place.level == "governorate" and ev.place.admin1 == "Daraa"
    # ACLED: only the province is known → the provincial capital's point, geo_precision 3
    assert ev.place.geo_precision == 3 and ev.place.lat is not None and ev.place.lon is not None
    assert abs(ev.place.lat - 32.62) < 0.05 and abs(ev.place.lon - 36.10) < 0.05, ev.place


def test_places_that_describe_a_strikes_origin_are_not_its_place() -> None:
    doc = extract_text("تعرضت القاعدة الأمريكية في حقل العمر النفطي لهجوم بالصواريخ مساء اليوم.\n"
                       "وقالت المصادر إن القاعدة استهدفت بعدة صواريخ أطلقت من البادية بين مدينتي الميادين والبوكمال.",
                       published=DAY)
    named = {doc.text[p.start:p.end] for p in doc.layer("places")}
    assert {"الميادين", "البوكمال"} <= named, named
    last = doc.layer("sentences")[-1]
    place, _m = event_place(doc, [last], trigger_at(doc, "استهدفت"))
    assert place is not None and place.name_en == "Al-Omar oil field", place


def test_sentence_without_place_continues_the_earlier_report_of_its_kind() -> None:
    text = ("نفذت طائرات حربية ضربات جوية على مقار للمسلحين في بلدة سراقب صباح اليوم.\n"
            "وفي سياق آخر، قصفت المدفعية قرية في ريف حماة.\n"
            "وأضاف المصدر أن الضربات دمرت مستودعات للذخيرة.\n"
            "وكانت اشتباكات قد اندلعت الشهر الماضي في مدينة أريحا.")
    town = _ref("A", "city", 35.86, 36.8, admin1="Idlib", admin2="Idlib")
    hama = _ref("H", "governorate", 35.2, 36.7, admin1="Hama")
    later = _ref("B", "city", 35.81, 36.6, admin1="Idlib", admin2="Ariha")
    doc = place_doc(text, [("سراقب", town), ("ريف حماة", hama), ("أريحا", later)])
    sents = doc.layer("sentences")
    third = next(s for s in sents if "الضربات دمرت" in doc.text[s.start:s.end])
    first = sents[0]
    place, _m = event_place(doc, [third], trigger_at(doc, "الضربات"), kin=[first])
    assert place is not None and place.id == "A", place
    # without a report of its kind, the place named before it, never one named only later in the article
    place, _m = event_place(doc, [third], trigger_at(doc, "الضربات"))
    assert place is not None and place.id != "B", place


def test_anaphor_never_takes_the_origin_of_an_attack() -> None:
    text = ("هاجم مسلحون نقاطاً للجيش في بلدة السخنة فجر اليوم.\n"
            "وقالت المصادر إن الهجوم انطلق من منطقة التنف الحدودية.\n"
            "وأرسل الجيش تعزيزات لتمشيط المنطقة التي تعرضت للهجوم.")
    town = _ref("S", "city", 34.9, 38.9, admin1="Homs")
    base = _ref("T", "site", 33.5, 38.6, admin1="Homs")
    doc = place_doc(text, [("السخنة", town), ("التنف", base)])
    last = doc.layer("sentences")[-1]
    place, _m = event_place(doc, [last], trigger_at(doc, "تعزيزات"))
    assert place is not None and place.id == "S", place


def test_villages_a_few_km_apart_are_separate_events() -> None:
    text = "هاجم المسلحون قرية الأولى، بالتزامن مع هجوم آخر على قرية الثانية في ريف إدلب، وقتل ثلاثة جنود."
    a = _ref("V1", "community", 35.620, 36.520, admin1="Idlib", admin2="Ariha")
    b = _ref("V2", "community", 35.630, 36.556, admin1="Idlib", admin2="Ariha")  # ≈ 3.4 km
    same = _ref("V3", "community", 35.6205, 36.5205, admin1="Idlib", admin2="Ariha")  # ≈ 70 m: one spot
    sent = Span(0, len(text), "sentence")
    trig = [trigger_at(Document(id="x", text=text), "هاجم"), trigger_at(Document(id="x", text=text), "هجوم")]
    doc = place_doc(text, [("الأولى", a), ("الثانية", b)])
    assert [p.id for p, _m in target_places(doc, sent, trig)] == ["V1", "V2"]
    doc = place_doc(text, [("الأولى", a), ("الثانية", same)])
    assert target_places(doc, sent, trig) == []


def test_countryside_and_a_town_in_it_each_with_its_own_strike() -> None:
    got = _places("استهدفت الطائرة المسيرة الأولى سيارة عسكرية في ريف القامشلي، فيما استهدفت المسيرة الثانية "
                  "مقراً عسكرياً في مدينة عامودا، ما أدى إلى مقتل خمسة عناصر.")
    assert sorted(p or "" for _t, p in got) == ["Al-Qamishli", "Amuda"], got
    # one strike at a town of a countryside is one event
    got = _places("استهدفت طائرة مسيرة سيارة عسكرية في مدينة عامودا بريف القامشلي، ما أدى إلى مقتل عنصرين.")
    assert [p for _t, p in got] == ["Amuda"], got


def test_place_qualified_by_its_town_is_one_target_and_listed_towns_split() -> None:
    import datetime as _dt

    from rasd.events.stage import detect_frames
    from rasd.geo.assign import target_places
    from rasd.pipeline import extract_text as _extract

    doc = _extract("قصفت طائرات حربية بلدة معرة النعمان وبلدة سراقب في ريف إدلب اليوم الثلاثاء.",
                   published=_dt.date(2024, 3, 5))
    frames = detect_frames(doc)
    assert frames
    got = target_places(doc, frames[0].sentence, frames[0].triggers)
    names = {p.name_ar for p, _ in got}
    assert len(got) == 2 and not any("إدلب" == n for n in names)


def test_capital_point_keeps_a_shifted_countryside_and_leaks_nothing_between_articles() -> None:
    from rasd.document import PlaceRef
    from rasd.geo.assign import capital_point

    west = PlaceRef(id="SY12", name_en="Dar'a", name_ar="درعا", level="governorate", lat=32.8, lon=35.9,
                    geo_precision=2)  # "ريف درعا الغربي": a point toward the west side
    whole = PlaceRef(id="SY12", name_en="Dar'a", name_ar="درعا", level="governorate", lat=32.9, lon=36.3,
                     geo_precision=3)
    assert (capital_point(west).lat, capital_point(west).lon) == (32.8, 35.9)
    cap = capital_point(whole)
    assert cap.geo_precision == 3 and abs(cap.lat - 32.62) < 0.05  # Dar'a city
    # a governorate with no capital of the same name, named as a city's countryside ("ريف دمشق"), is put at that
    # city (session 14), whatever point each reference had
    a = PlaceRef(id="SY03", name_en="Rural Damascus", name_ar="ريف دمشق", level="governorate",
                 lat=33.9, lon=36.9, geo_precision=3)
    b = PlaceRef(id="SY03", name_en="Rural Damascus", name_ar="ريف دمشق", level="governorate",
                 lat=33.5, lon=36.5, geo_precision=3)
    assert abs(capital_point(a).lat - 33.51) < 0.05 and abs(capital_point(b).lon - 36.29) < 0.05
    assert a.lat == 33.9 and b.lat == 33.5  # the references themselves are left as they were


def test_district_countryside_is_put_at_its_seat_town_not_the_district_centroid() -> None:
    from rasd.geo.assign import capital_point
    from rasd.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    dist = g.entries["SY0802"]  # the district named after its seat town
    ref = _ref("SY0802", "district", dist.lat or 0.0, dist.lon or 0.0, admin1="SY08", admin2="SY0802",
               name_ar=dist.name_ar)
    moved = capital_point(ref)
    seat = next(e for e in g.entries.values() if e.level == "city" and e.admin2 == "SY0802"
                and e.name_ar == dist.name_ar)
    assert (moved.lat, moved.lon) == (seat.lat, seat.lon) and moved.id == "SY0802"
    # a point already moved toward a side of the countryside is kept
    shifted = _ref("SY0802", "district", (dist.lat or 0.0) + 0.1, dist.lon or 0.0, admin1="SY08",
                   admin2="SY0802", name_ar=dist.name_ar)
    assert capital_point(shifted) == shifted
    # end to end: a strike "في ريف القامشلي" sits within a few km of the town
    doc = extract_text("قصفت طائرة مسيرة سيارة عسكرية في ريف القامشلي اليوم ما أدى إلى مقتل ثلاثة عناصر.",
                       published=DAY)
    places = [e.place for e in doc.events if e.place is not None]
    assert places and all(abs(p.lat - (seat.lat or 0.0)) < 0.05 for p in places), places
