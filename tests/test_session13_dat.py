"""Session 13 (event dates and the historical flag): an article published in the small hours tells the day that has
just ended as its news — an act of "yesterday evening" in it is no background, though its lead names only the new
day ("فجر اليوم"); the same sentence in an article of the afternoon stays background.  The reader keeps the hour of
publication that a corpus record's time stamp gives."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.io.readers import record_document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)  # a Sunday

# invented: the lead tells a dawn raid of the publication day; a later paragraph tells yesterday evening's drone
# strike
TEXT = ("اقتحامات في الضفة الغربية\n"
        "اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الأحد، مدينة نابلس وبلدة بيتا، واعتقلت عدداً من الشبان.\n"
        "وداهمت القوات المقتحمة منازل عدة في المدينة وفتشتها.\n"
        "وأطلق الجنود قنابل الغاز باتجاه الشبان في بلدة بيتا.\n"
        "ومساء أمس السبت، قصفت طائرة مسيرة إسرائيلية سيارة في مخيم جنين، ما أدى إلى استشهاد شابين.\n")


def _strike(hour: int | None) -> dict[str, object]:
    doc = Document(id="t", text=TEXT, published=DAY, published_hour=hour)
    rows = [r for r in records(Pipeline()(doc)) if r["sub_event_type"] == "Air/drone strike"]
    assert rows, "the drone strike is an event"
    return rows[0]


def test_yesterday_evening_is_news_in_an_article_of_the_small_hours() -> None:
    row = _strike(2)
    assert row["event_date"] == "2024-05-11" and row["time_precision"] == 1
    assert row["historical"] is False


def test_yesterday_stays_background_in_an_article_of_the_day() -> None:
    row = _strike(15)
    assert row["event_date"] == "2024-05-11"
    assert row["historical"] is True


def test_yesterday_stays_background_where_the_hour_is_unknown() -> None:
    assert _strike(None)["historical"] is True


def test_recall_paragraph_keeps_its_standing_in_the_small_hours() -> None:
    text = TEXT.replace("ومساء أمس السبت، قصفت طائرة مسيرة إسرائيلية سيارة",
                        "يُذكر أنّ طائرة مسيرة إسرائيلية قصفت، مساء أمس السبت، سيارة")
    assert text != TEXT
    doc = Document(id="t", text=text, published=DAY, published_hour=2)
    rows = [r for r in records(Pipeline()(doc)) if r["event_date"] == "2024-05-11"]
    assert rows and all(r["historical"] is True for r in rows)


def test_reader_keeps_the_hour_of_the_time_stamp() -> None:
    from rasd.io.readers import parse_hour

    assert parse_hour("2024-05-12T02:30:00+03:00") == 2
    assert parse_hour("2024-05-12 23:05") == 23
    assert parse_hour("2024-05-12") is None and parse_hour(None) is None
    rec = {"id": "a", "text": "نص قصير عن حدث ما في المدينة.", "published": "2024-05-12T02:30:00+03:00"}
    doc = record_document(rec, "x.jsonl", None)
    assert isinstance(doc, Document) and doc.published == DAY and doc.published_hour == 2
    # a date given for the whole input replaces the record's date, and its hour with it
    doc = record_document(rec, "x.jsonl", dt.date(2024, 5, 20))
    assert isinstance(doc, Document) and doc.published_hour is None


def _weekdays(text: str, anchor: dt.date) -> list[dt.date]:
    from rasd.arabic.normalize import normalize
    from rasd.time.expressions import find_times

    return [tm.value.date for tm in find_times(normalize(text), anchor) if tm.value.kind == "weekday"]


def test_weekday_of_a_later_sentence_is_not_a_day_of_next_week() -> None:
    # invented: a plan for next week, then a report of last Saturday's attack
    text = ("وستغادر السفينة الحربية المنطقة الأسبوع المقبل بحسب مسؤول.\n"
            "يُذكر أنّ القوات أعلنت، مساء السبت، استهدافها بالصواريخ.")
    assert _weekdays(text, DAY) == [dt.date(2024, 5, 11)]


def test_weekday_right_after_next_week_stays_in_that_week() -> None:
    text = "وتعقد الجولة المقبلة من المحادثات الأسبوع المقبل، يوم الخميس، في القاهرة."
    assert _weekdays(text, dt.date(2024, 5, 15)) == [dt.date(2024, 5, 23)]  # from a Wednesday: next week's Thursday
