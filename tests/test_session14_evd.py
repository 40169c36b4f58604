"""Session 14 (evidence a record borrows): a side whose aircraft only fly over while another side acts ("وسط تحليق
لطائرات X", ``roles.tsv`` kind "presence") is no side of the act when the sentence names the one acting; a reply
that opens with the act it answers and no comma ("ردّاً على قصف X القرى المقاومة تستهدف …") is the act of the side
named with its verb, not of the side replied to; and two allied groups each named attacking, with no place to tie
them, are two events, not one record that borrows the second group's sentence."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 20)
ISRAEL = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_aircraft_flying_over_lend_no_attacker() -> None:
    rows = _rows("وفي ساعات الصباح، قصفت المقاومة الفلسطينية مستوطنات غلاف غزة بالصواريخ، "
                 "وسط تحليق مكثف لطائرات الاحتلال.")
    assert rows
    assert all(r["actor1"] == "Unidentified Armed Group (Palestine)" for r in rows)


def test_reply_without_comma_is_the_act_of_the_side_with_its_verb() -> None:
    rows = _rows("ورداً على قصف الاحتلال المنازل في القرى الجنوبية المقاومة الإسلامية تستهدف عدداً من مواقعه "
                 "في الجليل بالصواريخ.")
    assert rows
    assert all(r["actor1"] == "Hezbollah" and r["actor2"] == ISRAEL for r in rows)


def test_allied_groups_without_place_are_two_events() -> None:
    rows = _rows("المقاومة الإسلامية في لبنان تستهدف مقر قيادة لجيش الاحتلال بعشرات الصواريخ. "
                 "وأعلنت المقاومة الإسلامية في العراق اليوم قصف هدف حيوي للاحتلال بطائرات مسيرة.")
    assert {r["actor1"] for r in rows} >= {"Hezbollah", "Islamic Resistance in Iraq"}
