"""Session 9 — detection and typing on fresh articles (own-words sentences).

- a phrase of reply or revenge names the act that the sentence's act answers: no event of its own, and the side
  named in it is the side hit;
- the general aggression word that frames the news as the war goes on is background;
- deaths in an aircraft crash or a capsized boat are an accident, not violence;
- a bare sound of explosions beside a named rocket salvo is the salvo, not a bomb;
- "بالمسيرات" after a word of striking is the drones that struck, not marches;
- an air attack named with "هجوم جوي" is an air/drone strike;
- a fighting word after "مختلف محاور" names the war on every front, not a fight.
"""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import sentence_triggers, trigger_context

from rasd.events.frames import _blocked, _trig, campaign, kept_triggers, sentence_frames
from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 14)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DRONE = ("Explosions/Remote violence", "Air/drone strike")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def _blocks(text: str) -> dict[str, str]:
    """Trigger key → why it is blocked ('' when kept) in the first sentence of ``text`` that holds a trigger."""
    ctx = trigger_context(text)
    assert ctx is not None
    bg = campaign(ctx)
    return {_trig(m).trigger.key: _blocked(ctx, m, bg) for m in ctx.triggers}


@pytest.mark.parametrize("text, key", [
    ("وقال الحزب في بيانه إن العملية جاءت رداً على عدوان الاحتلال على أطراف بلدة الخيام.", "عدوان"),
    ("وصعّدت الفصائل خلال الأسبوع ردودها على استهداف المدنيين في القرى الحدودية.", "استهداف"),
    ("وأطلقت الكتائب صواريخها على المستوطنة انتقاماً لاغتيال أحد قادتها.", "اغتيال"),
])
def test_act_named_in_a_reply_is_not_an_act_of_the_sentence(text: str, key: str) -> None:
    assert _blocks(text)[key] == "motive"


def test_reply_clause_alone_reports_nothing() -> None:
    ctx = trigger_context("وأوضحت الحركة في بيان أن هذه العملية تأتي رداً على عدوان الاحتلال على القرى.")
    assert ctx is not None
    assert not [f for f in sentence_frames(ctx) if f.primary]


def test_act_after_the_reply_in_another_clause_stays() -> None:
    # the reply covers "استهداف المدنيين"; "وتنفذ هجوماً جوياً" opens a clause of its own
    blocks = _blocks("الفصائل تقصف مستوطنة المطلة بعشرات الصواريخ رداً على استهداف منازل الأهالي وتنفذ هجوماً جوياً "
                     "على ثكنة.")
    assert blocks["استهداف"] == "motive"
    assert blocks["هجوما جويا"] == ""


def test_the_act_itself_stays_beside_its_reply() -> None:
    text = "استهدفت المقاومة صباح اليوم موقع الراهب بالصواريخ رداً على عدوان الاحتلال على بلدة عيترون."
    ctx = trigger_context(text)
    assert ctx is not None
    keys = {k[1].trigger.key for k in kept_triggers(ctx)}
    assert "استهدفت" in keys and "عدوان" not in keys
    assert _types(text) == [SHELLING]


def test_side_named_in_the_reply_is_the_side_hit() -> None:
    text = "استهدفت المقاومة الإسلامية صباح اليوم موقع الراهب بالصواريخ رداً على اعتداءات الاحتلال الإسرائيلي."
    events = extract_text(text, published=PUB).events
    assert len(events) == 1
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Military Forces of Israel")


@pytest.mark.parametrize("text", [
    "بالتزامن مع عدوان الاحتلال على القطاع والضفة..",
    "ويأتي ذلك في ظل استمرار العدوان على المدن الفلسطينية.",
])
def test_war_named_as_the_setting_is_background(text: str) -> None:
    assert set(_blocks(text).values()) == {"setting"}
    assert _types(text) == []


def test_aggression_word_of_a_dated_strike_stays() -> None:
    assert set(_blocks("وتعرّضت البلدة صباح اليوم لعدوان إسرائيلي أدى إلى تدمير منزلين.").values()) == {""}


@pytest.mark.parametrize("text", [
    "قتل خمسة جنود أمس في تحطم مروحية عسكرية خلال مناورة في الصحراء.",
    "لقي ثلاثة أشخاص حتفهم مساء الأحد بعد انقلاب قارب صيد قبالة الساحل.",
])
def test_crash_or_capsized_boat_is_an_accident(text: str) -> None:
    assert _types(text) == []


def test_killing_without_accident_still_an_event() -> None:
    assert _types("قتل خمسة جنود أمس في هجوم شنه مسلحون على حاجز عسكري قرب البلدة.")


def test_explosions_heard_beside_a_rocket_salvo_are_the_salvo() -> None:
    ctx = trigger_context("وأفادت وسائل إعلام بأن رشقة من الصواريخ أطلقت اليوم نحو المستوطنة وسمع دوي الانفجارات.")
    assert ctx is not None
    frames = sentence_frames(ctx)
    assert frames and (frames[0].event_type, frames[0].sub_event_type) == SHELLING


def test_drones_after_a_strike_word_are_no_march() -> None:
    triggers = sentence_triggers("قصف إسرائيلي بالمسيرات لمحيط المدرسة في المخيم صباح اليوم.")
    assert "طائره مسيره" in triggers or any("مسير" in k for k in triggers)
    ctx = trigger_context("قصف إسرائيلي بالمسيرات لمحيط المدرسة في المخيم صباح اليوم.")
    assert ctx is not None
    assert all(f.event_type != "Protests" for f in sentence_frames(ctx))


def test_marches_without_a_strike_word_stay_marches() -> None:
    ctx = trigger_context("شارك المئات بالمسيرات التي جابت شوارع المدينة اليوم تضامناً مع الأسرى.")
    assert ctx is not None
    assert any(f.event_type == "Protests" for f in sentence_frames(ctx))


def test_air_attack_phrase_is_an_air_strike() -> None:
    assert _types("نفذت الفصائل صباح اليوم هجوماً جوياً بطائرات انقضاضية على ثكنة للجيش.")[:1] == [DRONE]


def test_fighting_on_every_front_is_no_fight() -> None:
    assert _blocks("وتتصدى الفصائل للقوات في مختلف محاور القتال.").get("قتال") == "generic"
    assert _blocks("وتراجعت القوات على محاور القتال بعد ضربات مركزة.").get("قتال") == ""


def test_bare_attack_with_the_article_takes_the_article_type() -> None:
    # "الهجوم" (with the article) is as bare as "هجوم": its kind is the one the article names elsewhere
    ctx = trigger_context("وقالت الفصائل إن الهجوم أوقع إصابات مباشرة في صفوف الجنود اليوم.")
    assert ctx is not None
    frames = [f for f in sentence_frames(ctx) if f.event_type == "Battles"]
    assert frames and all(f.generic_type for f in frames)
