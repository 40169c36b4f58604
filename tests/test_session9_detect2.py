"""Session 9, second round of detection and types on fresh articles (own-words sentences).

- the present of shelling and of a fight ("تقصف", "يقصف", "تدكّ", "تشتبك") reports an act of the day after its
  subject, as headlines write it, also as the second verb of the clause;
- the present does not report an act when it opens the sentence or follows a particle of the future;
- a count of the dead in thousands with no act but the tolls and the war word is the war's running total.
"""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import trigger_context

from rasd.events.frames import _blocked, _trig, campaign, sentence_frames
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 11)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def _primary_types(text: str) -> list[tuple[str, str]]:
    ctx = trigger_context(text)
    assert ctx is not None
    return [(f.event_type, f.sub_event_type) for f in sentence_frames(ctx) if f.primary]


@pytest.mark.parametrize("text, expected", [
    ("الفصائل تقصف ثكنة عسكرية قرب الحدود", SHELLING),
    ("حزب الله يدكّ تحصينات الجنود عند التلة الشرقية", SHELLING),
    ("سرايا القدس تشتبك مع قوة إسرائيلية متوغلة شرقي المخيم", CLASH),
])
def test_present_verb_after_its_subject_reports_the_act(text: str, expected: tuple[str, str]) -> None:
    assert _primary_types(text)[:1] == [expected]


def test_present_verb_second_in_its_clause_reports_an_act() -> None:
    types = _primary_types("الفصائل تستهدف جرافة عسكرية في البلدة وتشتبك مع قوة إسرائيلية قرب المدرسة")
    assert CLASH in types or types[:1] == [SHELLING]
    ctx = trigger_context("الفصائل تستهدف جرافة عسكرية في البلدة وتشتبك مع قوة إسرائيلية قرب المدرسة")
    assert ctx is not None
    keys = {_trig(m).trigger.key: _blocked(ctx, m, campaign(ctx)) for m in ctx.triggers}
    assert keys.get("تشتبك") == ""


@pytest.mark.parametrize("text", [
    "وتقصف الفصائل المواقع الحدودية بالتزامن مع كل توغل جديد.",
    "وقال القائد إن المقاتلين سيدكّون المواقع إذا تقدمت القوات.",
])
def test_present_verb_opening_the_sentence_or_future_reports_nothing(text: str) -> None:
    assert _primary_types(text) == []


def test_present_of_pounding_in_a_headline_is_an_event() -> None:
    assert _types("الفصائل تدكّ تجمعات الجنود شرقي البلدة")[:1] == [SHELLING]


@pytest.mark.parametrize("text", [
    "وأدت الحرب إلى سقوط 12500 قتيل وإصابة آلاف الأشخاص حتى الآن.",
    "وقالت المنظمة إن أكثر من 4200 طفل قُتلوا في الحرب، إضافة إلى 7 آلاف جريح.",
])
def test_war_total_in_thousands_is_no_event(text: str) -> None:
    ctx = trigger_context(text)
    assert ctx is not None
    assert campaign(ctx) == "total"
    assert _types(text) == []


@pytest.mark.parametrize("text", [
    "استشهد 4 مدنيين صباح اليوم في قصف مدفعي على أطراف البلدة.",
    "وقتل 12 مسلحاً في كمين نصبه الجيش قرب القرية في آذار 2015.",
])
def test_toll_beside_an_act_or_a_year_is_no_total(text: str) -> None:
    ctx = trigger_context(text)
    assert ctx is not None
    assert campaign(ctx) != "total"
