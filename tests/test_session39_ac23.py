"""Session 39 (ac23): actors.  Smugglers who fight a patrol are an armed band; the forces of the Syrian state's two
ministries together are its forces."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_smugglers_who_fight_a_patrol_are_an_armed_band() -> None:
    text = ("اشتبكت دورية لحرس الحدود مساء الجمعة مع مجموعة من المهربين حاولت العبور نحو الأراضي الأردنية قرب "
            "بلدة نصيب، ما أدى إلى مقتل أحد المهربين.")
    rows = [r for r in record_rows(text, dt.date(2025, 3, 8)) if r["event_type"] == "Battles"]
    assert rows
    inters = {rows[0]["inter1"], rows[0]["inter2"]}
    assert 3 in inters
    mentions = [*rows[0]["actor1_mentions"], *rows[0]["actor2_mentions"]]  # type: ignore[misc]
    assert any("المهربين" in m for m in mentions)


def test_forces_of_the_two_ministries_are_the_state() -> None:
    text = ("اندلعت اشتباكات بين قوات تابعة لوزارتي الداخلية والدفاع ومسلحين محليين في مدينة جرمانا بريف دمشق مساء "
            "الثلاثاء، ما أسفر عن مقتل ثلاثة أشخاص.")
    rows = [r for r in record_rows(text, dt.date(2025, 4, 30)) if r["event_type"] == "Battles"]
    assert rows
    inters = {rows[0]["inter1"], rows[0]["inter2"]}
    assert 1 in inters
    mentions = [*rows[0]["actor1_mentions"], *rows[0]["actor2_mentions"]]  # type: ignore[misc]
    assert any("لوزارتي الداخلية والدفاع" in m for m in mentions)
