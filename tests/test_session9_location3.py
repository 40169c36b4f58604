"""Session 9, event location (third round): Yemen's port city Hodeidah after a locative ("بالحديدة") and
ship attacks placed at the sea area (Red Sea, Gulf of Aden, Arabian Sea) instead of the announcer's seat or
the city whose name the sea holds ("خليج عدن" is not Aden)."""

from __future__ import annotations

import datetime as dt

from rasd.document import PlaceRef
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 4)


def _places(text: str) -> list[PlaceRef]:
    """The place of each event rasd extracts from ``text``."""
    return [e.place for e in extract_text(text, published=DAY).events if e.place is not None]


def _names(text: str) -> list[str]:
    return [p.name_en for p in _places(text)]


def test_hodeidah_after_a_locative_in_a_yemen_article() -> None:
    places = _places("اليمن: مقتل طفلين بقصف لطيران التحالف السعودي على قرية صغيرة بالحديدة.")
    assert places and places[0].name_en == "Hodeidah" and places[0].country == "Yemen"


def test_hodeidah_port_followed_by_its_country() -> None:
    # (Hodeidah's port, a site of its own since session 42, or the city: in Yemen either way)
    places = _places("شنت طائرات حربية إسرائيلية غارات على خزانات الوقود في ميناء الحديدة، غربي اليمن.")
    assert any(p.name_en in ("Hodeidah", "Hodeidah port") and p.country == "Yemen" for p in places)


def test_iron_dome_misspelt_is_no_place() -> None:
    names = _names("اعترضت القبة الحديدة صاروخاً أطلق من جنوب لبنان باتجاه مستوطنة كريات شمونة.")
    assert "Hodeidah" not in names and "Hadideh" not in names


def test_ship_attack_in_the_gulf_of_aden_is_not_aden_city() -> None:
    places = _places("أعلنت القوات المسلحة اليمنية استهداف سفينة تجارية أميركية بصاروخين في خليج عدن.")
    assert places and places[0].name_en == "Gulf of Aden (off Yemen)"
    assert places[0].country == "Yemen" and places[0].geo_precision == 3


def test_ship_attack_in_the_red_sea_is_not_the_announcers_seat() -> None:
    text = ("أعلن المتحدث العسكري اليمني من صنعاء أن القوات البحرية هاجمت بالمسيرات ناقلة نفط بريطانية "
            "في البحر الأحمر.")
    assert _names(text) == ["Red Sea (off Yemen)"]


def test_ship_attack_in_the_arabian_sea() -> None:
    places = _places("أعلنت القوات المسلحة اليمنية أنها استهدفت سفينة شحن بعدد من الصواريخ الباليستية في بحر العرب.")
    assert places and places[0].name_en == "Arabian Sea (off Yemen)"
