"""Session 25 (Syria, audit of Al Mayadeen articles on US bases, strikes and background acts): an act said to have
been done "مرّات عدّة" is a repeated series, no one event; two days joined by "و" without "بين"/"من" ("في الأول
والثالث من أيلول") are those two days, not the day between; the dual of a base ("قاعدتا", "قاعدتي") subjected to
an attack is the side hit; "صحافي" after a statement noun ("مؤتمر صحافي", "تصريح صحفي")
is its adjective, no journalist hit."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.arabic.normalize import normalize
from rasd.document import TimeValue
from rasd.pipeline import extract_text
from rasd.time.expressions import find_times

DAY = dt.date(2023, 10, 26)


def _dates(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.date.date.isoformat() for e in extract_text(text, published=day).events if e.date is not None)


def _time(text: str) -> TimeValue:
    return find_times(normalize(text), dt.date(2024, 2, 22))[0].value


def _places(text: str) -> list[str]:
    return [e.place.name_en if e.place else "" for e in extract_text(text, published=DAY).events]


# --- "مرّات عدّة": a series, no one event ------------------------------------------------------------------------

def test_several_times_after_the_count_word_is_a_series() -> None:
    text = ("أعلنت فصائل عراقية، اليوم الخميس، قصف قاعدة الشدادي الأميركية بريف الحسكة بطائرة مسيّرة.\n"
            "وكانت الفصائل هاجمت قاعدة التنف مرّاتٍ عدّة بالصواريخ.")
    places = _places(text)
    assert any("Shad" in p for p in places)
    assert not any("Tanf" in p for p in places)


def test_one_attack_on_the_base_stays_an_event() -> None:
    places = _places("وكانت الفصائل هاجمت قاعدة التنف بالصواريخ، صباح اليوم الخميس.")
    assert any("Tanf" in p for p in places)


# --- two days joined by "و": those two days ----------------------------------------------------------------------

def test_two_ordinal_days_joined_by_and_are_two_days() -> None:
    text = "قصف مسلحو التنظيم بلدة مارع في ريف حلب الشمالي في الأول والثالث من أيلول/سبتمبر 2015."
    assert _dates(text, dt.date(2024, 2, 22)) == ["2015-09-01", "2015-09-03"]


def test_two_numbered_days_joined_by_and_are_two_days() -> None:
    v = _time("في 4 و7 آذار 2021")
    assert v.granularity == "range" and v.listed
    text = "قصفت قوات النظام بلدة كفرنبل جنوبي إدلب في 4 و7 آذار 2021."
    assert _dates(text, dt.date(2024, 2, 22)) == ["2021-03-04", "2021-03-07"]


def test_a_range_with_between_keeps_every_day() -> None:
    v = _time("قصفت بين 4 و6 آذار 2021")
    assert v.granularity == "range" and not v.listed
    text = "قصفت قوات النظام بلدة كفرنبل جنوبي إدلب بين 4 و6 آذار 2021."
    assert _dates(text, dt.date(2024, 2, 22)) == ["2021-03-04", "2021-03-05", "2021-03-06"]


def test_two_days_in_a_row_stay_two_days() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل جنوبي إدلب يومي 4 و5 آذار 2021."
    assert _dates(text, dt.date(2024, 2, 22)) == ["2021-03-04", "2021-03-05"]


# --- the dual of a base subjected to an attack -----------------------------------------------------------------

def test_dual_base_subjected_to_attack_is_the_side_hit() -> None:
    text = ("تعرّضت قاعدتا القوات الأميركية في حقل العمر وحقل كونيكو، صباح اليوم، لهجوم بالصواريخ، "
            "وأعلنت فصائل عراقية مسؤوليتها عنه.")
    rows = event_rows(text, DAY)
    assert rows and all(a1 != "usa" for _, _, a1, _ in rows)
    assert all(a2 == "usa" for _, _, _, a2 in rows)


# --- "صحافي" after a statement noun: the statement's adjective, no journalist -----------------------------------

def test_press_conference_adjective_is_no_journalist() -> None:
    text = "وأعلن الجيش الإسرائيلي خلال مؤتمرٍ صحافي، اليوم، أنّ طائراته قصفت مواقع في ريف دمشق."
    rows = event_rows(text, DAY)
    assert rows and all(a2 != "civilians" for _, _, _, a2 in rows)


def test_several_times_today_is_the_days_event() -> None:
    places = _places("قصفت الفصائل قاعدة التنف بالصواريخ مرّاتٍ عدّة، اليوم الخميس.")
    assert any("Tanf" in p for p in places)
