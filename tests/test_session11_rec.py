"""Session 11 (recall): a cue that qualifies one clause of a sentence no longer silences the act that another
clause of the same sentence reports.

- A side's violence "going on" ("تواصل", "يستمر") in the first clause and another side's act in a later
  clause that names its subject first ("…، وسرايا القدس تعلن تفجير …"): the later act is an event of its own,
  with the sides of its own clause.
- The war's count of days ("لليوم 90") makes its own clause a campaign, not the act that a later clause
  dates to the news day ("…، وأفاد مراسلنا باستشهاد …، اليوم الخميس، في قصف …").
"""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

DAY = dt.date(2024, 2, 8)
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent(text: str) -> list[tuple[str, str, str, str]]:
    return [r for r in event_rows(text, DAY) if r[0] in VIOLENT]


def test_announced_act_after_another_sides_going_on_is_an_event() -> None:
    rows = _violent("فصائل المقاومة تواصل التصدي لمحاولات التقدم في القطاع، وسرايا القدس تعلن تفجير ناقلة جند "
                    "إسرائيلية شرق مدينة رفح.")
    assert len(rows) == 1
    assert rows[0][2] == "pij" and rows[0][3] == "isr"  # the sides of the act's own clause


def test_present_act_of_a_side_named_after_the_going_on_is_an_event() -> None:
    rows = _violent("المقاومة الفلسطينية تواصل عملياتها ضد قوات الاحتلال والمقاومة الإسلامية في العراق تستهدف "
                    "ميناء إيلات بالطائرات المسيرة.")
    assert [r[2] for r in rows] == ["iraq_resistance"]


def test_same_side_going_on_and_its_verb_stays_a_mention() -> None:
    # the clause after the comma has no subject of its own: the resistance that goes on is its side
    assert _violent("المقاومة تواصل تصديها للقوات المتوغلة، وتدك تجمعات الاحتلال بقذائف الهاون.") == []


def test_circumstance_after_going_on_is_no_act_of_its_own() -> None:
    assert _violent("يستمر الاحتلال في قصف محيط المستشفى، وسط اشتباكات مع المقاومة في خان يونس.") == []


def test_going_on_with_no_other_clause_stays_a_mention() -> None:
    assert _violent("تواصل المقاومة استهداف مواقع الاحتلال على طول الحدود.") == []


def test_act_dated_to_the_day_after_the_count_of_days_is_an_event() -> None:
    rows = _violent("ويتواصل العدوان على القطاع لليوم 90، وأفاد مراسلنا باستشهاد طفلين، اليوم الخميس، في قصف "
                    "استهدف منزلاً في مخيم النصيرات.")
    assert len(rows) == 1 and rows[0][0] == "Explosions/Remote violence"


def test_count_of_days_alone_is_still_a_campaign() -> None:
    assert _violent("ويتواصل العدوان على القطاع لليوم 90، وسط تحذيرات أممية من المجاعة.") == []


def test_running_toll_told_today_after_the_count_stays_a_total() -> None:
    assert _violent("ويتواصل العدوان على القطاع لليوم 90، وقال مراسلنا اليوم إنّ حصيلة الشهداء منذ بدء العدوان "
                    "ارتفعت إلى 21 ألفاً.") == []


def test_toll_of_the_day_after_the_count_is_no_act() -> None:
    assert _violent("يستمر القصف على القطاع لليوم 40، وصباح اليوم، أعلنت الوزارة أنّ عدد الشهداء تخطى 9 آلاف.") == []
