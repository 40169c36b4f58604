"""Events, session 6 (reply): a reply and the act it answers, or two sides' acts, told in one sentence.

- "…، فيما ردّ الجيش بقصف …", "…، لتردّ القوات … بقصف …": the reply is its subject's own act, a frame of its own;
- "… ردّاً على استهداف …": the act replied to lends the reply neither its words nor its sides (its side, when
  named, is the reply's target); it is no event when the sentence only names it;
- "الطيران يشن غارات … والفصائل تستهدف …": another side with its own act verb opens a clause of its own;
- "وسط سوريا", "قصفت القوات التركية والفصائل الموالية لها …", a threatened reply: one act, no cut.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (the autouse fixture)

from rasd.events.frames import Frame, _clause_cuts, _clauses, sentence_frames
from rasd.events.stage import sentence_contexts
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 5)
ACTS = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _frames(text: str) -> tuple[str, list[Frame]]:
    doc = extract_text(text, published=PUB)
    ctx = sentence_contexts(doc)[0]
    return doc.text, sentence_frames(ctx)


def _acts(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.primary and f.event_type in ACTS and not f.casualty_only]


def _side(f: Frame | None) -> str:
    return "" if f is None or f.actor1 is None else f.actor1.entry.key


def test_a_reply_told_by_a_noun_after_while_is_the_repliers_own_act() -> None:
    _, frames = _frames("هاجم مسلحون مجهولون بالطائرات المسيرة قاعدة عسكرية تركية قرب مدينة الباب، فيما ردّ "
                        "الجيش التركي بقصف مدفعي على قرى ريف حلب.")
    acts = _acts(frames)
    assert len(acts) == 2
    assert len({_side(f) for f in acts}) == 2
    assert acts[1].sub_event_type == "Shelling/artillery/missile attack"


def test_a_threatened_reply_is_no_act() -> None:
    _, frames = _frames("هاجم مسلحون مجهولون بالطائرات المسيرة قاعدة عسكرية تركية قرب مدينة الباب، فيما هدد "
                        "الجيش التركي بالرد بقصف مدفعي على قرى ريف حلب.")
    assert len(_acts(frames)) == 1


def test_a_consecutive_reply_opens_a_clause_of_its_own() -> None:
    text = ("استهدف مسلحون حاجزاً للجيش السوري في ريف درعا، لتردّ القوات الحكومية بقصف مدفعي على بلدة "
            "طفس.")
    doc = extract_text(text, published=PUB)
    ctx = sentence_contexts(doc)[0]
    cuts = _clause_cuts(ctx)
    assert len(cuts) == 1 and doc.text[cuts[0]:].startswith("لتردّ")
    acts = _acts(sentence_frames(ctx))
    assert len(acts) == 2
    assert acts[1].sub_event_type == "Shelling/artillery/missile attack"


def test_the_act_replied_to_is_read_apart_from_the_reply() -> None:
    text, frames = _frames("قصفت المدفعية التركية قرى في ريف عين العرب رداً على استهداف نقطة عسكرية قرب "
                           "الحدود.")
    acts = _acts(frames)
    assert len(acts) == 1  # the attack on the post is only named: no event of its own
    assert "رداً" not in text[acts[0].sentence.start:acts[0].sentence.end]
    assert _side(acts[0]) == "tur"


def test_a_reply_after_the_act_it_answers_is_the_clause_after_the_comma() -> None:
    text = "رداً على استهداف نقطة عسكرية قرب الحدود، قصفت المدفعية التركية قرى في ريف عين العرب."
    doc = extract_text(text, published=PUB)
    ctx = sentence_contexts(doc)[0]
    assert [k for _, _, k in _clauses(ctx)] == ["replied", "act"]
    acts = _acts(sentence_frames(ctx))
    assert len(acts) == 1
    assert doc.text[acts[0].sentence.start:].startswith("قصفت")


def test_the_side_whose_act_is_answered_is_the_target_of_the_reply() -> None:
    _, frames = _frames("قصف مسلحو قسد بالصواريخ مواقع قرب مدينة الباب، رداً على قصف المدفعية التركية قرى "
                        "في ريف منبج.")
    acts = _acts(frames)
    assert len(acts) == 1
    assert _side(acts[0]) == "sdf"
    assert acts[0].actor2 is not None and acts[0].actor2.entry.key == "tur"


def test_another_side_with_its_own_verb_after_and_is_another_act() -> None:
    _, frames = _frames("الطيران الحربي الروسي يشن غارات على مواقع في ريف إدلب والفصائل المسلحة تستهدف مواقع "
                        "الجيش السوري بالصواريخ.")
    acts = _acts(frames)
    assert [_side(f) for f in acts] == ["rus", "armed_groups"]


def test_two_subjects_of_one_verb_cut_nothing() -> None:
    doc = extract_text("قصفت القوات التركية والفصائل الموالية لها قرى في ريف منبج اليوم.", published=PUB)
    ctx = sentence_contexts(doc)[0]
    assert _clause_cuts(ctx) == []
    assert len(_acts(sentence_frames(ctx))) == 1


def test_centre_as_a_region_cuts_nothing() -> None:
    doc = extract_text("قصفت الطائرات الروسية مواقع للمسلحين في بادية حمص وسط سوريا اليوم.", published=PUB)
    ctx = sentence_contexts(doc)[0]
    assert _clause_cuts(ctx) == []


def _records(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text(text, published=PUB)
    return [(e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "", e.place.id if e.place else "")
            for e in doc.events if e.event_type in ACTS]


def test_a_reply_on_a_named_target_is_not_folded_into_the_same_sides_strike_in_the_district() -> None:
    # the first strike names no target, at a district; the reply names its target at a town of that district
    recs = _records("ذكرت مصادر محلية سقوط قذائف أطلقتها قسد في محيط مخيم الأمل في ريف عفرين شمالي حلب.\n"
                    "وأضافت المصادر أنّ مسلحي قسد استهدفوا بالقذائف الصاروخية نقطة عسكرية تركية قرب بلدة "
                    "جنديرس، رداً على قصف تركي طال مواقعهم في ريف حلب.")
    assert len(recs) == 2
    assert len({place for _, _, place in recs}) == 2


def test_a_reply_told_twice_stays_one_record() -> None:
    # a headline that tells the reply at the district, and the report at the town: one act
    recs = _records("قسد تقصف ريف عفرين رداً على القصف التركي.\n"
                    "وقال مصدر محلي إنّ مسلحي قسد استهدفوا بالقذائف الصاروخية نقطة عسكرية تركية قرب بلدة "
                    "جنديرس، رداً على قصف تركي طال مواقعهم في ريف حلب.")
    assert len(recs) == 1
