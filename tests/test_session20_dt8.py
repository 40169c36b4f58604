"""Session 20 (dt8): an opening offset carried onward — a sentence with no time of its own that goes on with the act of
a sentence opening on an offset of days ("وبعد يوم على افتتاح المعبر، هاجم …" then "وردّ الجيش …") lies on the day that
sentence counted on to, not on the day both inherit; and an attack that a general word names with a crowd as its doer
("النيران اشتعلت … بعدما اقتحمه متظاهرون") is a violent demonstration, never an armed clash (ACLED makes no crowd a side
of a clash) — so the general mentions of a crowd's attack no longer corroborate into a clash record."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 6, 29)


def _rows(text: str, on: dt.date = DAY) -> list[tuple[object, ...]]:
    return [(r["event_date"], r["event_type"], r["sub_event_type"], r["inter1"]) for r in record_rows(text, on)]


def test_a_reply_after_an_opening_offset_lies_on_the_offset_day() -> None:
    rows = _rows("أعيد افتتاح معبر الحمران قرب مدينة جرابلس يوم الخميس. وبعد يوم على افتتاح المعبر، هاجم مسلحون "
                 "المعبر وحطموا محتوياته. وردّ الجيش التركي على الحشود بإطلاق الرصاص في الهواء، واعتقلت الشرطة "
                 "العسكرية عشرات المتظاهرين المشاركين في الهجوم على المعبر.")
    assert rows and all(r[0] == "2024-06-28" for r in rows)


def test_two_days_carried_to_the_arrests_that_follow() -> None:
    rows = _rows("أعيد افتتاح معبر الحمران قرب مدينة جرابلس يوم الخميس. وبعد يومين من افتتاح المعبر، اقتحم محتجون "
                 "المعبر وأحرقوا محتوياته. واعتقلت الشرطة العسكرية عشرات المشاركين في الهجوم.")
    assert rows and all(r[0] == "2024-06-29" for r in rows)
    assert any(r[2] == "Arrests" for r in rows)


def test_a_sentence_with_its_own_day_takes_no_carried_offset() -> None:
    """Guard (passes on the old code): the carried offset stops at a sentence that names its own day."""
    rows = _rows("أعيد افتتاح معبر الحمران قرب مدينة جرابلس يوم الأربعاء. وبعد يوم على افتتاح المعبر، هاجم مسلحون "
                 "المعبر وحطموا محتوياته. وفي يوم الجمعة، اعتقلت الشرطة العسكرية 20 شخصاً في مدينة جرابلس.")
    assert ("2024-06-28", "Strategic developments", "Arrests") in [r[:3] for r in rows]


def test_a_fire_set_by_protesters_storming_a_building_is_a_violent_demonstration() -> None:
    rows = _rows("تظاهر مئات المحتجين وسط مدينة السويداء، اليوم السبت. وقال شهود إن النيران اشتعلت في مبنى المحافظة "
                 "بعدما اقتحمه متظاهرون.")
    assert rows == [("2024-06-29", "Riots", "Violent demonstration", 5)]


def test_a_force_firing_on_an_angry_crowd_stays_a_riot_with_the_crowd_first() -> None:
    """Guard (passes on the old code): the older half of the widened rule."""
    rows = _rows("أطلق عناصر الحاجز النار على الشبان الغاضبين في بلدة الصنمين بريف درعا، اليوم السبت.")
    assert all(r[1] != "Battles" for r in rows)
