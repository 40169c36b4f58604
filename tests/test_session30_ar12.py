"""Session 30 (ar12, arrests, abductions and bodies found): a verb of holding ("احتجز") is an arrest when a force
holds people and an abduction when gunmen of no force or a clan's men do, and no event when the holder goes
unnamed, and none for a vessel or a body held; a plural verb of abducting with its object pronoun ("اختطفوهم") is
read as the verb."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 10, 9)  # a Wednesday


def _sides(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows]


def test_a_force_that_holds_young_men_arrests_them() -> None:
    rows = record_rows("احتجزت دوريات الأسايش يوم الثلاثاء تسعة شبان في مدينة الطبقة لسوقهم إلى التجنيد.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]
    assert rows[0]["inter2"] == 7


def test_a_checkpoint_of_a_force_that_holds_a_journalist_arrests_him() -> None:
    rows = record_rows("احتجز عناصر حاجز للأمن العسكري يوم الثلاثاء صحفياً عند مدخل مدينة نوى.", DAY)
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Arrests", 1)]


def test_gunmen_who_hold_two_men_abduct_them() -> None:
    rows = record_rows("احتجز مسلحون من أقارب القتيل يوم الثلاثاء شابين من بلدة طفس ونقلوهما إلى مزرعة.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Abduction/forced disappearance"]
    assert rows[0]["event_type"] == "Violence against civilians"


def test_a_hold_with_no_holder_named_is_no_event() -> None:
    rows = record_rows("وبعد الحادثة احتُجز عدد من أبناء القرية في بلدة المزرعة يوم الثلاثاء.", DAY)
    assert not [r for r in rows if r["sub_event_type"] in ("Arrests", "Abduction/forced disappearance")]


def test_a_plural_verb_of_abducting_with_its_object_pronoun() -> None:
    rows = record_rows("قال ذوو ثلاثة رعاة إن مسلحين ملثمين اختطفوهم يوم الثلاثاء في البادية قرب بلدة السخنة.", DAY)
    assert _sides(rows) == [("Abduction/forced disappearance", 3, 7)]


def test_a_vessel_held_is_no_arrest() -> None:
    rows = record_rows("احتجزت القوات البحرية يوم الثلاثاء ناقلة نفط قبالة ساحل بانياس.", DAY)
    assert not [r for r in rows if r["sub_event_type"] in ("Arrests", "Abduction/forced disappearance")]


def test_a_body_held_is_no_arrest() -> None:
    rows = record_rows("قال الأهالي إن قوات النظام احتجزت جثمانه في مشفى مدينة درعا يوم الثلاثاء.", DAY)
    assert not [r for r in rows if r["sub_event_type"] == "Arrests"]
