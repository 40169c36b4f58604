"""Session 30 (typ30, false positives by type on new text): settlers who open fire on a villager with no armed side
met attack civilians, also where their verb is split by them ("أطلق مستوطنون النار") or follows auxiliaries ("كانوا
قد أطلقوا النار"); "استولوا على" with goods, herds or a house as its object is a seizure of property, not of
territory (a seat or a facility taken over stays no looting), and beside an act of violence of its sentence no event
of its own; fire opened on a crowd, even by a non-state group that holds the town, is the protest met by force, not a
separate attack on the people hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 10, 19)


def _types(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((str(r["event_type"]), str(r["sub_event_type"])) for r in rows)


def test_settlers_split_firing_verb_is_an_attack_on_civilians() -> None:
    rows = record_rows("أطلق مستوطنون النار صباح اليوم على راعٍ قرب قرية المغير شرق رام الله وأصابوه بجروح.", DAY)
    assert ("Battles", "Armed clash") not in _types(rows)
    assert ("Violence against civilians", "Attack") in _types(rows)


def test_settlers_firing_after_auxiliaries_is_an_attack_on_civilians() -> None:
    rows = record_rows("وكان مستوطنون قد أطلقوا النار اليوم على شاب في أرضه ببلدة ترمسعيا، ما أدى إلى إصابته.", DAY)
    assert ("Battles", "Armed clash") not in _types(rows)
    assert ("Violence against civilians", "Attack") in _types(rows)


def test_settlers_fighting_armed_men_stay_a_clash() -> None:
    rows = record_rows("أطلق مستوطنون النار على عناصر من المقاومة قرب بلدة حوارة اليوم واندلعت اشتباكات بين الطرفين.",
                       DAY)
    assert ("Battles", "Armed clash") in _types(rows)


def test_seizing_goods_is_looting_not_territory() -> None:
    rows = record_rows("دخل مسلحون اليوم مستودعاً للحبوب في بلدة الشحيل، واستولوا على عشرات الأكياس من القمح.", DAY)
    assert ("Battles", "Non-state actor overtakes territory") not in _types(rows)


def test_seizing_a_position_is_no_looting() -> None:
    rows = record_rows("هاجم مقاتلو العشائر اليوم مواقع لقسد في ريف دير الزور واستولوا على حواجز عسكرية قرب البصيرة.",
                       DAY)
    assert ("Strategic developments", "Looting/property destruction") not in _types(rows)


def test_seizing_a_government_building_is_no_looting() -> None:
    rows = record_rows("اقتحم عسكريون متمردون العاصمة أمس واستولوا على مبنى الإذاعة الرسمية لساعات.", DAY)
    assert ("Strategic developments", "Looting/property destruction") not in _types(rows)


def test_seizing_herds_beside_an_abduction_is_no_event_of_its_own() -> None:
    rows = record_rows("خطف مسلحون مجهولون اليوم راعيين في بادية السخنة واستولوا على قطيع من الأغنام يملكانه.", DAY)
    assert ("Strategic developments", "Looting/property destruction") not in _types(rows)
    assert ("Battles", "Non-state actor overtakes territory") not in _types(rows)


def test_fire_on_protesters_by_a_group_that_holds_the_town_is_the_protest() -> None:
    rows = record_rows("أطلق عناصر من قسد النار على محتجين تجمعوا اليوم في مدينة الرقة رفضاً لحملة التجنيد.", DAY)
    assert [t for t, _s in _types(rows)] == ["Protests"]
    assert _types(rows) == [("Protests", "Protest with intervention")]


def test_fire_on_youths_with_no_crowd_stays_an_attack() -> None:
    rows = record_rows("أطلقت قوات الاحتلال النار على شبان في بلدة بيتا اليوم، ما أدى إلى إصابة اثنين منهم.", DAY)
    assert ("Violence against civilians", "Attack") in _types(rows)
