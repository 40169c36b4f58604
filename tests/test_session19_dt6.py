"""Session 19 (DATE6): the historical flag of a day named by its calendar date.  A writer tells yesterday's news as
"أمس"; yesterday named by its calendar date after the lead ("وفي 29 تشرين الأول، استهدفت المقاومة قاعدة …" in an
article of the 30th) lists an earlier act of a series, background to the news — not the end of a period ("حتى صباح
29 تشرين الأول"), not a day the lead reports.  A record that only inherited that day at the same place ("وأفاد
المراسل بسماع انفجارات في القاعدة") and the recap that gives the day itself are one act, background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

MONDAY = dt.date(2023, 10, 30)

LEAD = ("أعلنت المقاومة الإسلامية في العراق، اليوم الإثنين، استهداف قاعدة الشدادي الأميركية في ريف الحسكة بطائرتين "
        "مسيّرتين.\n"
        "وقالت في بيان إن المسيّرتين أصابتا أهدافهما بشكل مباشر.\n"
        "وتواصل فصائل المقاومة هجماتها على القواعد الأميركية في سوريا والعراق.\n"
        "وقبل أيام، استهدفت المقاومة قاعدة التنف برشقة صاروخية.\n")


def _omar(text: str, published: dt.date = MONDAY) -> list[tuple[str, bool]]:
    return [(str(r["event_date"]), bool(r["historical"])) for r in record_rows(text, published)
            if r["location"] == "Al-Omar oil field"]


def test_yesterday_by_its_calendar_date_is_a_recap() -> None:
    text = LEAD + "وفي 29 تشرين الأول، استهدفت المقاومة قاعدة حقل العمر في ريف دير الزور."
    assert _omar(text) == [("2023-10-29", True)]


def test_yesterday_by_an_ordinal_date_is_a_recap() -> None:
    text = LEAD + "وفي التاسع والعشرين من تشرين الأول، قصفت المقاومة قاعدة حقل العمر بالصواريخ."
    assert _omar(text) == [("2023-10-29", True)]


def test_calendar_date_inside_the_clause_is_a_recap() -> None:
    text = LEAD + "كما استهدفت المقاومة، في 29 تشرين الأول/أكتوبر، قاعدة حقل العمر في ريف دير الزور."
    assert _omar(text) == [("2023-10-29", True)]


def test_guard_yesterday_as_amsi_stays_news() -> None:
    """Pure guard (also the old behaviour): "وأمس" after a lead that dates only a statement is still the news."""
    text = LEAD + "وأمس، استهدفت المقاومة قاعدة حقل العمر في ريف دير الزور."
    assert _omar(text) == [("2023-10-29", False)]


def test_guard_calendar_date_in_the_lead_is_news() -> None:
    """Pure guard (also the old behaviour): the lead's own calendar day is the news, whatever its form."""
    text = ("استهدفت المقاومة الإسلامية في العراق، في 29 تشرين الأول، قاعدة حقل العمر في ريف دير الزور برشقة "
            "صاروخية.\nوقالت في بيان إن الصواريخ أصابت أهدافها.")
    assert _omar(text) == [("2023-10-29", False)]


def test_heard_blasts_and_the_recap_of_their_day_are_one_background_act() -> None:
    text = (LEAD + "ويوم أمس، تعرّضت القاعدة الأميركية في حقل كونيكو لقصف صاروخي.\n"
            "وأفاد مراسلنا بسماع أصوات انفجارات في حقل العمر النفطي.\n"
            "وتواصل المقاومة الإسلامية في العراق ضرب القواعد الأميركية في سوريا.\n"
            "وفي 29 تشرين الأول، استهدفت المقاومة قاعدة حقل العمر في ريف دير الزور.")
    assert _omar(text) == [("2023-10-29", True)]
