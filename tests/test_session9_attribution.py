"""Attribution, claims and PLOVER mode of event records (session 9 audit).

Own-words sentences.  The cited name after a verb of saying is its subject only: the verb's object (a
verbal noun "استهداف", "مقتل"; published footage "مشاهد"), an adverb ("بدوره", "مجدداً"), the verb after
"بحسب ما" and a ب object ("أقرّ بإصابة") are no part of it; a named group is taken whole; "أشار",
"أقرّ", "أورد" … cite as "قال" does; a passive or "لـ" form of "نقل" cites no one; a headline "X: …"
cites X when X is a source noun, an interview "للميادين" or a quoted outlet.  "…، متهمةً X بـ…" is a
claim of the sentence's speaker.  A sub-event type that names the means fixes the PLOVER mode.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Event
from rasd.output.records import plover
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)


def _attributions(text: str) -> list[list[str]]:
    return [list(e.attribution) for e in extract_text(text, published=PUB).events]


@pytest.mark.parametrize(("text", "cited"), [
    # the verbal noun after the subject is the announced act
    ("أعلنت كتائب القسام استهداف دبابة إسرائيلية بقذيفة في خان يونس صباح اليوم.", "كتائب القسام"),
    # footage a group publishes is no part of its name
    ("ونشرت سرايا القدس مشاهد من قصف مقاتليها تجمعا لجنود الاحتلال بقذائف الهاون شرق رفح أمس.", "سرايا القدس"),
    # the verb after "حسبما" / "بحسب ما" is skipped
    ("وحسبما أوردت وكالة سانا، قصفت مدفعية الجيش مواقع المسلحين في ريف إدلب اليوم.", "وكالة سانا"),
    ("قصفت مدفعية الاحتلال أطراف بلدة الناقورة، بحسب ما أورد مراسل الميادين.", "مراسل الميادين"),
    # further verbs of reporting and admitting
    ("وأشار مراسلنا إلى أن طائرات الاحتلال قصفت منزلا في حي الزيتون فجر اليوم.", "مراسلنا"),
    # a quoted word and the definite word after it make one name
    ("وأقرّ \"جيش\" الاحتلال بإصابة جنديين في اشتباكات مع مقاومين شرق جباليا أمس.", "جيش الاحتلال"),
    # a named group is taken whole, past the three-word limit
    ("وقالت كتائب الشهيد عز الدين القسام إن مقاتليها قصفوا تجمعا لجنود الاحتلال بقذائف الهاون اليوم.",
     "كتائب الشهيد عز الدين القسام"),
    # headlines "X: …"
    ("مصدر عسكري للميادين: مسيرة إسرائيلية تستهدف سيارة في بنت جبيل اليوم", "مصدر عسكري"),
    ("إعلام إسرائيلي: صواريخ من لبنان تسقط في كريات شمونة صباح اليوم", "إعلام إسرائيلي"),
])
def test_cited_name_is_the_subject_only(text: str, cited: str) -> None:
    found = _attributions(text)
    assert found and all(a == [cited] for a in found), found


@pytest.mark.parametrize("text", [
    # an adverb after the verb: the speaker stood before it
    "وأكد بدوره سقوط ثلاثة قتلى في قصف مدفعي على بلدة بيت لاهيا أمس.",
    # "نُقل" (was carried) cites no one
    "ونُقل ثلاثة جرحى إلى المستشفى بعد قصف مدفعي استهدف سوق بلدة الخيام مساء أمس.",
    # a place before a headline colon is no source
    "الخيام: قصف مدفعي إسرائيلي يستهدف أطراف البلدة صباح اليوم",
])
def test_no_source_is_cited(text: str) -> None:
    found = _attributions(text)
    assert found and all(a == [] for a in found), found


def test_accusing_participle_names_the_speaker_as_claimer() -> None:
    text = "أعلنت أذربيجان إطلاق عملية عسكرية، متهمة مسلحين أرمن بقتل ثلاثة شرطيين في انفجار لغم أرضي أمس."
    evs = [e for e in extract_text(text, published=PUB).events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert evs and all(e.claimed_by == "أذربيجان" for e in evs)


def test_own_claim_of_an_attack_is_no_allegation() -> None:
    # a group announcing its own attack is the attacker (actor1), not one side's allegation
    evs = extract_text("أعلنت سرايا القدس قصف تجمع لجنود الاحتلال بقذائف الهاون شرق خان يونس صباح اليوم.",
                       published=PUB).events
    assert evs and all(e.claimed_by == "" for e in evs)


@pytest.mark.parametrize(("sub", "ptype", "mode", "want"), [
    ("Shelling/artillery/missile attack", "ASSAULT", "", {"event_type": "ASSAULT", "mode": "explosives"}),
    ("Air/drone strike", "ASSAULT", "explosives", {"event_type": "ASSAULT", "mode": "aerial"}),
    ("Air/drone strike", "ASSAULT", "drone", {"event_type": "ASSAULT", "mode": "drone"}),
    ("Arrests", "", "", {"event_type": "COERCE", "mode": "arrest"}),
    ("Armed clash", "ASSAULT", "", {"event_type": "ASSAULT", "mode": ""}),
    ("Armed clash", "ASSAULT", "firearms", {"event_type": "ASSAULT", "mode": "firearms"}),
])
def test_plover_follows_the_sub_event_type(sub: str, ptype: str, mode: str, want: dict[str, str]) -> None:
    ev = Event(event_type="", sub_event_type=sub, plover_type=ptype, plover_mode=mode)
    assert plover(ev) == want
