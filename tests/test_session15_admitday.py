"""Session 15 (later deaths): a death from wounds of an earlier day, told with the act that wounded the man on its own
day, joins that act's record (ACLED: the fatality is coded with the event that caused it, on the day of the injury);
with no such record the death keeps the day it is told."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on, record_rows  # noqa: F401

DAY = dt.date(2024, 7, 28)


def _kills(rows: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(r["event_date"], r["fatalities"], r["location"]) for r in rows if r["fatalities"]]


def test_a_death_a_week_after_the_wounding_joins_the_wounding() -> None:
    text = ("أقرّ جيش الاحتلال الإسرائيلي، اليوم الأحد، بمقتل جندي من قواته، بعد نحو أسبوع على إصابته بجروح بالغة "
            "في اشتباك مع المقاومة الفلسطينية في رفح جنوبي قطاع غزة. "
            "وكان الجندي قد أُصيب في الـ20 من الشهر الجاري، بقذيفة مضادة للدروع في رفح.")
    rows = record_rows(text, DAY)
    kills = _kills(rows)
    assert kills and all(k[0] == "2024-07-20" for k in kills)
    assert not any(r["event_date"] == "2024-07-28" for r in rows)
    # with no wounding told on its day, the death keeps the day it is told
    alone = _kills(record_rows(text.split(". ")[0] + ".", DAY))
    assert alone and all(k[0] == "2024-07-28" for k in alone)


def test_a_death_from_wounds_of_some_days_ago_joins_the_attack() -> None:
    text = ("اعترف جيش الاحتلال، اليوم الأحد، بمقتل ضابط متأثراً بجراحه التي أصيب بها قبل بضعة أيام خلال هجوم مسلح "
            "قرب مدينة الرملة. "
            "ونفّذ شاب فلسطيني، في 18 تموز/يوليو الجاري، عملية إطلاق نار قرب مدينة الرملة، أسفرت عن إصابة 3 جنود.")
    kills = _kills(record_rows(text, DAY))
    assert kills and all(k[0] == "2024-07-18" for k in kills)

