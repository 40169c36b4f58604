"""Session 21 (dr9): dates — an ordinal that counts acts over a period ("الثالث من نوعه خلال الشهر الجاري", "ثاني
هجوم خلال العام الحالي") makes the period the span of the count, not the day of the act; a day of the month told later
in the sentence ("في الرابع من الشهر") dates the earlier act it recalls."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 8, 17)


def _dates(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["event_date"]) for r in record_rows(text, on)]


def test_ordinal_of_its_kind_over_the_month_leaves_the_day_of_the_month() -> None:
    dates = _dates("ويعتبر هذا القصف الرابع من نوعه خلال الشهر الجاري، إذ سبق أن قصفت طائرات إسرائيلية في الخامس من "
                   "الشهر مواقع قرب مطار المزة العسكري.")
    assert "2023-08-05" in dates


def test_indefinite_ordinal_with_a_noun_over_the_month() -> None:
    dates = _dates("وهذا ثاني هجوم صاروخي خلال الشهر الحالي، بعدما قصفت طائرات إسرائيلية في الحادي عشر من الشهر "
                   "مستودعات قرب مطار حماة.")
    assert "2023-08-11" in dates


def test_feminine_ordinal_over_the_month() -> None:
    dates = _dates("وتعد هذه الغارة الثالثة خلال الشهر الجاري، إذ سبق أن استهدفت غارة إسرائيلية في التاسع من الشهر "
                   "مواقع قرب الكسوة.")
    assert "2023-08-09" in dates


def test_month_with_no_ordinal_count_still_dates_guard() -> None:
    """Guard (passes on the old code): a month told with no count of acts stays the act's month."""
    rows = record_rows("وقصفت طائرات إسرائيلية خلال الشهر الماضي مواقع قرب مطار المزة العسكري.", DAY)
    assert rows and str(rows[0]["event_date"]).startswith("2023-07")


def _rows_hist(text: str, on: dt.date = DAY) -> list[tuple[str, bool]]:
    return [(str(r["event_date"]), bool(r["historical"])) for r in record_rows(text, on)]


def test_earlier_strike_after_idh_of_an_ordinal_count_is_background() -> None:
    rows = _rows_hist("قصفت طائرات إسرائيلية فجر اليوم مواقع قرب مطار المزة العسكري. وتعد هذه الغارة الثانية خلال أقل "
                      "من أسبوع، إذ قصفت طائرات إسرائيلية قبل يومين مستودعات قرب مدينة القصير.")
    assert ("2023-08-15", True) in rows and ("2023-08-17", False) in rows


def test_earlier_attack_after_idh_of_its_kind_is_background() -> None:
    rows = _rows_hist("هاجم مسلحون حاجزاً للجيش السوري في مدينة نوى صباح اليوم. ويعد هذا الهجوم الثالث من نوعه، إذ "
                      "هاجم مسلحون قبل يومين حاجزاً قرب مدينة طفس وقتلوا عنصرين.")
    assert ("2023-08-15", True) in rows
