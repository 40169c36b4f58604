"""Session 13 (words wrongly read as an event's place): "السفيرة"/"سفيرة" (a female ambassador) are
As-Safira only after a place cue or a locative, "طيارة" (a plane) is Tayara only after a settlement cue
(``place_words.tsv``); a capital after a state verb with a future prefix or an object pronoun ("ستعتبره موسكو",
"أعلنته صنعاء") or after "سفير/سفيرة" stands for its government, as does a capital before "سترسل/تزود/تستدعي"
(``geo/assign.py`` ``_SPEECH_AFTER``)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 12)


def _run(text: str) -> tuple[Document, list[dict[str, object]]]:
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return doc, records(doc)


def _place_names(doc: Document) -> list[str]:
    return [p.value.name_en for p in doc.layer("places") if p.value is not None]


def test_female_ambassador_is_no_place() -> None:
    doc, rows = _run("استدعت وزارة الخارجية الروسية اليوم السفيرة الأميركية لدى موسكو وسلمتها مذكرة احتجاج "
                     "على قصف أوكراني طال منطقة حدودية.")
    assert "As-Safira" not in _place_names(doc)
    assert all(r["location"] != "As-Safira" for r in rows)


def test_ambassador_without_article_is_no_place() -> None:
    doc, _rows = _run("انتقدت سفيرة بريطانيا السابقة القصف الذي طال المدينة أمس.")
    assert "As-Safira" not in _place_names(doc)


def test_plane_word_is_no_place() -> None:
    doc, _rows = _run("قال شاهد إن طيارة حربية حلقت فوق الحي قبل أن تقصف منزلاً.")
    assert not any("Tayara" in n for n in _place_names(doc))


def test_safira_after_a_place_cue_stays_a_place() -> None:
    _doc, rows = _run("قصفت طائرات حربية منطقة السفيرة في ريف حلب الشرقي اليوم.")
    assert rows and rows[0]["location"] in ("As-Safira", "Al-Safira")


def test_capital_after_a_future_state_verb_is_its_government() -> None:
    _doc, rows = _run("قصفت القوات الأوكرانية مواقع روسية بالصواريخ، وهو ما ستعتبره موسكو تصعيداً خطيراً.")
    assert all(r["location"] != "Moscow" for r in rows)


def test_capital_before_a_send_verb_is_its_government() -> None:
    _doc, rows = _run("واشنطن سترسل صواريخ بعيدة المدى لاستهداف القوات الروسية في أوكرانيا.")
    assert all(r["location"] != "Washington" for r in rows)


def test_envoy_of_a_capital_is_no_place() -> None:
    _doc, rows = _run("هاجمت سفيرة واشنطن السابقة لدى الأمم المتحدة حركة المقاومة، ووقعت على قذيفة مدفعية.")
    assert all(r["location"] not in ("Washington", "As-Safira") for r in rows)



def test_capital_after_a_visit_stays_a_place() -> None:
    _doc, rows = _run("خرجت تظاهرات كبيرة ضد زيارة رئيس الوزراء لواشنطن أمس.")
    assert rows and rows[0]["location"] == "Washington"
