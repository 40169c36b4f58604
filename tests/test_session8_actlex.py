"""Actor recognition gaps (session 8): an act noun in the indefinite accusative with a state's adjective
("قصفاً مدفعياً إسرائيلياً") names the state; a state's air defences with its adjective ("الدفاع الجوي
الروسية") name its forces; a verbal noun of attack with the actor and then "لـ" and the thing hit
("استهداف الاحتلال لمخيم") makes the actor the attacker."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import _accusative, aliases
from rasd.arabic.normalize import norm_key
from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 6, 3)


def _actor_keys(text: str) -> list[str]:
    doc = extract_text(text, published=DAY)
    return [s.value.key for s in doc.layer("actors")]


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def test_accusative_of_a_singular_noun_phrase() -> None:
    assert _accusative("قصف مدفعي") == "قصفا مدفعيا"
    assert _accusative("غارة") == "غارة"  # a feminine noun keeps its form
    assert _accusative("غارات") == "غارات"
    assert _accusative("سلاح الجو") == "سلاح الجو"  # a construct takes no tanwin


def test_accusative_shelling_with_a_state_adjective_names_the_state() -> None:
    keys = _actor_keys("ذكر شهود أن قصفاً مدفعياً إسرائيلياً طال أطراف قرية حولا صباح اليوم.")
    assert keys == ["isr"]


def test_accusative_targeting_with_an_american_adjective() -> None:
    assert "usa" in _actor_keys("رصد الأهالي استهدافاً أميركياً لشاحنة قرب الحدود.")


def test_nominative_adjective_does_not_take_the_accusative_noun() -> None:
    # "قصفاً" with a nominative adjective is no phrase of the lexicon
    surfaces = {norm_key(s) for s, _ in aliases()}
    assert norm_key("قصفا اسرائيلي") not in surfaces
    assert norm_key("قصفا اسرائيليا") in surfaces


def test_terror_adjective_takes_no_accusative() -> None:
    # "شهدت المدينة هجوماً إرهابياً" describes an attack in any voice: no opposition actor from it
    surfaces = {norm_key(s) for s, _ in aliases()}
    assert norm_key("هجوما ارهابيا") not in surfaces
    assert norm_key("هجوم ارهابي") in surfaces


def test_targeting_with_an_intervening_artillery_adjective() -> None:
    assert _actor_keys("نقل جريحان إلى المشفى بعد استهدافٍ مدفعي إسرائيلي لأطراف البلدة.") == ["isr"]


def test_air_defences_with_the_adjective_of_their_unit() -> None:
    assert "rus" in _actor_keys("أعلنت موسكو أن منظومات الدفاع الجوي الروسية أسقطت أربع مسيّرات فوق بيلغورود.")


def test_masdar_actor_and_lam_object_makes_the_actor_the_attacker() -> None:
    events = _events("وصل ثلاثة جرحى إلى مستشفى العودة بعد استهداف الاحتلال لمنزل في مخيم النصيرات وسط قطاع غزة.")
    assert events
    assert any(e.actor1 is not None and e.actor1.key == "isr" for e in events)
    assert not any(e.actor2 is not None and e.actor2.key == "isr" for e in events)


def test_masdar_actor_then_time_phrase_is_no_object() -> None:
    # "لليوم الثالث" is a time phrase, not the thing hit: the actor is not made the attacker by it
    from rasd.events.frames import _TIME_OBJECTS
    assert norm_key("لليوم") in _TIME_OBJECTS
