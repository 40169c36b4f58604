"""Session 37 (pl19): places.  A crowd backed by a protest ("تضامنهم مع المحتجين في ساحة X بمدينة Y") is no
second protest at Y; a list of villages "التابعة لناحية T" lies in T, not at a far namesake of its first village; a
quarter named with no town, whose only namesakes are quarters of a far city, lies in the town told just before it;
a home town taken up again by "على مدخل المدينة" is where the act is."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_square_of_the_protest_backed_is_no_second_protest() -> None:
    text = ("اعتصم عشرات من أهالي بلدة الكرك الشرقي ظهر اليوم أمام مبنى البلدية في بلدتهم، وحملوا لافتات تؤكد "
            "تضامنهم مع المحتجين في ساحة الكرامة بمدينة السويداء.")
    rows = [r for r in _rows(text) if r["event_type"] == "Protests"]
    assert [r["location"] for r in rows] == ["Al-Karak al-Sharqi"]


def test_villages_said_to_belong_to_a_subdistrict_lie_in_it() -> None:
    text = ("استهدفت المدفعية التركية بعد ظهر اليوم قرى تل طويل وأم الكيف والطويلة التابعة لناحية تل تمر "
            "شمال غربي الحسكة، ما ألحق أضراراً بمنازل المدنيين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and {r["admin1"] for r in rows} == {"Al-Hasakah"}
    assert "Tal Tawil" not in {r["location"] for r in rows}


def test_quarter_with_no_town_lies_in_the_town_told_before() -> None:
    text = ("قُتل مدنيان اليوم جراء قصف بقذائف الهاون شنته قوات النظام على أحياء درعا البلد المحاصرة.\n\n"
            "وأفاد ناشطون بأن القصف طال منازل في حي الأربعين وقرب المسجد العمري، ما أدى إلى إصابة عدد من الأهالي.")
    rows = _rows(text)
    assert rows and all(r["admin1"] == "Daraa" for r in rows)


def test_home_town_taken_up_by_the_city_is_the_acts_place() -> None:
    text = ("هاجم مسلحون من مدينة الشيخ مسكين صباح اليوم حاجزاً لقوات النظام على مدخل المدينة، واشتبكوا مع "
            "عناصره قبل أن ينسحبوا، في محاولة قالوا إنها لتخفيف الحصار عن درعا البلد.")
    rows = [r for r in _rows(text) if r["event_type"] == "Battles"]
    assert [r["location"] for r in rows] == ["Sheikh Miskine"]
