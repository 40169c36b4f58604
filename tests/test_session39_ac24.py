"""Session 39 (ac24): actors.  The US Central Command tells its own forces' act ("أعلنت القيادة المركزية أن قواتها
…"): the forces it calls its own are the United States', by its full name, its short name or "سنتكوم"."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_central_command_own_forces_hold_the_arrested() -> None:
    text = ("أفادت القيادة المركزية في بيان صدر يوم الجمعة بأن قواتها اعتقلت قيادياً في تنظيم داعش خلال عملية دهم "
            "في بلدة الشدادي جنوب الحسكة.")
    rows = [r for r in record_rows(text, dt.date(2024, 3, 10)) if r["sub_event_type"] == "Arrests"]
    assert rows
    assert {rows[0]["inter1"], rows[0]["inter2"]} == {8, 2}
    assert "قواتها" in [*rows[0]["actor1_mentions"], *rows[0]["actor2_mentions"]]  # type: ignore[misc]


def test_centcom_short_name_tells_its_forces_act() -> None:
    text = ("وذكرت سنتكوم أن قواتها نفذت مساء الاثنين غارة بطائرة مسيرة على سيارة تقل عنصرين من تنظيم داعش قرب "
            "مدينة الميادين شرقي دير الزور، ما أدى إلى مقتلهما.")
    rows = [r for r in record_rows(text, dt.date(2024, 8, 20)) if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    sides = {rows[0]["inter1"]: rows[0]["actor1_mentions"], rows[0]["inter2"]: rows[0]["actor2_mentions"]}
    assert "قواتها" in sides.get(8, [])
