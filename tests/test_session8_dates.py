"""Event dates and time precision, session 8 (time/assign.py, time/expressions.py, data/time/relative.tsv).

- an act told as what released footage shows ("نشرت المقاومة مشاهد لاستهداف …") is dated by a time of its
  own after the footage's word; without one, the day found (the release's or the publication date) only
  bounds it: ACLED precision 2 (the week is known, not the day);
- "مؤخراً" (recently) dates an act some days before publication, "في الآونة الأخيرة" (lately) the last
  days, both at week precision;
- an approximate count back ("قبل نحو ثلاثة أيام") keeps its day at week precision ("منذ نحو شهر" mostly
  tells how long a state has lasted: no date); "قبل عدة أيام" is as vague as "قبل أيام";
- a compound ordinal ("الخامس والعشرين من …") is one day, not a range of days; two day numbers far apart
  joined by و without من/بين ("6 و28 أيار") are two days named, not a period;
- "خلال الأسبوع الجاري" in an article published early in the week is never dated after publication.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.document import Document, Span, TimeValue
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

THU = dt.date(2024, 3, 14)  # a Thursday
MON = dt.date(2024, 3, 11)  # a Monday

_doc = partial(time_doc, published=THU)


def _date(doc: Document, start_words: str, trigger: str) -> tuple[TimeValue | None, bool]:
    s = sentence_at(doc, start_words)
    k = doc.text.index(trigger, s.start)
    return event_date(doc, [s], [Span(k, k + len(trigger), "trigger")])


def _times(text: str, anchor: dt.date = THU) -> list[tuple[str, str, int]]:
    return [(t.text, t.value.iso(), t.value.precision) for t in find_times(normalize(text), anchor)]


# ---------------------------------------------------------------- footage

@pytest.mark.parametrize(("text", "start", "act", "day", "precision"), [
    # footage released yesterday only bounds the act it shows: week precision
    ("وأمس، بثّت الفصائل مشاهد لقصف تجمع للجنود قرب التلة الغربية.", "وأمس", "لقصف", 13, 2),
    # footage with no time: the publication date, at week precision
    ("عرضت الكتائب مقطعاً مصوراً لاستهداف دبابة عند أطراف البلدة.", "عرضت", "لاستهداف", 14, 2),
    # released today, the ambush shown was on Tuesday: the act's own day, at day precision
    ("ونشرت الفصائل اليوم مشاهد لكمين نصبه مقاتلوها يوم الثلاثاء قرب المعبر.", "ونشرت", "لكمين", 12, 1),
    # the act is told first, with its day; the footage only documents it
    ("قصفت الفصائل أمس موقعاً للجنود، ونشرت مشاهد توثق العملية.", "قصفت", "قصفت", 13, 1),
    # "من الاشتباكات التي دارت": footage of the clashes the report has told, on their day
    ("وبثّ ناشطون اليوم مقطعاً قالوا إنه من الاشتباكات التي دارت في الحي، ويظهر فيه قصف عربة.", "وبثّ", "قصف", 14, 1),
    # no footage: a plain report keeps day precision
    ("قصفت المدفعية أطراف البلدة.", "قصفت", "قصفت", 14, 1),
])
def test_footage_dates_the_act_it_shows(text: str, start: str, act: str, day: int, precision: int) -> None:
    v, _ = _date(_doc(text), start, act)
    assert v is not None and (v.date, v.precision) == (dt.date(2024, 3, day), precision)


# ---------------------------------------------------------------- vague recent times

def test_recently_is_some_days_before_publication_at_week_precision() -> None:
    assert _times("واغتيل القيادي في غارة مؤخراً.") == [("مؤخرا", "2024-W11", 2)]
    doc = _doc("واغتيل القيادي في غارة مؤخراً.")
    v, hist = _date(doc, "واغتيل", "غارة")
    assert v is not None and v.date == dt.date(2024, 3, 11) and v.precision == 2 and hist


def test_lately_is_the_last_days_at_week_precision() -> None:
    found = find_times(normalize("تصاعدت الهجمات على الطريق في الآونة الأخيرة."), THU)
    assert [(t.value.date, t.value.precision, t.value.historical) for t in found] == [(dt.date(2024, 3, 11), 2, False)]


def test_approximate_count_of_days_is_week_precision() -> None:
    assert _times("انفجرت عبوة قبل نحو ثلاثة أيام.") == [("قبل نحو ثلاثة أيام", "2024-03-11", 2)]
    assert _times("انفجرت عبوة قبل حوالى يومين.") == [("قبل حوالى يومين", "2024-03-12", 2)]
    assert _times("انفجرت عبوة قبل يومين.") == [("قبل يومين", "2024-03-12", 1)]


def test_approximate_count_of_weeks() -> None:
    assert _times("اقتحمت القوات القرية قبل نحو أسبوعين.") == [("قبل نحو أسبوعين", "2024-W09", 2)]


def test_several_days_ago_is_as_vague_as_days_ago() -> None:
    assert _times("جرى الهجوم قبل عدة أيام.") == [("قبل عدة أيام", "2024-W11", 2)]
    assert _times("جرى الهجوم قبل أيام.") == [("قبل أيام", "2024-W11", 2)]


def test_approximate_count_after_since_is_a_duration_not_a_date() -> None:
    # "منذ نحو شهر" after a verb of continuing: how long the protests have lasted, not when they were
    assert _times("وتتواصل الاحتجاجات في المدينة منذ نحو شهر.") == []
    doc = _doc("وتتواصل الاحتجاجات في المدينة منذ نحو شهر.")
    v, _ = _date(doc, "وتتواصل", "الاحتجاجات")
    assert v is not None and v.date == THU and v.precision == 1


# ---------------------------------------------------------------- day numbers

def test_compound_ordinal_is_one_day_not_a_range() -> None:
    assert _times("وقعت المجزرة في الخامس والعشرين من شباط.") == [
        ("الخامس والعشرين من شباط", "2024-02-25", 1)]
    assert _times("وقعت المجزرة في الثاني والعشرين من أيار 2003.") == [
        ("الثاني والعشرين من أيار 2003", "2003-05-22", 1)]


def test_two_ordinals_are_still_a_range() -> None:
    assert _times("دارت المعارك في الثامن والتاسع من الشهر الماضي.") == [
        ("الثامن والتاسع من الشهر الماضي", "2024-02-08/2024-02-09", 1)]


def test_two_far_apart_days_joined_by_and_are_not_a_period() -> None:
    found = _times("جرت الاعتقالات في 2 و27 شباط.")
    assert ("2024-02-02/2024-02-27" not in [iso for _, iso, _ in found]) and ("27 شباط", "2024-02-27", 1) in found


def test_close_days_and_opened_ranges_stay_ranges() -> None:
    assert _times("جرت الاشتباكات في 10 و12 آذار.") == [("10 و12 آذار", "2024-03-10/2024-03-12", 1)]
    assert _times("جرت الاعتقالات بين 2 و27 شباط.") == [("2 و27 شباط", "2024-02-02/2024-02-27", 1)]


# ---------------------------------------------------------------- this week

def test_this_week_is_never_after_publication() -> None:
    assert [(t.value.date, t.value.precision) for t in find_times(normalize("خلال الأسبوع الجاري"), MON)] == [
        (MON, 2)]
    # later in the week: its middle (Wednesday)
    assert [(t.value.date, t.value.precision) for t in find_times(normalize("خلال الأسبوع الجاري"), THU)] == [
        (dt.date(2024, 3, 13), 2)]


# ---------------------------------------------------------------- a vague time specified by a precise one

def test_vague_time_followed_by_the_precise_day_it_specifies() -> None:
    doc = _doc("مؤخراً، في 19 شباط الماضي، اقتحمت القوات المخيم واعتقلت شابين.")
    v, _ = _date(doc, "مؤخراً", "اقتحمت")
    assert v is not None and v.date == dt.date(2024, 2, 19) and v.precision == 1
    doc = _doc("أعلن الجيش قبل نحو أسبوعين (في 28 شباط) إسقاط طائرة مسيرة.")
    v, _ = _date(doc, "أعلن", "إسقاط")
    assert v is not None and v.date == dt.date(2024, 2, 28) and v.precision == 1


def test_vague_time_apart_from_a_later_day_keeps_its_own_act() -> None:
    doc = _doc("أصيب الشاب قبل أيام برصاص القوات، واستشهد أمس في المستشفى.")
    v, _ = _date(doc, "أصيب", "أصيب")
    assert v is not None and v.precision == 2
