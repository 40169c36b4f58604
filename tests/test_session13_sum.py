"""Session 13 (summaries that re-tell coded acts): a statement of "المقاومة الإسلامية في لبنان" that sums its
day up ("تواصل … استهداف المواقع على طول الحدود") takes the country of the attacker's name as its place; it is
no act of its own beside the same attacker's precise records across the border; a report at a region that names
no side ("إطلاق صواريخ نحو الجليل") re-tells the attacker's precise act in that region's country."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.document import ActorRef, Document, Event, PlaceRef
from rasd.events.stage import _summarises
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 11)


def _rows(title: str, text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", title=title, text=title + "\n" + text, published=DAY)), timestamp=0)


def _places(rows: list[dict[str, object]]) -> list[object]:
    return [r["location"] for r in rows]


def test_running_summary_of_the_attacker_joins_its_act_across_the_border() -> None:
    rows = _rows("المقاومة الإسلامية في لبنان تستهدف مواقع الاحتلال عند الحدود",
                 "قالت المقاومة الإسلامية في لبنان إن مقاتليها قصفوا ثكنة برانيت بصواريخ موجهة اليوم الأحد.\n"
                 "ويتواصل قصف المقاومة الإسلامية في لبنان لمواقع جيش الاحتلال قرب الخط الحدودي.")
    assert "Lebanon" not in _places(rows)
    assert any(r["location"] == "Biranit barracks" and r["actor1"] == "Hezbollah" for r in rows)


def _place(name: str, level: str, lat: float, lon: float) -> PlaceRef:
    return PlaceRef(id=f"t:{name}", name_en=name, name_ar=name, level=level, lat=lat, lon=lon, country="Israel",
                    iso=376)


def test_sideless_region_record_sums_up_an_attack_in_its_country() -> None:
    doc = Document(id="t", text="", published=DAY)
    shell = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    hezbollah = ActorRef(name="Hezbollah", inter=3, key="hezbollah")
    region = Event(*shell, place=_place("Galilee", "region", 32.85, 35.35))
    post = Event(*shell, place=_place("Metula", "site", 33.28, 35.58), actor1=hezbollah)
    assert _summarises(doc, region, post)
    abroad = Event(*shell, place=replace(_place("Khiam", "site", 33.33, 35.61), country="Lebanon", iso=422),
                   actor1=hezbollah)
    assert not _summarises(doc, region, abroad)  # an act in another country is not what the region's report tells
