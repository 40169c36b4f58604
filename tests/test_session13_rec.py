"""Session 13 (recall: plain acts that made no record): "in various areas of" a town ("في مناطق متفرقة من مدينة X")
names the town where the act is, not where fire came from; a line that opens on the noun of arrest and counts the
arrested after it ("اعتقال 14 شخصاً في …") reports an arrest as plainly as the verb does — but not a running
total "since" the war began, nor "various areas of" a whole country."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 6, 10)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_fire_on_various_areas_of_a_town_is_at_the_town() -> None:
    rows = _rows("قصفت مدفعية الاحتلال صباح اليوم حي الشجاعية شرقي مدينة غزة.\n"
                 "وفتح جنود الاحتلال نيران رشاشاتهم على السكان في أحياء متفرقة من مدينة خان يونس عند الظهر.")
    places = {r["location"] for r in rows}
    assert "Khan Yunis" in places
    assert any("Shujaiya" in str(p) for p in places)


def test_wide_areas_of_a_town_are_parts_of_it() -> None:
    rows = _rows("استهدفت غارة إسرائيلية فجر اليوم منزلاً في مخيم النصيرات وسط القطاع.\n"
                 "وشنت الطائرات الحربية غارات على مناطق واسعة من مدينة رفح صباح اليوم.")
    assert "Rafah" in {r["location"] for r in rows}
    # a summary over a whole country does not move the article's event from its town to the country
    rows = _rows("قصفت القوات الروسية صباح اليوم مستودعاً في مدينة خاركوف.\n"
                 "وأعلنت الوزارة تدمير عشرات الآليات في مناطق متفرقة من أوكرانيا خلال اليوم.")
    assert "Ukraine" not in {r["location"] for r in rows}


def test_headline_counting_the_arrested_is_an_arrest() -> None:
    rows = _rows("توقيف 12 شخصاً في العاصمة الليبية طرابلس بتهمة تهريب الوقود.")
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]
    rows = _rows("اعتقال عشرات الطلاب المعتصمين في جامعة بمدينة نيويورك.")
    assert any(r["sub_event_type"] in ("Arrests", "Protest with intervention") for r in rows)
    # a running total since the war began, or a count further on in a sentence, is no event
    assert _rows("اعتقال أكثر من 900 فلسطيني في الضفة الغربية منذ بدء الحرب على القطاع.") == []
    assert _rows("وشنت القوات حملة واسعة، واعتقال 40 شاباً آخرين.") == []
