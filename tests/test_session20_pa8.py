"""Session 20 (pa8): who protests — the people who stage, go out to or are "of" a protest are its crowd's mention,
not only the act noun: the crowd counted after a staging verb past a time aside between commas ("نظّم عشرات من
أبناء البلدة، صباح اليوم الأحد، وقفة …") or up to a relative or negated clause about it ("نظّم ذوو معتقلين لم
يُفرج عنهم وقفة"); the crowd between a verb of going out and the "في" of the protest ("خرج العشرات في وقفة");
the crowd a protest is "of" past its adjective ("وقفة احتجاجية لأهالي القرية"); "أهالٍ" and "ذوو" are crowd
nouns, "القانون" no people; and a protest told only by its act ("عرفت المدينة تجمعات احتجاجية") takes the
residents of its place that the article names ("أهالي <المكان>")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 9)


def _protest_mentions(text: str) -> list[list[str]]:
    return [list(r["actor1_mentions"]) for r in record_rows(text, DAY)  # type: ignore[call-overload]
            if r["event_type"] in ("Protests", "Riots")]


def test_crowd_before_a_time_aside_stages_the_stand() -> None:
    ms = _protest_mentions("نظّم طلاب جامعة تشرين، صباح اليوم الأحد، وقفة احتجاجية أمام مبنى رئاسة الجامعة "
                           "للمطالبة بتحسين واقع السكن.")
    assert ms and any("طلاب جامعة تشرين" in m for m in ms)


def test_crowd_going_out_in_a_stand() -> None:
    ms = _protest_mentions("وفي مدينة نوى، خرج العشرات في وقفة احتجاجية مساء اليوم للمطالبة بالإفراج عن المعتقلين.")
    assert ms and any("العشرات" in m for m in ms)


def test_stand_of_the_tribesmen_after_its_adjective() -> None:
    ms = _protest_mentions("وشهدت بلدة الشحيل اليوم الأحد وقفة احتجاجية لأهالي البلدة، طالبوا خلالها بإطلاق "
                           "سراح أبنائهم.")
    assert ms and any("أهالي البلدة" in m for m in ms)


def test_relatives_with_a_negated_clause_stage_the_stand() -> None:
    ms = _protest_mentions("نظم ذوو معتقلين آخرين لم يشملهم العفو اليوم الأحد وقفة احتجاجية أمام مبنى المحافظة في "
                           "مدينة حمص، رفعوا خلالها صور أبنائهم.")
    assert ms and any(w.startswith("ذوو معتقلين") for m in ms for w in m)


def test_law_is_no_crowd_and_tanween_residents_are() -> None:
    ms = _protest_mentions("وأثار القانون الجديد موجة غضب في الريف، وفي صباح اليوم الأحد تظاهر أهالٍ في بلدة "
                           "المنصورة غربي الرقة رفضاً له.")
    assert ms and not any("القانون" in w for m in ms for w in m)
    assert any("أهالٍ" in m for m in ms)


def test_protest_told_by_its_act_takes_the_residents_of_its_place() -> None:
    ms = _protest_mentions("صرّح مسؤول في المحافظة اليوم الأحد بأن الحكومة تدرس مطالب أهالي السويداء بجدية.\n\n"
                           "وعرفت السويداء اليوم تجمعات احتجاجية رفضاً لغلاء الأسعار.")
    assert ms and any("أهالي السويداء" in m for m in ms)


def test_guard_an_organised_series_of_protests_is_no_crowd() -> None:
    """Pure guard: a count of the acts ("عدة تظاهرات") after the staging verb's subject names no crowd."""
    ms = _protest_mentions("ونظمت أحزاب المعارضة طوال الشهر الفائت عدة تظاهرات في العاصمة.")
    assert not any("عدة" in w or "عدّة" in w for m in ms for w in m)


def test_guard_a_country_population_is_no_crowd() -> None:
    """Pure guard: the people of a country named elsewhere are not the crowd of a protest in it."""
    ms = _protest_mentions("وتناول التقرير أحوال أهالي الأردن في ظل الغلاء.\n\n"
                           "وعرف الأردن اليوم الأحد تجمعات احتجاجية رفضاً لرفع الأسعار.")
    assert not any("أهالي الأردن" in w for m in ms for w in m)
