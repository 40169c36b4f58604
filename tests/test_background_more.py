"""Sentences that sum up a campaign, a period or repeated acts report no event of their own.

Fixtures are written for these tests (not taken from any article): each "background" sentence
tells what has gone on for weeks, since a war began, on the Nth day of a war, or how often a place
was hit; each "report" sentence tells one act on one day and must still yield an event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events import frames, stage
from rasd.pipeline import extract_text

PUBLISHED = dt.date(2023, 11, 20)


def _events(text: str) -> list:
    return extract_text(text, published=PUBLISHED).events


def _campaign(text: str) -> str:
    doc = extract_text(text, published=PUBLISHED)
    ctxs = stage.sentence_contexts(doc)
    assert ctxs, "the fixture must hold a trigger"
    return frames.campaign(ctxs[0])


BACKGROUND = [
    # since the start of a war, no act of the day
    ("وكثّف الجيش قصفه للمناطق الحدودية منذ أن اندلعت الحرب في الجنوب في 9 أيلول/سبتمبر الماضي.", "since"),
    ("وشنّت الطائرات مئات الغارات على المحافظة منذ بدء الحملة العسكرية قبل ثلاثة أشهر.", "since"),
    ("وتعرّضت البلدات الشرقية لقصف مدفعي متقطع منذ عام 2019.", "since"),
    ("وتتعرض أحياء المدينة لقصف مدفعي منذ 12 تشرين الأول/أكتوبر.", "since"),
    # the Nth day of a war
    ("ويواصل الجيش هجومه على المنطقة لليوم الـ45 على التوالي، ما أدى إلى مقتل أكثر من ألفي شخص.", "campaign"),
    ("وتستمر الغارات على الريف الجنوبي لليوم العشرين.", "campaign"),
    # repeated acts counted together
    ("واستهدفت الفصائل المطار العسكري مرّات عديدة بالطائرات المسيرة.", "repeated"),
    ("وقصفت المدفعية محطة الكهرباء 5 مرات خلال الشهر الجاري.", "repeated"),
    ("وتعرّض الحاجز لهجمات مسلحة عدة مرات.", "repeated"),
]


@pytest.mark.parametrize("text,reason", BACKGROUND)
def test_background_sentence_is_recognised(text: str, reason: str) -> None:
    assert _campaign(text) == reason


@pytest.mark.parametrize("text,_reason", BACKGROUND)
def test_background_sentence_makes_no_event(text: str, _reason: str) -> None:
    assert not _events(text)


REPORTS = [
    # a comparison with the period names today's act
    "وقتل 4 مدنيين في غارة جوية على بلدة كفرنبل اليوم، في أعنف غارة منذ بدء الحملة العسكرية.",
    # "since" a part of the same day
    "واندلعت اشتباكات عنيفة بين الجيش ومسلحين في بلدة جاسم منذ صباح اليوم.",
    # "since" today's dawn next to a date: the act is of today
    "وقصفت المدفعية قرية الحويز منذ فجر اليوم الاثنين، ما أدى إلى مقتل مدنيين اثنين.",
    # a second day of a clash is an incident, not a campaign
    "وتجددت الاشتباكات في مدينة درعا البلد لليوم الثاني على التوالي، ما أسفر عن مقتل 3 مسلحين.",
    # a count of weapons is not a count of acts
    "وقصفت المدفعية قرية الحويز بـ5 قذائف صباح اليوم، ما أدى إلى إصابة مدنيين.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_report_of_one_act_is_kept(text: str) -> None:
    assert _campaign(text) == ""
    assert any(e.event_type != "Strategic developments" for e in _events(text))


def test_protest_on_the_nth_day_is_not_blocked() -> None:
    # a sit-in or a strike on its tenth day is still that day's protest (ACLED codes each day)
    text = "وتظاهر المئات من أهالي مدينة السويداء في ساحة الكرامة اليوم لليوم العاشر على التوالي."
    assert any(e.event_type == "Protests" for e in _events(text))


def test_since_clause_cue_is_a_generic_feature() -> None:
    doc = extract_text("وكثّف الجيش قصفه للمناطق الحدودية منذ بدء الحرب.", published=PUBLISHED)
    ctx = stage.sentence_contexts(doc)[0]
    assert "generic" in {frames._cue(c).kind for c in ctx.cues}


def test_response_names_the_cause_as_embedded() -> None:
    doc = extract_text("وقصفت القوات مواقع المسلحين رداً على هجوم استهدف حاجزاً للجيش.", published=PUBLISHED)
    ctx = stage.sentence_contexts(doc)[0]
    assert "embed" in {frames._cue(c).kind for c in ctx.cues}


def test_condemnation_by_short_verb_blocks_the_act() -> None:
    doc = extract_text("ودانت الوزارة القصف الذي استهدف المدنيين.", published=PUBLISHED)
    ctx = stage.sentence_contexts(doc)[0]
    assert any(frames._blocked(ctx, m) == "condemn" for m in ctx.triggers)
