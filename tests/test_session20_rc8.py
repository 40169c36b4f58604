"""Session 20 (rc8): Al Mayadeen events rasd missed — the town a missile salvo came from ("من اتجاه شمال شرق بيروت")
is never what "the city" of the same sentence points back to, also past a single bearing word; a background act
dated by a past month after a period summed up since its start ("منذ مطلع العام، إذ قتل … في كانون الثاني الماضي")
is an event of its own; a mine that went off and a shelling at the same town that day are two events."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 4, 3)


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


def test_the_city_after_a_salvo_from_beirut_is_not_beirut() -> None:
    rows = _violent("عدوان إسرائيلي على ريف حمص\n"
                    "وقالت وزارة الدفاع إن العدو الإسرائيلي أطلق رشقة من الصواريخ من اتجاه شمال شرق بيروت، "
                    "طالت مواقع في محيط المدينة، ما أدى إلى استشهاد جندي.")
    assert rows
    assert all(r["location"] != "Beirut" for r in rows)


def test_origin_past_one_bearing_word() -> None:
    rows = _violent("وأطلق الاحتلال صواريخ من اتجاه شمال بيروت على مواقع عسكرية في ريف حمص الغربي فجر اليوم.")
    assert rows and all(r["location"] != "Beirut" for r in rows)
    assert any(r["admin1"] == "Homs" for r in rows)


def test_origin_bearing_with_jiha() -> None:
    """Guard (passes on the old code too): a bearing after "من جهة" before a place abroad."""
    rows = _violent("وأطلق الاحتلال صواريخ من جهة غرب بيروت استهدفت نقاطاً في محيط مدينة القصير صباح اليوم.")
    assert rows and all(r["location"] != "Beirut" for r in rows)


def test_month_dated_example_after_a_period() -> None:
    rows = _violent("صعّد التنظيم هجماته في البادية منذ مطلع العام، إذ قتل في هجوم على حافلة في كانون الثاني الماضي "
                    "عشرة جنود قرب الرصافة.", dt.date(2024, 2, 15))
    assert rows and any(str(r["event_date"]).startswith("2024-01") for r in rows)


def test_month_dated_example_with_haythu() -> None:
    rows = _violent("تشهد المنطقة تصعيداً منذ أشهر، حيث قصفت الطائرات في تشرين الثاني الماضي مدينة جسر الشغور وقرية "
                    "بداما.", dt.date(2024, 1, 20))
    assert rows and all(str(r["event_date"]).startswith("2023-11") for r in rows)


def test_guard_this_months_example_stays_in_the_period() -> None:
    """Guard (passes on the old code too): an act of the report's own month after a period is still the sum."""
    rows = _violent("تشهد المنطقة تصعيداً منذ أشهر، حيث قصفت الطائرات في شباط الجاري بلدة بداما.", dt.date(2024, 2, 20))
    assert not rows


def test_mine_beside_shelling_is_its_own_event() -> None:
    text = ("الاحتلال يقصف أطراف الرفيد\n"
            "وفي ريف القنيطرة الجنوبي، قصفت مدفعية الاحتلال الإسرائيلي بعد الظهر أطراف بلدة الرفيد بعدة قذائف.\n"
            "وفي محيطها، انفجر لغم من مخلفات الحرب بجرار زراعي، ما أدى إلى مقتل مزارع وإصابة ابنه.")
    rows = _violent(text, dt.date(2024, 3, 2))
    subs = {r["sub_event_type"] for r in rows}
    assert "Remote explosive/landmine/IED" in subs and "Shelling/artillery/missile attack" in subs


def test_further_target_with_indefinite_adjective_is_split() -> None:
    rows = _violent("قصفت الطائرات التركية مبنى في مدينة القامشلي، ونقطة عسكرية في بلدة عامودا صباح اليوم.")
    places = {r["location"] for r in rows}
    assert {"Quamishli", "Amuda"} <= places


def test_further_vehicles_with_adjective_near_a_town() -> None:
    rows = _violent("استهدفت مسيّرة تركية سيارة في مدينة القامشلي، وآليات عسكرية قرب بلدة عامودا مساء أمس.")
    places = {r["location"] for r in rows}
    assert {"Quamishli", "Amuda"} <= places


def test_guard_adjective_of_the_same_target_is_no_new_item() -> None:
    """Guard (passes on the old code too): "في مدينة X الشمالية" is one place, no list."""
    rows = _violent("قصفت الطائرات التركية مبنى في مدينة القامشلي الشمالية صباح اليوم.")
    assert len(rows) == 1


def test_member_of_the_central_committee_is_a_civilian_victim() -> None:
    rows = _violent("اغتال مسلحون مجهولون عضواً في اللجنة المركزية أمام منزله في مدينة طفس مساء أمس.",
                    dt.date(2024, 5, 9))
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter2"] == 7
