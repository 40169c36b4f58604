"""The present tense of a headline or a news bulletin ("المقاومة تستهدف مواقع …") reports the day's act after its
subject; an imperfect verb that opens the sentence, follows a relative pronoun, an auxiliary or a particle, or has
no side or weapon for subject reports none (triggers.tsv flag ``present``, frames._present_act)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 12)
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "")
            for e in doc.events]


@pytest.mark.parametrize("text, actor", [
    ("حزب الله يستهدف موقعاً للجيش الإسرائيلي قرب الحدود الجنوبية للبنان صباح اليوم.", "Hezbollah"),
    ("الجيش السوري يستهدف بالمدفعية تجمعاً لمسلحي هيئة تحرير الشام في ريف إدلب الجنوبي.", "Military Forces of Syria"),
    ("غارة إسرائيلية تستهدف سيارة على طريق المطار جنوبي دمشق.", "Military Forces of Israel"),
])
def test_a_headline_in_the_present_reports_the_act(text: str, actor: str) -> None:
    got = [g for g in _events(text) if g[0] in VIOLENT]
    assert got and any(g[1].startswith(actor) for g in got)


@pytest.mark.parametrize("text", [
    # the verb opens the sentence: what a side keeps doing
    "وتستهدف الفصائل المسلحة مواقع الجيش السوري في ريف حلب الغربي بين الحين والآخر.",
    # after a relative pronoun, an auxiliary, a particle of the subjunctive
    "تحدث التقرير عن هيئة تحرير الشام التي تستهدف مواقع الجيش السوري في ريف إدلب.",
    "قالت المصادر إن الطائرات كانت تستهدف مواقع الجيش السوري في ريف حماة.",
    "يريد تنظيم داعش أن يستهدف مواقع الجيش السوري في البادية.",
    # an abstract subject: "aims at"
    "تأتي الخطوة ضمن تصعيد أميركي يستهدف إضعاف الجيش السوري في دير الزور.",
])
def test_an_imperfect_that_is_no_act_of_the_day_reports_nothing(text: str) -> None:
    assert not [g for g in _events(text) if g[0] in VIOLENT]


def test_a_comma_joined_second_side_keeps_its_own_act() -> None:
    # the first clause's act keeps its own sides; the second side's aircraft does not take it over
    got = _events("الجيش السوري يستهدف مقراً لتنظيم داعش في بادية حمص، وطائرة تركية تقصف موقعاً لقسد في ريف الحسكة.")
    assert any(g[1].startswith("Military Forces of Syria") for g in got)
    assert not any(g[1].startswith("Military Forces of Turkey") and g[2].startswith("Islamic State") for g in got)
