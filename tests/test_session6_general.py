"""Session 6 audit (general situations): habits, running totals and acts spread over several countries
report no event of their own; a sentence of violence going on is only a further mention.

Fixtures are written for these tests (not taken from any article).  Each "general" sentence sums up many
acts (a repeated habit, a total added to earlier ones, attacks in two countries at once, a span of recent
months, a war on its twenty-somethingth day); each "report" sentence tells one act and must keep its event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events import frames, stage
from rasd.pipeline import extract_text

PUBLISHED = dt.date(2024, 2, 14)


def _reason(text: str) -> str:
    doc = extract_text(text, published=PUBLISHED)
    ctxs = stage.sentence_contexts(doc)
    assert ctxs, "the fixture must hold a trigger"
    return frames.campaign(ctxs[0])


def _violent(text: str) -> list:
    return [e for e in extract_text(text, published=PUBLISHED).events if e.event_type in frames.VIOLENT]


GENERAL = [
    # a habit: the acts recur
    ("وتتعرض الحواجز العسكرية في ريف درعا لهجمات متكررة بالعبوات الناسفة.", "habitual"),
    ("وتكررت حوادث انفجار الألغام بالرعاة في البادية الشرقية.", "habitual"),
    # a running total that adds the latest toll to earlier ones
    ("ويضاف القتلى الثلاثة إلى نحو 40 عنصراً سقطوا في الغارات على مواقع الفصائل.", "total"),
    # a span of recent months, a war's middle month, a compound ordinal day
    ("وتكثفت عمليات الاغتيال بالرصاص في ريف درعا الغربي خلال الأشهر الأخيرة.", "since"),
    ("وقتل عشرات المدنيين في المعارك الدائرة منذ منتصف آذار بين الطرفين.", "since"),
    ("ويتواصل القصف على القطاع لليوم الخامس والعشرين على التوالي.", "campaign"),
]


@pytest.mark.parametrize("text,reason", GENERAL)
def test_general_sentence_is_recognised(text: str, reason: str) -> None:
    assert _reason(text) == reason


@pytest.mark.parametrize("text,_reason", GENERAL)
def test_general_sentence_makes_no_event(text: str, _reason: str) -> None:
    assert not _violent(text)


SEVERAL_COUNTRIES = [
    "واستهدفت الفصائل العراقية القواعد الأميركية في سوريا والعراق بالطائرات المسيرة.",
    "وتعرضت قوات التحالف في كل من سوريا والعراق والأردن لأكثر من مئة هجوم صاروخي.",
    "وأصيب عشرات الجنود في الهجمات على القواعد في الأراضي السورية والعراقية.",
]


def _several(text: str) -> bool:
    ctxs = stage.sentence_contexts(extract_text(text, published=PUBLISHED))
    assert ctxs, "the fixture must hold a trigger"
    return frames.several_countries(ctxs[0])


@pytest.mark.parametrize("text", SEVERAL_COUNTRIES)
def test_acts_in_two_countries_make_no_event_alone(text: str) -> None:
    assert _several(text)
    assert not _violent(text)


def test_acts_in_two_countries_of_the_day_stay_a_report() -> None:
    # the day's claim dates the report of each act: it is read as before
    assert not _several("وتبنت الفصائل العراقية اليوم الأحد ثلاث هجمات بالطائرات المسيرة في سوريا والعراق.")


def test_countries_of_an_earlier_act_do_not_count() -> None:
    # the two countries name where the acts answered took place, far after this act
    text = ("وقصفت الفصائل موقعاً عسكرياً قرب الحدود بالصواريخ الموجهة صباح أمس رداً على سلسلة الاغتيالات "
            "التي نفذها الطيران في سوريا ولبنان.")
    assert not _several(text)


REPORTS = [
    # a habit word beside an act of the day
    "وقصفت المدفعية بلدة الكرك الشرقي صباح اليوم، في استهداف متكرر للبلدة.",
    # a habit word beside a past-tense act
    "وانفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة اليادودة، في هجوم يتكرر على الطريق.",
    # "since midnight" is a span of the same day
    "واندلعت اشتباكات عنيفة بين الجيش والمسلحين في بلدة جاسم منذ منتصف الليل.",
    # the ordinal day of a clash that is only two days old
    "وتجددت الاشتباكات في بلدة طفس لليوم الثاني، ما أدى إلى مقتل مسلحين اثنين.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_report_of_one_act_is_kept(text: str) -> None:
    assert _reason(text) == ""
    assert _violent(text)


def test_a_group_named_after_two_countries_is_no_place() -> None:
    # "المقاومة الإسلامية في العراق وسوريا" is a name, not the place of the act
    text = "وشنت المقاومة الإسلامية في العراق وسوريا هجوماً بطائرة مسيرة على قاعدة حقل العمر."
    assert not _several(text)
    assert _violent(text)


def test_fighting_going_on_is_only_a_further_mention() -> None:
    # the present of going on, with no act of the day: no event of its own
    text = "ويواصل الطيران المسير استهداف مواقع الفصائل في ريف إدلب الجنوبي."
    assert _reason(text) == ""
    assert not _violent(text)


def test_fighting_going_on_joins_the_report_of_the_day() -> None:
    # the same sentence after a report of the day's strike adds to it and makes no second record
    text = ("وقصفت طائرة مسيرة موقعاً للفصائل في بلدة كنصفرة صباح اليوم، ما أدى إلى مقتل مسلحين.\n"
            "ويواصل الطيران المسير استهداف مواقع الفصائل في ريف إدلب الجنوبي.")
    events = _violent(text)
    assert len(events) == 1
    assert len(events[0].evidence) == 2


def test_going_on_with_an_act_of_the_day_is_an_event() -> None:
    text = "ويواصل الجيش قصف بلدة كنصفرة اليوم بالمدفعية الثقيلة، ما أدى إلى مقتل مدنيين اثنين."
    assert _violent(text)
