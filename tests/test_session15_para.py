"""Session 15 (the place of an event told elsewhere in the article): a foreign capital that a verb of pushing,
dragging or embroiling takes as its object ("يدفع واشنطن إلى", "جرّ موسكو إلى حرب", "تورّط لندن في") stands for
its government, as after "أعلنت": a place mention that places no event, so an event of another sentence that names
no place of its own does not borrow it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def _roles(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.value.role) for s in find_places(normalize(text))]


def test_a_pushed_or_dragged_capital_is_its_government() -> None:
    for text in ("يرى محللون أن الهجوم قد يدفع واشنطن إلى الرد.",
                 "تخشى الأوساط السياسية أن تجر موسكو إلى مواجهة أوسع.",
                 "كشف التقرير عن توريط لندن في صفقات السلاح."):
        got = [r for r in _roles(text) if r[0] in ("واشنطن", "موسكو", "لندن")]
        assert got and all(role == "reference" for _name, role in got), (text, got)


def test_a_capital_named_as_its_government_does_not_place_the_attack() -> None:
    text = ("قتل جنديان أميركيان في هجوم بطائرة مسيرة على قاعدة عسكرية قرب الحدود. "
            "هل يدفع واشنطن نحو حرب أوسع في المنطقة؟")
    rows = record_rows(text, dt.date(2024, 2, 3))
    assert rows and all(r["location"] != "Washington" for r in rows), rows


def test_the_place_where_the_target_had_been_shelling_does_not_place_the_strike() -> None:
    text = ("نفذ سلاح الجو السوري صباح اليوم سلسلة غارات على مواقع لهيئة تحرير الشام في ريف إدلب.\n"
            "وقال مصدر محلي إن \"الطائرات الحربية استهدفت المسلحين الذين كانوا يقصفون القرى الآمنة في ريف حماة "
            "خلال الأيام الماضية\".")
    rows = record_rows(text, dt.date(2024, 3, 9))
    assert rows and all(r["location"] != "Hama" for r in rows), rows
