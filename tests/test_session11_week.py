"""Session 11, dates on fresh articles: the recent days a lead frames its news by (a body sentence no day reaches
goes on telling them, precision 2), the last weeks and the 24 hours without the article, the day of a report that
governs the noun of its act (weak: an earlier day told for the act wins), a time of the reported clause after the
day of a speech, and "منذ" before a part of a day of the news (the act's start, not the bound of a state)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.arabic.normalize import normalize
from rasd.document import Document, TimeValue
from rasd.pipeline import extract_text
from rasd.time.assign import INHERITED, REPORTED, event_date
from rasd.time.expressions import find_times

SAT = dt.date(2024, 4, 13)  # a Saturday

make_doc = partial(time_doc, published=SAT)


def date_of(doc: Document, start_words: str, act: str | None = None) -> tuple[TimeValue | None, bool]:
    """The date of the sentence opening with ``start_words``, its act word ``act`` (if any) as the trigger."""
    triggers = [trigger_at(doc, act)] if act else []
    return event_date(doc, [sentence_at(doc, start_words)], triggers)


def _times(text: str) -> list[tuple[str, str, int]]:
    return [(text[t.start:t.end], t.value.iso(), t.value.precision) for t in find_times(normalize(text), SAT)]


# ---------------------------------------------------------------- the recent days of the lead

LEAD_RECENT = ("الفصائل تعلن تنفيذ أربع هجمات على مواقع الجيش، خلال الأيام الأخيرة، في ريف المحافظة.\n"
               "أعلنت غرفة عمليات الفصائل في بيان أنّ مقاتليها نفّذوا أربع هجمات على مواقع متفرقة.\n"
               "وأوضح البيان أنّ المقاتلين استهدفوا الموقع الأول بقذائف الهاون.\n"
               "وأضاف أنّ الهجوم الثاني طال مستودعاً للذخيرة قرب الطريق العام.\n")


def test_a_body_sentence_no_day_reaches_goes_on_with_the_recent_days_of_the_lead() -> None:
    doc = make_doc(LEAD_RECENT)
    v, hist = date_of(doc, "وأضاف", "الهجوم")
    assert v is not None and v.precision == 2 and v.granularity == "week" and v.kind == INHERITED and not hist
    assert (SAT - v.date).days == 3


def test_a_lead_that_names_a_day_keeps_the_body_on_that_day() -> None:
    doc = make_doc(LEAD_RECENT.replace("خلال الأيام الأخيرة", "مساء اليوم السبت"))
    v, _ = date_of(doc, "وأضاف", "الهجوم")
    assert v is not None and v.precision == 1 and v.date == SAT


def test_a_lead_that_recalls_an_earlier_act_does_not_frame_the_body() -> None:
    # "قبل أيام" dates an act the lead looks back on (background): the body's undated sentences are the news
    doc = make_doc(LEAD_RECENT.replace("خلال الأيام الأخيرة", "قبل أيام"))
    v, _ = date_of(doc, "وأضاف", "الهجوم")
    assert v is not None and v.precision == 1 and v.date == SAT and v.kind == "published"


def test_the_recent_days_of_a_relative_clause_in_the_lead_frame_nothing() -> None:
    doc = make_doc("قُتل جندي في المواجهات التي اندلعت في الأيام الماضية قرب الحدود.\n"
                   "وذكر الناطق العسكري أنّ الجندي أصيب بشظايا قذيفة.\n"
                   "وأضاف أنّ الهجوم استهدف آلية عسكرية.\n")
    v, _ = date_of(doc, "وأضاف", "الهجوم")
    assert v is not None and v.precision == 1 and v.date == SAT


# ---------------------------------------------------------------- the last weeks, the 24 hours without the article

def test_the_last_weeks_are_a_month_level_time() -> None:
    assert _times("تصاعدت الاعتقالات خلال الأسابيع الأخيرة في المدينة") == [("الأسابيع الأخيرة", "2024-W14", 3)]
    assert _times("وفي الأسابيع القليلة الماضية شهدت البلدة توتراً") == [("الأسابيع القليلة الماضية", "2024-W14", 3)]


def test_the_last_week_is_a_week_of_the_news() -> None:
    assert _times("تراجعت حدة القصف خلال الأسبوع الأخير") == [("الأسبوع الأخير", "2024-W15", 2)]


def test_twenty_four_hours_without_the_article_are_the_day_of_the_report() -> None:
    assert _times("ودمّر المقاتلون في 24 ساعة الأخيرة ثلاث آليات") == [("24 ساعة الأخيرة", "2024-04-13", 1)]
    assert _times("وخلال الـ 24 ساعة الماضية سقط قتيلان") == [("الـ 24 ساعة الماضية", "2024-04-13", 1)]
    assert _times("خلال 48 ساعة الماضية") == [("48 ساعة الماضية", "2024-W15", 2)]


# ---------------------------------------------------------------- the day of a report that governs the act's noun

def test_the_day_of_a_report_of_an_act_noun_is_weak() -> None:
    doc = make_doc("أكّدت الحركة، اليوم السبت، فشل الهجوم البري على أطراف المدينة.\n")
    v, _ = date_of(doc, "أكّدت", "الهجوم")
    assert v is not None and v.date == SAT and v.kind == REPORTED
    doc = make_doc("واليوم، أعلنت الوزارة إحباط هجوم على نقطة للجيش.\n")
    v, _ = date_of(doc, "واليوم", "هجوم")
    assert v is not None and v.date == SAT and v.kind == REPORTED


def test_a_reported_clause_keeps_its_time_firm() -> None:
    # "أنّ" opens a clause with a verb of its own: the time before it is the act's, as before
    doc = make_doc("أعلنت الفصائل، اليوم السبت، أنّ مقاتليها استهدفوا موقعاً للجيش.\n")
    v, _ = date_of(doc, "أعلنت", "استهدفوا")
    assert v is not None and v.date == SAT and v.kind != REPORTED
    # the act word before the time: the time is the act's
    doc = make_doc("استهدفت الفصائل، اليوم السبت، موقعاً للجيش.\n")
    v, _ = date_of(doc, "استهدفت", "استهدفت")
    assert v is not None and v.kind != REPORTED


def test_a_report_today_of_an_act_the_headline_gives_yesterday_is_one_event_of_yesterday() -> None:
    text = ("الحركة تعلن فشل الهجوم البري الإسرائيلي على قطاع غزة يوم أمس وتؤكد إيقاع قتلى في صفوف الجنود\n"
            "أكّدت الحركة، اليوم السبت، فشل الهجوم البري الإسرائيلي على أطراف قطاع غزة من جهتين، "
            "وقالت إن الجنود تكبدوا قتلى وجرحى.\n")
    days = {e.date.iso() for e in extract_text(text, published=SAT).events if e.date is not None}
    assert days == {"2024-04-12"}


# ---------------------------------------------------------------- a time of the reported clause after a speech's day

def test_the_reported_clause_time_wins_over_the_day_of_the_speech() -> None:
    doc = make_doc("وخلال كلمته أمس، أكّد قائد الحركة أنّ قواته نفّذت، هذا الأسبوع، عشر هجمات على السفن.\n")
    v, _ = date_of(doc, "وخلال", "هجمات")
    assert v is not None and v.granularity == "week" and v.precision == 2


def test_a_reported_time_later_than_the_speech_is_not_the_acts() -> None:
    # the last 24 hours are anchored to the publication day, after yesterday's statement: an act is never
    # later than the report of it, so the statement's day stays
    doc = make_doc("وقال المتحدث العسكري، أمس الجمعة، إنه خلال الساعات الـ24 الماضية قصفت القوات مواقع عدة.\n")
    v, _ = date_of(doc, "وقال", "قصفت")
    assert v is not None and v.date == dt.date(2024, 4, 12)


# ---------------------------------------------------------------- "منذ" before a part of a day of the news

def test_since_a_night_of_the_news_is_the_start_of_the_act() -> None:
    doc = make_doc("ومنذ ليل الجمعة - السبت، صعّد الجيش قصفه المدفعي على أطراف البلدة.\n")
    v, hist = date_of(doc, "ومنذ", "قصفه")
    assert v is not None and v.date == dt.date(2024, 4, 12) and v.precision == 1 and not hist
    doc = make_doc("ومنذ فجر اليوم، تقصف المدفعية أطراف البلدة.\n")
    v, _ = date_of(doc, "ومنذ", "تقصف")
    assert v is not None and v.date == SAT and v.kind != "published"


def test_since_a_date_long_ago_still_bounds_a_state() -> None:
    doc = make_doc("ومنذ 7 أكتوبر، تقصف المدفعية أطراف البلدة.\n")
    v, _ = date_of(doc, "ومنذ", "تقصف")
    assert v is not None and v.kind == "published"
