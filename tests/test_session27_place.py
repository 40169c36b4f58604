"""Session 27 (PLACE: the event's place).

- an act told as spread between two far places, each with its compass adverb ("من X شمالاً إلى Y جنوباً"), is at
  neither end: its place is the country both lie in (geo_precision 3); the two ends of a short extent inside one
  town keep the town;
- a nationwide act ("في مختلف أنحاء البلاد") that a state's office names with its nationality adjective ("وزير
  الداخلية التركي") is in that state's country, whatever other country the article names, and even when the
  article names no place at all; offices of two countries decide nothing;
- a university named by its town ("جامعة بيرزيت", "جامعة طهران") places an act at it (a raid on it, a stand of its
  students) in that town, never a person's affiliation ("الأستاذ في جامعة X");
- the prisoners' foundation "مهجة القدس" is an organisation: its name places no act in Jerusalem.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def test_a_protest_from_one_end_of_the_country_to_the_other_is_in_the_country() -> None:
    recs = _records("تظاهر عشرات آلاف الإسرائيليين مساء السبت في مدن عدة من حيفا شمالاً إلى بئر السبع جنوباً "
                    "ضد حكومة نتنياهو.")
    assert [(r["location"], r["geo_precision"]) for r in recs] == [("Israel", 3)], recs


def test_guard_a_short_extent_inside_one_town_keeps_the_town() -> None:
    recs = _records("أطلقت قوات الاحتلال النار على المواطنين من منطقة الطيارة شرقاً حتى دوار زعرب غرباً في رفح.")
    assert recs and all(r["location"] == "Rafah" for r in recs), recs


def test_a_nationwide_sweep_is_in_the_country_of_the_minister_who_told_it() -> None:
    recs = _records("قال وزير الداخلية التركي اليوم الثلاثاء إن الشرطة اعتقلت 50 شخصاً يشتبه بانتمائهم إلى تنظيم "
                    "داعش في حملة جرت في مختلف أنحاء البلاد.\n"
                    "وكان التنظيم قد تبنى هجوماً في ضاحية موسكو الأسبوع الماضي.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert arrests and all((r["country"], r["geo_precision"]) == ("Turkey", 3) for r in arrests), recs


def test_a_nationwide_sweep_with_no_place_named_is_not_put_in_syria() -> None:
    recs = _records("اعتقلت الشرطة 50 شخصاً في حملة جرت في مختلف أنحاء البلاد، بحسب ما أعلن وزير الداخلية "
                    "الفرنسي.")
    assert recs and all(r["country"] == "France" for r in recs), recs


def test_guard_offices_of_two_countries_name_no_country() -> None:
    recs = _records("اعتقلت قوات الأمن الإيرانية مئات المحتجين في مختلف أنحاء البلاد، وفق ما قال وزير الخارجية "
                    "الأميركي.")
    assert all(r["country"] != "United States" for r in recs), recs


def test_a_raid_on_a_university_is_in_its_town() -> None:
    recs = _records("اقتحمت قوات الاحتلال فجر اليوم جامعة بيرزيت واعتقلت خمسة طلاب.")
    assert [(r["location"], r["country"]) for r in recs] == [("Bir Zayt", "Palestine")], recs
    recs = _records("اقتحمت قوات الاحتلال، صباح اليوم، جامعة بيرزيت شمالي رام الله، واعتقلت طالبين.")
    assert [r["location"] for r in recs] == ["Bir Zayt"], recs


def test_guard_a_students_university_is_not_where_he_was_arrested() -> None:
    recs = _records("اعتقلت قوات الاحتلال، الطالب في جامعة بيرزيت محمد علي، من مخيم جنين.")
    assert recs and all(r["location"] != "Bir Zayt" for r in recs), recs


def test_a_stand_of_a_universitys_students_is_in_its_town() -> None:
    recs = _records("نظم طلاب جامعة بغداد اليوم الأحد وقفة احتجاجية أمام مدخل الجامعة تنديداً بالعدوان على غزة.")
    assert [(r["location"], r["country"]) for r in recs] == [("Baghdad", "Iraq")], recs


def test_guard_a_professors_university_places_nothing() -> None:
    recs = _records("قال الأستاذ في جامعة طهران إن الغارات على دمشق أدت إلى مقتل 3 أشخاص.")
    assert all(r["location"] != "Tehran" for r in recs), recs


def test_the_prisoners_foundation_named_after_jerusalem_places_no_act_there() -> None:
    recs = _records("أفادت مؤسسة \"مهجة القدس\" اليوم بأن قوات الاحتلال اعتدت بالضرب على أسير في سجن النقب.")
    assert recs and all(r["location"] != "Jerusalem" for r in recs), recs
