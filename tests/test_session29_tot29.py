"""Session 29 (tot29, tallies that inflate an act): a count of many dead "since" a month said to be past ("منذ كانون
الأول الماضي") is a running total, no act of its own, so its toll never folds into the act told beside it; the
number that closes a known outlet's name ("درعا 24 – …") in a dateline counts no dead."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

PUBLISHED = dt.date(2025, 4, 9)  # a Wednesday


def _killed(rows: list[dict]) -> list[int]:
    return [int(r["fatalities"] or 0) for r in rows]


def test_total_since_a_past_month_does_not_fold_into_the_act() -> None:
    rows = record_rows("قُتل طفلان يوم الثلاثاء بانفجار قنبلة من مخلفات الحرب قرب بيتهما في بلدة كفرنبل بريف إدلب. "
                       "وتقول منظمات إغاثية إن مخلفات الحرب قتلت أكثر من 150 مدنياً في البلاد منذ تشرين الثاني "
                       "الماضي.", PUBLISHED)
    assert _killed(rows) == [2]


def test_total_since_a_past_month_is_no_act_alone() -> None:
    rows = record_rows("وتقول منظمات إغاثية إن الألغام قتلت أكثر من 150 مدنياً في البلاد منذ كانون الثاني الماضي.",
                       PUBLISHED)
    assert _killed(rows) == []


def test_an_act_beside_a_state_since_a_past_month_stays() -> None:
    rows = record_rows("وتظاهر العشرات ظهر اليوم في ساحة البلدة، ضمن الاحتجاجات المتواصلة منذ آب الماضي.",
                       PUBLISHED)
    assert [r["event_type"] for r in rows] == ["Protests"]


def test_the_act_of_the_day_keeps_its_own_toll() -> None:
    rows = record_rows("قُتل ثلاثة مدنيين يوم الثلاثاء بقصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي.", PUBLISHED)
    assert _killed(rows) == [3]


def test_an_outlets_number_in_the_dateline_counts_no_dead() -> None:
    rows = record_rows("درعا 24 – قُتل رجل مساء الاثنين برصاص مجهولين في مدينة طفس بريف درعا الغربي.", PUBLISHED)
    assert _killed(rows) == [1]


def test_dead_since_a_month_of_a_year_are_a_total() -> None:
    rows = record_rows("قُتل رجلان يوم الثلاثاء بانفجار لغم أرضي في أرض زراعية قرب بلدة كفرنبل بريف إدلب. وكانت "
                       "منظمة محلية قد ذكرت أن الألغام أودت بحياة أكثر من 90 شخصاً منذ شباط 2024.", PUBLISHED)
    assert _killed(rows) == [2]


def test_an_act_told_before_a_total_since_a_month_stays() -> None:
    rows = record_rows("وعثر الحراس صباح الثلاثاء على 4 سجناء مقتولين داخل سجن المدينة، في سياق صراع بين العصابات أودى "
                       "بحياة أكثر من 300 سجين منذ آذار 2022.", PUBLISHED)
    assert rows
