"""Session 15 (northwest Syria): the western countryside of Aleppo (and any side of a governorate whose centre lies on
the other side of its capital) is put some 25 km out toward that side, where the front villages are, not in the
city's own western quarters; a point that far out but outside the governorate (the sea west of Latakia) is not used.
The glued spelling of the Kafr Jum by the Atarib front is read as that village."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import normalize
from rasd.geo.gazetteer import get_gazetteer
from rasd.geo.stage import _shift, find_places, great_circle_km
from tests.helpers import record_rows

_DAY = dt.date(2024, 3, 29)


def _gov(name_en: str) -> tuple[object, float, float]:
    g = get_gazetteer()
    gov = next(e for e in g.entries.values() if e.level == "governorate" and e.name_en == name_en)
    cap = next(e for e in g.entries.values() if e.level in ("city", "community") and e.admin1 == gov.id
               and e.name_ar == gov.name_ar and e.lat is not None)
    return gov, cap.lat, cap.lon


def test_the_western_countryside_of_aleppo_lies_out_west_of_the_city() -> None:
    rows = record_rows("تصدت وحدات الجيش السوري لهجوم شنه مسلحو هيئة تحرير الشام على نقاطها في ريف حلب الغربي "
                       "فجر اليوم.", _DAY)
    got = [r for r in rows if r["location"] == "Aleppo"]
    assert got and all(float(str(r["longitude"])) < 36.95 for r in got)


def test_a_side_point_lies_15_to_40_km_from_the_capital_unless_that_is_outside() -> None:
    g = get_gazetteer()
    for name, dirs in (("Aleppo", (0, -1)), ("Hama", (0, -1)), ("Idlib", (1, 0))):
        gov, lat, lon = _gov(name)
        slat, slon = _shift(g, gov, dirs)  # type: ignore[arg-type]
        assert slat is not None and slon is not None
        assert 15.0 <= great_circle_km(lat, lon, slat, slon) <= 40.0, name
    # the side toward the sea is not pushed into it
    gov, lat, lon = _gov("Latakia")
    slat, slon = _shift(g, gov, (0, -1))  # type: ignore[arg-type]
    assert slat is not None and slon is not None
    assert great_circle_km(lat, lon, slat, slon) < 15.0


def test_the_glued_spelling_of_kafr_jum_is_the_village_by_the_western_front() -> None:
    text = "استهدفت مسيرة للجيش السوري تجمعا للمسلحين في بلدة كفرجوم بريف حلب الغربي."
    got = [s.value.name_en for s in find_places(normalize(text))]
    assert "Western Kafr Jum" in got
