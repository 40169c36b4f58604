"""Session 7, actors: who initiates and who is hit.

- a bare word of the resistance ("المقاومة") in an article that names no group of its own is an
  unidentified armed group (in Palestine: the Palestinian factions), never dropped;
- an actor named in a phrase of motive ("نصرة لغزة التي تواجه العدوان …", "لحين توقف القصف …") did the
  act the cause is about, so it is the side hit, not the initiator;
- a verbal noun of attacking or downing whose first complement is an actor and whose next word is a bare
  object ("استهداف X مواقع …", "إسقاط X طائرة …") takes that actor as its agent.
"""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.events.frames import _role_of
from rasd.events.stage import sentence_contexts
from rasd.output.records import records
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(r["actor1"], r["actor2"]) for r in records(extract_text(text, published=PUB), timestamp=0)
            if r["disorder_type"] == "Political violence"]


def _roles(text: str) -> dict[str, str]:
    doc = extract_text(text, published=PUB)
    out: dict[str, str] = {}
    for ctx in sentence_contexts(doc):
        for span, _entry in ctx.actors:
            out[doc.text[span.start:span.end]] = _role_of(ctx, span)
    return out


def test_bare_resistance_with_no_named_group_is_kept_in_palestine() -> None:
    pairs = _pairs("المقاومة تستهدف بقذائف الهاون قوات الاحتلال عند أطراف حي الزيتون في مدينة غزة.")
    assert pairs and pairs[0][0] == "Unidentified Armed Group (Palestine)"
    assert pairs[0][1].startswith("Military Forces of Israel")


def test_bare_resistance_still_takes_the_group_the_article_names() -> None:
    pairs = _pairs("أعلنت المقاومة الإسلامية في العراق قصف قاعدة أميركية في ريف الحسكة.\n"
                   "وقالت المقاومة إنها استهدفت القاعدة الأميركية بطائرتين مسيرتين.")
    assert pairs and all(a1 == "Islamic Resistance in Iraq" for a1, _ in pairs)


def test_the_actor_of_a_cause_is_the_side_hit() -> None:
    roles = _roles("أعلنت المقاومة الإسلامية في العراق أنها ضربت هدفا في ميناء حيفا نصرة لغزة التي تواجه "
                   "العدوان الإسرائيلي منذ أسابيع.")
    assert roles["العدوان الإسرائيلي"] == "target"
    pairs = _pairs("أعلنت المقاومة الإسلامية في العراق اليوم أنها قصفت بالصواريخ قاعدة التنف في سوريا نصرة لغزة "
                   "التي تواجه العدوان الإسرائيلي.")
    assert pairs and pairs[0][0] == "Islamic Resistance in Iraq"


def test_an_actor_far_after_the_cause_or_past_a_comma_is_not_in_it() -> None:
    roles = _roles("قصفت المدفعية التركية قرى في ريف منبج، في ظل استمرار التوتر، وردت قسد بقصف مواقع تركية.")
    assert roles["المدفعية التركية"] != "target"
    roles = _roles("نصرة للأسرى، قصفت الطائرات الإسرائيلية موقعا في ريف القنيطرة.")
    assert roles["الطائرات الإسرائيلية"] != "target"


def test_the_first_complement_of_a_verbal_noun_with_an_object_is_the_agent() -> None:
    roles = _roles("اندلعت حرائق في بلدات الجليل بعد استهداف حزب الله عددا من مواقع الاحتلال بالصواريخ.")
    assert roles["حزب الله"] == "agent"
    roles = _roles("قال مصدر إن الحادثة وقعت بعد إسقاط الدفاعات الجوية السورية طائرة مسيرة فوق ريف درعا.")
    assert roles["الدفاعات الجوية السورية"] == "agent"


def test_the_complement_of_a_verbal_noun_with_no_object_is_what_was_hit() -> None:
    roles = _roles("أكدت مصادر محلية استهداف حزب الله بغارة جوية قرب الحدود.")
    assert roles["حزب الله"] != "agent"


def test_a_strike_noun_before_the_verb_is_its_subject() -> None:
    # "عمليات استهدفت X": the operations did the targeting, X was hit; with the verb first, X strikes
    roles = _roles("مشاهد من عمليات استهدفت المسلحين في ريف إدلب الجنوبي.")
    assert roles["المسلحين"] == "target"
    roles = _roles("استهدفت قوات النظام بلدة في ريف إدلب الجنوبي.")
    assert roles["قوات النظام"] == "agent"
