"""`rasd eval --classes`: counts of error classes, with no article text in the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.document import Document, Event, PlaceRef, Span
from rasd.eval.classes import error_classes, format_classes

HOMS = (34.731, 36.709)
ALEPPO = (36.202, 37.134)
# two paragraphs of our own: the clash in the first, a second town named only in the second
TEXT = "اشتبك الجيش مع مسلحين في المدينة صباح الأربعاء.\nوفي سياق آخر زار وفد مدينة حلب."


def gold_event(eid: str, where: tuple[float, float], **kw: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "id": eid, "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2023-05-10",
        "time_precision": 2, "historical": False,
        "locations": [{"name_en": "x", "lat": where[0], "lon": where[1], "tolerance_km": 10}],
        "actor1": {"inter": [1], "mentions_ar": ["الجيش"]}, "actor2": {"inter": [2], "mentions_ar": ["مسلحين"]},
    }
    ev.update(kw)
    return ev


def rec(**kw: Any) -> dict[str, Any]:
    r: dict[str, Any] = {
        "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2023-05-12", "time_precision": 1,
        "latitude": HOMS[0], "longitude": HOMS[1], "geo_precision": 1, "inter1": 1, "inter2": 2,
        "actor1_mentions": ["الجيش"], "actor2_mentions": ["مسلحين"], "fatalities": 0, "historical": True,
    }
    r.update(kw)
    return r


def process(doc: Document) -> Document:
    aleppo = PlaceRef("p-aleppo", "Aleppo", "حلب", "city", ALEPPO[0], ALEPPO[1])
    start = doc.text.index("حلب")
    doc.add("places", [Span(start, start + 3, "place", aleppo)])
    doc.events.append(Event("Battles", "Armed clash", evidence=[Span(0, doc.text.index("\n"), "sentence")]))
    return doc


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    g = tmp_path / "gold"
    g.mkdir()
    obj = {"doc": {"path": "articles/a.txt"}, "published": "2023-05-12",
           "events": [gold_event("e1", HOMS), gold_event("e2", ALEPPO, time_precision=1, date="2023-05-11")]}
    (g / "one.json").write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return g


def test_classes_of_a_matched_pair_a_miss_and_a_false_positive(gold_dir: Path) -> None:
    preds = [rec(), rec(event_type="Riots", sub_event_type="Violent demonstration")]
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: preds)
    assert c["articles"]["scored"] == 1
    # the Homs pair: two days after the coder's week-level date, on the publication day, flagged historical
    assert c["wrong date (predicted - gold)"] == {"+2 d, gold precision 2": 1}
    assert c["wrong date vs publication"] == {"predicted = publication day, gold precision 2": 1}
    assert c["wrong historical flag"] == {"predicted historical, gold not": 1}
    assert not c["wrong location"] and not c["wrong actors (gold inter / predicted inter)"]
    # the Aleppo event is missed; its place is recognised, but only in the paragraph without event evidence
    assert c["misses"] == {"place: gold place recognised only in other paragraphs": 1}
    assert c["false positives"] == {"type: Riots, geo_precision 1": 1}  # measured against the nearest gold (Homs)


def test_report_shows_no_article_text(gold_dir: Path) -> None:
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: [rec()])
    report = format_classes(c)
    assert "misses: 1" in report and "false positives: 0" in report
    assert not any("\u0600" <= ch <= "\u06ff" for ch in report)  # no Arabic at all: nothing of the articles
    assert "one" not in report.split()  # nor the gold file's name


def test_unreadable_article_is_counted_not_fatal(gold_dir: Path) -> None:
    obj = {"doc": {"path": "articles/missing.txt"}, "published": "2023-05-12", "events": []}
    (gold_dir / "two.json").write_text(json.dumps(obj), encoding="utf-8")
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: [rec()])
    assert c["articles"] == {"scored": 1, "unreadable": 1}


def test_wrong_actors_are_counted_by_the_cause_of_each_failing_side(gold_dir: Path) -> None:
    # the Homs pair with its second side empty, and the first side named by another word of the right inter code
    preds = [rec(inter2=0, actor2_mentions=[], actor1_mentions=["القوات"])]
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: preds)
    assert c["wrong actors by side (cause)"] == {"side empty, coder names one": 1,
                                                 "inter right, no span overlaps the coder's": 1}
    # another inter code for the armed men, the army's span right: one failing side only
    preds = [rec(inter2=3)]
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: preds)
    assert c["wrong actors by side (cause)"] == {"inter code not the coder's": 1}


def test_sides_read_in_the_order_that_fails_fewer(gold_dir: Path) -> None:
    # the two sides given the other way round pass (a fight has no first side): no cause is counted
    preds = [rec(inter1=2, inter2=1, actor1_mentions=["مسلحين"], actor2_mentions=["الجيش"])]
    c = error_classes([gold_dir], root=gold_dir.parent, process=process, to_records=lambda d: preds)
    assert not c["wrong actors by side (cause)"] and not c["wrong actors (gold inter / predicted inter)"]
