"""Session 29 (pr11, protests, strikes and crowds): shapes of Syrian local outlets' protest reports.

- a fronted town's protest and, in a clause opened by "بينما/فيما/في حين/كما", another town's protest ("وفي مدينة X،
  تجمع العشرات …، بينما نظم أهالي بلدة Y وقفة مماثلة"): one event per town;
- "منذ سنوات" after people in a lasting state with an adverb between ("صور مغيبين قسراً منذ سنوات"): how long the
  state has lasted, not a background act;
- a sentence that names a governorate's capital as a city ("في مدينة إدلب") is that city's act, not the act of a
  town of the province that a headline's bare capital was merged into;
- protesters hurt by toll words alone after the force broke their protest up ("وأصيب ثلاثة محتجين بحالات
  اختناق"): the intervention's toll, no fight of its own;
- "أمام مبنى محافظة X": the governorate's seat, in its capital (not a countryside named beside it);
- a news outlet's name after "موقع" ("لموقع تلفزيون سوريا"): the outlet, no state force.
"""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

DAY = dt.date(2024, 3, 1)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_fronted_town_and_contrasted_town_are_two_protests() -> None:
    text = ("اعتصم المئات، اليوم الجمعة، وسط مدينة السويداء.\n"
            "وفي مدينة شهبا، احتشد العشرات من الأهالي قرب مبنى البلدية رافعين لافتات، بينما نظم أهالي بلدة القريا "
            "وقفة مماثلة عند مدخل البلدة.")
    rows = _rows(text)
    places = sorted(str(r["location"]) for r in rows if r["event_type"] == "Protests")
    assert "Shahba" in places and "Qarayya" in places
    assert all(r["event_date"] == "2024-03-01" for r in rows)


def test_state_since_years_after_an_adverb_is_no_background() -> None:
    text = ("تظاهر العشرات، اليوم الجمعة، في ساحة الكرامة بمدينة السويداء.\n"
            "وفي مدينة شهبا، تجمع العشرات أمام البلدية رافعين صور شبان مختطفين قسراً منذ سنوات.")
    rows = [r for r in _rows(text) if r["location"] == "Shahba"]
    assert rows and rows[0]["event_date"] == "2024-03-01"
    assert not rows[0]["historical"]


def test_city_named_as_city_is_not_merged_into_a_province_town() -> None:
    text = ("مظاهرة في إدلب.. ومظاهرات في بنش وسرمين\n"
            "خرج المئات، اليوم الجمعة، في مدينة إدلب في مظاهرة تطالب بالإفراج عن المعتقلين.\n"
            "وشهدت مدينتا بنش وسرمين مظاهرات مماثلة شارك فيها العشرات.")
    doc = article_doc(text, dt.date(2024, 5, 17))
    places = {e.place.name_en for e in doc.events if e.event_type == "Protests" and e.place is not None}
    assert "Idleb" in places and "Bennsh" in places


def test_protesters_choking_after_dispersal_is_the_protest_toll() -> None:
    text = ("خرج المئات، اليوم الجمعة، في مظاهرة وسط مدينة إدلب للمطالبة برحيل قائد الهيئة، قبل أن تفرّقهم "
            "عناصر الأمن بالغاز المسيل للدموع والهراوات.\n"
            "وأصيب خمسة متظاهرين بحالات اختناق، بحسب ناشطين محليين.")
    rows = _rows(text, dt.date(2024, 5, 17))
    assert [r["event_type"] for r in rows] == ["Protests"]


def test_governorate_building_is_in_the_capital() -> None:
    text = ("نفذت أمهات من قرى ريف جبلة، أمس الاثنين، وقفة احتجاجية أمام مبنى محافظة اللاذقية للمطالبة بمعرفة "
            "مصير أبنائهن.")
    rows = _rows(text, dt.date(2025, 6, 10))
    assert [str(r["location"]) for r in rows] == ["Lattakia"]


def test_outlet_after_site_word_is_no_state_force() -> None:
    text = ("اعتصم العشرات أمام القصر العدلي في مدينة جبلة، اليوم الثلاثاء.\n"
            "وقال أحد المعتصمين لموقع تلفزيون سوريا إن قوات الأمن اعتقلت ابنه من منزله في آذار الماضي.")
    for r in _rows(text, dt.date(2025, 6, 10)):
        assert "Syria TV" not in str(r.get("actor1_mentions", "")) + str(r.get("actor2_mentions", ""))
        assert "تلفزيون سوريا" not in " ".join(map(str, r.get("actor1_mentions", []) or []))
        assert "تلفزيون سوريا" not in " ".join(map(str, r.get("actor2_mentions", []) or []))
