"""Session 16 review: a campaign noun followed by a bracketed name is still a battle (one quote set, not two)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_battle_named_in_brackets_stays_a_battle() -> None:
    text = "تطورات ميدانية\n\nقُتل ثلاثة عناصر من قوات النظام في معركة (ردع العدوان) قرب سراقب.\n"
    rows = record_rows(text, dt.date(2024, 11, 27))
    assert [r["event_type"] for r in rows] == ["Battles"]
