"""Session 25, DATE: the day the article was written, and a count from the time just named.

- an article whose "today" names, with its weekday, the day before its publication date ("أعلنت الشركة، اليوم
  الثلاثاء، …" posted on Wednesday morning) was written on that day: the acts it tells with no day of their own, and
  the hours before its writing ("خلال الساعات الـ24 الماضية"), are of that day, not of the publication day; an article
  that also names its publication day keeps it;
- "وقبل ذلك بيومين"، "وقبلها بأيام"، "وبعدها بأسبوع" count from the time the text has just named, not from the
  publication date: the act is dated that long before or after it (a few days: a week; after a month: the month),
  background where that time is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline
from rasd.time.expressions import find_times

WEDNESDAY = dt.date(2024, 3, 13)


def _rows(text: str, day: dt.date = WEDNESDAY, hour: int | None = 9) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=hour)
    rows = records(Pipeline()(doc))
    assert rows, "the text tells an event"
    return rows


def _times(text: str, day: dt.date = WEDNESDAY) -> list[tuple[str, str, int, bool]]:
    doc = Document(id="t", text=text, published=day)
    return [(text[t.start:t.end], t.value.date.isoformat(), t.value.precision, t.value.historical)
            for t in find_times(doc.normalized(), day)]


# invented: a statement dated "today Tuesday" in an article posted on Wednesday morning, then an undated air strike
EVE = ("قالت وزارة الصحة في غزة، اليوم الثلاثاء، إن عدد الشهداء ارتفع خلال الساعات الـ24 الماضية إلى 40 شهيداً.\n"
       "وقصفت الطائرات الحربية الإسرائيلية منزلاً في مخيم النصيرات وسط قطاع غزة، ما أدى إلى استشهاد 5 مواطنين.\n")


def test_undated_act_of_an_article_written_the_day_before() -> None:
    rows = [r for r in _rows(EVE) if "النصيرات" in " ".join(str(e["text"]) for e in r["evidence"])]  # type: ignore
    assert rows
    assert {r["event_date"] for r in rows} == {"2024-03-12"}


def test_an_article_that_names_its_publication_day_keeps_it() -> None:
    """Pure guard: "فجر اليوم الأربعاء" names the publication day as well: written on it."""
    text = EVE.replace("وقصفت الطائرات", "وفجر اليوم الأربعاء، قصفت الطائرات")
    assert text != EVE
    rows = [r for r in _rows(text) if "النصيرات" in " ".join(str(e["text"]) for e in r["evidence"])]  # type: ignore
    assert {r["event_date"] for r in rows} == {"2024-03-13"}


def test_today_with_the_publication_weekday_keeps_the_publication_day() -> None:
    """Pure guard: "اليوم الأربعاء" on a Wednesday."""
    text = EVE.replace("اليوم الثلاثاء", "اليوم الأربعاء")
    rows = [r for r in _rows(text) if "النصيرات" in " ".join(str(e["text"]) for e in r["evidence"])]  # type: ignore
    assert {r["event_date"] for r in rows} == {"2024-03-13"}


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("قصفت المدفعية بلدة جاسم في 3 آذار. وقبل ذلك بيومين، اعتقلت قوات الأمن خمسة شبان في نوى.", "2024-03-01", 1),
    ("قصفت المدفعية بلدة جاسم في 3 آذار. وبعدها بيوم واحد، اعتقلت قوات الأمن خمسة شبان في نوى.", "2024-03-04", 1),
    ("قصفت المدفعية بلدة جاسم في 3 آذار. وبعد ذلك بـ3 أيام، اعتقلت قوات الأمن خمسة شبان في نوى.", "2024-03-06", 1),
    ("قصفت المدفعية بلدة جاسم في 10 آذار. وقبلها بأيام، اعتقلت قوات الأمن خمسة شبان في نوى.", "2024-03-07", 2),
    ("قصفت المدفعية بلدة جاسم في 3 آذار. وبعد ذلك بأسبوع، اعتقلت قوات الأمن خمسة شبان في نوى.", "2024-03-10", 2),
])
def test_a_count_from_the_time_just_named(text: str, value: str, precision: int) -> None:
    found = _times(text)
    assert len(found) == 2
    assert found[1][1:3] == (value, precision)


def test_days_before_a_month_are_of_that_month_and_background() -> None:
    found = _times("وفي الشهر الماضي، داهمت الشرطة منازل في المدينة. وقبلها بأيام، اعتقلت الشرطة 25 شخصاً.",
                   dt.date(2024, 4, 20))
    assert len(found) == 2
    _, value, precision, historical = found[1]
    assert value.startswith("2024-03") and precision == 3 and historical


@pytest.mark.parametrize("text", [
    "وصل الوفد يوم الأحد، وبعد يومين عاد إلى بلاده.",  # a count with no "ذلك"/"ها": not this rule
    "قبل ذلك بيومين من الهجوم، اعتقلت الشرطة شاباً.",  # counted from an act named after it
    "وقبلها بأيام، اعتقلت الشرطة شاباً.",  # no time named before
    "اجتمع الوزراء في 10 آذار، وسيعودون للاجتماع بعد ذلك بأسبوعين.",  # past the publication date: a plan
    # inside a clause: counted from the drone the pronoun names, not from the day named before
    "وأمس، نشرت المقاومة مشاهد لإسقاطها طائرة مسيّرة، بعد أن أسقطت قبلها بأسبوعين طائرة أكبر.",
])
def test_no_count_from_a_time_where_none_is_named(text: str) -> None:
    """Pure guard."""
    assert not any(t[0].startswith(("قبل", "بعد")) for t in _times(text))


def test_an_act_counted_from_last_month_is_dated_back() -> None:
    text = ("قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش في مدينة درعا، اليوم الأربعاء.\n"
            "وفي الشهر الماضي، قصفت طائرات حربية بلدة جاسم في ريف درعا.\n"
            "وقبلها بأيام، اعتقلت قوات الأمن خمسة شبان في بلدة نوى.\n")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert len(rows) == 1
    assert str(rows[0]["event_date"]).startswith("2024-02") and rows[0]["time_precision"] == 3
