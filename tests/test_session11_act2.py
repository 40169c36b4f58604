"""Session 11 (actors, second round): who struck whom on fresh articles — an accusative noun after the act word
is its object, the side named in the object of a reply verb is the side replied to, an attack word's target is
never the initiator of a fight, and a side acting in an earlier clause is no target of another side's act."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.document import Document
from rasd.events import frames as F
from rasd.events.stage import sentence_contexts
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)


def _roles(text: str) -> list[tuple[str, str]]:
    """(actor key, role) of every actor mention in the sentences of ``text`` that hold a trigger."""
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return [(entry.key, F._role_of(ctx, span)) for ctx in sentence_contexts(doc) for span, entry in ctx.actors]


def _sides(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for _, _, a1, a2 in event_rows(text, DAY)]


def test_accusative_noun_after_the_act_is_its_object() -> None:
    # "جندياً" (tanwin of the accusative) right after the act word: the soldier was sniped, he is not the sniper
    text = "وفجّرت سرايا القدس عبوة بآلية عند مدخل الحي. كما قنصت جندياً إسرائيلياً قرب المدرسة."
    assert ("isr", "target") in _roles(text)
    rows = _sides(text)
    assert rows and all(a1 != "isr" for a1, _ in rows) and any(a2 == "isr" for _, a2 in rows)


def test_nominative_subject_after_the_act_stays_the_attacker() -> None:
    rows = _sides("وقنص جندي إسرائيلي شاباً فلسطينياً قرب الحاجز العسكري صباح اليوم.")
    assert rows and rows[0][0] == "isr"


def test_side_in_the_object_of_a_reply_verb_is_the_side_replied_to() -> None:
    text = ("وردّت المقاومة الإسلامية في لبنان على القصف الإسرائيلي لمنزل في بلدة حولا بقصف ثكنة زرعيت "
            "بالصواريخ.")
    assert ("isr", "target") in _roles(text)
    rows = _sides(text)
    assert rows and all(a1 != "isr" for a1, _ in rows) and ("hezbollah", "isr") in rows


def test_target_of_an_attack_word_never_initiates_the_fight() -> None:
    # the patrol was attacked; the attacker is not named, so it is not the police either
    rows = _sides("وقال مصدر أمني إن مسلحاً مجهولاً هاجم دورية للشرطة في المدينة فجر اليوم.")
    assert rows and all(a1 != "police_generic" for a1, _ in rows)
    assert any(a2 == "police_generic" for _, a2 in rows)


def test_side_acting_in_an_earlier_clause_is_no_target() -> None:
    # two sides' acts in one sentence: the factions fire rockets, the Israeli raids kill people elsewhere
    text = "الفصائل في غزة تقصف مستوطنات الغلاف بالصواريخ، قتلى وجرحى في غارات إسرائيلية على وسط القطاع."
    rows = _sides(text)
    assert rows and all(not (a1 == "isr" and a2 in ("rebels", "resistance", "pal_resistance")) for a1, a2 in rows)
