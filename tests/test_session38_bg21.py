"""Session 38 (bg21): background acts recalled with a month of their own.  A clause of "إذ كان … قد <verb>" after a
period of "since" ("هذه رابع حادثة خطف منذ بداية الصيف، إذ كان تاجر قد اختُطف … في حزيران الماضي") tells one earlier
act, and a sequel that recalls "a like campaign" its doer carried out in a past month ("وتأتي هذه الاعتقالات بعد
حملة مماثلة نفذتها … مطلع أيار الماضي في بلدة X") names an act of its own: each a historical record of its own date."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 9, 14)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_pluperfect_clause_after_since_is_a_recall_of_its_own() -> None:
    text = ("اختطف مسلحون مجهولون مساء أمس الثلاثاء شاباً من أمام منزله في مدينة السلمية واقتادوه إلى جهة مجهولة.\n\n"
            "وهذه رابع حادثة خطف تعرفها المدينة منذ بداية الصيف، إذ كان تاجر أقمشة قد اختُطف من متجره في السوق "
            "القديم في حزيران الماضي، قبل أن يطلق سراحه مقابل مبلغ مالي.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Abduction/forced disappearance"]
    dates = sorted(str(r["event_date"]) for r in rows)
    assert len(rows) == 2, rows
    assert dates[0].startswith("2022-06") and dates[1] == "2022-09-13"
    # (a period of "since" with no dated clause of the pluperfect stays a sum, no act of its own)
    text = ("اختطف مسلحون مجهولون مساء أمس الثلاثاء شاباً من أمام منزله في مدينة السلمية واقتادوه إلى جهة مجهولة.\n\n"
            "وتكررت حوادث الخطف في المدينة منذ بداية الصيف، إذ يتهم الأهالي مجموعات محلية بالوقوف وراءها.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert len(rows) == 1, rows


def test_like_campaign_recalled_by_its_doer_and_month_is_its_own_arrest() -> None:
    text = ("اعتقلت دورية تابعة للأمن العسكري، يوم أمس الثلاثاء، خمسة شبان من مدينة التل بريف دمشق خلال مداهمة "
            "منازلهم.\n\n"
            "وتأتي هذه الاعتقالات بعد حملة مماثلة نفذتها الأجهزة الأمنية مطلع أيار الماضي في بلدة الكسوة، طالت "
            "عشرة شبان من المتخلفين عن الخدمة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    dates = sorted(str(r["event_date"]) for r in rows)
    assert len(rows) == 2, rows
    assert dates[0].startswith("2022-05") and dates[1] == "2022-09-13"
    # (like campaigns with no month of their own add nothing)
    text = ("اعتقلت دورية تابعة للأمن العسكري، يوم أمس الثلاثاء، خمسة شبان من مدينة التل بريف دمشق خلال مداهمة "
            "منازلهم.\n\n"
            "وتأتي هذه الاعتقالات بعد حملات مماثلة نفذتها الأجهزة الأمنية في بلدات ريف دمشق خلال السنوات الماضية.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert len(rows) == 1, rows
