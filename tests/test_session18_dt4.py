"""Session 18 (DATE4): event dates.  A writer's "today"/"yesterday" whose weekday falls after the publication date
(a page updated the next day: "تحديث: … صباح اليوم الإثنين" on a page stamped on Sunday) is the act's day, never a
plan to pass over; a sentence whose first time is only a week or "a few days ago" ("منذ أيام"، "خلال الأيام
الماضية"، "الأسبوع الماضي") and that names a day of that week in a later clause ("…، وأدى يوم 11 أيلول إلى إصابة
…") tells the act of that day, unless the day dates the report of it ("…، على ما أفاد مصدر الاثنين")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, time_doc

from rasd.time.assign import _times_in

SUNDAY = dt.date(2025, 6, 15)
THURSDAY = dt.date(2025, 9, 18)


def _dates(text: str, published: dt.date) -> list[tuple[str, int]]:
    return [(str(r["event_date"]), int(str(r["time_precision"]))) for r in record_rows(text, published)]


# --- the writer's day after the publication date -------------------------------------------------------------

def test_update_names_the_day_after_the_publication_date() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية أمس السبت بهجوم لمسلحين من تنظيم الدولة الإسلامية على نقطة "
            "عسكرية في بلدة الشحيل بريف دير الزور.\n"
            "تحديث: شنت قسد صباح اليوم الإثنين حملة دهم في بلدة البصيرة واعتقلت خلالها سبعة أشخاص.")
    assert sorted(_dates(text, SUNDAY)) == [("2025-06-14", 1), ("2025-06-16", 1)]


def test_yesterday_with_a_weekday_after_the_publication_date() -> None:
    # a page stamped on Saturday, written on Monday: "أمس الأحد" is Sunday, after the stamp, and the act's day
    text = "أصيب ثلاثة مدنيين أمس الأحد بانفجار عبوة ناسفة في مدينة جاسم بريف درعا الشمالي."
    assert _dates(text, dt.date(2025, 6, 14)) == [("2025-06-15", 1)]


def test_guard_tomorrow_and_the_day_after_stay_future() -> None:
    """Pure guard: "غداً الإثنين" and "اليوم التالي" name no day of an act."""
    doc = time_doc("دعا ناشطون إلى إضراب غداً الإثنين في مدينة طفس. وناقش المؤتمر اليوم التالي للحرب.", SUNDAY)
    assert not _times_in(doc, doc.layer("sentences")[0])
    assert not _times_in(doc, doc.layer("sentences")[1])


# --- a day named after a week-wide time -------------------------------------------------------------------------

def test_day_after_a_few_days_ago() -> None:
    text = ("قصفت المدفعية الإسرائيلية أطراف بلدة بيت جن في ريف دمشق منذ أيام، وأدى القصف يوم ١١ أيلول إلى "
            "إصابة امرأة وطفلها.")
    assert _dates(text, THURSDAY) == [("2025-09-11", 1)]


def test_weekday_after_the_past_days() -> None:
    text = ("هاجم مسلحون مجهولون حواجز قوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور الشرقي خلال الأيام "
            "الماضية، ما أسفر يوم الثلاثاء عن مقتل عنصرين.")
    assert _dates(text, THURSDAY) == [("2025-09-16", 1)]


def test_guard_the_day_of_the_report_keeps_the_week() -> None:
    """Pure guard (also the old behaviour): the day after a verb of saying dates the report, not the act."""
    text = ("قُصفت مواقع لتنظيم الدولة الإسلامية في بادية السخنة نهاية الأسبوع الماضي، على ما أفاد مصدر "
            "عسكري الخميس.")
    rows = _dates(text, THURSDAY)
    assert rows and all(p == 2 for _, p in rows)


def test_guard_a_later_act_of_the_victim_keeps_the_week() -> None:
    """Pure guard: "أصيب … منذ أيام، وتوفي أمس": the wounding is of the days before, not of the death's day."""
    text = "أصيب شاب برصاص مسلحين مجهولين في مدينة نوى منذ أيام، وتوفي أمس متأثراً بجراحه في المستشفى."
    rows = _dates(text, THURSDAY)
    assert rows and rows[0] != ("2025-09-17", 1)


def test_guard_a_day_outside_the_week_keeps_the_week() -> None:
    """Pure guard: a day far from the week named first is another matter's."""
    text = ("والأسبوع الماضي، قُتل ثلاثة رعاة بانفجار لغم في بادية تدمر، وفق ما نقلت مصادر محلية يوم ١٨ أيلول.")
    rows = _dates(text, dt.date(2025, 9, 20))
    assert rows and all(p == 2 for _, p in rows)
