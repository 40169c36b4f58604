"""Session 11 (actors): sides of an act found on fresh articles — weapons and positions that were hit, a
verbal noun's subject before its object, a new clause's own subject, a vague resistance of another clause,
the Palestinian factions' short names, counted members hit by a blast."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.actors.lexicon import actors
from rasd.document import Document
from rasd.events import frames as F
from rasd.events.stage import sentence_contexts
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 10)


def _roles(text: str) -> list[tuple[str, str, str]]:
    """(mention text, actor key, role) of every actor mention in the sentences of ``text`` that hold a trigger."""
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    out = []
    for ctx in sentence_contexts(doc):
        for span, entry in ctx.actors:
            out.append((doc.text[span.start:span.end], entry.key, F._role_of(ctx, span)))
    return out


def _role(text: str, key: str, nth: int = 0) -> str:
    return [r for _, k, r in _roles(text) if k == key][nth]


def _sides(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for _, _, a1, a2 in event_rows(text, DAY)]


def test_drone_fired_at_is_the_side_hit() -> None:
    # a drone named after "على" is what the army fired at, not the attacker's weapon
    rows = _sides("وأطلقت قوات النظام النار على طائرة مسيرة تركية حلقت فوق قرية في ريف حلب الشمالي.")
    assert rows and rows[0] == ("syr_gov", "tur")


def test_artillery_positions_shelled_are_the_target() -> None:
    rows = _sides("وقصف مجاهدو المقاومة مرابض المدفعية الإسرائيلية قرب بلدة المطلة بالصواريخ.")
    assert rows and rows[0][1] == "isr" and rows[0][0] != "isr"


def test_military_site_never_the_attacker() -> None:
    # a position named with its owner's adjective is a place that was hit: never actor1 of a fight
    rows = _sides("واستُهدف موقع شتولا العسكري الإسرائيلي بنيران مباشرة عصر اليوم.")
    assert rows and all(a1 != "isr" for a1, _ in rows) and any(a2 == "isr" for _, a2 in rows)


def test_verbal_noun_subject_with_adjective_before_its_object() -> None:
    # "استهداف المقاومة الإسلامية موقعَ …": the adjective the mention left out does not hide the object
    text = ("وقصفت قوات الاحتلال أطراف بلدة الخيام، لكن القصف توقف بعد استهداف المقاومة الإسلامية موقع "
            "الراهب الإسرائيلي.")
    assert _role(text, "resistance") == "agent"
    assert all(a2 != "resistance" for a1, a2 in _sides(text) if a1 == "isr")


def test_vague_resistance_in_a_later_clause_is_no_target() -> None:
    text = ("ونفذ الطيران الإسرائيلي غارة على بلدة عيتا الشعب، فيما دعت الأحزاب اللبنانية إلى الالتفاف حول "
            "المقاومة.")
    rows = _sides(text)
    assert rows and all(a2 != "resistance" for _, a2 in rows)


def test_new_clause_verb_takes_its_own_subject() -> None:
    text = "ودارت اشتباكات مع قوات الاحتلال في المخيم، كما استهدفت المقاومة دبابة إسرائيلية عند المدخل."
    assert _role(text, "resistance") == "agent"


def test_building_after_a_clause_verb_stays_the_target() -> None:
    # people or buildings after the verb of a new clause are what it hit, never its subject
    text = "وشنّ الاحتلال غارة على البلدة، استهدفت مبنى سكنياً في الحي الشرقي."
    roles = [r for _, k, r in _roles(text) if actors()[k].inter == 7]
    assert roles and "agent" not in roles


@pytest.mark.parametrize(("name", "key"), [("كتائب الأقصى", "al_aqsa"), ("لجان المقاومة الشعبية", "prc"),
                                           ("لجان المقاومة في فلسطين", "prc")])
def test_faction_short_names(name: str, key: str) -> None:
    keys = [k for _, k, _ in _roles(f"وأعلنت {name} قصف تجمع لجنود الاحتلال بقذائف الهاون شرق رفح.")]
    assert key in keys and "resistance" not in keys and "pal_resistance" not in keys


def test_counted_members_of_a_force_are_the_side_hit() -> None:
    text = "إصابة 12 عنصراً من قوى الأمن الداخلي بانفجار عبوة ناسفة على طريق درعا."
    rows = _sides(text)
    assert rows and rows[0][0] != "syr_police" and rows[0][1] == "syr_police"


def test_verbal_noun_with_pronoun_object() -> None:
    # "استهداف X لها": the object is a pronoun after "لـ", so X is the one who struck
    text = "واحترقت شقق سكنية قرب المستشفى من جراء استهداف الاحتلال لها بقنابل حارقة."
    assert _role(text, "isr") == "agent"
    assert all(a1 in ("isr", "") for a1, _ in _sides(text))
