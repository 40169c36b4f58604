"""Session 14 (interceptions): a weapon stopped with no interceptor named ("أعلنت وزارة الدفاع X إسقاط صاروخ Y",
"قالت السلطات X إنه تم إسقاط مسيرة Y", "الدفاع X: إسقاط طائرتين Y") is ACLED's Disrupted weapons use with the
announcing state's forces as actor1 and the side whose weapon it was as actor2; a missile noun ("صاروخ") names
the weapon of its nationality's side, downed after a verb of downing, the attacker's weapon in a strike."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 1, 20)
RU = "Military Forces of Russia (2000-)"
UA = "Military Forces of Ukraine (2019-)"
DISRUPTED = "Disrupted weapons use"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_passive_downing_of_a_missile_named_by_the_ministry() -> None:
    rows = _rows("قالت وزارة الدفاع الروسية إنه تم إسقاط صاروخ أوكراني فوق منطقة كورسك.")
    assert rows and all(r["sub_event_type"] == DISRUPTED for r in rows)
    assert all(r["actor1"] == RU and r["actor2"] == UA for r in rows)


def test_authorities_announce_a_downed_drone() -> None:
    rows = _rows("أعلنت السلطات الروسية إسقاط طائرة مسيرة أوكرانية فوق منطقة كورسك.")
    assert rows and all(r["actor1"] == RU and r["actor2"] == UA for r in rows)


def test_headline_speaker_before_colon_is_the_interceptor() -> None:
    rows = _rows("الدفاع الروسية: إسقاط طائرتين أوكرانيتين و50 مسيرة خلال يوم")
    assert rows and all(r["sub_event_type"] == DISRUPTED for r in rows)
    assert all(r["actor1"] == RU and r["actor2"] == UA for r in rows)
