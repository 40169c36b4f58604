"""Session 22 (ACTCTRY): a state named as the doer of its forces' act.  A bare country or capital as the subject of an
attack verb at the head of a clause ("شنّت إسرائيل غارات", "وقصفت تركيا", "أن إسرائيل هي من نفذ") and the forces or
aircraft a ministry of defence or the Pentagon calls its own when it tells the act ("أعلنت وزارة الدفاع الأميركية أن
قواتها شنت", "قال البنتاغون إن طائراته قصفت") name that state's forces as the attacker (ACLED: "Military Forces of X").
A country that is the object of the verb, a verb that goes on a chain of acts after a comma, and a speaker's charge in
the present tense name no attacker.  The sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 3)


def _first(text: str) -> dict[str, object]:
    rows = record_rows(text, DAY)
    assert rows, text
    return rows[0]


def test_country_after_the_verb_at_the_head_of_the_sentence() -> None:
    row = _first("شنت إسرائيل فجر اليوم غارات جوية على مواقع في محيط مدينة حمص وسط سوريا، ما أدى إلى مقتل جنديين.")
    assert row["actor1"] == "Military Forces of Israel (2009-)" and row["inter1"] == 8


def test_country_after_a_joined_verb_opening_the_sentence() -> None:
    row = _first("وقصفت تركيا بالمدفعية الثقيلة قرى في ريف الحسكة الشمالي أمس، ما أسفر عن إصابة 3 مدنيين.")
    assert row["actor1"] == "Military Forces of Turkey (2016-)" and row["inter2"] == 7


def test_country_before_a_past_verb_after_that() -> None:
    row = _first("وأكد مسؤولون أن إسرائيل هي من نفذ الغارة على مستودع أسلحة في ريف حماة أمس، ما أدى إلى تدميره.")
    assert row["actor1"] == "Military Forces of Israel (2009-)"


def test_ministry_of_defence_tells_its_forces_act() -> None:
    row = _first("أعلنت وزارة الدفاع الأميركية أن قواتها شنت غارات جوية على مواقع في ريف دير الزور الشرقي فجر اليوم.")
    assert row["actor1"] == "Military Forces of the United States (2021-)" and row["actor1_mentions"] == ["قواتها"]


def test_pentagon_tells_its_aircraft_act() -> None:
    row = _first("قال البنتاغون إن طائراته قصفت منشأتين في البوكمال شرقي سوريا الليلة الماضية.")
    assert row["actor1"] == "Military Forces of the United States (2021-)"


def test_country_as_the_object_stays_the_target() -> None:
    """Guard (passes on the old code too): the armed group that tells its act stays the attacker."""
    row = _first("أعلنت المقاومة الإسلامية في العراق أنها استهدفت إسرائيل بطائرة مسيرة فجر اليوم.")
    assert row["inter1"] == 3 and "إسرائيل" not in (row["actor1_mentions"] or [])


def test_joined_verb_after_a_comma_keeps_the_earlier_subject() -> None:
    """Guard (passes on the old code too): "…، واستهدفت تركيا" goes on the chain of the artillery's acts."""
    row = _first("وقصفت المدفعية التركية قرية في ريف منبج، واستهدفت تركيا مواقع لقسد بعدة قذائف.")
    assert row["actor1_mentions"] == ["المدفعية التركية"]


def test_a_charge_in_the_present_tense_is_no_event() -> None:
    """Guard (passes on the old code too): a speaker's charge against a state is no attack."""
    assert record_rows("وقال المتحدث إن إسرائيل تهاجم المدنيين في الضفة الغربية وتقتل الأطفال يومياً.", DAY) == []
