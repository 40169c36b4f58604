"""Session 7, events abroad (Lebanon, Palestine, Israel): the place, the actors and the toll of an event
reported outside Syria.  Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 10)


def _places(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published=DAY)
    return [(doc.span_text(p), p.value.country) for p in doc.layer("places")]


def _actors(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published=DAY)
    return [(doc.span_text(a), a.value.name) for a in doc.layer("actors")]


def test_wounded_by_passive_participle_are_not_added_to_the_dead() -> None:
    text = "قالت وزارة الصحة في غزة إن غارات الاحتلال على القطاع أوقعت أمس 40 شهيداً و95 مصاباً."
    events = extract_text(text, published=DAY).events
    assert events
    assert all(e.fatalities == 40 for e in events)
    assert events[0].quantities.get("injured") == 95


def test_wounded_plural_after_the_dead_is_injured() -> None:
    text = "ارتكب الاحتلال مجزرة في مخيم جباليا راح ضحيتها 12 شهيداً و30 مصابين."
    events = extract_text(text, published=DAY).events
    assert events and events[0].fatalities == 12


def test_soldiers_of_the_occupation_are_israels_not_the_host_army() -> None:
    text = "أعلن حزب الله أنه استهدف بالصواريخ تجمعاً لجنود الاحتلال قرب الحدود الجنوبية للبنان."
    events = extract_text(text, published=DAY).events
    assert events
    sides = {e.actor2.name for e in events if e.actor2 is not None}
    assert sides == {"Military Forces of Israel (2009-)"}


def test_soldiers_of_a_quoted_army_name_are_that_army() -> None:
    text = 'قصف حزب الله بالمدفعية انتشاراً لجنود "جيش" الاحتلال في مستوطنة شلومي.'
    events = extract_text(text, published=DAY).events
    assert events
    assert events[0].actor2 is not None and events[0].actor2.name == "Military Forces of Israel (2009-)"


def test_a_bare_soldier_word_stays_the_host_army() -> None:
    names = [n for _s, n in _actors("أصيب ثلاثة جنود في انفجار لغم قرب بلدة مرجعيون.")]
    assert "Military Forces of Israel (2009-)" not in names


def test_attack_on_a_border_settlement_is_in_israel() -> None:
    text = "استهدف حزب الله بصلية صاروخية مستوطنة شتولا اليوم."
    events = extract_text(text, published=DAY).events
    assert events and events[0].place is not None
    assert events[0].place.country == "Israel"
    assert events[0].place.lat is not None


def test_north_of_occupied_palestine_is_israel() -> None:
    text = "أطلق حزب الله عشرات الصواريخ على قاعدة عسكرية شمالي فلسطين المحتلة."
    events = extract_text(text, published=DAY).events
    assert events and events[0].place is not None
    assert events[0].place.country == "Israel"


def test_phrase_of_the_fallen_on_the_road_to_jerusalem_is_no_place() -> None:
    places = _places("نعى حزب الله أحد مقاتليه الذي ارتقى شهيداً على طريق القدس.")
    assert not any(c == "Palestine" for _w, c in places)


def test_palestinian_armed_wings_are_their_movements() -> None:
    names = [n for _s, n in _actors("قصفت سرايا القدس وكتائب شهداء الأقصى قوات الاحتلال المتوغلة بقذائف الهاون.")]
    assert "PIJ: Palestinian Islamic Jihad" in names
    assert "Al Aqsa Martyrs Brigade" in names


def test_a_hospital_named_after_martyrs_is_no_armed_group() -> None:
    names = [n for _s, n in _actors("وصل الجرحى إلى مستشفى شهداء الأقصى في دير البلح.")]
    assert "Al Aqsa Martyrs Brigade" not in names


def test_the_west_bank_by_its_plain_name_is_the_west_bank() -> None:
    places = _places("اعتقلت قوات الاحتلال فجر اليوم خمسة شبان خلال اقتحامها بلدات في الضفة الغربية.")
    assert ("الضفة الغربية", "Palestine") in places
