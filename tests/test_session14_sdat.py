"""Session 14 (event dates): an article published in the small hours was written before its day began.  An act it
tells with no time of its own (an evening's demonstrations, a night's raid) is of the day before the publication
date, and "الليلة" (tonight) in it is the night that began the evening before, dated like "الليلة الماضية" to that
evening.  An article of the day keeps the publication date; where the hour is unknown nothing changes."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document

DAY = dt.date(2024, 4, 9)  # a Tuesday

# invented: demonstrations told with no day at all
PROTEST = ("مظاهرات في ريف إدلب ضد قيادة الهيئة\n"
           "خرجت مظاهرات حاشدة في بلدات ريف إدلب الجنوبي، طالب المشاركون فيها بالإفراج عن المعتقلين.\n"
           "ورفع المتظاهرون لافتات تندد بالاعتقالات التعسفية.\n")

# invented: a raid told with "الليلة" and a headline with no day
TONIGHT = ("مقاومون يتصدون لاقتحام مخيم طولكرم\n"
           "تصدى مقاومون لقوات الاحتلال أثناء اقتحامها مخيم طولكرم الليلة، وفجروا عبوة ناسفة بآلية عسكرية.\n"
           "وأفاد مراسلنا بأن الاشتباكات ما زالت متواصلة في أحياء المخيم.\n")


def _rows(text: str, hour: int | None, sub: str) -> list[dict[str, object]]:
    rows = [r for r in record_rows(text, DAY, hour) if r["sub_event_type"] == sub]
    assert rows, f"the {sub} is an event"
    return rows


def test_undated_act_of_the_small_hours_is_of_the_day_before() -> None:
    rows = _rows(PROTEST, 1, "Peaceful protest")
    assert {r["event_date"] for r in rows} == {"2024-04-08"}
    assert all(r["time_precision"] == 1 and r["historical"] is False for r in rows)


def test_undated_act_of_the_day_keeps_the_publication_date() -> None:
    rows = _rows(PROTEST, 14, "Peaceful protest")
    assert {r["event_date"] for r in rows} == {"2024-04-09"}


def test_undated_act_where_the_hour_is_unknown_keeps_the_publication_date() -> None:
    rows = _rows(PROTEST, None, "Peaceful protest")
    assert {r["event_date"] for r in rows} == {"2024-04-09"}


def test_tonight_in_the_small_hours_is_the_evening_before() -> None:
    rows = _rows(TONIGHT, 2, "Remote explosive/landmine/IED")
    assert {r["event_date"] for r in rows} == {"2024-04-08"}
    assert all(r["historical"] is False for r in rows)


def test_tonight_in_an_article_of_the_evening_is_the_publication_day() -> None:
    rows = _rows(TONIGHT, 22, "Remote explosive/landmine/IED")
    assert {r["event_date"] for r in rows} == {"2024-04-09"}


def test_reader_keeps_the_hour_where_the_given_date_is_the_records_own() -> None:
    from rasd.io.readers import record_document

    rec = {"id": "a", "text": PROTEST, "published": "2024-04-09T01:20:00+03:00"}
    doc = record_document(rec, "gold", DAY)  # a gold file that repeats the article's date
    assert isinstance(doc, Document) and doc.published == DAY and doc.published_hour == 1
    other = record_document(rec, "cli", dt.date(2024, 4, 10))  # another date given: it overrides both
    assert isinstance(other, Document) and other.published == dt.date(2024, 4, 10) and other.published_hour is None


def test_tonight_stays_the_new_day_where_the_article_names_it() -> None:
    text = TONIGHT + "واستشهد شاب برصاص الاحتلال فجر اليوم الثلاثاء خلال الاقتحام نفسه.\n"
    rows = _rows(text, 2, "Remote explosive/landmine/IED")
    assert {r["event_date"] for r in rows} == {"2024-04-09"}
