"""Event typing, round 9: remote attacks are Explosions/Remote violence, a clash needs two sides in
contact, interceptions and named operations report no strike or battle (own-words sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.pipeline import extract_text

SUNDAY = dt.date(2024, 3, 3)


def _types(text: str, published: dt.date = SUNDAY) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=published).events]


@pytest.mark.parametrize(("text", "expected"), [
    # a "targeting" with no weapon and no firing: a strike from afar, not a clash
    ("استهدفت فصائل مسلحة بلدة محردة في ريف حماة يوم الأحد، ما أدى إلى أضرار مادية.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # the attacker is aircraft: an air strike
    ("استهدفت الطائرات الحربية الروسية مقرات للفصائل في ريف إدلب يوم الأحد.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a volley of rockets, whoever fires it
    ("استهدفت المقاومة قاعدة أميركية في ريف الحسكة برشقة صاروخية يوم الأحد.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("نفذ الجيش التركي هجوما صاروخيا على قرية قرب منبج يوم الأحد.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # a raid from the air
    ("أغارت الطائرات الإسرائيلية فجر اليوم على مواقع عسكرية في ريف دمشق، ما أدى إلى مقتل ثلاثة عناصر.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # drones named as "الطيران المسير"
    ("أعلنت المقاومة استهداف قاعدة التنف عبر الطيران المُسيّر يوم الأحد.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # an assault word beside the targeting: a ground attack
    ("شن مقاتلو العشائر هجوما استهدف مواقع قسد في بلدة الطيانة يوم الأحد.", ("Battles", "Armed clash")),
    # a targeting with a firing word: a fight at close range
    ("استهدف مسلحون حاجزا للجيش في ريف درعا بالرصاص يوم الأحد.", ("Battles", "Armed clash")),
    # gunmen as the attacker and no weapon named: a shooting, a clash with soldiers ...
    ("استهدف مسلحون مجهولون دورية للجيش على طريق درعا يوم الأحد، ما أدى إلى مقتل عنصرين.",
     ("Battles", "Armed clash")),
    # ... and an attack on civilians
    ("استهدف مسلحون مجهولون سيارة مدنية على طريق درعا يوم الأحد، ما أدى إلى مقتل مدنيين اثنين.",
     ("Violence against civilians", "Attack")),
])
def test_targeting_without_a_weapon(text: str, expected: tuple[str, str]) -> None:
    assert _types(text) == [expected]


def test_aggression_is_a_strike_not_a_clash() -> None:
    """ "عدوان" names an attack from afar; with no weapon named it is remote violence."""
    types = _types("تعرضت مواقع للجيش في ريف القنيطرة لعدوان جديد فجر اليوم، ما أدى إلى أضرار مادية.")
    assert types and all(t[0] == "Explosions/Remote violence" for t in types)


def test_generic_headline_joins_the_rocket_attack_it_announces() -> None:
    """An article that names two weapons (rockets today, a drone earlier): the headline's bare
    "targeting" of the base is the rocket attack, not a separate clash at the base."""
    text = ("استهداف جديد للقاعدة الأميركية في حقل العمر\n\n"
            "استهداف القاعدة الأميركية في حقل العمر النفطي بريف دير الزور.\n\n"
            "أفادت مصادر محلية، اليوم الأحد، بأن القاعدة الأميركية في حقل العمر النفطي استهدفت بثلاثة صواريخ "
            "أطلقت من البادية.\n\n"
            "وكانت طائرة مسيرة قد استهدفت قاعدة الشدادي الأميركية يوم الجمعة الماضي.")
    types = _types(text)
    assert ("Battles", "Armed clash") not in types
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in types


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع السورية إسقاط ثلاث طائرات مسيرة أطلقتها المجموعات المسلحة باتجاه ريف اللاذقية يوم الأحد.",
    "قامت الدفاعات الجوية باعتراض عدد من الصواريخ فوق ريف دمشق فجر اليوم.",
])
def test_downed_or_intercepted_weapons_are_no_strike(text: str) -> None:
    assert _types(text) == [("Strategic developments", "Disrupted weapons use")]


def test_named_operation_is_no_battle() -> None:
    """ "معركة" followed by a quoted name names a war or an operation, not a clash of the day."""
    assert not _types("وتواصل الفصائل هجماتها بالتزامن مع معركة \"الفتح المبين\" التي أعلنتها قبل أسبوع.")


def test_explosions_caused_by_rockets_are_the_rocket_attack() -> None:
    assert _types("سمع دوي انفجارات في القاعدة الأميركية في حقل العمر، ناجمة عن سقوط صواريخ أطلقت من البادية "
                  "يوم الأحد.") == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize(("text", "expected"), [
    # an "operation" carried out with drones is a drone strike ...
    ("نفذت القوات التركية عملية عسكرية بطائرات مسيرة على مواقع قسد في ريف الحسكة يوم الأحد.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # ... but a battle between two sides stays a battle, whatever weapons it used
    ("اندلعت معركة عنيفة بين الجيش ومسلحي داعش في البادية استخدمت فيها قذائف الهاون يوم الأحد.",
     ("Battles", "Armed clash")),
])
def test_weak_operation_word_and_a_weapon(text: str, expected: tuple[str, str]) -> None:
    assert _types(text) == [expected]
