"""Session 36 (dp18, one act told twice): "الاثنين" after a definite dual or plural noun is the numeral two, not
Monday, so a second outlet's version of yesterday's strike is not dated to the day of writing; a headline's town that
the body names as the act's place after the city its record took is that act (one record, at the town); a record at
one end of the road another record of the act places it on is that act again.  Real neighbours stay apart."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.arabic.normalize import normalize
from rasd.output.records import records
from rasd.time.expressions import find_times

MONDAY = dt.date(2024, 3, 11)
WEDNESDAY = dt.date(2024, 3, 13)


def _days(text: str, anchor: dt.date) -> list[str]:
    return [m.value.iso() for m in find_times(normalize(text), anchor)]


def test_two_after_a_definite_dual_is_no_monday() -> None:
    assert _days("وأكدت الوكالة أن الجنديين الاثنين كانا في دورية", WEDNESDAY) == []
    assert _days("قُتل العنصرين الإثنين على الفور", WEDNESDAY) == []
    # (after a word of the day, alone, or after a nominative dual, it stays Monday)
    assert _days("قصفت المدفعية البلدة صباح اليوم الاثنين", MONDAY) == ["2024-03-11"]
    assert _days("وقع الانفجار يوم الاثنين", WEDNESDAY) == ["2024-03-11"]
    assert _days("وأعلن الطرفان الاثنين وقفاً لإطلاق النار", WEDNESDAY) == ["2024-03-11"]


def _strikes(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((str(r["event_date"]), str(r["location"])) for r in rows
                  if r["event_type"] == "Explosions/Remote violence")


def test_second_outlet_naming_the_two_dead_is_yesterdays_strike() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية، مساء أمس الثلاثاء، بعدما استهدفت طائرة مسيّرة تركية سيارتهما "
            "على طريق فرعي جنوب مدينة القامشلي.\n\n"
            "من جانبها، قالت وكالة محلية إن \"مسيّرة تركية\" قصفت \"سيارة عسكرية\" جنوبي القامشلي، وإن "
            "المقاتلين الاثنين كانا عائدين من نقطة حراسة.\n")
    assert _strikes(record_rows(text, WEDNESDAY)) == [("2024-03-12", "Quamishli")]


def test_headline_town_named_in_the_body_after_the_city_is_one_arrest() -> None:
    text = ("قوات الاحتلال تعتقل شابين من قباطية\n\n"
            "وفي جنين، اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم شابين من بلدة قباطية جنوب المدينة، بعد أن "
            "داهمت عدداً من المنازل وفتشتها.\n")
    rows = [r for r in records(article_doc(text, WEDNESDAY)) if r["sub_event_type"] == "Arrests"]
    assert [r["location"] for r in rows] == ["Qabatiya"], rows


def test_arrests_in_two_towns_of_a_headline_stay_two() -> None:
    text = ("الاحتلال يعتقل مواطنين من دورا وقباطية\n\n"
            "واعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، ثلاثة مواطنين من مدينة دورا جنوب الخليل.\n\n"
            "وفي جنين، اعتقلت قوات الاحتلال شابين من بلدة قباطية جنوب المدينة بعد دهم منازل ذويهما.\n")
    rows = [r for r in records(article_doc(text, WEDNESDAY)) if r["sub_event_type"] == "Arrests"]
    assert sorted(r["location"] for r in rows) == ["Dura", "Qabatiya"], rows


ROAD = ("قُتل عنصران من قوات النظام، صباح اليوم الأربعاء، بانفجار عبوة ناسفة استهدفت سيارتهما على الطريق "
        "الواصل بين مدينة طفس وبلدة المزيريب غربي درعا.\n\n")


def test_bomb_told_again_at_the_roads_other_end_is_one_act() -> None:
    text = ROAD + ("وقال مراسلنا إن العبوة كانت مخبأة تحت الحجارة على جانب الطريق، وانفجرت لحظة مرور السيارة "
                   "قرب مفرق المزيريب، ما أدى إلى مقتل العنصرين على الفور وإصابة ثالث نُقل إلى المشفى الوطني في "
                   "مدينة درعا.\n")
    assert _strikes(record_rows(text, WEDNESDAY)) == [("2024-03-13", "Tafas")]
    # (a further bomb at that end stays an act of its own)
    text = ROAD + ("وفي وقت لاحق، انفجرت عبوة ناسفة أخرى بدورية للنظام قرب مفرق المزيريب، ما أدى إلى إصابة "
                   "عنصر.\n")
    assert _strikes(record_rows(text, WEDNESDAY)) == [("2024-03-13", "Mzeireb"), ("2024-03-13", "Tafas")]
