"""Session 15, week-level dates: a week the text names by its start or its end ("مطلع الأسبوع الجاري", "نهاية
الأسبوع الماضي") is dated to that part of the week (its Monday, its Saturday: the weekend), precision 2, not to the
week's middle (a weekend of this week still ahead keeps the former reading)."""

from __future__ import annotations

import datetime as dt

from helpers import sentence_at, time_doc, trigger_at

from rasd.arabic.normalize import normalize
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

WED = dt.date(2024, 2, 21)  # a Wednesday


def _times(text: str, anchor: dt.date) -> list[tuple[str, str, int, bool]]:
    return [(text[t.start:t.end], t.value.date.isoformat(), t.value.precision, t.value.historical)
            for t in find_times(normalize(text), anchor)]


def test_start_of_this_week_is_its_monday() -> None:
    text = "ووقّع البلدان، مطلع الأسبوع الجاري، اتفاقاً للتعاون في مجال الطاقة."
    assert _times(text, WED) == [("مطلع الأسبوع الجاري", "2024-02-19", 2, False)]


def test_start_of_last_week_is_its_monday() -> None:
    text = "واعتقلت الشرطة عشرات الشبان في بداية الأسبوع الماضي."
    assert _times(text, WED) == [("بداية الأسبوع الماضي", "2024-02-12", 2, True)]


def test_end_of_last_week_is_its_weekend() -> None:
    text = "وخرجت تظاهرات حاشدة في المدينة نهاية الأسبوع الماضي احتجاجاً على الغلاء."
    assert _times(text, WED) == [("نهاية الأسبوع الماضي", "2024-02-17", 2, True)]
    text = "وشهدت البلدة اشتباكات عنيفة أواخر الأسبوع الفائت."
    assert _times(text, WED) == [("أواخر الأسبوع الفائت", "2024-02-17", 2, True)]


def test_end_of_this_week_in_a_sunday_article_is_the_day_before() -> None:
    # a weekend already begun (its Saturday on or before the anchor) is dated to it, not to the week's middle
    text = "واحتشد المتظاهرون في الساحة الرئيسية نهاية هذا الأسبوع."
    assert _times(text, dt.date(2024, 2, 25)) == [("نهاية هذا الأسبوع", "2024-02-24", 2, False)]


def test_event_told_at_the_start_of_the_week() -> None:
    text = ("الصومال يوقّع اتفاقاً دفاعياً جديداً.\n"
            "ووقّعت الحكومة والوفد الزائر، مطلع الأسبوع الحالي، اتفاقاً لبناء قواعد عسكرية في البلاد.\n")
    doc = time_doc(text, WED)
    date, hist = event_date(doc, [sentence_at(doc, "ووقّعت الحكومة")], [trigger_at(doc, "اتفاقاً لبناء")])
    assert date is not None
    assert (date.date.isoformat(), date.precision, hist) == ("2024-02-19", 2, False)
