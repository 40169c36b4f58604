"""Session 9 A/B fix: the side of a metropolis ("جنوبي الخرطوم") is a part of the city, coded at the city with
geo_precision 1, while the side of a town ("شرق رفح") stays near the town (geo_precision 2)."""

from __future__ import annotations

import datetime as dt

from rasd.document import PlaceRef
from rasd.geo.gazetteer import data_dir, read_foreign, validate
from rasd.pipeline import extract_text

DAY = dt.date(2023, 6, 20)


def _places(text: str) -> list[PlaceRef]:
    return [e.place for e in extract_text(text, published=DAY).events if e.place is not None]


def test_side_of_a_metropolis_is_the_city_itself() -> None:
    places = _places("قصفت مدفعية الجيش السوداني أمس مواقع لقوات الدعم السريع جنوبي الخرطوم.")
    assert places and places[0].name_en == "Khartoum" and places[0].geo_precision == 1


def test_quarter_on_a_side_of_a_metropolis_is_the_city_itself() -> None:
    places = _places("قصف الطيران الحربي تجمعات لقوات الدعم السريع في حي مجهول الاسم شمالي أم درمان.")
    assert places and places[0].name_en == "Omdurman" and places[0].geo_precision == 1


def test_side_of_a_town_stays_near_the_town() -> None:
    places = _places("أطلقت فصائل المقاومة قذائف هاون على جنود الاحتلال المتمركزين شرق رفح.")
    assert places and places[0].name_en == "Rafah" and places[0].geo_precision == 2


def test_foreign_rows_read_their_population() -> None:
    rows = {e.id: e for e in read_foreign(data_dir() / "foreign.tsv")}
    assert rows["city:khartoum"].population >= 1_000_000
    assert rows["city:jenin"].population == 0
    assert not [p for p in validate() if "population" in p]
