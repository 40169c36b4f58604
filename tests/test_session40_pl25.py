"""Session 40 (pl25): places.  A district named after a town whose gazetteer name is written apart ("البو كمال") is
put at the town; drones that only fly over in a clause of their own after another act strike nothing; the end an
attack is kept up for ("حتى يتوقف العدوان على X") is not the attack's place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _near(row: dict[str, object], lat: float, lon: float, km: float) -> bool:
    return abs(float(row["latitude"]) - lat) * 111.2 < km and abs(float(row["longitude"]) - lon) * 92 < km  # type: ignore[arg-type]


def test_district_named_for_a_town_written_apart_is_at_the_town() -> None:
    text = ("قصفت طائرات حربية مجهولة فجر الأربعاء مواقع لفصائل مسلحة في بادية البوكمال قرب الحدود مع العراق، "
            "دون ورود معلومات عن خسائر بشرية.")
    rows = [r for r in record_rows(text, dt.date(2021, 3, 10)) if r["sub_event_type"] == "Air/drone strike"]
    assert rows
    # the town of Abu Kamal (34.45, 40.92), not the district's centroid 38 km west of it
    assert _near(rows[0], 34.45, 40.92, 8)


def test_drones_flying_over_in_a_clause_of_their_own_strike_nothing() -> None:
    text = ("أطلق جنود الاحتلال ظهر اليوم النار باتجاه مزارعين في أطراف بلدة كفرشوبا من دون وقوع إصابات، فيما حلّقت "
            "مسيّرات إسرائيلية على علو منخفض فوق قرى قضاء حاصبيا.")
    rows = record_rows(text, dt.date(2025, 6, 3))
    assert rows
    assert not [r for r in rows if r["sub_event_type"] == "Air/drone strike"]


def test_the_war_an_attack_is_kept_up_against_is_not_its_place() -> None:
    text = ("أعلن الناطق العسكري لجماعة الحوثيين أن قواته استهدفت بطائرات مسيّرة سفينة تجارية في البحر الأحمر، "
            "مؤكداً أن العمليات ستستمر حتى يتوقف العدوان على قطاع غزة.")
    rows = record_rows(text, dt.date(2024, 2, 20))
    assert rows
    assert all(r["location"] != "Gaza Strip" for r in rows)



def test_a_capital_that_outlets_are_close_to_is_no_place_of_the_strike() -> None:
    text = ("قصفت طائرات مجهولة فجر الثلاثاء مواقع لفصائل موالية للحكومة في بادية الميادين شرقي دير الزور. "
            "وزعمت مواقع إخبارية مقرّبة من واشنطن أن القصف أسفر عن مقتل ثمانية عناصر.")
    rows = record_rows(text, dt.date(2021, 5, 4))
    assert rows
    assert all(r["location"] != "Washington" for r in rows)
    near = ("قُتل مدني بانفجار عبوة ناسفة صباح الأحد على مقربة من مدينة الباب بريف حلب الشرقي.")
    assert [r["location"] for r in record_rows(near, dt.date(2022, 1, 2))] == ["Al Bab"]
