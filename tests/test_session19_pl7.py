"""Session 19 (pl7): places in the desert and of two facilities — a compass word after a region that spans
governorates ("في البادية جنوب X", "عمق البادية شمالي X") names the town whose side the act is on, even a town named
like an everyday word; a facility's definite dual ("المطاران", "القاعدتين") points back to the two sites named
before it by a dual ("مطاري X وY")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 21)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


def test_desert_south_of_a_town_is_that_town() -> None:
    assert _places("قُتل رجلان بانفجار لغم أرضي بسيارتهما في البادية غرب القريتين صباح اليوم.") == ["Qaryatein"]


def test_deep_desert_north_of_a_town_named_like_a_verb() -> None:
    # "تدمر" is read as a town after "بادية"/a locative only; after the compass word that follows the Badia it
    # is the town
    places = _places("شنّت الطائرات الحربية غارات على مواقع التنظيم في عمق البادية شمالي تدمر أمس.")
    assert places == ["Tadmor"]


def test_desert_east_of_a_town_named_like_an_adjective() -> None:
    assert _places("قُتل ثلاثة رعاة مساء أمس بانفجار لغم في البادية شرق السلمية.") == ["As-Salamiyeh"]


def test_desert_beside_a_district_town() -> None:
    assert _places("هاجم مسلحون نقطة للجيش فجر اليوم في البادية شمال البوكمال، ما أدى إلى مقتل جنديين.") \
        == ["Abu Kamal"]


def test_guard_region_of_one_governorate_keeps_its_reading() -> None:
    # guard: "الغوطة الشرقية شرق دمشق" — a region within one governorate: Damascus only locates it
    places = _places("قصفت الطائرات بلدات في الغوطة الشرقية شرق دمشق صباح اليوم.")
    assert places and "Damascus" not in places


def test_guard_town_north_of_a_city_abroad() -> None:
    # guard: the compass word after a town (not a wide region) still leaves "الخليل" to its cue rules
    assert _places("اعتقلت قوات الاحتلال صباح اليوم شابين من بلدة سعير شمال الخليل.", dt.date(2023, 12, 25)) \
        == ["Sa'ir"]


def test_dual_of_airports_points_back_to_both() -> None:
    rows = [r for r in record_rows(
        "استهدف عدوان إسرائيلي فجر اليوم مطاري دمشق وحلب الدوليين، ما أدى إلى أضرار مادية.\n\n"
        "وكان المطاران قد تعرّضا لقصف إسرائيلي مماثل في 12 تشرين الأول الجاري، ما أخرجهما عن الخدمة.",
        dt.date(2023, 10, 22)) if r["historical"]]
    assert sorted(str(r["location"]) for r in rows) \
        == ["Aleppo International Airport", "Damascus International Airport"]
    assert all(r["event_date"] == "2023-10-12" for r in rows)


def test_guard_between_the_two_airports_is_no_place() -> None:
    # guard: "بين المطارين" names a stretch between them, not the two sites
    rows = [r for r in record_rows(
        "استهدف عدوان إسرائيلي فجر اليوم مطاري دمشق وحلب الدوليين.\n\n"
        "وتعرضت قافلة لقصف إسرائيلي على الطريق بين المطارين في 12 تشرين الأول الجاري.", dt.date(2023, 10, 22))
        if r["historical"]]
    assert len(rows) <= 1
