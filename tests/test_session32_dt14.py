"""Session 32 (dt14, dates): a campaign the lead says runs "since" a weekday of the last days began on that day, a
day of the news; a month or a week named right after the noun of a toll ("حصيلة أيلول") is the tally's period and
dates no act told after it; a week bounded by its days with many incidents counted is a tally, not seven daily
acts."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.pipeline import extract_text
from rasd.time import assign as A

SAT = dt.date(2024, 2, 10)  # a Saturday
THU = dt.date(2024, 2, 8)


def _time(doc, words: str):  # type: ignore[no-untyped-def]
    i = doc.text.index(words)
    return next(t for t in doc.layer("times") if t.start <= i < t.end or i <= t.start < i + len(words))


def test_a_campaign_since_a_recent_weekday_began_that_day() -> None:
    doc = extract_text("بدأت قوى الأمن منذ يوم الخميس الماضي حملة دهم واسعة في مدينة الرستن.\n\n"
                       "واعتقلت الدوريات ثمانية شبان خلال الحملة في المدينة.", SAT)
    t = _time(doc, "الخميس")
    assert not A._is_boundary(doc, t)
    assert THU in A._lead_days(doc)[0]


def test_a_weekday_since_which_a_later_day_is_told_only_opens_the_period() -> None:
    doc = extract_text("تصاعد القصف على البلدة منذ الخميس، ليبلغ ذروته مساء الجمعة بسقوط عشرات القذائف.", SAT)
    assert A._is_boundary(doc, _time(doc, "الخميس"))


def test_a_month_after_the_noun_of_a_toll_dates_no_act_told_after_it() -> None:
    doc = extract_text("حصيلة كانون الثاني في ريف درعا: 25 قتيلاً بعمليات اغتيال.. وعبوة تقتل شاباً في نوى\n\n"
                       "وثّق ناشطون الحوادث في تقرير نشروه اليوم.", SAT)
    assert A._of_a_count(doc, _time(doc, "كانون الثاني"))
    second = next(s for s in doc.layer("sentences") if "وعبوة" in doc.text[s.start:s.end])
    date, _ = A.event_date(doc, [second], [])
    assert date is not None and date.granularity != "month"


def test_a_week_bounded_by_its_days_with_many_incidents_is_a_tally() -> None:
    rows = record_rows("سجّل مكتب التوثيق خلال الأسبوع الممتد بين الأول والسابع من شباط الجاري وقوع 14 حادثة "
                       "إطلاق نار وتفجير في ريف درعا الغربي، قُتل فيها خمسة أشخاص.", SAT)
    assert not any("daily events of a reported span" in str(r["tags"]) for r in rows)
    assert len(rows) <= 1

