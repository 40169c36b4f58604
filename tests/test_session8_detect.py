"""Detection and typing, session 8: aircraft that fire or bomb, buildings blown up, street confrontations of
youths, the health ministry's tally of massacres, the front named by "محور القتال", and a group's unnamed
weapon that is not the other side's air strike.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows, trigger_context

from rasd.events.frames import sentence_frames

PUB = dt.date(2024, 5, 14)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return event_rows(text, PUB)


def _types(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[1]) for e in _events(text)}


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DEMOLITION = ("Strategic developments", "Looting/property destruction")


def test_aircraft_firing_at_houses_is_an_air_strike() -> None:
    text = "أطلقت طائرات الاحتلال النار صباح اليوم على منازل المواطنين في بلدة بيت حانون شمال قطاع غزة."
    types = _types(text)
    assert AIR in types
    assert not any(t[0] in ("Battles", "Violence against civilians") for t in types)


def test_aircraft_bombing_is_an_air_strike_not_shelling() -> None:
    text = "قصفت طائرات الاحتلال الحربية منزلاً في مخيم جباليا فجر اليوم، ما أدى إلى استشهاد ثلاثة مواطنين."
    types = _types(text)
    assert AIR in types
    assert SHELLING not in types


def test_quadcopters_firing_after_a_raid_are_a_drone_strike() -> None:
    text = ("حاصرت قوات الاحتلال مستشفى العودة في بيت لاهيا اليوم، وأطلقت طائرات الكواد كابتر نيرانها "
            "على محيطه.")
    assert AIR in _types(text)


def test_kites_fired_at_are_no_air_strike() -> None:
    ctx = trigger_context("أطلق جنود الاحتلال النار على طائرات ورقية رفعها أطفال قرب السياج شرق خان يونس اليوم.")
    assert ctx is not None
    assert not any((f.event_type, f.sub_event_type) == AIR for f in sentence_frames(ctx))


def test_buildings_blown_up_are_a_destruction_of_property() -> None:
    text = "وفي وقت لاحق اليوم، نسف جيش الاحتلال عدداً من المنازل في حي الشجاعية شرق مدينة غزة."
    assert DEMOLITION in _types(text)


def test_a_deal_blown_up_is_no_event() -> None:
    text = "وقال المتحدث إن الحكومة نسفت اليوم كل جهود التسوية مع المعارضة في رام الله."
    assert _events(text) == []


def test_youths_confronting_soldiers_is_a_riot() -> None:
    text = "اندلعت مساء اليوم مواجهات بين شبان فلسطينيين وقوات الاحتلال عند مدخل بلدة بيتا جنوب نابلس."
    types = _types(text)
    assert ("Riots", "Violent demonstration") in types
    assert ("Battles", "Armed clash") not in types


def test_fighters_confronting_soldiers_is_a_clash() -> None:
    text = "اندلعت اليوم مواجهات عنيفة بين المقاومين وقوات الاحتلال في مخيم بلاطة شرق نابلس."
    types = _types(text)
    assert ("Battles", "Armed clash") in types
    assert not any(t[0] == "Riots" for t in types)


def test_the_ministrys_tally_of_massacres_is_no_event() -> None:
    text = ("وأعلنت وزارة الصحة في غزة أن الاحتلال ارتكب 5 مجازر بحق العائلات خلال الساعات الـ24 الماضية، "
            "أسفرت عن 40 شهيداً و90 جريحاً.")
    assert _events(text) == []


def test_a_headline_counting_massacres_is_no_event() -> None:
    assert _events("ثلاث مجازر جديدة للاحتلال في قطاع غزة: 35 شهيداً وعشرات الجرحى") == []


def test_one_massacre_named_in_the_tally_is_an_event() -> None:
    text = ("وارتكب الاحتلال أمس 7 مجازر، من بينها مجزرة بحق النازحين في مدرسة بمخيم الشاطئ غرب مدينة غزة، "
            "أدت إلى ارتقاء 15 شهيداً.")
    assert _events(text)


def test_mortars_on_a_front_are_shelling_not_a_fight() -> None:
    text = ("أعلنت سرايا القدس اليوم قصف تجمع لجنود الاحتلال في محور القتال شرق مدينة خان يونس "
            "بقذائف الهاون.")
    types = _types(text)
    assert SHELLING in types
    assert ("Battles", "Armed clash") not in types


def test_a_groups_unnamed_weapon_is_not_the_other_sides_air_strike() -> None:
    text = ("استهدف حزب الله اليوم موقع المالكية الإسرائيلي بالأسلحة المناسبة محققاً إصابة مباشرة.\n"
            "وشنت طائرات الاحتلال الحربية غارة على أطراف بلدة عيترون جنوب لبنان.")
    rows = _events(text)
    hezbollah = [e for e in rows if e[2] == "hezbollah"]
    assert hezbollah
    assert all((e[0], e[1]) != AIR for e in hezbollah)
    assert any((e[0], e[1]) == AIR and e[2] == "isr" for e in rows)
