"""Session 20 (lc8): the event's place within 5 km — a source or an official who tells the news from a town ("قال
مصدر محلي في X إن …", "أفادت مصادر أهلية في X بأن …") only says where they speak from: the act is at the other place
the sentence names; a spot a crowd stands at ("احتجاجاً على التوغلات عند مدخل بلدة X") ends a protest's cause phrase:
X is where people gathered."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 24)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return sorted(str(r["location"]) for r in record_rows(text, on))


def test_local_source_in_a_governorate_seat_is_not_the_place() -> None:
    assert _places("قال مصدر محلي في درعا إن مسلحين هاجموا حاجزاً في بلدة المسيفرة ليلاً.") == ["Mseifra"]


def test_sources_in_a_town_are_not_the_place() -> None:
    assert _places("أفادت مصادر أهلية في درعا بأن مسلحين هاجموا حاجزاً عند مدخل مدينة نوى ليلاً.") == ["Nawa"]


def test_source_in_the_capital_before_a_suburb() -> None:
    assert _places("وقال مصدر في دمشق إنّ عدواناً إسرائيلياً استهدف منطقة السيدة زينب فجر اليوم.") \
        == ["Sayyidah Zaynab"]


def test_official_in_a_named_city_is_not_the_place() -> None:
    assert _places("ذكر مسؤول محلي في مدينة الحسكة أن مسيرة تركية استهدفت سيارة في مدينة القامشلي.") == ["Quamishli"]


def test_guard_sources_with_an_object_clause_keep_the_place() -> None:
    # guard: "أكدت مصادر للميادين وقوع انفجارات في X": the words after the source are the news, X its place
    assert _places("أكدت مصادر للميادين وقوع انفجار في مدينة البوكمال فجر اليوم.") == ["Abu Kamal"]


def test_guard_source_town_alone_is_still_the_place() -> None:
    # guard: a sentence that names no other place keeps the source's town
    assert _places("قال مصدر محلي في درعا إن مسلحين هاجموا حاجزاً للجيش ليلاً.") == ["Dar'a"]


def test_crowd_at_a_town_entrance_protesting_incursions() -> None:
    assert _places("تجمع العشرات احتجاجاً على التوغلات عند مدخل بلدة خان أرنبة.") == ["Khan Arnaba"]


def test_crowd_dispersed_at_a_town_entrance() -> None:
    assert _places("أطلقت قوة إسرائيلية النار في الهواء لتفريق عشرات الأهالي الذين تجمعوا احتجاجاً على التوغلات عند"
                   " مدخل بلدة خان أرنبة.") == ["Khan Arnaba"]


def test_guard_purpose_phrase_place_stays_the_cause() -> None:
    # guard: "نصرة لغزة" with the march's own town named: the town, never Gaza
    assert _places("خرجت مسيرة في صنعاء نصرة لغزة عند انتهاء صلاة الجمعة.") == ["Sanaa"]
