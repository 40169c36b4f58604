"""Protest sub-types (session 10): how the protest went, read from the words of its sentence.  Riot control
("قوات مكافحة الشغب") is the police's gear, not a riot; repression or dispersal of the protest named with it
("قمعت الشرطة الاحتجاجات", "تفريق المتظاهرين") makes it a protest with intervention, unless the repression is the
wrong the protest denounces or the dispersal failed; a crowd that burns, storms or smashes makes it a violent
demonstration (ACLED Riots), but a hunger strike ("يضربون عن الطعام") is no violence."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 11)


def demo_types(text: str) -> list[tuple[str, str]]:
    """(event type, sub-type) of the protest and riot records rasd writes for ``text`` published on DAY."""
    rows: list[dict[str, Any]] = records(extract_text(text, published=DAY))
    return [(r["event_type"], r["sub_event_type"]) for r in rows if r["event_type"] in ("Protests", "Riots")]


def test_riot_police_dispersing_a_protest_is_no_riot() -> None:
    got = demo_types("فرّقت قوات مكافحة الشغب أمس تظاهرة للطلاب أمام جامعة القاهرة واعتقلت عشرين منهم.")
    assert got == [("Protests", "Protest with intervention")], got


@pytest.mark.parametrize("text", [
    "قمعت الشرطة أمس احتجاجات عمال المصانع في مدينة الإسكندرية.",
    "خرجت أمس مظاهرة في مدينة حمص، وواجهت قوات الأمن المتظاهرين بالقمع.",
])
def test_repressed_protest_is_with_intervention(text: str) -> None:
    got = demo_types(text)
    assert got == [("Protests", "Protest with intervention")], got


@pytest.mark.parametrize("text", [
    # the repression is what the vigil denounces, elsewhere
    "نظّم طلاب جامعة عمّان أمس وقفة احتجاجية لإدانة قمع المحتجين في بلدان أخرى.",
    # the dispersal failed: the protest went on
    "خرجت أمس تظاهرة في مدينة حمص، وفشلت قوات الأمن في تفريق المتظاهرين.",
])
def test_denounced_or_failed_repression_leaves_the_protest_peaceful(text: str) -> None:
    got = demo_types(text)
    assert got == [("Protests", "Peaceful protest")], got


@pytest.mark.parametrize("text", [
    "تظاهر مئات العمال أمس أمام مقر الحكومة في بيروت، وأشعل المحتجون الإطارات وحاولوا اقتحام المبنى.",
    "تجمّع المتظاهرون أمس أمام السفارة في الخرطوم وهاجموا بوابتها بالحجارة.",
])
def test_crowd_burning_or_storming_is_a_violent_demonstration(text: str) -> None:
    got = demo_types(text)
    assert got == [("Riots", "Violent demonstration")], got


def test_hunger_strike_is_no_violence() -> None:
    got = demo_types("اعتصم عشرات السجناء أمس في سجن رومية، وهم يضربون عن الطعام منذ أسبوع احتجاجاً على ظروفهم.")
    assert got and all(t == ("Protests", "Peaceful protest") for t in got), got


def test_protest_that_turns_violent_is_one_riot() -> None:
    # the same crowd, day and place: one event, coded by its most severe sub-type (lead's merge of DEMO frames)
    text = ("تظاهر مئات السكان اليوم في مدينة صيدا احتجاجاً على انقطاع الكهرباء.\n"
            "وأشعل المحتجون الإطارات في وسط مدينة صيدا اليوم وحاولوا اقتحام مبنى الشركة.")
    doc = extract_text(text, published=dt.date(2024, 5, 2))
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Riots", "Violent demonstration")]
