"""Session 22 (g3dup): a sentence that names no place of its own and names the act told right before it again by a
definite noun ("مشاهد من استهداف القاعدة", "أنّ الاغتيال تمّ بصاروخين") tells that act again, on the same day: its
place is only borrowed from another sentence (a town the next paragraph names), so it is no act of its own there
(one event told twice)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 5)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["event_date"]), str(r["sub_event_type"]), str(r["location"])) for r in record_rows(text, DAY)]


def test_footage_of_the_attack_on_the_base_is_the_attack_told_before() -> None:
    rows = _rows("تبنّت المقاومة الإسلامية في العراق الهجوم بالطائرات المسيّرة على القوات الأميركية في قاعدة تل بيدر"
                 " بريف الحسكة.\nونشر الإعلام الحربي للمقاومة مشاهد من استهداف القاعدة، اليوم الأحد.\n"
                 "وأمس السبت، قصفت المقاومة بالصواريخ قاعدة الشدادي جنوبي الحسكة.")
    assert sorted(rows) == [("2023-11-04", "Shelling/artillery/missile attack", "Shadadah"),
                            ("2023-11-05", "Air/drone strike", "Tal Baydar base")]


def test_pictures_of_the_strike_before_a_paragraph_on_another_base() -> None:
    rows = _rows("أعلنت المقاومة الإسلامية في العراق، اليوم الأحد، أنها استهدفت بطائرة مسيّرة القوات الأميركية في"
                 " قاعدة خراب الجير بريف الحسكة.\nوبثّت المقاومة صوراً من استهداف القاعدة، اليوم الأحد.\n"
                 "وأمس السبت، استهدفت المقاومة قاعدة التنف بصاروخين.")
    assert sorted(rows) == [("2023-11-04", "Shelling/artillery/missile attack", "Al-Tanf garrison"),
                            ("2023-11-05", "Air/drone strike", "Kharab al-Jir airstrip")]


def test_same_day_shelling_told_after_an_air_strike_keeps_its_weapon() -> None:
    """Guard (passes on the old code): a sentence with its own town is never a retelling of the act before it."""
    rows = _rows("شنّ الطيران التركي، اليوم الأحد، غارات على مواقع في مدينة القامشلي.\n"
                 "كما قصفت المدفعية التركية قرى في ريف عفرين.")
    assert len(rows) == 2


def test_unknown_villages_of_a_list_stay_apart() -> None:
    """Guard (passes on the old code): villages that the gazetteer lacks, put at a known one's point, are not named
    by a pronoun and stay events of their own."""
    rows = _rows("قصفت المدفعية اليوم الأحد بلدات كفرنبل وعين الحمرا الفوقا وتل الزعتر الغربي في ريف إدلب.")
    assert len(rows) >= 2
