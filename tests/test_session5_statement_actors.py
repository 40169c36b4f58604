"""Statement verbs and their subjects: the one who condemns, accuses, denies or mourns an act is a
party to the statement, not to the act (never its actor1, and its actor2 only when the text makes it
the side that was hit); an accusation names the accused as the agent and the accuser as ``claimed_by``.
A strike named as the object of a condemnation keeps its weapon type when the sentence gives its toll.
Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import Document, Event
from rasd.events.frames import _role_of
from rasd.events.stage import sentence_contexts
from rasd.pipeline import Pipeline, extract_text

DAY = dt.date(2024, 5, 1)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _keys(e: Event) -> tuple[str, str]:
    return (e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "")


def _roles(text: str) -> dict[str, str]:
    """Role of each actor mention of the (one-sentence) text, by its surface."""
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    out: dict[str, str] = {}
    for ctx in sentence_contexts(doc):
        for span, _entry in ctx.actors:
            out[ctx.nt.original[span.start:span.end]] = _role_of(ctx, span)
    return out


def test_condemner_is_no_actor_of_the_bombing() -> None:
    evs = _events("دان حزب الله اليوم التفجير الذي استهدف مسجداً في مدينة كويتا وأدى إلى مقتل عشرين مصلياً.")
    assert evs, "the condemned bombing with its toll is reported"
    assert all("hezbollah" not in _keys(e) for e in evs)


def test_condemner_in_a_headline_subject_first() -> None:
    evs = _events("حزب الله يدين الهجوم الذي نفذته طائرات مسيرة على سوق في مدينة الفاشر وأسفر عن مقتل عشرة مدنيين.")
    assert evs
    assert all("hezbollah" not in _keys(e) for e in evs)
    assert _roles("حزب الله يدين الهجوم الذي نفذته طائرات مسيرة على سوق في مدينة الفاشر.")["حزب الله"] == "source"


def test_accused_is_the_agent_and_the_accuser_claims() -> None:
    evs = _events("اتهمت قوات سوريا الديمقراطية الجيش التركي بقصف قرى في ريف الحسكة اليوم ما أدى إلى مقتل "
                  "ثلاثة مدنيين.")
    assert len(evs) == 1
    e = evs[0]
    assert e.actor1 is not None and e.actor1.key == "tur"
    assert "sdf" not in _keys(e)
    assert e.claimed_by == actors()["sdf"].ref(DAY).name


def test_accuser_can_be_the_target_named_in_the_object() -> None:
    evs = _events("اتهمت وزارة الدفاع السورية الجيش الإسرائيلي بقصف مواقع للجيش السوري في ريف القنيطرة فجر اليوم.")
    assert [_keys(e) for e in evs] == [("isr", "syr_gov")]


def test_accuser_that_names_no_actor_is_claimed_by_as_written() -> None:
    evs = _events("اتهمت أنقرة قوات سوريا الديمقراطية بقصف بلدة حدودية بالقذائف أمس ما أدى إلى إصابة أربعة مدنيين.")
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.key == "sdf"
    assert evs[0].claimed_by == "أنقرة"


def test_denier_is_a_source() -> None:
    roles = _roles("نفت هيئة تحرير الشام أي علاقة لها بالتفجير الذي استهدف سوقاً في مدينة إدلب اليوم.")
    assert roles["هيئة تحرير الشام"] == "source"


def test_mourner_of_its_own_men_is_the_side_hit() -> None:
    evs = _events("نعى حزب الله ثلاثة من عناصره قتلوا في غارة إسرائيلية على بلدة في جنوب لبنان اليوم.")
    assert [_keys(e) for e in evs] == [("isr", "hezbollah")]


def test_mourner_of_someone_else_is_no_party() -> None:
    evs = _events("نعت حركة حماس الشاب الذي قتل برصاص الجيش الإسرائيلي في نابلس اليوم.")
    assert evs
    assert all("hamas" not in _keys(e) for e in evs)


def test_claim_of_ones_own_act_keeps_the_claimer() -> None:
    evs = _events("أعلنت هيئة تحرير الشام أنها استهدفت مواقع لقوات النظام في ريف إدلب اليوم بقذائف المدفعية.")
    assert [_keys(e) for e in evs] == [("hts", "syr_gov")]
    evs = _events("زعم الجيش الإسرائيلي أنه قتل خمسة مسلحين في غارة على رفح اليوم.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.key == "isr"
    assert evs[0].claimed_by == actors()["isr"].ref(DAY).name


def test_condemned_air_strike_in_a_relative_clause_keeps_its_weapon() -> None:
    evs = _events("أدانت وزارة الخارجية السورية الغارة الإسرائيلية التي استهدفت مبنى سكنياً في حي المزة بدمشق "
                  "فجر اليوم وأدت إلى مقتل مدنيين.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", "Air/drone strike")]
    assert evs[0].civilian_targeting
    assert _keys(evs[0]) == ("isr", "civilians")


def test_condemned_strike_with_a_toll_word_keeps_its_weapon() -> None:
    evs = _events("ندد الائتلاف بالغارة الروسية التي استهدفت سوقاً شعبياً في مدينة إدلب أمس وخلفت عشرات القتلى.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_spokesman_telling_his_own_forces_act_makes_his_force_the_agent() -> None:
    from rasd.pipeline import extract_text

    evs = extract_text("قال المتحدث باسم الجيش الإسرائيلي إن قواته قصفت مواقع في بلدة الخيام الليلة الماضية.",
                       published=dt.date(2024, 3, 14)).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name.startswith("Military Forces of Israel")
    # a spokesman telling another side's act stays a source
    other = extract_text("قال المتحدث باسم قسد إن عناصر من داعش هاجموا حاجزاً في ريف دير الزور اليوم.",
                         published=dt.date(2024, 3, 14)).events
    assert other and not any(e.actor1 is not None and e.actor1.name.startswith("QSD") for e in other)
