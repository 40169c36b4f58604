"""Session 6 merge rules: a record that only a general word types ("هجوم", "مجزرة", "العدوان") is the act another
record of the article reports with its weapon or manner; an attack on a state's forces and the civilians it killed,
told by a sentence that names no attacker, are one attack."""

from __future__ import annotations

import datetime as dt

from rasd.pipeline import extract_text


def _events(text: str, day: dt.date) -> list[tuple[str, str, str, int]]:
    doc = extract_text(text, published=day)
    return [(e.sub_event_type, e.actor1.name if e.actor1 else "", e.place.name_en if e.place else "", len(e.evidence))
            for e in doc.events]


def test_headline_attack_joins_the_clash_it_announces() -> None:
    text = ("هجوم للمسلحين على مواقع الجيش في ريف حماة الشمالي.\n"
            "اندلعت اشتباكات عنيفة، اليوم الأحد، بين الجيش السوري ومسلحي هيئة تحرير الشام في بلدة كفرنبودة "
            "بريف حماة الشمالي، واستمرت ساعتين.\n"
            "وقصف الجيش بالمدفعية مواقع المسلحين في ريف إدلب الجنوبي.")
    evs = _events(text, dt.date(2024, 3, 3))
    at_town = [e for e in evs if e[2] == "Kafr Nabudah"]
    assert len(at_town) == 1
    assert at_town[0][0] == "Armed clash" and at_town[0][3] == 2
    assert any(e[2] == "Idlib" for e in evs)  # the shelling elsewhere stays an event of its own


def test_massacre_noun_joins_the_shooting_it_names() -> None:
    text = ("مجزرة جديدة في بلدة الصنمين.\n"
            "وفتح مسلحون مجهولون النار، أمس السبت، على سيارة مدنية في بلدة الصنمين بريف درعا، "
            "ما أدى إلى مقتل 4 مدنيين.\n"
            "واستهدفت طائرة مسيّرة سيارة في ريف القنيطرة.")
    evs = _events(text, dt.date(2024, 3, 3))
    at_town = [e for e in evs if e[2] == "As-Sanamayn"]
    assert len(at_town) == 1
    assert at_town[0][0] == "Attack" and at_town[0][3] == 2


def test_civilians_killed_by_the_strike_on_army_positions_are_that_strike() -> None:
    text = ("شنّت طائرات حربية إسرائيلية، فجر اليوم الخميس، غارات جوية على مواقع للجيش السوري في مدينة حمص.\n"
            "وأكدت وزارة الدفاع أنّ العدوان أدّى إلى استشهاد 3 مدنيين وإصابة آخرين في محافظة حمص.")
    evs = _events(text, dt.date(2024, 3, 7))
    assert len(evs) == 1
    assert evs[0][1] == "Military Forces of Israel (2009-)" and evs[0][3] == 2


def test_general_word_on_a_road_does_not_join_a_strike_on_another_town() -> None:
    text = ("وقالت مصادر محلية إنّ الاحتلال الإسرائيلي قصف شاحنة على طريق الفرقلس – حمص، ونجا سائقها.\n"
            "ومساء أمس، شنّ الاحتلال الإسرائيلي عدواناً جوياً استهدف بناءً سكنياً في مدينة بانياس، ما أدّى إلى "
            "إصابة 5 مدنيين.")
    evs = _events(text, dt.date(2024, 5, 30))
    assert len(evs) == 2
