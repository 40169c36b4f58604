"""Session 10 — detection and typing on fresh articles (own-words sentences).

- a count of the dead or the arrested since a dated day ("بعد 7 أكتوبر"), over a stated period ("الفترة الممتدة
  بين …") or over the past days ("خلال الأيام الـ5 الماضية"), and the dead "of the bombing" counted in thousands,
  are running totals, not events; an act told by its verb over the past days stays;
- shoulder-fired anti-armour rounds (Tandem, Yassin 105, RPG) make a close-range fight, a clash, not shelling;
- "نيران" after a word of burning is a blaze, after a word of range a list of targets;
- "an operation that targeted …" takes its kind from the weapon named elsewhere;
- decoy drones ("مسيرات إشغالية") strike as drones;
- townsfolk in a confrontation with a force make it a riot, as youths do;
- a demand or a purpose ("نطالب بصفقة", "من أجل تبادل الأسرى") is no agreement.
"""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import trigger_context

from rasd.events.frames import _blocked, _trig, campaign, sentence_frames
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 12)
CLASH = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DRONE = ("Explosions/Remote violence", "Air/drone strike")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def _campaign(text: str) -> str:
    ctx = trigger_context(text)
    assert ctx is not None
    return campaign(ctx)


def _blocks(text: str) -> dict[str, str]:
    ctx = trigger_context(text)
    assert ctx is not None
    bg = campaign(ctx)
    return {_trig(m).trigger.key: _blocked(ctx, m, bg) for m in ctx.triggers}


@pytest.mark.parametrize("text", [
    "وبلغ عدد الأسرى الذين استشهدوا في السجون بعد 7 أكتوبر حتى اليوم 12 شهيداً.",
    "وارتفعت حصيلة الاعتقالات في الضفة بعد السابع من تشرين الأول إلى نحو 6000 معتقل.",
    "وخلال الفترة الممتدة بين 3 أيار و10 أيار، رصد المركز 200 عمل مقاوم بينها 40 عملية إطلاق نار.",
])
def test_count_over_a_period_is_no_event(text: str) -> None:
    assert _campaign(text) in ("since", "total")
    assert _types(text) == []


def test_toll_over_the_past_days_is_a_total_even_told_yesterday() -> None:
    text = "وأعلن المتحدث العسكري أمس مقتل 30 جندياً وإصابة العشرات خلال الأيام الـ5 الماضية."
    assert _campaign(text) == "total"
    assert _types(text) == []


def test_act_told_by_its_verb_over_the_past_days_stays() -> None:
    assert _campaign("واستهدفت الفصائل خلال الأيام الثلاثة الأخيرة مواقع الجيش في البادية.") == ""


def test_dead_of_the_bombing_in_thousands_is_the_war_total() -> None:
    text = "ونشرت الوزارة قائمة بأسماء أكثر من 5000 شخص قُتلوا في القصف الإسرائيلي على القطاع."
    assert _campaign(text) == "total"
    assert _types(text) == []


def test_a_dated_day_after_a_single_act_is_no_period() -> None:
    # no count word: "بعد" dates the act, it opens no running total
    assert _campaign("واعتقلت القوات شاباً بعد 3 أيام من إصابته في بلدة بيتا.") == ""


@pytest.mark.parametrize("text", [
    "واستهدف المقاتلون دبابة إسرائيلية بقذيفة تاندوم شرقي حي الزيتون اليوم.",
    "ودمّر المقاتلون جرافة عسكرية بقذائف الياسين 105 في حي الأمل اليوم.",
    "واستهدفت المجموعة ناقلة جند بقذيفة آر بي جي عند مدخل البلدة اليوم.",
])
def test_anti_armour_round_is_a_clash(text: str) -> None:
    assert _types(text)[:1] == [CLASH]


@pytest.mark.parametrize("text", [
    "وقصفت الفصائل تجمعاً للجنود بقذائف الهاون شرقي المخيم اليوم.",
    "واستهدفت الفصائل تجمعات الجنود بالصواريخ وقذائف الياسين 105 شرقي المخيم اليوم.",
])
def test_mortars_or_rockets_stay_shelling(text: str) -> None:
    assert _types(text)[:1] == [SHELLING]


def test_fire_after_a_word_of_burning_is_a_blaze() -> None:
    assert _blocks("واشتعال النيران في مستودع للوقود قرب الميناء.")["نيران"] == "blaze"


def test_fire_after_a_word_of_range_names_no_act() -> None:
    assert _blocks("الفصائل تدخل المدينة على جدول نيرانها.")["نيران"] == "generic"


def test_fire_of_a_force_stays() -> None:
    assert _blocks("وأطلقت القوات نيران رشاشاتها على المزارعين.")["نيران"] == ""


def test_operation_that_targeted_takes_its_kind_from_elsewhere() -> None:
    ctx = trigger_context("وأعلن المتحدث تنفيذ القوات البحرية عمليةً عسكرية استهدفت سفينة في البحر الأحمر.")
    assert ctx is not None
    frames = [f for f in sentence_frames(ctx) if f.primary]
    assert frames and all(f.generic_type for f in frames)


def test_decoy_drones_strike_as_drones() -> None:
    assert _types("وهاجمت الفصائل مقر القيادة في الثكنة بمسيرات إشغالية اليوم.")[:1] == [DRONE]


def test_townsfolk_in_a_confrontation_make_a_riot() -> None:
    types = _types("واستشهد المواطنان برصاص قوات الاحتلال خلال مواجهات في بلدة بيتا اليوم.")
    assert types and types[0][0] == "Riots"


@pytest.mark.parametrize("text", [
    "عائلات الجنود الأسرى للحكومة: نطالب بصفقة تبادل شاملة",
    "وطالبت العائلات اليوم بوقف إطلاق النار من أجل إفساح المجال لتبادل أسرى مع الفصائل.",
])
def test_demand_or_purpose_is_no_agreement(text: str) -> None:
    assert ("Strategic developments", "Agreement") not in _types(text)


def test_agreement_reached_stays() -> None:
    assert ("Strategic developments", "Agreement") in _types(
        "وأعلن الطرفان اليوم التوصل إلى صفقة تبادل أسرى بوساطة قطرية.")



def test_arrests_at_a_protest_make_it_one_with_intervention() -> None:
    types = _types("وخرجت تظاهرة حاشدة في وسط المدينة مساء أمس، واعتقلت الشرطة 9 متظاهرين أغلقوا الطريق.")
    assert ("Protests", "Protest with intervention") in types
    assert ("Protests", "Peaceful protest") not in types


def test_beating_verb_on_property_is_property_destruction() -> None:
    types = _types("واقتحمت القوات البلدة فجر اليوم واعتدت على منازل الأهالي وممتلكاتهم.")
    assert ("Strategic developments", "Looting/property destruction") in types
    assert ("Violence against civilians", "Attack") not in types


def test_beating_verb_on_people_stays_an_attack() -> None:
    assert ("Violence against civilians", "Attack") in _types("واعتدى المستوطنون على المزارعين في القرية اليوم.")
