"""Session 13 (the historical flag of yesterday's acts): where every day the lead names only dates a statement or a
report ("أعلنت الوزارة، اليوم، أنّ …", "واصل الجيش، اليوم، …", a summary "الوزارة تعلن …"), an act the body tells
with the day before (yesterday) is the news the report brings, not background; a lead that gives its act today's
day, or a paragraph that recalls ("يُذكر أنّ …"), keeps yesterday as background."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)  # a Sunday
YESTERDAY = "2024-05-11"

# invented: the lead dates a ministry's statement; a later paragraph tells yesterday's air raids
STATEMENT_LEAD = ("غارات على ريف إدلب\n"
                  "أعلنت وزارة الدفاع السورية، اليوم الأحد، أنّ قواتها نفّذت ضربات جوية على مقار المسلحين في ريف "
                  "إدلب.\n"
                  "وأضافت الوزارة أنّ الضربات أدت إلى تدمير مستودعات للأسلحة.\n"
                  "وقالت الوزارة إنّ العمليات مستمرة.\n"
                  "وأمس السبت، قصفت طائرات حربية مواقع للمسلحين في بلدة كفرنبل جنوبي إدلب، ما أدى إلى مقتل 5 "
                  "مسلحين.\n")


def _rows(text: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [r for r in records(Pipeline()(doc)) if r["event_date"] == YESTERDAY]


def test_yesterday_is_news_where_the_lead_dates_only_a_statement() -> None:
    rows = _rows(STATEMENT_LEAD)
    assert rows, "yesterday's raid is an event"
    assert all(r["historical"] is False for r in rows)


def test_summary_with_its_subject_first_dates_a_statement_too() -> None:
    text = STATEMENT_LEAD.replace("أعلنت وزارة الدفاع السورية، اليوم الأحد، أنّ قواتها نفّذت",
                                  "وزارة الدفاع السورية تعلن اليوم الأحد أنّ قواتها نفّذت")
    assert text != STATEMENT_LEAD
    rows = _rows(text)
    assert rows and all(r["historical"] is False for r in rows)


def test_a_report_that_goes_on_dates_no_act_of_its_own() -> None:
    text = STATEMENT_LEAD.replace("أعلنت وزارة الدفاع السورية، اليوم الأحد، أنّ قواتها نفّذت ضربات جوية",
                                  "واصل الجيش السوري، اليوم الأحد، ضرباته الجوية")
    assert text != STATEMENT_LEAD
    rows = _rows(text)
    assert rows and all(r["historical"] is False for r in rows)


def test_recall_paragraph_and_act_day_lead_keep_yesterday_background() -> None:
    # the change: yesterday's raid is news after a statement lead ...
    assert all(r["historical"] is False for r in _rows(STATEMENT_LEAD))
    # ... but not where the paragraph recalls it
    recall = STATEMENT_LEAD.replace("وأمس السبت، قصفت طائرات حربية مواقع",
                                    "يُذكر أنّ طائرات حربية قصفت، أمس السبت، مواقع")
    assert recall != STATEMENT_LEAD
    rows = _rows(recall)
    assert rows and all(r["historical"] is True for r in rows)
    # ... nor where the lead's day is the day of the act it tells ("أنّ … نفّذتها فجر اليوم")
    act = STATEMENT_LEAD.replace("أعلنت وزارة الدفاع السورية، اليوم الأحد، أنّ قواتها نفّذت ضربات جوية",
                                 "أعلنت وزارة الدفاع السورية أنّ قواتها نفّذت، فجر اليوم الأحد، ضربات جوية")
    assert act != STATEMENT_LEAD
    rows = _rows(act)
    assert rows and all(r["historical"] is True for r in rows)
