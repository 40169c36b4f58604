"""Session 7 (recall): destroying a military vehicle reports an attack; the dual of the device and shell nouns."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 10)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=DAY).events]


def test_destroying_tanks_with_a_possessive_masdar_is_an_event() -> None:
    text = "أعلنت سرايا القدس، اليوم الجمعة، تدميرها ثلاث دبابات إسرائيلية عند أطراف مدينة رفح."
    assert _types(text) == [("Battles", "Armed clash")]


def test_destroying_vehicles_after_the_subject_is_an_event() -> None:
    text = "دمّرت كتائب القسام آليتين عسكريتين للاحتلال في مدينة بيت حانون صباح اليوم."
    assert len(_types(text)) == 1


def test_the_device_in_the_dual_construct_gives_the_kind() -> None:
    text = "أكدت كتائب القسام اليوم تدميرها دبابة إسرائيلية بعبوتي شواظ في مدينة خان يونس."
    assert _types(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_destroying_houses_or_a_road_is_no_vehicle_attack() -> None:
    assert _types("ندد المجلس البلدي بتدمير المنازل والطرق في مدينة رفح.") == []
    assert _types("وأظهرت صور نشرها ناشطون تدمير جرافة للاحتلال شارعاً رئيسياً في مدينة جنين.") == []


def test_a_possible_destruction_is_no_event() -> None:
    assert _types("حذّر خبير عسكري من إمكانية تدمير الدبابات الجديدة في أي مواجهة مقبلة في أوكرانيا.") == []

