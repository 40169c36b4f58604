"""Session 9, actors second round (audit of a fresh article pool): allies are never each other's opponents.

- factions of one front (actors.tsv ``front``: the Palestinian factions, Hezbollah, the Iraqi resistance)
  named together in one act are its actor and associate, never actor1 and actor2 ("بالاشتراك مع",
  "X وY تستهدفان");
- a faction that tells an act of its own after the first act word is no associate of the first;
- the front's unnamed whole ("المقاومة") beside a faction it names is that faction;
- an army named in scare quotes ("الجيش" in quotation marks) is the occupation's army, not the army of
  the country reported from;
- the subject of "تعرّض" (to be subjected to) is the side hit.
"""

from __future__ import annotations

import datetime as dt

from helpers import event_rows

from rasd.actors.lexicon import ActorEntry, actors, validate
from rasd.actors.stage import recognize_actors
from rasd.document import Document
from rasd.events.frames import _allied
from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 12)


def _records(text: str) -> list[dict[str, object]]:
    return records(extract_text(text, published=DAY), timestamp=0)


def _actor_spans(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=DAY)
    recognize_actors(doc)
    return [(doc.span_text(s), s.value.key) for s in doc.layer("actors")]


def test_front_members_are_allies_but_not_one_side() -> None:
    table = actors()
    hamas, pij, isr = table["hamas"], table["pij"], table["isr"]
    assert _allied(hamas, pij) and _allied(table["hezbollah"], table["al_aqsa"])
    assert not _allied(hamas, isr)
    # a front is no side: each faction's own acts are not merged for it
    assert hamas.side == "" and pij.side == ""


def test_front_column_is_validated(tmp_path: object) -> None:
    assert not [p for p in validate() if "front" in p]
    assert ActorEntry("x", "X", 3, front="axis").front == "axis"


def test_joint_operation_partner_is_an_associate() -> None:
    text = ("قالت سرايا القدس في بيان مساء الأحد إنّ مقاتليها قصفوا بالاشتراك مع كتائب "
            "القسام تجمعاً لجنود الاحتلال شرقي مدينة رفح بقذائف الهاون.")
    recs = _records(text)
    assert recs
    r = recs[0]
    assert r["actor1"] == "PIJ: Palestinian Islamic Jihad"
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert "Hamas Movement" in str(r["assoc_actor_1"])


def test_two_factions_as_one_subject_face_the_enemy() -> None:
    text = ("في عملية مشتركة، كتائب القسام وسرايا القدس تستهدفان دبابة إسرائيلية بقذيفة مضادة للدروع شمالي "
            "بيت حانون.")
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "hamas" and rows[0][3] == "isr"
    recs = _records(text)
    assert "PIJ" in str(recs[0]["assoc_actor_1"])


def test_ally_telling_its_own_act_is_no_associate_nor_target() -> None:
    text = ("كتائب القسام تقصف مستوطنة نير عوز برشقة صاروخية، وسرايا القدس تدك موقعاً عسكرياً قرب معبر كرم "
            "أبو سالم.")
    for r in _records(text):
        if r["actor1"] == "Hamas Movement":
            assert r["actor2"] != "PIJ: Palestinian Islamic Jihad"
            assert "PIJ" not in str(r["assoc_actor_1"])


def test_unnamed_resistance_is_the_faction_it_names() -> None:
    text = ("واستهدفت المقاومة الفلسطينية، ممثلة بكتائب أبو علي مصطفى، آلية عسكرية إسرائيلية بعبوة ناسفة في حي "
            "الشجاعية.")
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "pflp"
    assert all("pal_resistance" not in (a1, a2) for _, _, a1, a2 in rows)


def test_quoted_army_is_the_occupation_army() -> None:
    spans = _actor_spans('قال المتحدث باسم "الجيش" إنّ قواته ردّت على مصادر النيران.')
    assert ("الجيش", "isr") in spans
    # without quotes the army stays the army of the place reported from
    assert ("الجيش", "state_generic") in _actor_spans("وانتشر الجيش في شوارع المدينة بعد الاشتباكات.")
    text = 'وأقرت وسائل إعلام بإصابة ثلاثة من جنود "الجيش" بصاروخ موجه أطلقه حزب الله على موقع قرب بلدة المطلة.'
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "hezbollah" and rows[0][3] == "isr"


def test_subject_of_suffering_verb_is_the_side_hit() -> None:
    text = 'وتحدثت وسائل إعلام عن خسائر فادحة تعرّض لها "الجيش" في كمين نصبه مقاتلو حزب الله قرب بلدة عيتا الشعب.'
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "hezbollah" and rows[0][3] == "isr"
