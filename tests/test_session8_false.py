"""Records for things that are not events (session 8): a group's obituary of its fighter, a running count of
the dead, a warning in the first person, a ministry's "daily report" of the war's total."""

from __future__ import annotations

import datetime as dt

from helpers import trigger_context

from rasd.events.frames import campaign, sentence_frames
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 6)


def _rows(text: str) -> list[tuple[str, int]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.fatalities) for e in doc.events]


def _primary(text: str) -> list[bool]:
    ctx = trigger_context(text)
    assert ctx is not None
    return [f.primary for f in sentence_frames(ctx)]


def test_an_obituary_with_no_act_is_no_event() -> None:
    assert _rows("زفّ حزب الله، صباح اليوم الأربعاء، المجاهد عباس كامل نور الدين من بلدة شقرا في الجنوب، الذي "
                 "ارتقى شهيداً في أثناء قيامه بواجبه.") == []
    assert _rows("نعت كتائب الفرسان اليوم ثلاثة من مقاتليها ارتقوا شهداء خلال تأدية واجبهم الجهادي.") == []
    assert _primary("وأمس، زفّت الحركة القائد الميداني رامي ناصر، من مواليد عام 1980، الذي استشهد متأثراً "
                    "بإصابته.") == [False]


def test_an_obituary_that_names_the_strike_keeps_it() -> None:
    rows = _rows("نعت كتيبة الفرسان، اليوم الأربعاء، المقاتل سامر خليل الذي استشهد في غارة إسرائيلية استهدفت "
                 "سيارته قرب بلدة الخيام.")
    assert rows and rows[0][0] == "Air/drone strike"


def test_a_death_told_without_an_obituary_verb_stays_a_report() -> None:
    assert _primary("قتل شاب برصاص قوات الاحتلال فجر اليوم في بلدة عزون شرقي قلقيلية.") == [True]


def test_a_running_count_of_the_dead_is_no_event() -> None:
    assert _primary("عدد شهداء القطاع يتخطى الـ30 ألفاً") == [False]
    assert _primary("حصيلة الشهداء 28100") == [False]
    assert _rows("حصيلة شهداء القطاع تتجاوز 30 ألفاً..") == []


def test_a_count_that_follows_the_deaths_it_adds_stays_a_report() -> None:
    # the deaths come first; the total they raise is their consequence
    assert _primary("استشهد 3 فلسطينيين اليوم في جنين، ليرتفع عدد الشهداء في المدينة إلى 40.") == [True]


def test_a_count_of_a_named_strike_keeps_its_strike() -> None:
    rows = _rows("ارتفعت حصيلة شهداء القصف الإسرائيلي على منزل في حي الشجاعية، اليوم، إلى 12 شهيداً.")
    assert rows == [("Shelling/artillery/missile attack", 12)]


def test_a_warning_in_the_first_person_reports_nothing() -> None:
    ctx = trigger_context("الأردن: نحذر من أي هجوم بري إسرائيلي على مدينة خان يونس..")
    assert ctx is not None and sentence_frames(ctx) == []
    ctx = trigger_context("وقال الوزير إن بلاده تحذر من أي هجوم بري على المدينة.")
    assert ctx is not None and sentence_frames(ctx) == []


def test_a_daily_report_does_not_date_the_war_total_to_the_news_day() -> None:
    ctx = trigger_context("وقالت الوزارة في تقريرها اليومي إن عدد ضحايا العدوان ارتفع إلى 30100 شهيد منذ "
                          "السابع من تشرين الأول.")
    assert ctx is not None and campaign(ctx) == "since"
    ctx = trigger_context("وقالت الوزارة اليوم إن القصف على المخيم أوقع 5 شهداء، وهو الأعنف منذ السابع من "
                          "تشرين الأول.")
    assert ctx is not None and campaign(ctx) == ""
