"""Session 21 (sp9): a toll given per town, after the act ("ما أدى إلى مقتل 4 في X و3 في Y", "وأسفر القصف عن مقتل
4 في X وثلاثة آخرين في Y"): each town's record takes the count told at it (ACLED: one event per place, with the
toll told there), whether the act named the towns before or named none, and whether the counts are digits or
words."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 19)


def _tolls(text: str) -> list[tuple[str, int]]:
    return sorted((str(r["location"]), int(r["fatalities"])) for r in record_rows(text, DAY))


def test_act_at_two_towns_then_a_toll_at_each() -> None:
    assert _tolls("قصف الجيش اليوم مواقع المسلحين في سرمين وكفرنبل، ما أدى إلى مقتل 4 مسلحين في سرمين و3 في كفرنبل.") \
        == [("Kafr Nobol", 3), ("Sarmin", 4)]


def test_sequel_sentence_with_a_toll_at_each_town() -> None:
    assert _tolls("استهدف الجيش اليوم بالمدفعية مواقع المسلحين في محيط سرمين وكفرنبل.\n"
                  "وأسفر القصف عن مقتل 4 مسلحين في سرمين و3 في كفرنبل.") == [("Kafr Nobol", 3), ("Sarmin", 4)]


def test_counts_in_words_and_a_further_act_after_the_list() -> None:
    assert _tolls("استهدف الجيش اليوم بالمدفعية مواقع المسلحين في سرمين وكفرنبل وأريحا.\n"
                  "وأفاد مراسل بأنّ القصف أسفر عن مقتل 4 مسلحين في سرمين وثلاثة آخرين في كفرنبل، "
                  "فيما دُمّرت منصة في أريحا.") == [("Ariha", 0), ("Kafr Nobol", 3), ("Sarmin", 4)]


def test_clash_toll_split_over_two_towns() -> None:
    assert _tolls("اندلعت اشتباكات بين الجيش ومسلحين اليوم.\nوأسفرت الاشتباكات عن مقتل عنصرين في جاسم وثلاثة في طفس.") \
        == [("Jasim", 2), ("Tafas", 3)]


def test_guard_toll_at_one_of_two_towns_is_not_spread() -> None:
    # guard: one count at one town of the two the act named; the other keeps none
    rows = _tolls("قصف الجيش اليوم مواقع في سرمين وكفرنبل، ما أدى إلى مقتل 4 مسلحين في سرمين.")
    assert ("Kafr Nobol", 0) in rows and sum(n for _, n in rows) <= 4


def test_toll_list_before_the_act_with_counts_in_words() -> None:
    # the older rule for a list of tolls told before the act now reads counts spelled in words too
    assert _tolls("قتل ثلاثة مدنيين في جاسم واثنان في طفس جراء قصف مدفعي.") == [("Jasim", 3), ("Tafas", 2)]


def test_day_of_a_two_day_span_told_again_is_one_record() -> None:
    # "يومي الخميس والجمعة في X" splits into one record a day; "اشتباكات الخميس" told apart (no attacker named) is
    # the Thursday record, not a second one
    rows = [(str(r["event_date"]), str(r["location"]), int(r["fatalities"])) for r in record_rows(
        "اندلعت اشتباكات عنيفة، يومي الخميس والجمعة، بين قوات الأمن العام وفلول النظام البائد في مدينة جبلة.\n"
        "وأسفرت اشتباكات الخميس عن مقتل 5 عناصر من الأمن العام.", dt.date(2025, 2, 1))]
    assert sorted(rows) == [("2025-01-30", "Jablah", 5), ("2025-01-31", "Jablah", 0)]


def test_guard_two_towns_of_a_span_stay_apart() -> None:
    # guard: the day records of two towns are never joined to each other
    rows = record_rows("اندلعت اشتباكات، يومي الخميس والجمعة، بين قوات الأمن العام ومسلحين في جبلة والقرداحة.",
                       dt.date(2025, 2, 1))
    assert len(rows) == 4
