"""Session 30 (lf12, long forms: press reviews, analyses, round-ups): a press review heads each item with the outlet
and a colon ("هآرتس: غارة على …"), a crossheading like any other, whose act is the item's below it and whose items
are the news of the review's days, not background; a sentence opening on "فقد" tells in detail the act the sentence
before it named, dated by that act's time even in a relative clause."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document
from rasd.geo.assign import section_headings
from rasd.pipeline import Pipeline

SUNDAY = dt.date(2024, 2, 18)
FRIDAY = dt.date(2025, 5, 16)

REVIEW = (
    "جولة في صحف الصباح العبرية\n\n"
    "استعرضت الصحف الإسرائيلية الصادرة اليوم الأحد تطورات الجبهة مع لبنان وما تخطط له الحكومة.\n\n"
    "هآرتس: غارة على النبطية\n"
    "ذكرت صحيفة «هآرتس» أن طائرة مسيّرة إسرائيلية قصفت مساء الجمعة سيارة عند أطراف مدينة النبطية، ما أدى "
    "إلى مقتل شخصين كانا فيها.\n\n"
    "معاريف: خطة للشمال\n"
    "قالت صحيفة «معاريف» إن الجيش يعدّ خطة لنقل لواء إلى الحدود الشمالية إذا تعثرت المفاوضات.\n"
)


def _doc(text: str, day: dt.date) -> Document:
    return Pipeline()(Document(id="t", text=text, published=day))


def test_an_outlets_label_and_colon_head_a_section() -> None:
    doc = _doc(REVIEW, SUNDAY)
    heads = [doc.text[s.start:s.end].strip() for s, _ in section_headings(doc)]
    assert heads == ["هآرتس: غارة على النبطية", "معاريف: خطة للشمال"]


def test_a_line_with_a_long_label_before_its_colon_heads_no_section() -> None:
    text = REVIEW.replace("هآرتس: غارة على النبطية", "قال مراسلنا في الجنوب اللبناني: غارة على النبطية")
    doc = _doc(text, SUNDAY)
    assert [doc.text[s.start:s.end].strip() for s, _ in section_headings(doc)] == ["معاريف: خطة للشمال"]


def test_a_review_item_and_its_heading_are_one_recent_act() -> None:
    rows = [r for r in record_rows(REVIEW, SUNDAY) if r["event_type"] == "Explosions/Remote violence"]
    assert [(r["location"], r["event_date"], r["historical"]) for r in rows] == [("Nabatieh", "2024-02-16", False)]


def test_a_plan_a_paper_reports_is_no_event() -> None:
    rows = record_rows(REVIEW, SUNDAY)
    assert all(r["event_type"] == "Explosions/Remote violence" for r in rows)


def test_a_sentence_opening_on_faqad_takes_the_time_of_the_act_named_before_it() -> None:
    text = ("تحليل: ماذا بعد التوغل؟\n\n"
            "لم يكن التوغل الذي نفذته قوة إسرائيلية فجر الثلاثاء في ريف القنيطرة حدثاً عابراً. فقد دخلت القوة إلى "
            "أطراف البلدة واشتبكت مع شبان مسلحين من أهلها، ما أسفر عن مقتل اثنين منهم.\n")
    rows = [r for r in record_rows(text, FRIDAY) if r["event_type"] == "Battles"]
    assert [r["event_date"] for r in rows] == ["2025-05-13"]


def test_a_sentence_with_no_faqad_keeps_the_relative_clause_time_out() -> None:
    text = ("تحليل: ماذا بعد التوغل؟\n\n"
            "لم يكن التوغل الذي نفذته قوة إسرائيلية فجر الثلاثاء في ريف القنيطرة حدثاً عابراً. ودخلت القوة إلى "
            "أطراف البلدة واشتبكت مع شبان مسلحين من أهلها، ما أسفر عن مقتل اثنين منهم.\n")
    rows = [r for r in record_rows(text, FRIDAY) if r["event_type"] == "Battles"]
    assert [r["event_date"] for r in rows] == ["2025-05-16"]
