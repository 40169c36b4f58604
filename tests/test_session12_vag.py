"""Session 12, dates the article gives only by reference or as a span: "حينها" / "آنذاك" / "حينذاك" refer back to the
time the text has just named (at its own precision, skipping the bound of a period: "منذ عام 2007"), and an act
placed only within a span of more than a week of known days ("خلال الفترة بين 3 و12 …") is dated to the middle
of the span at week precision (month precision beyond two weeks), not to its first day."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.document import Document, TimeValue
from rasd.time.assign import event_date

WED = dt.date(2024, 5, 15)  # a Wednesday

make_doc = partial(time_doc, published=WED)


def times_of(doc: Document) -> dict[str, TimeValue]:
    return {doc.text[t.start:t.end]: t.value for t in doc.layer("times")}


def date_of(doc: Document, start_words: str, act: str | None = None) -> tuple[TimeValue | None, bool]:
    triggers = [trigger_at(doc, act)] if act else []
    return event_date(doc, [sentence_at(doc, start_words)], triggers)


# ---------------------------------------------------------------- "then": the time just named

_RECALLED_RAID = ("اعتصم مئات الطلاب في ساحة الجامعة اليوم الأربعاء للمطالبة بوقف الحرب.\n"
                  "وكانت الشرطة قد اقتحمت الساحة في 2 أيار الجاري لفض اعتصام سابق.\n")


def test_then_takes_the_day_named_before() -> None:
    doc = make_doc(_RECALLED_RAID + "واعتقلت الشرطة، حينها، عشرات الطلاب المعتصمين في الساحة.\n")
    v = times_of(doc)["حينها"]
    assert v.iso() == "2024-05-02" and v.precision == 1
    date, _hist = date_of(doc, "واعتقلت", "واعتقلت")
    assert date is not None and date.iso() == "2024-05-02"


def test_then_keeps_the_precision_of_a_year() -> None:
    doc = make_doc("تولّى الضابط قيادة الفرقة عام 2019.\n"
                   "وشارك الضابط آنذاك في معارك الريف الجنوبي ضد الفصائل.\n")
    v = times_of(doc)["آنذاك"]
    assert v.iso() == "2019" and v.precision == 3


def test_then_skips_the_bound_of_a_period() -> None:
    doc = make_doc("أبحرت قافلة السفن نحو الميناء في حزيران 2016 لكسر الحصار المفروض منذ عام 2009.\n"
                   "واعترضت البحرية حينذاك السفن في عرض البحر.\n")
    v = times_of(doc)["حينذاك"]
    assert v.iso() == "2016-06" and v.precision == 3


def test_then_after_no_time_is_no_time() -> None:
    doc = make_doc("قال المتحدث إن القوات كانت حينها في مواقعها قرب الحدود.\n")
    assert "حينها" not in times_of(doc)


def test_without_then_the_recall_is_not_continued() -> None:
    doc = make_doc(_RECALLED_RAID + "واعتقلت الشرطة عشرات الطلاب المعتصمين في الساحة.\n")
    date, _hist = date_of(doc, "واعتقلت", "واعتقلت")
    assert date is not None and date.iso() == "2024-05-15"


# ---------------------------------------------------------------- a span of more than a week

def test_span_of_eight_days_is_its_middle_week() -> None:
    doc = make_doc("أظهرت معطيات جديدة إصابة 40 جندياً في المعارك خلال الفترة ما بين 3 و10 أيار الجاري.\n")
    date, _hist = date_of(doc, "أظهرت", "المعارك")
    assert date is not None and date.precision == 2
    assert date.date == dt.date(2024, 5, 6)


def test_span_of_three_weeks_is_its_month() -> None:
    doc = make_doc("وثّقت المنظمة مقتل 30 مدنياً في غارات خلال الفترة من 1 إلى 21 نيسان الماضي.\n")
    date, _hist = date_of(doc, "وثّقت", "غارات")
    assert date is not None and date.precision == 3
    assert date.date == dt.date(2024, 4, 11)


def test_short_span_keeps_its_days() -> None:
    doc = make_doc("شنّت الطائرات غارات على قرى الريف الشرقي بين 11 و13 أيار الجاري.\n")
    date, _hist = date_of(doc, "شنّت", "غارات")
    assert date is not None and date.granularity == "range" and date.precision == 1
    assert date.date == dt.date(2024, 5, 11) and date.end == dt.date(2024, 5, 13)
