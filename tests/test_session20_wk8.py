"""Session 20 (WK8), week precision: "last week" ("الأسبوع الماضي"، "الأسبوع الفائت"، "الأسبوع المنصرم") with no part
of the week named is the seven days a week back from the report; coders date it to the same weekday a week earlier
(ACLED time precision 2), not to the Wednesday of the calendar week before, which lies up to ten days back in an
article of a Saturday or a Sunday.  Its start or its end ("مطلع/نهاية الأسبوع الماضي") and this week keep their
days."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.document import TimeValue
from rasd.events.stage import _twin_days
from rasd.time.expressions import find_times

SAT = dt.date(2025, 8, 23)  # a Saturday
SUN = dt.date(2024, 3, 10)  # a Sunday
TUE = dt.date(2024, 9, 10)  # a Tuesday
WED = dt.date(2024, 2, 21)  # a Wednesday


def _times(text: str, anchor: dt.date) -> list[tuple[str, str, int, bool]]:
    return [(text[t.start:t.end], t.value.date.isoformat(), t.value.precision, t.value.historical)
            for t in find_times(normalize(text), anchor)]


def _rows(text: str, on: dt.date) -> list[tuple[str, str, int]]:
    return [(str(r["location"]), str(r["event_date"]), int(r["time_precision"])) for r in record_rows(text, on)]


def test_last_week_in_a_saturday_article_is_a_week_back() -> None:
    text = "وقتل مدني بانفجار لغم أرضي في ريف المدينة الأسبوع الماضي."
    assert _times(text, SAT) == [("الأسبوع الماضي", "2025-08-16", 2, True)]


def test_last_week_other_words_in_a_sunday_article() -> None:
    assert _times("ودارت اشتباكات في البلدة خلال الأسبوع الفائت.", SUN) == [("الأسبوع الفائت", "2024-03-03", 2, True)]
    assert _times("وفي الأسبوع المنصرم، اعتُقل ثلاثة شبان.", SUN) == [("الأسبوع المنصرم", "2024-03-03", 2, True)]


def test_last_week_in_a_tuesday_article() -> None:
    text = "وكانت طائرة مسيرة قد قصفت سيارة على الطريق العام الأسبوع الماضي."
    assert _times(text, TUE) == [("الأسبوع الماضي", "2024-09-03", 2, True)]


def test_last_week_act_fronted_record_date() -> None:
    text = "والأسبوع الماضي، قصفت القوات الإسرائيلية أطراف بلدة بيت جن في ريف دمشق الغربي."
    assert _rows(text, SAT) == [("Bait Jan", "2025-08-16", 2)]


def test_last_week_act_after_the_verb_record_date() -> None:
    text = "اغتال مسلحون مجهولون قيادياً سابقاً في فصائل التسوية بمدينة نوى في الأسبوع الفائت."
    assert [(d, p) for _, d, p in _rows(text, SUN)] == [("2024-03-03", 2)]


def test_guard_last_week_in_a_wednesday_article() -> None:
    """Pure guard (also the old behaviour): in a Wednesday article both readings give the Wednesday before."""
    text = "وقتل مدني بانفجار لغم أرضي في ريف المدينة الأسبوع الماضي."
    assert _times(text, WED) == [("الأسبوع الماضي", "2024-02-14", 2, True)]


def test_guard_parts_of_the_week_keep_their_days() -> None:
    """Pure guard: the start or end of last week, and this week, keep the day of that part (session 15)."""
    assert _times("واعتقلت الشرطة شبانا في بداية الأسبوع الماضي.", SAT) == [
        ("بداية الأسبوع الماضي", "2025-08-11", 2, True)]
    assert _times("وخرجت تظاهرات نهاية الأسبوع الماضي.", SAT) == [("نهاية الأسبوع الماضي", "2025-08-16", 2, True)]
    assert _times("وشهدت البلدة اشتباكات خلال الأسبوع الجاري.", SAT) == [("الأسبوع الجاري", "2025-08-20", 2, False)]


def test_a_weekday_of_last_week_is_a_twin_day_of_that_week() -> None:
    """"الأسبوع الماضي" (now the same weekday a week back) and "يوم الثلاثاء الماضي" told of one act are one day
    for the fold of twin records (the old code joined them only when the weekday was the week's Wednesday)."""
    week = TimeValue(dt.date(2025, 8, 18), 2, "week", "relative", historical=True)
    tuesday = TimeValue(dt.date(2025, 8, 19), 1, "day", "weekday", historical=True)
    assert _twin_days(week, tuesday) and _twin_days(tuesday, week)


def test_guard_the_last_days_and_yesterday_are_not_twin_days() -> None:
    """Pure guard: the news of the last few days ("خلال الأيام الماضية", not historical) beside a day of them, and
    a week beside a day named otherwise ("أمس"), may be two acts."""
    recent = TimeValue(dt.date(2025, 8, 22), 2, "week", "relative")
    friday = TimeValue(dt.date(2025, 8, 22), 1, "day", "weekday")
    assert not _twin_days(recent, TimeValue(dt.date(2025, 8, 21), 1, "day", "weekday"))
    assert _twin_days(recent, friday)  # the very day: as before
    week = TimeValue(dt.date(2025, 8, 16), 2, "week", "relative", historical=True)
    assert not _twin_days(week, TimeValue(dt.date(2025, 8, 22), 1, "day", "relative"))


def test_guard_last_week_and_yesterday_stay_two() -> None:
    """Pure guard: an act of last week and one of yesterday at the same place are two acts."""
    text = ("وقصفت القوات الإسرائيلية أطراف بلدة بيت جن في ريف دمشق الأسبوع الماضي.\n"
            "وقصفت القوات الإسرائيلية أمس أطراف بلدة بيت جن في ريف دمشق.")
    assert len(_rows(text, SAT)) == 2


def test_hours_spelled_out_are_the_last_two_days() -> None:
    """"خلال الساعات الثماني والأربعين الماضية" is the span its digits name ("الساعات الـ48 الماضية"): the day
    before, precision 2."""
    text = "وسجلت المحافظة ثلاث عمليات اغتيال خلال الساعات الثماني والأربعين الماضية."
    assert _times(text, SAT) == [("الساعات الثماني والأربعين الماضية", "2025-08-22", 2, False)]
    text = "وقتل خمسة أشخاص في الاثنتين والسبعين ساعة الأخيرة."
    assert _times(text, SAT) == [("الاثنتين والسبعين ساعة الأخيرة", "2025-08-22", 2, False)]
