"""Session 32 (pl14, places that are not the event's place): a list of villages put in a town's countryside ("قرى X
وY وZ في ريف بلدة T") whose first item the gazetteer reads as a far namesake places the act at T, not at the
namesake; a military unit's name that a gazetteer row holds ("عناصر من الفرقة 17") is the unit, not its base, unless
a place word comes before it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 1, 16)  # a Tuesday


def _places(rows: list[dict]) -> list[str]:
    return [r["location"] for r in rows]


def test_a_listed_village_far_from_the_countryside_that_holds_it_is_a_namesake() -> None:
    rows = record_rows("قصفت القوات التركية بالمدفعية يوم الاثنين قرى تل طويل وأبو راسين والمناجير في ريف بلدة "
                       "تل تمر الشمالي، ما أدى إلى أضرار في منازل المدنيين.", DAY)
    assert "Tal Tawil" not in _places(rows)
    assert "Tal Tamer" in _places(rows)


def test_a_listed_village_near_its_countryside_keeps_its_place() -> None:
    rows = record_rows("قصفت قوات النظام يوم الاثنين بلدتي كنصفرة والبارة في منطقة جبل الزاوية جنوبي إدلب.", DAY)
    assert all(p != "Idlib" for p in _places(rows))


def test_a_units_name_is_not_its_base() -> None:
    rows = record_rows("قُتل عشرة من عناصر الفرقة 17 في قوات النظام يوم الاثنين بهجوم لخلايا تنظيم داعش على "
                       "حافلتهم في بادية الميادين.", DAY)
    assert _places(rows) == ["Mayadin"]
