"""Session 14 (places abroad): a Syrian namesake does not win over a place abroad.  A name read only in Syria whose
position abroad the gazetteer names with a head ("موقع المالكية") is that position in an article about that country;
a village head located abroad ("قرية X وسط الضفة الغربية") puts even a big Syrian namesake there; new rows abroad
(West Bekaa, Abyan, Giza, the Dahlak islands, the Gulf of Oman and the Sultan of Oman, which are not Amman)."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def _places(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.value.name_en, s.value.country) for s in find_places(normalize(text))]


def test_a_bare_position_name_on_the_lebanese_front_is_the_position_abroad() -> None:
    text = ("قصفت المقاومة الإسلامية في لبنان صباح اليوم تجمعا للجنود في المطلة وفي كريات شمونة وفي نهاريا. "
            "وأفاد إعلام العدو بسقوط صواريخ في منطقة المالكية دون إصابات.")
    got = [p for p in _places(text) if "المالكية" in p[0]]
    assert got and all(p[2] == "Israel" for p in got)


def test_the_syrian_town_stays_syrian_in_a_syrian_story() -> None:
    got = [p for p in _places("قصفت مسيرة تركية قرية قرب المالكية في ريف الحسكة الشمالي.") if "المالكية" in p[0]]
    assert got and all(p[2] == "Syria" for p in got)


def test_a_village_located_in_the_west_bank_is_not_the_big_syrian_namesake() -> None:
    got = _places("أحرق مستوطنون منزلا في قرية دوما وسط الضفة الغربية فجر اليوم.")
    assert got and all(p[2] == "Palestine" for p in got)


def test_new_places_abroad() -> None:
    assert ("البقاع الغربي", "West Bekaa District", "Lebanon") in _places("غارة إسرائيلية على سيارة في البقاع الغربي.")
    assert any(p[1] == "Gulf of Oman" for p in _places("احتجزت البحرية ناقلة نفط في خليج عمان اليوم."))
    assert all(p[2] != "Jordan" for p in _places("احتجزت البحرية ناقلة نفط في خليج عمان اليوم."))
    assert any(p[1] == "Dahlak Archipelago" for p in _places("هجوم على قاعدة دهلك في إريتريا."))
    assert any(p[1] == "Giza" for p in _places("غرق قارب في النيل في محافظة الجيزة غربي القاهرة."))
    assert all(p[2] == "Yemen" for p in _places("تظاهر المحتجون في عدن وأبين جنوب اليمن."))
    assert all(p[2] != "Jordan" for p in _places("استقبل الرئيس الإيراني سلطان عمان في طهران اليوم."))
