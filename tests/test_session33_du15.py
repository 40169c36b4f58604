"""Session 33 (du15, duplicates left by the first wave): a count of the people "whom" a force arrested since the
start of the year is a running total, no arrest of its own; a haul told in the very sentence of an arrest is that
raid's, not a second record; a "clash" that names only the gunmen beside an attack whose doer another telling leaves
out is that one attack; a town a sentence names only as what the struck village lies near is no second place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 5)  # a Tuesday


def _kinds(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["sub_event_type"], r["location"]) for r in rows]


def test_a_count_of_those_a_force_arrested_since_the_year_began_is_no_arrest() -> None:
    text = "بلغ عدد أبناء الريف الذين اعتقلتهم الأجهزة الأمنية منذ مطلع العام 14 شخصاً."
    assert not [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Arrests"]


def test_an_arrest_of_the_day_stays() -> None:
    rows = record_rows("اعتقلت قوات الأمن صباح اليوم شاباً عند حاجز في مدينة شهبا.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_a_haul_told_in_the_arrest_sentence_is_that_raid() -> None:
    rows = record_rows("ألقت وحدات الأمن الداخلي اليوم القبض على ثلاثة أشخاص في مدينة بانياس كانوا يجهزون عبوات "
                       "ناسفة لاستهداف الدوريات، وضبطت بحوزتهم متفجرات وأسلحة.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_a_gunmens_clash_beside_an_attack_with_no_doer_is_one_killing() -> None:
    rows = record_rows("مقتل مختار طفس بريف درعا.. وروايتان عن الهجوم\n\nقُتل مختار بلدة طفس في ريف درعا الغربي، "
                       "مساء الإثنين، في هجوم لم تتبنه أي جهة، فيما تضاربت الروايات حول طريقة قتله.\n\n"
                       "ونقلت مصادر محلية أن مسلحين مجهولين على دراجة نارية أطلقوا النار على المختار قرب المسجد، "
                       "ما أدى إلى مقتله على الفور.", DAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter1"] == 3


def test_a_town_named_only_as_what_the_village_lies_near_is_no_second_strike() -> None:
    rows = record_rows("شنّت طائرة حربية أمريكية فجر اليوم غارة على منزل في قرية الهري الحدودية قرب مدينة "
                       "البوكمال.\n\nوقالت مصادر محلية إن الغارة أدت إلى استشهاد اثنين من المقاومين.", DAY)
    assert _kinds(rows) == [("Air/drone strike", "Al-Hari")]


def test_outskirts_of_two_towns_stay_two_strikes() -> None:
    rows = record_rows("قصفت المدفعية صباح اليوم أطراف بلدة كفرشوبا ثم عاودت القصف على خراج بلدة شبعا.", DAY)
    assert len(rows) == 2
