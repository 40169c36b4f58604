"""Session 14 (confrontations and flights): a verb of confronting ("تصدى"، "تصدوا"، "يتصدون") with a force, its raid
or an armed group after "لـ" is a fight (Battles / Armed clash), even with a subject, a place or a time between the
verb and its object; an aircraft or drone that only flies ("وسط تحليق لطائرات مسيّرة") strikes nothing, and a raid
beside the flight is no act of the drone's.  (Guards kept by hand, not here since the old code passed them too: the
noun "التصدي" is no act, air defences meeting missiles stay an interception, citizens with stones make no battle, a
drone that flies and then strikes is a strike.)"""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 1, 20)
ISRAEL = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_fighters_confronting_forces_with_the_subject_between() -> None:
    rows = _rows("وفي وقت لاحق اليوم، تصدى مقاتلو الكتيبة لقوات الاحتلال التي دخلت مخيم بلاطة شرقي نابلس.")
    assert rows
    assert all((r["event_type"], r["sub_event_type"]) == ("Battles", "Armed clash") for r in rows)
    assert any(ISRAEL in (r["actor1"], r["actor2"]) for r in rows)


def test_confronting_forces_with_a_place_and_time_between() -> None:
    rows = _rows("تصدى مقاتلو الفصائل صباح اليوم في مخيم جنين لقوات الاحتلال المقتحمة.")
    assert rows
    assert all(r["sub_event_type"] == "Armed clash" for r in rows)
    assert any(r["actor2"] == ISRAEL for r in rows)


def test_drones_flying_over_a_raid_are_no_strike() -> None:
    rows = _rows("اقتحمت قوات الاحتلال بلدة عرابة فجر اليوم وسط تحليق لطائرات مسيرة إسرائيلية في أجوائها.")
    assert not any(r["sub_event_type"] == "Air/drone strike" for r in rows)
