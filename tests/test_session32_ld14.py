"""Session 32 (ld14, leads and statements at a wide place): a party's statement that places its act only at a region
of several governorates ("في جنوب سوريا") is its version of the act the report tells at a town of that region on the
same day, even where its words type the act otherwise (a clash beside a drone strike); a statement that another side
was hit (civilians), or that counts more dead than the report (a running total), stays a record of its own."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 4, 3)  # a Thursday
REPORT = ("استهدفت مسيّرة إسرائيلية صباح اليوم مجموعة من المسلحين على أطراف مدينة نوى بريف درعا الغربي، ما أدى إلى "
          "مقتل أربعة منهم.\n")
REGION = "Southern Syria (Daraa, Quneitra, Suwayda)"


def _places(rows: list[dict]) -> list[str]:
    return [r["location"] for r in rows]


def test_army_statement_at_a_region_is_its_version_of_the_towns_strike() -> None:
    statement = "وقال الجيش الإسرائيلي في بيان إن قواته قضت على مسلحين فتحوا النار عليها في جنوب سوريا."
    rows = record_rows(REPORT + statement, DAY)
    assert _places(rows) == ["Nawa"]
    assert rows[0]["sub_event_type"] == "Air/drone strike"
    assert rows[0]["fatalities"] in (4, "4")


def test_local_sources_at_a_region_tell_the_same_act() -> None:
    rows = record_rows(REPORT + "وذكرت مصادر محلية أن مسلحين اشتبكوا مع قوة إسرائيلية في جنوب سوريا.", DAY)
    assert _places(rows) == ["Nawa"]


def test_civilians_hit_at_the_region_are_another_act() -> None:
    rows = record_rows(REPORT + "وقالت وزارة الصحة إن ثلاثة مدنيين أصيبوا برصاص جنود إسرائيليين في جنوب سوريا.", DAY)
    assert sorted(_places(rows)) == sorted(["Nawa", REGION])


def test_a_statement_counting_more_dead_than_the_report_stays_apart() -> None:
    rows = record_rows(REPORT + "وقال الجيش الإسرائيلي في بيان إن قواته قتلت 40 مسلحاً اشتبكوا معها في جنوب سوريا.", DAY)
    assert sorted(_places(rows)) == sorted(["Nawa", REGION])
