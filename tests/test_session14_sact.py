"""Session 14 (actors of events in Syria): a named tribe of the Deir ez-Zor countryside ("قبيلة العكيدات") and
tribal fighters by their relative adjective ("مقاتلون عشائريون") are the tribal militia; the subject of "تعرّض"
("تعرضت دورية … لكمين", "الهجوم الذي تعرضت له القوات …") is the side a fight hit, never its initiator;
the side of a war whose start dates the act ("بعد بدء العدوان الإسرائيلي على غزة") is no side of that act;
the US bases of the Hasakah countryside and of the Jordanian border ("قاعدة خربة عدنان", "قاعدة البرج 22") are
the US forces (`aliases.tsv`)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 1, 20)
US = "Military Forces of the United States (2021-)"
SYRIA = "Military Forces of Syria (2000-2024)"
ISRAEL = "Military Forces of Israel (2009-)"
TRIBES = "Tribal Militia (Syria)"
SDF = "QSD: Syrian Democratic Forces"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_a_named_tribe_attacking_the_sdf_is_the_tribal_militia() -> None:
    rows = _rows("قبيلة العكيدات تشن منذ فجر اليوم هجوماً على نقاط قسد قرب بلدة ذيبان في ريف دير الزور.")
    assert rows and rows[0]["actor1"] == TRIBES and rows[0]["actor2"] == SDF


def test_tribal_fighters_by_the_relative_adjective() -> None:
    rows = _rows("شن المقاتلون العشائريون اليوم هجوماً على حاجز لقسد في بلدة الحوايج بريف دير الزور.")
    assert rows and rows[0]["actor1"] == TRIBES and rows[0]["actor2"] == SDF


def test_the_subject_of_suffering_an_attack_is_the_side_hit() -> None:
    rows = _rows("تعرضت وحدات من الجيش السوري لهجوم مباغت قرب بلدة اللطامنة في ريف حماة الشمالي.")
    assert rows and rows[0]["actor2"] == SYRIA and rows[0]["actor1"] != SYRIA


def test_an_ambushed_patrol_is_not_the_initiator() -> None:
    rows = _rows("تعرضت قوة إسرائيلية لكمين محكم عند أطراف مدينة جنين صباح اليوم.")
    assert rows and rows[0]["actor2"] == ISRAEL and rows[0]["actor1"] != ISRAEL


def test_the_attack_the_forces_suffered_in_a_relative_clause() -> None:
    rows = _rows("أصيب 5 جنود في الهجوم الذي تعرضت له القوات الأميركية قرب مخيم الركبان اليوم.")
    assert rows and rows[0]["actor2"] == US and rows[0]["actor1"] != US


def test_the_war_that_dates_the_attacks_is_no_side_of_them() -> None:
    rows = _rows("قتل جنديان أميركيان في هجوم استهدف قاعدة التنف اليوم، بعد أشهر من بدء العدوان الإسرائيلي "
                 "على قطاع غزة.")
    assert rows and all(r["actor1"] != ISRAEL for r in rows)
    assert any(r["actor2"] == US for r in rows)


def test_the_war_named_alone_keeps_its_side() -> None:
    rows = _rows("شنت الطائرات الإسرائيلية غارات على خان يونس اليوم، في اليوم الثمانين منذ بدء العدوان "
                 "الإسرائيلي على غزة.")
    assert rows and rows[0]["actor1"] == ISRAEL


def test_the_us_bases_of_the_hasakah_countryside_and_the_border_are_the_us_forces() -> None:
    for text in ('أطلقت فصائل مسلحة اليوم صواريخ على قاعدة "خربة عدنان" قرب مدينة المالكية في ريف الحسكة.',
                 'ضربت صواريخ المقاومة مساء اليوم قاعدة "مطار الحاكمية الزراعي" في ريف الحسكة الشمالي.',
                 'أصابت طائرة مسيرة اليوم قاعدة "البرج 22" في شمال شرقي الأردن.'):
        rows = _rows(text)
        assert rows and rows[0]["actor2"] == US, text
