"""Session 20 (lc8, add-on): a dual facility head ("مطاري X وY", "مطارا X وY") names the second town's own facility
when the gazetteer holds one ("مطار حلب", kilometres out of the city), not the town."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 24)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return sorted(str(r["location"]) for r in record_rows(text, on))


def test_dual_airports_name_the_second_towns_airport() -> None:
    assert _places("قصفت طائرات حربية مطاري حماة وحلب العسكريين فجر اليوم.") \
        == ["Aleppo International Airport", "Hama Military Airport"]


def test_dual_airports_nominative_after_the_first_site() -> None:
    assert _places("استهدف الاحتلال الإسرائيلي بالصواريخ مطاري دمشق وحلب الدوليين فجر اليوم.") \
        == ["Aleppo International Airport", "Damascus International Airport"]


def test_dual_airports_of_two_towns_in_the_north_east() -> None:
    assert _places("سقطت قذائف على مطاري القامشلي ودير الزور صباح اليوم.") \
        == ["Deir ez-Zor Airport", "Qamishli Airport"]


def test_guard_dual_base_of_a_town_without_a_base_row_keeps_the_town() -> None:
    # guard: no "قاعدة الشدادي" in the gazetteer: the town stands (the other item is the airstrip)
    assert _places("استهدفت المقاومة الإسلامية في العراق قاعدتي الشدادي وخراب الجير بالطائرات المسيّرة.") \
        == ["Kharab al-Jir airstrip", "Shadadah"]
