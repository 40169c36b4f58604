"""Session 25 (TAKEN): one record for several events, told in consecutive sentences.  A strike on a quarter whose
sentence fronts its own place ("وشمالي مدينة غزة، استهدفت غارة حي X", "أما غربي حي X، في مدينة Y، فاستهدفت …")
is an event of its own, not the strike told before at the city (ACLED: one event per place); a headline that sums
up the quarter's act, a quarter told right after its town without a place of its own, an act at another camp, a
summary of a town inside a region, and one act told twice at one place keep their records as before."""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str) -> list[tuple[str, int]]:
    return [(str(r["location"]), int(r["fatalities"])) for r in record_rows(text, DAY)]  # type: ignore[call-overload]


def test_camp_fronted_in_its_own_sentence_is_another_event() -> None:
    rows = _rows("قصفت طائرات الاحتلال اليوم منزلاً في مخيم المغازي وسط قطاع غزة، فاستشهد 4 مواطنين.\n"
                 "وفي النصيرات، استشهد 6 أشخاص جراء قصف الاحتلال منزلاً لعائلة.")
    assert sorted(rows) == [("Maghazi", 4), ("Nuseirat", 6)]


def test_north_of_the_strip_still_sums_up_a_town_inside_it() -> None:
    places = record_places("استهدفت طائرات الاحتلال اليوم شمالي قطاع غزة.\nوقصفت الطائرات منزلاً في بيت لاهيا، "
                           "ما أدى إلى استشهاد 5 مواطنين.", DAY)
    assert places == ["Beit Lahia"]


def test_quarter_fronted_by_its_own_place_is_another_event() -> None:
    rows = _rows("استشهد 9 مواطنين اليوم جراء قصف الاحتلال مدرسة تؤوي نازحين شرقي مدينة غزة.\n"
                 "وشمالي مدينة غزة، ضربت غارة إسرائيلية حي الشيخ رضوان.")
    assert ("Gaza City", 9) in rows
    assert any(loc == "Sheikh Radwan (Gaza City)" for loc, _ in rows)


def test_quarter_told_right_after_its_town_without_a_fronted_place_stays_one() -> None:
    places = record_places("قصفت طائرات الاحتلال اليوم منزلاً في مدينة غزة.\nوأوضح المراسل أن القصف استهدف "
                           "منزلاً في حي الشيخ رضوان.", DAY)
    assert len(places) == 1


def test_headline_that_sums_up_the_quarter_stays_with_it() -> None:
    places = record_places("مستوطنون يعتدون على الأهالي في القدس المحتلة\nوفي بلدة سلوان، اعتدى مستوطنون اليوم على "
                           "المواطنين وأصابوا شاباً بجروح.", DAY)
    assert places == ["Silwan (Jerusalem)"]


def test_one_strike_told_twice_at_one_camp_stays_one_record() -> None:
    places = record_places("قصفت طائرات الاحتلال اليوم منزلاً في مخيم المغازي وسط قطاع غزة.\nوفي المغازي، استشهد "
                           "3 مواطنين جراء القصف.", DAY)
    assert places == ["Maghazi"]


def test_quarter_fronted_after_a_contrast_word_is_another_event() -> None:
    places = record_places("استهدفت كتائب القسام اليوم دبابة إسرائيلية في منطقة الحاووز في خان يونس.\nأما غربي حي "
                           "الأمل، في مدينة خان يونس، فاستهدفت كتائب القسام آليتين إسرائيليتين بقذائف الياسين.", DAY)
    assert sorted(places) == ["Al-Amal (Khan Yunis)", "Khan Yunis"]
