"""Session 38 (ad21): air defences that meet a strike.  A strike told with the defences that met it ("وتصدت وسائط
الدفاع الجوي للصواريخ وأسقطت بعضها") is one act: the defenders' part, read with the sides reversed (the state's
forces attacking the striker), joins the strike of that day at the same or a nearby place, whose attacker is the
defenders' target (ACLED codes the interception inside the strike's event).  An interception told alone, with no
strike that hit, stays a disrupted weapon."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 10, 17)  # a Thursday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_defences_that_met_the_strike_are_part_of_it() -> None:
    text = ("ضربت صواريخ إسرائيلية، فجر اليوم الخميس، مستودعات للذخيرة في محيط بلدة الكسوة جنوبي دمشق، بحسب ما "
            "نقلت مصادر محلية.\n\n"
            "من جهتها، نقلت وكالة أنباء النظام عن مصدر عسكري قوله إن \"طيران العدو الإسرائيلي أطلق دفعة من الصواريخ "
            "وهو يحلّق فوق الجولان المحتل، مستهدفاً نقاطاً في ريف دمشق\"، وإن وسائط الدفاع الجوي \"تصدت لها وأسقطت "
            "أغلبها\"، مشيراً إلى إصابة جنديين بجروح.")
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence"
    assert "Israel" in str(rows[0]["actor1"]) and "Syria" in str(rows[0]["actor2"])
    # told alone, with no strike that hit, the interception stays a disrupted weapon
    alone = ("اعترضت الدفاعات الجوية السورية، مساء الخميس، عدداً من الأهداف المعادية في سماء ريف حمص الغربي، "
             "وأسقطت معظمها قبل وصولها إلى أهدافها، وفق ما أعلنت وزارة الدفاع.")
    assert [r["sub_event_type"] for r in _rows(alone)] == ["Disrupted weapons use"]


def test_defences_over_a_strike_on_a_foreign_force_join_it() -> None:
    text = ("أغارت طائرات إسرائيلية، مساء الثلاثاء، على مبنى يستخدمه الحرس الثوري الإيراني قرب مدينة الزبداني، "
            "ما أدى إلى مقتل ثلاثة مستشارين إيرانيين.\n\n"
            "وكانت وكالة سانا قد ذكرت في اليوم نفسه أن الدفاعات الجوية تصدّت لصواريخ إسرائيلية في سماء الزبداني.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]


def test_defences_met_a_strike_whose_losses_were_material_only() -> None:
    text = ("شنّت طائرات إسرائيلية، مساء الأربعاء، عدواناً صاروخياً على محيط مطار الشعيرات في ريف حمص، تصدّت له "
            "الدفاعات الجوية، واقتصرت أضراره على الماديات.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
