"""Session 26, DATE: names that hold a word of time.

- an outlet whose name ends with a word of time ("قناة القدس اليوم", "صحيفة "إسرائيل اليوم"") is a name after a word
  of the outlet's people or channel, not "today" (time/names.tsv, role outlet; any quoted name ending with the word);
  without such a word ("زار الوزير روسيا اليوم") it stays a time;
- a bare weekday after "سوق" without the article ("سوق الإثنين", "في سوق الخميس") names a weekly-market town, not
  the day; "السوق الخميس" and "سوق البلدة يوم الخميس" keep the day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline
from rasd.time.expressions import find_times

WEDNESDAY = dt.date(2024, 3, 13)


def _times(text: str, day: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=day)
    return [(text[t.start:t.end], t.value.date.isoformat()) for t in find_times(doc.normalized(), day)]


@pytest.mark.parametrize("text", [
    "ونقلت قناة القدس اليوم عن مصادر محلية أن الجيش اقتحم البلدة.",
    "وذكرت صحيفة \"إسرائيل اليوم\" أن الحكومة ستجتمع.",
    "وقال المتحدث لقناة \"القدس اليوم\" إن المفاوضات متوقفة.",
    "وأفادت وكالة فلسطين الآن بأن المستوطنين هاجموا القرية.",
    "وبحسب موقع روسيا اليوم، وصل الوفد إلى القاهرة.",
])
def test_outlet_name_is_no_today(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize("text, word", [
    ("زار الوزير روسيا اليوم والتقى نظيره.", "اليوم"),
    ("وقالت صحيفة هآرتس اليوم إن الجيش يستعد.", "اليوم"),
    ("وكتب الوزير على منصة \"إكس\" اليوم أن الهدنة انتهت.", "اليوم"),
])
def test_time_after_a_name_stays(text: str, word: str) -> None:
    assert [w for w, _ in _times(text)] == [word]


@pytest.mark.parametrize("text", [
    "سقطت قذيفة في سوق الإثنين جنوبي البلدة.",
    "وقصفت المدفعية أطراف سوق الخميس.",
])
def test_market_town_is_no_weekday(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize("text, word", [
    ("ارتفعت أسعار السوق الخميس بعد القصف.", "الخميس"),
    ("وقصفت الطائرات سوق البلدة يوم الإثنين.", "يوم الإثنين"),
])
def test_weekday_after_the_market_stays(text: str, word: str) -> None:
    assert [w for w, _ in _times(text)] == [word]


def test_record_not_dated_by_the_channel() -> None:
    # invented: a raid told with yesterday, its source a channel named "… today"
    text = ("اقتحمت قوات الاحتلال مخيم بلاطة شرقي نابلس مساء أمس، واعتقلت ثلاثة شبان، بحسب ما نقلت قناة القدس اليوم "
            "عن مصادر محلية.")
    doc = Document(id="t", text=text, published=WEDNESDAY, published_hour=9)
    rows = records(Pipeline()(doc))
    assert rows
    assert {r["event_date"] for r in rows} == {"2024-03-12"}


@pytest.mark.parametrize("text", [
    "وتستخدم السلطات القانون لملاحقة المؤيدين لفلسطين اليوم في الجامعات.",
    "وأكد الوزير دعم بلاده لإسرائيل اليوم في المؤتمر.",
])
def test_place_name_after_li_stays_a_time(text: str) -> None:
    # "ل" before a country's name is "for …": the outlet named after that country needs a word of the outlet
    assert [w for w, _ in _times(text)] == ["اليوم"]
