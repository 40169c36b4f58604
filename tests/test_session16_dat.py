"""Session 16, wave 2 (DATEX): dates and the historical flag in Syrian local outlets' articles.

- the preposition ل before a relative phrase drops the article's alef ("للأسبوع المقبل"، "للشهر الماضي"): still a
  time; a weekday right after next week, or right after a coming day of the same plan ("وقفة يوم الأربعاء …،
  وإضراباً يوم الخميس"), is a coming day;
- an act whose own day, right after its word, is a coming day is planned, not reported (no event);
- a day named by its distance from the writing ("أمس الأول"، "قبل يومين") is a news day, not recalled for its
  distance alone; a roundup whose lead names the last few days ("خلال الأيام القليلة الماضية") tells each of them
  as news;
- "وكان الشاب قد قُتل أمس" after a funeral today: the act's own clause gives its day (yesterday), and the pluperfect
  of yesterday's act is no background;
- a paragraph that turns to another matter ("وفي سياق منفصل، …") tells another item of the news: its yesterday is
  not background of the lead's today.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, time_doc

MONDAY = dt.date(2024, 9, 2)
SUNDAY = dt.date(2024, 1, 14)


def _days(text: str, published: dt.date) -> dict[str, str]:
    doc = time_doc(text, published)
    return {doc.span_text(t): t.value.date.isoformat() for t in doc.layer("times")}


# --- the contracted ل + ال and the days of a plan ------------------------------------------------------------


def test_contracted_next_week_is_a_time_and_its_weekdays_are_coming() -> None:
    text = "أعلنت اللجنة عن برنامج للأسبوع المقبل يتضمن اعتصاماً يوم الثلاثاء أمام البلدية، وإضراباً يوم الخميس."
    days = _days(text, MONDAY)
    assert "للأسبوع المقبل" in days
    assert days["يوم الثلاثاء"] > MONDAY.isoformat()
    assert days["يوم الخميس"] > days["يوم الثلاثاء"]


def test_contracted_last_month_is_a_time() -> None:
    days = _days("ونشر الفريق حصيلته للشهر الماضي.", MONDAY)
    assert days.get("للشهر الماضي", "")[:7] == "2024-08"


def test_a_lone_contracted_today_is_no_time() -> None:
    """Guard: "لليوم الخامس على التوالي" alone is not read as a relative phrase of the table."""
    assert "لليوم" not in _days("تستمر الإضرابات لليوم الخامس على التوالي في المدينة.", MONDAY)


def test_announced_programme_protest_is_no_event() -> None:
    """Guard (the old code drops this sentence too; the first-wave article prot-06 shows the change)."""
    text = ("الهيئة تعلن برنامجها\n"
            "أعلنت الهيئة العامة للحراك في السويداء، اليوم الأحد، عن برنامجها للأسبوع المقبل، والذي يتضمن وقفة "
            "احتجاجية يوم الأربعاء أمام مبنى المحافظة، ومظاهرة يوم الجمعة في ساحة الكرامة.")
    rows = record_rows(text, SUNDAY)
    assert not [r for r in rows if r["event_type"] == "Protests" and not r["historical"]]


def test_protest_on_a_past_weekday_is_still_an_event() -> None:
    """Guard: a weekday of the past week after the act is its day, an event."""
    text = ("وقفة في السويداء\n"
            "نظم العشرات من أبناء السويداء وقفة احتجاجية يوم الأربعاء أمام مبنى المحافظة للمطالبة بالإفراج عن "
            "المعتقلين.")
    rows = record_rows(text, SUNDAY)
    assert [r for r in rows if r["event_type"] == "Protests"]


# --- news days named from the writing -----------------------------------------------------------------------


def test_day_before_yesterday_in_a_roundup_is_news() -> None:
    text = ("حصيلة أمنية في ريف درعا\n"
            "شهدت محافظة درعا خلال الأيام القليلة الماضية حوادث أمنية متفرقة.\n"
            "وقُتل رجل برصاص مسلحين مجهولين فجر اليوم في بلدة داعل.\n"
            "واعتقلت قوى الأمن العام أمس الأول ثلاثة أشخاص في مدينة درعا بتهمة السرقة.")
    rows = record_rows(text, dt.date(2025, 5, 5))
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["event_date"] == "2025-05-03" and not arrests[0]["historical"]


def test_killing_yesterday_told_in_the_pluperfect_after_a_funeral() -> None:
    text = ("تشييع في نوى\n"
            "قصفت قوات النظام بلدة الحراك صباح السبت.\n"
            "وفي نوى، شيّع الأهالي ظهر اليوم الإثنين الشاب أحمد، وكان الشاب قد قُتل أمس برصاص مسلحين مجهولين "
            "أطلقوا النار عليه قرب منزله.")
    rows = record_rows(text, dt.date(2025, 3, 17))
    attack = [r for r in rows if r["location"] == "Nawa"]
    assert attack and attack[0]["event_date"] == "2025-03-16" and not attack[0]["historical"]


def test_yesterday_in_a_separate_matter_paragraph_is_news() -> None:
    text = ("قصف على ريف إدلب\n"
            "قصفت قوات النظام اليوم بالمدفعية أطراف بلدة البارة في جبل الزاوية.\n"
            "وقصفت المدفعية أيضاً أطراف كفرنبل دون أنباء عن إصابات.\n"
            "وفي سياق منفصل، قُتل رجل أمس برصاص مسلحين مجهولين في مدينة سرمين شرقي إدلب.")
    rows = record_rows(text, dt.date(2024, 1, 20))
    killing = [r for r in rows if r["location"] == "Sarmin"]
    assert killing and killing[0]["event_date"] == "2024-01-19" and not killing[0]["historical"]


def test_pluperfect_of_an_older_day_stays_background() -> None:
    """Guard: the pluperfect of a day long before is background."""
    text = ("قصف على ريف إدلب\n"
            "قصفت قوات النظام اليوم بالمدفعية أطراف بلدة البارة في جبل الزاوية.\n"
            "وكانت قوات النظام قد قصفت مدينة سرمين في 4 كانون الثاني الجاري، ما أسفر عن مقتل امرأة.")
    rows = record_rows(text, dt.date(2024, 1, 20))
    old = [r for r in rows if r["event_date"] == "2024-01-04"]
    assert old and all(r["historical"] for r in old)
