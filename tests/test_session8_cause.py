"""Session 8: an act is not placed where the act it answers happened ("رداً على الاغتيال في بلدة X")."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Span
from rasd.geo import assign
from rasd.pipeline import extract_text

DAY = dt.date(2024, 7, 20)


def _doc(text: str) -> Document:
    return extract_text(text, DAY)


def _place(doc: Document, name: str) -> Span:
    return next(p for p in doc.layer("places") if doc.text[p.start:p.end].endswith(name))


def _places(doc: Document) -> set[str]:
    return {e.place.id for e in doc.events if e.place is not None}


def test_place_in_retaliation_phrase_is_not_a_target() -> None:
    doc = _doc("ذكر البيان أن الضربة تجيء رداً على اغتيال قائد ميداني داخل سيارته في بلدة شقرا.")
    assert not assign._target(doc, _place(doc, "شقرا"))


def test_phrase_goes_on_past_a_comma_that_adds_the_latest_attack() -> None:
    doc = _doc("قال البيان إن القصف جاء رداً على الاعتداءات المتكررة على قرى الجنوب، وآخرها في بلدة عيترون.")
    assert not assign._target(doc, _place(doc, "عيترون"))


def test_main_clause_after_the_phrase_places_the_act() -> None:
    doc = _doc("رداً على استهداف البلدات الحدودية، قصفت المقاومة مستوطنة كريات شمونة بالصواريخ.")
    assert assign._target(doc, _place(doc, "كريات شمونة"))
    doc = _doc("رداً على استهداف المدنيين في القرى المقاومة تستهدف مستوطنة كريات شمونة بالصواريخ")
    assert assign._target(doc, _place(doc, "كريات شمونة"))


def test_means_of_the_answer_ends_the_phrase_even_glued() -> None:
    doc = _doc("وقالت المصادر إنه تم الرد على قصف القوافلبقصف القاعدة الأميركية في حقل العمر بالصواريخ.")
    assert assign._target(doc, _place(doc, "حقل العمر"))


def test_the_answered_act_itself_stays_at_its_place() -> None:
    doc = _doc("ذكر البيان أن الضربة تجيء رداً على اغتيال قائد ميداني داخل سيارته في بلدة شقرا.")
    p = _place(doc, "شقرا")
    pivot = doc.text.index("اغتيال")
    assert assign._target(doc, p, pivot)


def test_answer_beside_the_answered_act_is_placed_at_its_target() -> None:
    doc = _doc("شنّ حزب الله اليوم، رداً على الاعتداء الذي طال بلدة بيت ليف، هجوماً بالمسيّرات على ثكنة "
               "بيت هلل التابعة لجيش الاحتلال.")
    got = _places(doc)
    assert "city:beit-lif" not in got
    assert "city:beit-hillel" in got
