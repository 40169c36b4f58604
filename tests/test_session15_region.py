"""Session 15 (place, regions of Syria): the text often names where an event happened only by a compass part of
the country ("في شمال غرب سوريا", "شرقي سوريا", "جنوب سوريا", "شمالي سوريا").  Such an event is coded at the point
of that part (geo_precision 3, ACLED's region level), not at the country's centroid; the part holds the places of its
governorates, as the country did, so that a report on a town there and the report on the part are one event.
A named place before the compass words keeps the event ("قرب إدلب، شمال غربي سوريا").
The areas of a bare governorate name ("في مناطق إدلب", "في أنحاء درعا") are the governorate (geo_precision 3)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 14)


def _rows(text: str, event_type: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == event_type]


def test_strikes_only_placed_in_the_north_west_are_there() -> None:
    rows = _rows("شنت طائرات حربية روسية اليوم غارات على مقرات لهيئة تحرير الشام في شمال غرب سوريا.",
                 "Explosions/Remote violence")
    assert rows and all(str(r["location"]).startswith("North-western Syria") for r in rows)
    assert all(r["geo_precision"] == 3 and r["country"] == "Syria" for r in rows)


def test_reinforcements_sent_to_the_east_of_the_country() -> None:
    rows = _rows("أفادت مصادر محلية اليوم بأن القوات الأميركية أدخلت تعزيزات عسكرية جديدة إلى قواعدها شرقي سوريا.",
                 "Strategic developments")
    assert rows and all(str(r["location"]).startswith("Eastern Syria") for r in rows)


def test_a_strike_in_the_south_of_the_country() -> None:
    rows = _rows("قال مصدر عسكري إن غارة إسرائيلية استهدفت اليوم موقعا للجيش في جنوب سوريا.",
                 "Explosions/Remote violence")
    assert rows and all(str(r["location"]).startswith("Southern Syria") for r in rows)


def test_two_conjoined_parts_leave_the_country() -> None:
    rows = _rows("استهدفت مسيرات تركية اليوم مواقع لقسد في شمالي وشمالي شرقي سوريا.", "Explosions/Remote violence")
    assert all(not str(r["location"]).startswith(("Eastern Syria", "North-eastern Syria")) for r in rows)


def test_a_named_place_before_the_compass_words_keeps_the_event() -> None:
    rows = _rows("شنت طائرات حربية روسية اليوم غارات على مقرات للفصائل قرب سرمدا، شمال غربي سوريا.",
                 "Explosions/Remote violence")
    assert rows and not any(str(r["location"]).startswith("North-western") for r in rows)


def test_the_south_east_has_no_part_and_stays_the_country() -> None:
    rows = _rows("قال مصدر عسكري إن غارة إسرائيلية استهدفت اليوم موقعا للجيش في جنوب شرق سوريا.",
                 "Explosions/Remote violence")
    assert all(not str(r["location"]).startswith(("Southern Syria", "Eastern Syria")) for r in rows)


def test_a_town_of_the_southern_part_and_the_part_are_one_event() -> None:
    rows = _rows("قال مصدر عسكري سوري إن غارة إسرائيلية استهدفت مساء اليوم نقاطا عسكرية جنوبي سوريا. "
                 "وأفاد مراسلنا بسماع دوي انفجارات في سماء مدينة درعا.", "Explosions/Remote violence")
    assert len(rows) == 1


def test_the_areas_of_a_bare_governorate_name_are_the_governorate() -> None:
    rows = _rows("خرج مئات المتظاهرين اليوم في مناطق إدلب مطالبين بإسقاط قائد الهيئة.", "Protests")
    assert rows and all(r["admin1"] == "Idlib" and r["geo_precision"] == 3 for r in rows)
    rows = _rows("خرج مئات المتظاهرين اليوم في أنحاء درعا مطالبين بالإفراج عن المعتقلين.", "Protests")
    assert rows and all(r["admin1"] == "Daraa" and r["geo_precision"] == 3 for r in rows)


def test_a_bare_governorate_name_alone_stays_the_city() -> None:
    rows = _rows("خرج مئات المتظاهرين اليوم في إدلب مطالبين بإسقاط قائد الهيئة.", "Protests")
    assert rows and all(r["geo_precision"] == 1 for r in rows)
