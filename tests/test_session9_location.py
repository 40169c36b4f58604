"""Session 9, event location: namesakes abroad, gazetteer gaps of the West Bank and Gaza, the side of a town
("شرق رفح": geo_precision 2), list items that share their front, and anaphors that point back to a town."""

from __future__ import annotations

import datetime as dt

from rasd.document import PlaceRef
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 5)


def _places(text: str) -> list[PlaceRef]:
    """The place of each event rasd extracts from ``text``."""
    return [e.place for e in extract_text(text, published=DAY).events if e.place is not None]


def _names(text: str) -> list[str]:
    return [p.name_en for p in _places(text)]


def test_gaza_neighbourhood_is_not_the_damascus_camp() -> None:
    places = _places("استشهد خمسة مواطنين في قصف إسرائيلي استهدف منزلاً في اليرموك بغزة.")
    assert places and all(p.country == "Palestine" for p in places)
    assert "Yarmouk (Gaza City)" in [p.name_en for p in places]


def test_damascus_camp_stays_in_syria() -> None:
    places = _places("قصفت قوات النظام مخيم اليرموك جنوب دمشق بقذائف الهاون.")
    assert places and places[0].country == "Syria"


def test_bare_name_listed_with_positions_abroad_is_the_position() -> None:
    places = _places("قصف حزب الله بالصواريخ مواقع بياض بليدا والمالكية والمطلة.")
    assert "Malkia" in [p.name_en for p in places]
    assert all(p.country != "Syria" for p in places)


def test_bare_name_alone_keeps_its_syrian_reading() -> None:
    places = _places("قصفت المسيّرات التركية محيط المالكية في ريف الحسكة.")
    assert places and all(p.country == "Syria" for p in places)


def test_jordan_valley_is_not_the_country() -> None:
    places = _places("قُتل مستوطن في عملية إطلاق نار على الطريق 90 في غور الأردن.")
    assert places and places[0].country == "Palestine"
    assert places[0].name_en.startswith("Jordan Valley")


def test_side_of_a_town_abroad_is_near_the_town() -> None:
    side = _places("قصفت سرايا القدس بقذائف الهاون تجمعاً لجنود الاحتلال شرق رفح.")
    inside = _places("قصفت سرايا القدس بقذائف الهاون تجمعاً لجنود الاحتلال في رفح.")
    assert side and side[0].name_en == "Rafah" and side[0].geo_precision == 2
    assert inside and inside[0].name_en == "Rafah" and inside[0].geo_precision == 1


def test_unknown_village_west_of_a_town_is_near_the_town() -> None:
    places = _places("أصيب شابان برصاص الاحتلال خلال اقتحام قرية الزعفرانة الصغرى غرب جنين.")
    assert places and places[0].name_en == "Jenin" and places[0].geo_precision == 2


def test_west_bank_villages_named_by_their_own_name() -> None:
    assert "Beit Ummar" in _names("أصيب مستوطنان في عملية دهس في بيت أومر شمال الخليل.")
    assert "Deir Sharaf" in _names("هاجم مستوطنون سيارات الفلسطينيين عند مدخل دير شرف وأصابوا شاباً.")
    assert "Tura al-Gharbiya" in _names("أصيب عدد من الشبان بالاختناق خلال اقتحام قوات الاحتلال قرية طورة.")


def test_talks_are_where_they_are_held_not_at_the_sponsors_capitals() -> None:
    places = _places("وقّع الطرفان اتفاقاً لوقف إطلاق النار في مدينة جدة برعاية الرياض وواشنطن.")
    assert places and places[0].name_en == "Jeddah" and places[0].country == "Saudi Arabia"


def test_definite_town_noun_points_back_to_the_town_of_its_sentence() -> None:
    text = ("هاجمت المقاومة بمسيّرتين مبنى في مستوطنة كريات شمونة.\n"
            "ونعت المقاومة المقاتل حسن من بلدة بليدا، إضافة إلى مسعفين قُتلا في الغارة الإسرائيلية على مركز صحي "
            "في البلدة.")
    strikes = [e.place for e in extract_text(text, published=DAY).events
               if e.place is not None and e.sub_event_type == "Air/drone strike"]
    # the first sentence is a drone strike of its own (on Kiryat Shmona); the second sentence's strike is the last
    assert strikes and strikes[-1].name_en == "Blida"


def test_village_noun_points_back_to_the_village_not_the_city() -> None:
    text = ("وأصيب عدد من الشبان بالاختناق في قرية طورة غرب مدينة جنين. ومدينة جنين تشهد اقتحامات يومية. "
            "وقالت المصادر إن المواجهات اندلعت بعد اقتحام الجنود القرية وإطلاقهم الغاز على المنازل.")
    names = _names(text)
    assert names and "Jenin" not in names
