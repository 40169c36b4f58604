"""Session 14 (lead): the crowd words that keep a protest's war topic from placing a crowd's arrest or clash
(``geo.assign._CROWD``) name protesters, not detainees: "المحتجزين" (those held) shares its first letters with
"المحتجين" (those protesting)."""

from __future__ import annotations

from rasd.geo.assign import _CROWD


def test_detainees_are_no_crowd() -> None:
    assert _CROWD.search("أفرج الجيش عن عدد من المحتجزين لديه في السجن المركزي") is None
    assert _CROWD.search("طالبت العائلات بإطلاق سراح المحتجز منذ شهرين") is None


def test_protesters_are_a_crowd() -> None:
    assert _CROWD.search("اعتقلت الشرطة عدداً من الطلاب المحتجين أمام الجامعة")
    assert _CROWD.search("فرّقت الشرطة الجموع المحتجة بالقوة")
