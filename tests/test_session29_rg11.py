"""Session 29 (rg11, regional fronts told by Arab outlets): "منذ ساعات الصباح" (the morning's hours) is of the day
its paragraph has just named, so a morning paper's report of the day before keeps that day; Palestinian media's
"مستعمرون" are Israel's settlers; the dead named by their funeral are no act at the funeral's place (unless the
sentence names the act); a crowd's slogans "منددة بـ" an act name the cause of the protest, no act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

DAY = dt.date(2024, 9, 6)  # a Friday


def _days(text: str) -> list[str]:
    return [t.value.date.isoformat() for t in find_times(normalize(text), DAY)]


def test_hours_of_the_morning_take_the_day_just_named() -> None:
    assert _days("لم تهدأ الحدود أمس. فمنذ ساعات الصباح الأولى، قصفت المدفعية أطراف البلدة.") == ["2024-09-05"] * 2


def test_hours_of_the_morning_alone_are_of_the_day_of_writing() -> None:
    assert _days("فمنذ ساعات الصباح الأولى، قصفت المدفعية أطراف البلدة.") == ["2024-09-06"]
    assert _days("قصفت المدفعية البلدة أمس.\nومنذ ساعات الفجر تحلق المسيّرات فوق البلدة.") == ["2024-09-05",
                                                                                      "2024-09-06"]


def test_morning_paper_keeps_the_day_before() -> None:
    rows = record_rows("لم تهدأ الحدود أمس. فمنذ ساعات الصباح الأولى، أغارت مسيّرة إسرائيلية على سيارة عند مدخل بلدة"
                       " شقرا، ما أدى إلى سقوط قتيلين.", DAY)
    assert rows and {r["event_date"] for r in rows} == {"2024-09-05"}


def test_colonists_are_the_settlers() -> None:
    rows = record_rows("وهاجم مستعمرون، مساء أمس، منازل المواطنين في بلدة سنجل وأحرقوا ثلاث مركبات.", DAY)
    assert rows and rows[0]["inter1"] == 4
    assert any("مستعمر" in m for m in rows[0]["actor1_mentions"])


def test_the_dead_named_by_their_funeral_are_no_act() -> None:
    assert record_rows("وشيّع أهالي بلدة حولا، اليوم، أحد شهداء المقاومة في موكب كبير.", DAY) == []
    rows = record_rows("وشيّع أهالي بلدة حولا، اليوم، أحد شهداء المقاومة، فيما قصفت المدفعية الإسرائيلية أطراف بلدة"
                       " مركبا.", DAY)
    assert [r["location"] for r in rows] == ["Markaba"]


def test_a_funeral_of_the_dead_of_an_act_it_names_keeps_the_act() -> None:
    rows = record_rows("نابلس تشيّع اليوم ثلاثة شهداء ارتقوا في عدوان الاحتلال على مخيم بلاطة والمقاومون يفجرون عبوات.",
                       DAY)
    assert rows and rows[0]["fatalities"] == 3


def test_slogans_condemning_strikes_are_no_strike() -> None:
    rows = record_rows("وتظاهر المئات اليوم وسط بغداد، ورددوا هتافات منددة بالضربات الأمريكية على مقرات الفصائل.",
                       DAY)
    assert [r["event_type"] for r in rows] == ["Protests"]
