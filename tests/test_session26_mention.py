"""Session 26 (MENTION: actor spans on the Lebanese front).

- counted soldiers, "من" and a named state force ("جنديين من "الجيش" الإسرائيلي") are one mention of that force,
  not a vague army word named after the country the event is in;
- a vague army word told at a place another state's army holds across its lines (the Shebaa Farms) names the
  holder's army, not the army of the place's country: "إصابة جنديين في مزارع شبعا" is Israel's army hit.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 10)
ISRAEL = "Military Forces of Israel (2009-)"
LEBANON = "Military Forces of Lebanon"


def _records(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY, 15)


def test_counted_soldiers_of_a_named_army_are_one_mention() -> None:
    recs = _records('أفادت وسائل إعلام إسرائيلية، اليوم الجمعة، بإصابة ثلاثة جنود من "الجيش" الإسرائيلي '
                    "في هجوم بطائرة مسيرة على موقع في مزارع شبعا.")
    hit = [r for r in recs if r["actor2"] == ISRAEL]
    assert hit, recs
    assert any("جنود من" in m for r in hit for m in r["actor2_mentions"]), hit  # type: ignore[attr-defined]
    assert all(r["actor2"] != LEBANON and r["actor1"] != LEBANON for r in recs), recs


def test_soldiers_hit_at_a_place_israel_holds_are_israels() -> None:
    recs = _records("إصابة جنديين في هجوم بمسيرة في مزارع شبعا\n\n"
                    'أعلنت وسائل إعلام إسرائيلية إصابة جنديين من "الجيش" الإسرائيلي في هجوم بمسيرة مفخخة على '
                    "ثكنة في مزارع شبعا، فيما قصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا.")
    assert recs and all(LEBANON not in (r["actor1"], r["actor2"]) for r in recs), recs
    drone = [r for r in recs if r["location"] == "Shebaa Farms"]
    assert drone and all(r["actor2"] == ISRAEL for r in drone), drone


def test_soldiers_elsewhere_in_lebanon_stay_the_lebanese_army() -> None:
    recs = _records("واستهدفت غارة إسرائيلية حاجزاً للجيش قرب بلدة مرجعيون جنوبي لبنان، ما أدى إلى إصابة جنديين، "
                    "اليوم الجمعة.")
    assert any(r["actor2"] == LEBANON for r in recs), recs


def test_soldiers_hit_in_the_occupied_golan_are_israels() -> None:
    recs = _records("سقطت صواريخ أطلقت من جنوب لبنان على موقع قرب مجدل شمس في الجولان المحتل، اليوم الجمعة، "
                    "ما أدى إلى إصابة جنديين.")
    assert recs and all("Syria" not in str(r["actor2"]) for r in recs), recs
    assert any(r["actor2"] == ISRAEL for r in recs), recs
