"""Session 15 (events from general sentences): protests said to grow or spread ("تتصاعد الاحتجاجات", "التظاهرات
تتسع") with no word of the news day tell the trend of a movement, no protest of a day and a place; a sentence that
tells a military drill ("شارك في المناورة …", "بدأت المناورة بـ…") lists rehearsed weapons and acts, no strike,
while a drill named in passing and a war's ground operation ("المناورة البرية") block nothing."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, trigger_context

from rasd.events.frames import _all_triggers, _blocked, _trig

DAY = dt.date(2024, 3, 12)
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _types(text: str) -> list[str]:
    return [str(r["event_type"]) for r in record_rows(text, DAY)]


def test_growing_protests_are_a_trend() -> None:
    assert "Protests" not in _types("وفي غضون ذلك، تتصاعد الاحتجاجات من جانب المعلمين وأهالي الطلاب، مطالبين "
                                    "الحكومة بزيادة رواتب العاملين في المدارس الرسمية \"فوراً\".")


def test_protests_that_spread_are_a_trend() -> None:
    assert "Protests" not in _types("ويأتي ذلك في وقت تتصاعد وتيرة الاحتجاجات التي ينظمها عمال المصانع في "
                                    "المدن الكبرى رفضاً لقانون الضرائب الجديد.")


def test_growing_protests_of_the_day_stay() -> None:
    assert "Protests" in _types("تظاهر آلاف الطلاب اليوم أمام مبنى البرلمان في عمّان، والاحتجاجات تتصاعد "
                                "رفضاً لقرار رفع الأسعار.")


def _violent_blocks(text: str) -> list[str]:
    """Why each violent trigger of the first sentence of ``text`` is blocked ('' where nothing blocks it)."""
    ctx = trigger_context(text)
    assert ctx is not None
    return [_blocked(ctx, m) for m in _all_triggers(ctx) if _trig(m).trigger.event_type in VIOLENT]


def test_units_of_a_drill_are_no_strike() -> None:
    blocks = _violent_blocks("وشارك في المناورة، التي حضرها قائد المنطقة الشمالية وعدد كبير من الضباط والمسؤولين "
                             "المحليين، ألفا جندي من وحدات المشاة والمدفعية والهندسة والطيران المسير.")
    assert blocks and all(blocks)


def test_acts_rehearsed_in_a_drill_are_no_strike() -> None:
    blocks = _violent_blocks("وبدأت المناورة بتمهيد المدفعية وتدخل الطيران المسير بالتحليق والقصف للأهداف "
                             "المفترضة.")
    assert blocks and all(blocks)


def test_drill_named_in_passing_keeps_the_clash() -> None:
    blocks = _violent_blocks("وتأتي هذه المناورات في ظل تكرر الاقتحامات للمدن، حيث اقتحمت قوات الاحتلال مساء "
                             "أمس مدينة جنين، وسط اندلاع اشتباكات مع المقاومين الذين تصدوا للقوات المقتحمة.")
    assert "" in blocks


def test_ground_operation_is_no_drill() -> None:
    blocks = _violent_blocks("وخلال المناورة البرية اشتبك المقاومون مع قوات الاحتلال في حي الشجاعية صباح اليوم.")
    assert "" in blocks
