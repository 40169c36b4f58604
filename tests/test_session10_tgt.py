"""The side an attack hits (actor2) when the text names it only through what was hit: a vehicle, a gathering
or a navy with the state's adjective ("الآليات الإسرائيلية", "التجمعات الإسرائيلية", "البحرية الأميركية"), a
position named by its own name before the adjective ("موقع "X" العسكري الإسرائيلي"), a unit with a word of
kind before the adjective ("دبابة ميركافا إسرائيلية"), a thing joined by "و" to a gathering that was hit, and
a vague army word beside a named force.  Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Event
from rasd.events.frames import _role_of
from rasd.events.stage import sentence_contexts
from rasd.pipeline import Pipeline, extract_text

DAY = dt.date(2024, 2, 12)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _keys(e: Event) -> tuple[str, str]:
    return (e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "")


def _roles(text: str) -> dict[str, tuple[str, str]]:
    """(actor key, role) of each actor mention of the (one-sentence) text, by its surface."""
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    out: dict[str, tuple[str, str]] = {}
    for ctx in sentence_contexts(doc):
        for span, entry in ctx.actors:
            out[ctx.nt.original[span.start:span.end]] = (entry.key, _role_of(ctx, span))
    return out


def test_gathering_with_state_adjective_is_the_side_hit() -> None:
    evs = _events("وأطلقت كتائب القسام قذائف الهاون تجاه التجمعات الإسرائيلية شرقي مدينة رفح.")
    assert evs
    assert _keys(evs[0]) == ("hamas", "isr")


def test_vehicles_with_state_adjective_are_the_side_hit() -> None:
    evs = _events("وقالت سرايا القدس إن مقاتليها استهدفوا الآليات الإسرائيلية المتقدمة غربي مخيم جباليا بقذائف الهاون.")
    assert evs
    assert _keys(evs[0]) == ("pij", "isr")


def test_vehicles_with_state_adjective_that_raid_are_the_raiders() -> None:
    evs = _events("واقتحمت آليات إسرائيلية بلدة يعبد جنوب غرب جنين واعتقلت أربعة شبان.")
    assert evs
    assert evs[0].actor1 is not None and evs[0].actor1.key == "isr"


def test_ship_of_a_navy_names_the_navys_state() -> None:
    evs = _events("وأطلقت القوات المسلحة اليمنية صاروخاً بحرياً على سفينة تابعة للبحرية الأميركية في البحر الأحمر.")
    assert evs
    assert evs[0].actor2 is not None and evs[0].actor2.key == "usa"


def test_position_named_before_the_adjective_is_the_states() -> None:
    roles = _roles('وقصفت سرايا القدس الحشود العسكرية في موقع "ناحل" العسكري الإسرائيلي برشقة صاروخية.')
    assert roles.get('موقع "ناحل" العسكري الإسرائيلي') == ("isr", "target")
    evs = _events('وقصفت سرايا القدس الحشود العسكرية في موقع "ناحل" العسكري الإسرائيلي برشقة صاروخية.')
    assert evs and _keys(evs[0]) == ("pij", "isr")


def test_base_named_before_the_adjective_is_the_states() -> None:
    roles = _roles('واستهدفت فصائل عراقية قاعدة "الوادي" الأميركية بطائرة مسيرة.')
    assert roles.get('قاعدة "الوادي" الأميركية') == ("usa", "target")


def test_common_noun_between_is_no_name() -> None:
    # "نقاط المراقبة التركية" describes the posts, it does not name one: no mention of its own is made
    roles = _roles("وقصف الجيش مقراً للمسلحين قريباً من إحدى نقاط المراقبة التركية شرق إدلب.")
    assert "نقاط المراقبة التركية" not in roles


def test_unit_with_a_word_of_kind_before_the_adjective() -> None:
    evs = _events("واستهدفت كتائب القسام دبابة ميركافا إسرائيلية بقذيفة مضادة للدروع شرقي خان يونس.")
    assert evs and _keys(evs[0]) == ("hamas", "isr")
    roles = _roles("وفجرت سرايا القدس عبوة ناسفة بقوة راجلة إسرائيلية قرب مخيم نور شمس.")
    assert roles.get("قوة راجلة إسرائيلية", ("", ""))[0] == "isr"


def test_preposition_is_no_word_of_kind() -> None:
    roles = _roles("وشن الطيران غارة على موقع إسرائيلي قرب الحدود.")
    assert "غارة على موقع إسرائيلي" not in roles


def test_thing_joined_to_a_gathering_hit_is_hit_too() -> None:
    roles = _roles("وقصفت الكتائب حشود الجنود والآليات الإسرائيلية بقذائف الهاون في حي الشجاعية.")
    assert roles.get("الآليات الإسرائيلية") == ("isr", "target")


def test_vague_soldiers_beside_a_named_force_are_that_force() -> None:
    evs = _events("وقصفت سرايا القدس حشود الجنود والآليات الإسرائيلية بقذائف الهاون في حي الشجاعية.")
    assert evs
    assert evs[0].actor2 is not None and evs[0].actor2.key == "isr"


def test_aircraft_after_the_object_lam_of_targeting_is_hit() -> None:
    roles = _roles("وبثت كتائب القسام مشاهد من استهداف مقاتليها لمروحية إسرائيلية بصاروخ موجه شرقي رفح.")
    assert roles.get("مروحية إسرائيلية") == ("isr", "target")
    evs = _events("وبثت كتائب القسام مشاهد من استهداف مقاتليها لمروحية إسرائيلية بصاروخ موجه شرقي رفح.")
    assert evs and _keys(evs[0]) == ("hamas", "isr")


def test_aircraft_after_the_lam_of_a_strike_noun_still_strikes() -> None:
    evs = _events("وأصيب مدنيان بقصف لطائرة مسيرة إسرائيلية على بلدة حولا جنوبي لبنان.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.key == "isr"


def test_ally_named_after_the_side_hit_is_a_partner() -> None:
    text = "واستهدفت المقاومة الفلسطينية، ممثلة بسرايا القدس، آلية عسكرية إسرائيلية بعبوة ناسفة في حي الزيتون."
    evs = _events(text)
    assert evs and _keys(evs[0]) == ("pij", "isr")
