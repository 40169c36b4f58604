"""Session 15 (Strategic developments, place): "شمال شرقي سوريا" (north-eastern Syria) names a part of the country,
not the whole of Syria: an arrest or raid the text places only there is coded at the north-east (Hasakah, Raqqa,
Deir ez-Zor; geo_precision 3), not at the country's centroid.  After a named place ("قرب الحسكة، شمالي شرقي
سوريا") the compass words only locate that place, which keeps the event; the mention itself stays the country."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 4)


def _arrests(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Arrests"]


def test_an_arrest_only_placed_in_the_north_east_is_there() -> None:
    rows = _arrests("أعلنت القوات الأميركية اليوم الإثنين اعتقال مسؤول في تنظيم داعش خلال إنزال جوي "
                    "في شمال شرق سوريا.")
    assert rows and all(str(r["location"]).startswith("North-eastern Syria") for r in rows)
    assert all(r["geo_precision"] == 3 and r["country"] == "Syria" for r in rows)


def test_the_far_north_east_with_the_adjective_forms() -> None:
    rows = _arrests("اعتقلت القوات الأميركية اليوم قياديا في داعش بعد إنزال جوي في أقصى شمالي شرقي سوريا.")
    assert rows and all(str(r["location"]).startswith("North-eastern Syria") for r in rows)


def test_a_named_place_before_the_compass_words_keeps_the_event() -> None:
    rows = _arrests("اعتقلت القوات الأميركية اليوم قياديا في داعش بعد إنزال جوي قرب الشدادي، شمالي شرقي سوريا.")
    assert rows and not any(str(r["location"]).startswith("North-eastern") for r in rows)


def test_syria_without_compass_words_stays_the_country() -> None:
    rows = _arrests("أعلنت القوات الأميركية اليوم اعتقال قيادي في تنظيم داعش في سوريا.")
    assert all(not str(r["location"]).startswith("North-eastern") for r in rows)
