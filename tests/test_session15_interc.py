"""Session 15 (interceptions and downed drones): a verbal noun of downing before a drone named with its
nationality ("إسقاط مسيرة إسرائيلية") reports the drone shot down, not a drone strike; an air-defence unit named at
length between the verb of downing and the drone ("أسقط عناصر وحدة الدفاع الجوي التابعة لـ… مسيرة …") is the
interceptor, and the drone's owner the side hit."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows

_DAY = dt.date(2024, 3, 4)
_DWU = ("Strategic developments", "Disrupted weapons use")


def test_a_noun_of_downing_before_a_national_drone_is_an_interception() -> None:
    rows = event_rows("أعلن حزب الله صباح اليوم إسقاط مسيرة إسرائيلية فوق بلدة مركبا.", _DAY)
    assert rows and all(r[:2] == _DWU for r in rows)
    assert rows[0][2:] == ("hezbollah", "isr")


def test_a_noun_of_downing_with_the_article_on_the_drone() -> None:
    rows = event_rows("وأعلنت القوات المسلحة اليمنية مساء أمس إسقاط المسيرة الأميركية في أجواء محافظة الجوف.", _DAY)
    assert rows and all(r[:2] == _DWU for r in rows)
    assert rows[0][3] == "usa"


def test_an_air_defence_unit_named_at_length_is_the_interceptor() -> None:
    rows = event_rows("أسقط عناصر وحدة الدفاع الجوي التابعة لحزب الله في الجنوب مسيرة إسرائيلية فوق بلدة مركبا.", _DAY)
    assert rows and rows[0][:2] == _DWU
    assert rows[0][2:] == ("hezbollah", "isr")


def test_a_drone_that_strikes_stays_a_drone_strike() -> None:
    rows = event_rows("قصفت مسيرة إسرائيلية سيارة في بلدة مركبا بعد إسقاط المقاومة مسيرة أخرى.", _DAY)
    assert any(r[:2] == ("Explosions/Remote violence", "Air/drone strike") and r[2] == "isr" for r in rows)
