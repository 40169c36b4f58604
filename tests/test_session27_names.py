"""Session 27 (NAMES: the spans that name each side).

- Israel's war boats and ground forces named with the adjective after the whole phrase ("الزوارق الحربية
  الإسرائيلية", "القوات البرية الإسرائيلية") and its soldiers in the definite plural ("الجنود الإسرائيليون") are spans
  of Israel's forces; such a unit names the force in its own act, not in the article's other records;
- the enemy's guns, infantry and patrols ("مدفعية العدو", "مشاة العدو", "دوريات العدو") are Israel's where the
  article names Israel's forces, as "جنود العدو" is;
- a soldier word that ends a title and the army that opens the text are two spans, not one across the line break.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

from rasd.document import Document
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 12)
ISRAEL = "Military Forces of Israel (2009-)"


def _spans(text: str) -> list[tuple[str, str]]:
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return [(doc.span_text(s), s.value.key) for s in doc.layer("actors")]


def _israel_mentions(text: str) -> list[list[str]]:
    recs: list[dict[str, Any]] = record_rows(text, DAY, 15)
    return [r[f"actor{n}_mentions"] for r in recs for n in (1, 2) if r[f"actor{n}"] == ISRAEL]


def test_war_boats_named_with_the_adjective_after_the_phrase_are_israels() -> None:
    sides = _israel_mentions("أطلقت الزوارق الحربية الإسرائيلية النار على مراكب الصيادين قبالة شاطئ دير البلح.")
    assert sides and "الزوارق الحربية الإسرائيلية" in sides[0], sides


def test_ground_forces_with_the_adjective_are_israels() -> None:
    assert ("القوات البرية الإسرائيلية", "isr") in _spans("تقدمت القوات البرية الإسرائيلية نحو أطراف بيت لاهيا.")


def test_israeli_soldiers_in_the_definite_plural_are_a_span_of_israels_forces() -> None:
    assert ("الجنود الإسرائيليون", "isr") in _spans("أطلق الجنود الإسرائيليون قنابل الغاز على المصلين في الخليل.")


def test_the_enemys_guns_and_patrols_are_israels_where_the_article_names_its_forces() -> None:
    spans = _spans("توغلت قوات الاحتلال في أطراف بلدة كفركلا.\n"
                   "وقصفت مدفعية العدو محيط بلدة الخيام، فيما استهدفت المقاومة إحدى دوريات العدو.")
    assert ("مدفعية العدو", "isr") in spans and ("دوريات العدو", "isr") in spans, spans


def test_the_enemys_guns_are_no_actor_where_the_article_names_no_israeli_force() -> None:
    spans = _spans("قصفت مدفعية العدو محيط قرية على ضفة النهر.")
    assert all(w != "مدفعية العدو" for w, _ in spans), spans


def test_a_soldier_word_ending_the_title_is_no_construct_with_the_army_opening_the_text() -> None:
    spans = _spans("المقاومة تأسر 12 جندياً\n\"جيش\" الاحتلال الإسرائيلي يقر بفقدان الاتصال مع قوة في خان يونس.")
    assert all("\n" not in w for w, _ in spans), spans
    assert ("\"جيش\" الاحتلال الإسرائيلي"[1:], "isr") in spans or any(
        k == "isr" and w.endswith("الاحتلال الإسرائيلي") for w, k in spans), spans


def test_war_boats_named_in_one_act_are_no_name_of_the_force_in_the_articles_other_records() -> None:
    recs: list[dict[str, Any]] = record_rows(
        "أغارت طائرات الاحتلال على منزل في حي الشجاعية شرقي مدينة غزة، ما أدى إلى استشهاد ثلاثة مواطنين.\n"
        "وفي اليوم التالي، أطلقت الزوارق الحربية الإسرائيلية قذائفها على مراكب الصيادين قبالة ساحل خان يونس.",
        DAY, 15)
    strike = [r for r in recs if r["sub_event_type"] == "Air/drone strike" and r["actor1"] == ISRAEL]
    assert strike, recs
    assert "الزوارق الحربية الإسرائيلية" not in strike[0]["actor1_mentions"], strike[0]["actor1_mentions"]
