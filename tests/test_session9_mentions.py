"""Actor mention spans (session 9): a side that its sentences name only by the act or a place of it takes
the actor's name from the nearest sentence that gives it (cited into the evidence); names come before
act words; a record that takes the sentences of a re-telling takes the names it gave its sides."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401

from rasd.actors.lexicon import actors
from rasd.document import Document, Event, PlaceRef, Span
from rasd.events.stage import _fold, _gather_mentions
from rasd.output.records import records
from rasd.pipeline import extract_text, text_layer

DAY = dt.date(2024, 3, 4)


def _doc(text: str, names: list[tuple[str, str, int]]) -> Document:
    """A document with its text layer and an actor layer given by hand: (surface, actor key, occurrence)."""
    doc = Document(id="t", text=text)
    text_layer(doc)
    spans = []
    for surface, key, nth in names:
        i = -1
        for _ in range(nth + 1):
            i = text.index(surface, i + 1)
        spans.append(Span(i, i + len(surface), "actor", actors()[key].ref(DAY)))
    doc.add("actors", spans)
    return doc


def _sentence(doc: Document, opening: str) -> Span:
    return next(s for s in doc.layer("sentences") if doc.text[s.start:s.end].startswith(opening))


def test_attack_noun_side_takes_the_name_another_sentence_gives() -> None:
    text = ("قال متحدث باسم جيش الاحتلال الإسرائيلي إن قواته ستواصل عملياتها في المنطقة.\n"
            "وأفاد مصدر عسكري بأن عدواناً إسرائيلياً استهدف اليوم الاثنين مواقع في محيط مدينة حمص، "
            "ما أدى إلى أضرار مادية.")
    recs = [r for r in records(extract_text(text, published=DAY), timestamp=0) if r["actor1"]]
    assert len(recs) == 1
    rec = recs[0]
    assert rec["actor1"].startswith("Military Forces of Israel")
    assert rec["actor1_mentions"][0] == "جيش الاحتلال الإسرائيلي"  # the name first, the act word after it
    assert any(m.startswith("عدوان") for m in rec["actor1_mentions"][1:])
    # the sentence that gives the name is cited: every mention stays traceable to the evidence
    assert any("جيش الاحتلال الإسرائيلي" in e["text"] for e in rec["evidence"])


def test_base_side_takes_the_nearest_name_of_its_actor() -> None:
    text = ("أعلنت القوات الأميركية في بيان أنها عززت مواقعها شرقي البلاد.\n"
            "وكانت المقاومة قد استهدفت قاعدة التنف بطائرة مسيرة أمس.\n"
            "وذكر مسؤولون في واشنطن أن القوات الأميركية لم تسجل إصابات.")
    doc = _doc(text, [("القوات الأميركية", "usa", 0), ("المقاومة", "iraq_resistance", 0),
                      ("قاعدة التنف", "usa", 0), ("القوات الأميركية", "usa", 1)])
    attack = _sentence(doc, "وكانت المقاومة")
    ev = Event("Explosions/Remote violence", "Air/drone strike", actor1=actors()["iraq_resistance"].ref(DAY),
               actor2=actors()["usa"].ref(DAY), actor1_mentions=["المقاومة"], actor2_mentions=["قاعدة التنف"],
               evidence=[attack])
    _gather_mentions(doc, [ev], article=True)
    assert ev.actor2_mentions == ["القوات الأميركية", "قاعدة التنف"]
    assert ev.actor1_mentions == ["المقاومة"]  # a side named by its name takes nothing from elsewhere
    # one name only, from the nearest such sentence (the earlier one of two as near), which joins the evidence
    assert [doc.text[s.start:s.end].split()[0] for s in ev.evidence] == ["أعلنت", "وكانت"]


def test_without_article_flag_only_the_evidence_counts() -> None:
    text = ("أعلنت القوات الأميركية في بيان أنها عززت مواقعها شرقي البلاد.\n"
            "وكانت المقاومة قد استهدفت قاعدة التنف بطائرة مسيرة أمس.")
    doc = _doc(text, [("القوات الأميركية", "usa", 0), ("المقاومة", "iraq_resistance", 0),
                      ("قاعدة التنف", "usa", 0)])
    ev = Event("Explosions/Remote violence", "Air/drone strike", actor1=actors()["iraq_resistance"].ref(DAY),
               actor2=actors()["usa"].ref(DAY), actor1_mentions=["المقاومة"], actor2_mentions=["قاعدة التنف"],
               evidence=[_sentence(doc, "وكانت المقاومة")])
    _gather_mentions(doc, [ev])
    assert ev.actor2_mentions == ["قاعدة التنف"]
    assert len(ev.evidence) == 1


def test_protest_word_side_takes_the_crowd_named_elsewhere() -> None:
    text = ("وطالب المحتجون بالإفراج عن المعتقلين.\n"
            "وخرجت مظاهرات اليوم في ساحة المدينة.")
    doc = _doc(text, [("المحتجون", "protesters", 0)])
    sent = _sentence(doc, "وخرجت")
    k = text.index("مظاهرات")
    ev = Event("Protests", "Peaceful protest", actor1=actors()["protesters"].ref(DAY), actor1_mentions=["مظاهرات"],
               evidence=[sent], triggers=[Span(k, k + len("مظاهرات"), "trigger")])
    _gather_mentions(doc, [ev], article=True)
    assert ev.actor1_mentions == ["المحتجون", "مظاهرات"]


def test_protest_word_side_takes_no_crowd_of_another_place() -> None:
    text = ("وفي مدينة أخرى رفع المحتجون لافتات تطالب بالإفراج عن المعتقلين.\n"
            "وخرجت مظاهرات اليوم في ساحة البلدة.")
    doc = _doc(text, [("المحتجون", "protesters", 0)])
    town = PlaceRef("SY000001", "Town", "البلدة", "city", 35.0, 36.0, admin1="Homs")
    other = PlaceRef("SY000002", "Other", "مدينة أخرى", "city", 33.0, 37.0, admin1="Daraa")
    k = text.index("مدينة أخرى")
    doc.add("places", [Span(k, k + len("مدينة أخرى"), "place", other)])
    sent = _sentence(doc, "وخرجت")
    t = text.index("مظاهرات")
    ev = Event("Protests", "Peaceful protest", place=town, actor1=actors()["protesters"].ref(DAY),
               actor1_mentions=["مظاهرات"], evidence=[sent], triggers=[Span(t, t + len("مظاهرات"), "trigger")])
    _gather_mentions(doc, [ev], article=True)
    assert ev.actor1_mentions == ["مظاهرات"]
    assert len(ev.evidence) == 1


def test_civilians_and_unnamed_men_take_no_name_from_another_sentence() -> None:
    text = ("وأصيب مدنيون في حادث سير على الطريق الدولي.\n"
            "واستهدف قصف إسرائيلي الأحياء السكنية في البلدة اليوم.")
    doc = _doc(text, [("مدنيون", "civilians", 0), ("قصف إسرائيلي", "isr", 0), ("الأحياء السكنية", "civilians", 0)])
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=actors()["isr"].ref(DAY),
               actor2=actors()["civilians"].ref(DAY), actor1_mentions=["قصف إسرائيلي"],
               actor2_mentions=["الأحياء السكنية"], evidence=[_sentence(doc, "واستهدف")])
    _gather_mentions(doc, [ev], article=True)
    assert ev.actor2_mentions == ["الأحياء السكنية"]  # the injured of the road accident are other people
    assert ev.actor1_mentions == ["قصف إسرائيلي"]  # no name of the attacker anywhere: the act word stays
    assert len(ev.evidence) == 1


def test_folded_record_keeps_the_names_its_retelling_gave() -> None:
    text = ("شنت طائرات الاحتلال غارات على محيط البلدة.\n"
            "وأفادت مصادر محلية بأن الجيش الإسرائيلي قصف البلدة اليوم.")
    doc = _doc(text, [("طائرات الاحتلال", "isr", 0), ("الجيش الإسرائيلي", "isr", 0)])
    isr = actors()["isr"].ref(DAY)
    first, second = doc.layer("sentences")[:2]
    x = Event("Explosions/Remote violence", "Air/drone strike", actor1=isr, actor1_mentions=["طائرات الاحتلال"],
              evidence=[first])
    k = text.index("قصف البلدة")
    s = Event("Explosions/Remote violence", "Air/drone strike", actor1=isr, actor1_mentions=["الجيش الإسرائيلي", "قصف"],
              evidence=[second], triggers=[Span(k, k + len("قصف"), "trigger")])
    _fold(x, s, {}, doc)
    assert x.actor1_mentions == ["طائرات الاحتلال", "الجيش الإسرائيلي"]
    assert len(x.evidence) == 2


def test_folded_act_words_only_for_a_side_without_words() -> None:
    text = "قصفت قوات النظام البلدة.\nوتعرضت البلدة لقصف مدفعي اليوم."
    doc = _doc(text, [("قوات النظام", "syr_gov", 0)])
    gov = actors()["syr_gov"].ref(DAY)
    first, second = doc.layer("sentences")[:2]
    k = text.index("قصف مدفعي")
    x = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=gov, evidence=[first])
    s = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=gov,
              actor1_mentions=["قصف مدفعي"], evidence=[second], triggers=[Span(k, k + len("قصف مدفعي"), "trigger")])
    _fold(x, s, {}, doc)
    assert x.actor1_mentions == ["قصف مدفعي"]
