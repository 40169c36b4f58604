"""Session 31 (sm13, Syrian state and allied media): an attack on a base told twice, once by its doer's claim and
once as the base's holder saw it ("تعرضت القاعدة لهجوم"), is one event whose doer is the claimant; a record whose
doer is told as the air defences that met a strike is the strike's own telling, not an act of the defences; a
strike told by one side at a town, beside its foe's act placed there, stays its own event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 12)  # a Sunday


def _rows(rows: list[dict]) -> list[tuple[str, str, int, int]]:
    return [(r["event_type"], r["location"], r["inter1"], r["inter2"]) for r in rows]


def test_base_attack_told_by_its_holder_and_by_the_claimant_is_one_event() -> None:
    text = ("قال مراسلنا اليوم الأحد إن قاعدة القوات الأميركية في حقل العمر بريف دير الزور تعرضت لهجوم بعدة صواريخ "
            "وسمعت انفجارات داخلها.\n"
            "وأعلنت المقاومة الإسلامية في العراق في بيان أن مقاتليها قصفوا قاعدة الاحتلال الأميركي في حقل العمر "
            "برشقة صاروخية اليوم.")
    rows = record_rows(text, DAY)
    at_base = [r for r in rows if r["location"] == "Al-Omar oil field"]
    assert len(at_base) == 1
    assert (at_base[0]["inter1"], at_base[0]["inter2"]) == (3, 8)


def test_air_defences_meeting_a_strike_are_no_second_event() -> None:
    text = ("شنت طائرات الاحتلال الإسرائيلي فجر اليوم الأحد غارات على مواقع في محيط مدينة مصياف.\n"
            "وقال مصدر عسكري إن الدفاعات الجوية السورية تصدت للصواريخ وأسقطت بعضها، فيما أصاب عدد منها مواقع في "
            "محيط مصياف ما أدى إلى جرح أربعة مدنيين.")
    rows = record_rows(text, DAY)
    assert [r["location"] for r in rows] == ["Masyaf"]
    assert rows[0]["inter1"] == 8


def test_a_strike_at_a_town_by_the_side_its_foe_hit_there_stays_its_own() -> None:
    text = ("استهدفت المقاومة الإسلامية في لبنان اليوم الأحد تجمعاً لجنود الاحتلال قرب بلدة حانين بالقذائف "
            "المدفعية.\n"
            "في المقابل استهدفت غارة من الطيران المسير الإسرائيلي بلدة حانين جنوبي لبنان اليوم.")
    rows = record_rows(text, DAY)
    assert len([r for r in rows if r["event_type"] == "Explosions/Remote violence"]) == 2
