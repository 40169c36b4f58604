"""Session 44 (ac32): actors of the blind sets.  The rider a drone kills ("استشهاد راكبها") is a civilian victim; a
force that moves into a town "after the withdrawal of" another has that one as its other side; air defences "of the
coalition" or "at the coalition's base" are the coalition's, not the home army's; a force's own statement speaks of
its men in the first person ("وحداتنا", "قواتنا") and names itself in its header line.  A force that takes
over a town "from" another has that one as its other side."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


def test_rider_killed_by_a_drone_is_a_civilian_victim() -> None:
    text = ("أغارت مسيّرة إسرائيلية صباح الأربعاء على دراجة نارية عند مدخل بلدة حولا الجنوبية، ما أدى إلى "
            "استشهاد راكبها على الفور.")
    rows = _rows(text, dt.date(2024, 3, 6), "Explosions/Remote violence")
    assert rows
    r = rows[0]
    assert str(r["actor1"]).startswith("Military Forces of Israel")
    assert r["inter2"] == 7 and any("راكب" in str(m) for m in r["actor2_mentions"])  # type: ignore[attr-defined]


def test_side_that_withdrew_is_the_other_side_of_the_handover() -> None:
    text = ("انتشرت وحدات من الجيش العربي السوري صباح الخميس في بلدة الطبقة وريفها، بعد انسحاب عناصر \"قسد\" منها "
            "تنفيذاً للتفاهمات الأخيرة.")
    rows = _rows(text, dt.date(2025, 6, 12), "Strategic developments")
    assert rows
    r = rows[0]
    assert r["inter1"] == 1
    assert r["inter2"] == 2 and "قسد" in r["actor2_mentions"]  # type: ignore[operator]


def test_air_defences_at_the_coalitions_base_are_the_coalitions() -> None:
    text = ("وأسقطت الدفاعات الجوية في قاعدة التحالف الدولي بحقل العمر النفطي فجر الأحد طائرة مسيّرة مفخخة حاولت "
            "الاقتراب من القاعدة شرقي دير الزور.")
    rows = _rows(text, dt.date(2024, 2, 4), "Strategic developments")
    assert rows
    assert all(r["inter1"] == 8 for r in rows)


def test_air_defences_of_the_coalition_by_the_bare_word() -> None:
    text = "وأسقطت الدفاعات الجوية للتحالف ليل الجمعة طائرة مسيّرة مفخخة قرب قاعدة عين الأسد غربي الأنبار."
    rows = _rows(text, dt.date(2023, 11, 10), "Strategic developments")
    assert rows
    assert all(r["inter1"] == 8 for r in rows)


def test_first_person_forces_of_a_statement_are_its_issuer() -> None:
    text = ("القيادة العامة لقوات سوريا الديمقراطية\n\nبيان للرأي العام\n\n"
            "داهمت وحداتنا فجر اليوم الاثنين منزلاً في بلدة ذيبان بريف دير الزور الشرقي، وألقت القبض على عنصرين من "
            "خلايا داعش كانا يخططان لاستهداف نقاط عسكرية في المنطقة.")
    rows = _rows(text, dt.date(2022, 3, 7), "Strategic developments")
    assert rows
    r = rows[0]
    assert r["inter1"] == 2 and str(r["actor1"]).startswith("QSD")
    # with no issuer named, "وحداتنا" in a quoted army source stays the home army
    text = ("قال مصدر عسكري إن وحداتنا العاملة في ريف حماة الشمالي ردّت على اعتداء المجموعات الإرهابية على "
            "نقاط عسكرية قرب بلدة محردة، وأوقعت في صفوفها قتلى وجرحى.")
    rows = _rows(text, dt.date(2022, 3, 7))
    assert rows
    assert any(r["inter1"] == 1 or r["inter2"] == 1 for r in rows)


def test_side_a_town_is_taken_over_from_is_the_other_side() -> None:
    text = ("وفي ريف الرقة الغربي، تسلّمت وحدات من الجيش السوري صباح الأحد مدينة الطبقة والسد المجاور لها من قوات "
            "سوريا الديمقراطية، وسط ترحيب من الأهالي.")
    rows = _rows(text, dt.date(2025, 6, 15), "Strategic developments")
    assert rows
    r = rows[0]
    assert r["inter1"] == 1
    assert r["inter2"] == 2 and str(r["actor2"]).startswith("QSD")
