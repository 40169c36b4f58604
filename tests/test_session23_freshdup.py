"""Session 23 (FRESHDUP: one act told twice).

- two gazetteer entries that the output codes at one ACLED location (the same location name and precision, a few
  hundred metres apart: a quarter of a town and the town's part that holds it) are one place, so one act the
  sentence tells at both ("قصفت المدفعية الحي X وحي Y") is one record; a village the gazetteer lacks (its id
  names it) and a namesake far away stay places of their own.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, PlaceRef
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 7, 9)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=15)
    return list(records(Pipeline()(doc)))


def test_one_act_at_two_entries_of_one_location_is_one_record() -> None:
    for text in ("قصف على رفح\nقصفت مدفعية الاحتلال الحي السعودي وتل السلطان غربي مدينة رفح، صباح اليوم.\n",
                 "غارات على رفح\nشنّت طائرات الاحتلال، اليوم، غارات على حي تل السلطان والحي السعودي في رفح.\n",
                 "أفاد مراسلنا بأنّ مسيّرة إسرائيلية أطلقت النار على تل السلطان والحي السعودي غرب رفح اليوم.\n"):
        rows = [r for r in _rows(text) if r["location"] == "Tel al-Sultan (Rafah)"]
        assert len(rows) == 1, text


def _ref(id_: str, name: str, lat: float, lon: float, precision: int = 1) -> PlaceRef:
    return PlaceRef(id=id_, name_en=name, name_ar="", level="foreign_city", lat=lat, lon=lon, country="Palestine",
                    iso=275, geo_precision=precision)


def test_one_location_keeps_unknown_names_and_namesakes_apart() -> None:  # guard
    from rasd.events.stage import _one_location

    town = _ref("city:a", "Town A", 31.30, 34.23)
    assert _one_location(town, _ref("city:a-quarter", "Town A", 31.31, 34.23))
    assert not _one_location(town, _ref("city:a#قرية", "Town A", 31.30, 34.23, 2))
    assert not _one_location(town, _ref("city:b", "Town A", 31.80, 34.60))
    assert not _one_location(town, _ref("city:c", "Town C", 31.30, 34.23))
    assert not _one_location(town, None)
