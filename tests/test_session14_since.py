"""Session 14 (tolls of other days and running summaries): a casualty told as a rate ("طفل كل عشر دقائق",
"20 جريحاً يومياً") is an average over a period, no act's toll; a counted span of the war that opens the sentence
or is the war's ("وخلال نحو 6 أشهر من الحرب، …") sums up the period as "منذ" and its start does."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 10)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_one_dead_every_few_minutes_is_a_rate_not_a_toll() -> None:
    rows = _rows("مواجهات ضارية بين المقاومين وقوات الاحتلال في خان يونس، ووزارة الصحة تسجل استشهاد طفل كل "
                 "ربع ساعة في القطاع.")
    assert rows
    assert all(r["fatalities"] == 0 and "killed" not in r["quantities"] for r in rows)


def test_counted_dead_every_hour_are_a_rate() -> None:
    rows = _rows("وقال المكتب الإعلامي إن القصف الإسرائيلي على دير البلح مستمر، وإن المستشفيات تستقبل 12 شهيداً "
                 "في كل ساعة.")
    assert all("killed" not in r["quantities"] for r in rows)


def test_a_wounded_soldier_every_hour_is_a_rate() -> None:
    rows = _rows("اشتباكات عنيفة بين المقاومين وقوات الاحتلال في خان يونس، والإعلام الإسرائيلي يسجل إصابة جندي "
                 "كل ساعة.")
    assert rows
    assert all("injured" not in r["quantities"] for r in rows)


def test_a_toll_with_no_rate_is_kept() -> None:
    rows = _rows("استشهد 4 فلسطينيين في غارة إسرائيلية على منزل في دير البلح اليوم، وأصيب طفل.")
    assert rows and rows[0]["fatalities"] == 4


def test_counted_months_of_the_war_sum_up_a_period() -> None:
    rows = _rows("وخلال نحو 6 أشهر من الحرب، سقط قتلى من الجيش الإسرائيلي في المعارك التي يخوضها مع "
                 "المقاومة في قطاع غزة.")
    assert not rows


def test_a_span_of_an_acts_setting_keeps_the_act() -> None:
    rows = _rows("استشهد 3 فلسطينيين في قصف على منزل في بيت لاهيا، بعد حصار فرضه الاحتلال على البلدة خلال 3 "
                 "أشهر.")
    assert rows and rows[0]["fatalities"] == 3
