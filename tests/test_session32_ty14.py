"""Session 32 (ty14, the ACLED type on the held-out failures): a kamikaze drone downed by a noun of downing is a
disrupted weapon, not a drone strike; a week given by its bounds ("الأسبوع الممتد بين …") with many incidents counted
is a tally, no act of each day; a headline's firing to break a crowd up is the protest's intervention the body tells,
no clash of its own; tyres a crowd burns to block a road are part of its demonstration, no property destruction."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 11, 17)  # a Thursday


def _types(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_a_kamikaze_drone_downed_by_a_noun_of_downing_is_a_disrupted_weapon() -> None:
    rows = record_rows("تمكنت الفصائل اليوم من إسقاط طائرة مسيّرة انتحارية تابعة لقوات النظام فوق مدينة الأتارب.", DAY)
    assert _types(rows) == [("Strategic developments", "Disrupted weapons use")]


def test_a_kamikaze_drone_that_struck_stays_a_strike() -> None:
    rows = record_rows("استهدفت طائرة مسيّرة انتحارية تابعة لقوات النظام اليوم سيارة في مدينة الأتارب.", DAY)
    assert _types(rows) == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_week_given_by_its_bounds_with_many_incidents_is_a_tally() -> None:
    rows = record_rows("شهدت محافظة درعا خلال الأسبوع الممتد بين الأول والسابع من الشهر الجاري تدهوراً أمنياً، حيث "
                       "سجل المرصد وقوع 14 حادثة إطلاق نار وتفجير في بلدة تل شهاب، أسفرت عن مقتل سبعة أشخاص.", DAY)
    assert rows == []


def test_a_headline_firing_to_break_a_crowd_up_is_the_protest_intervention() -> None:
    text = ("درعا: وقفات احتجاجية في عدة بلدات.. وإطلاق نار لتفريق محتجين في بصرى الشام\n"
            "نظم عشرات الأهالي اليوم الخميس وقفة احتجاجية أمام مبنى البلدية في مدينة بصرى الشام للمطالبة بتحسين "
            "الخدمات.\nوأطلق عناصر من الأمن العسكري الرصاص في الهواء لتفريق المحتجين الذين حاولوا إغلاق باب المبنى، "
            "بحسب ناشطين.")
    assert _types(record_rows(text, DAY)) == [("Protests", "Protest with intervention")]


def test_tyres_burnt_by_the_crowd_are_part_of_its_riot() -> None:
    rows = record_rows("خرج العشرات من أهالي بلدة ذيبان اليوم إلى الطريق العام وأضرموا النار في إطارات السيارات "
                       "وقطعوا الطريق، كما رشق بعضهم دورية لقسد بالحجارة.", DAY)
    assert "Looting/property destruction" not in [t[1] for t in _types(rows)]
    assert ("Riots", "Violent demonstration") in _types(rows)


def test_a_house_set_alight_stays_property_destruction() -> None:
    rows = record_rows("أضرم مسلحون مجهولون النار في منزل أحد المواطنين في بلدة ذيبان اليوم الخميس.", DAY)
    assert ("Strategic developments", "Looting/property destruction") in _types(rows)
