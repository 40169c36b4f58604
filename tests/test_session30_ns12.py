"""Session 30 (ns12, the new Syria of 2025-26): a fighting noun that only tells a place's past in a relative clause
of witnessing ("بلدة …، التي شهدت معارك عنيفة") or the era of another act ("إبان المواجهات") does not turn that
act into a battle; and a report dated "yesterday" whose clash came on an evening or a dawn of a named weekday
("أعلنت الوزارة، أمس، مقتل … خلال اشتباك …، مساء الأحد") dates the clash to that weekday."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(str(r["sub_event_type"]), str(r["event_date"])) for r in record_rows(text, day)]


def test_a_landmine_beside_a_place_that_saw_battles_stays_a_landmine() -> None:
    text = ("قُتل مزارع يوم الأحد بانفجار لغم أرضي أثناء حراثة أرضه قرب بلدة مورك، التي شهدت معارك ضارية "
            "في الأعوام الماضية.")
    subs = [s for s, _ in _rows(text, dt.date(2025, 4, 8))]
    assert "Remote explosive/landmine/IED" in subs
    assert "Armed clash" not in subs


def test_a_strike_told_in_the_era_of_clashes_stays_a_strike() -> None:
    text = ("وفي العاشر من أيار الماضي قصفت طائرات حربية إسرائيلية موقعاً عسكرياً قرب مدينة الكسوة، إبان "
            "الاشتباكات في ريف دمشق، ما أدى إلى مقتل جنديين.")
    subs = [s for s, _ in _rows(text, dt.date(2025, 6, 20))]
    assert "Air/drone strike" in subs
    assert "Armed clash" not in subs


def test_clashes_in_a_place_that_saw_battles_are_still_clashes() -> None:
    text = "اندلعت اليوم اشتباكات عنيفة بين فصيلين محليين في بلدة مورك، التي شهدت معارك ضارية في الأعوام الماضية."
    subs = [s for s, _ in _rows(text, dt.date(2025, 4, 8))]
    assert "Armed clash" in subs


def test_a_clash_on_an_evening_before_the_report_of_yesterday() -> None:
    text = ("أعلنت وزارة الدفاع في بيان، أمس، مقتل جنديين من الجيش خلال اشتباك مع مجموعة من المهربين والمسلحين "
            "قرب الحدود في ريف مدينة القصير الغربي، مساء الأحد.")
    rows = _rows(text, dt.date(2025, 3, 18))
    assert ("Armed clash", "2025-03-16") in rows

