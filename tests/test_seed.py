"""The founding example: the Enab Baladi article on the Jasim clashes (read from ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main


@pytest.fixture(scope="module")
def seed_records(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    assert main(["extract", str(seed_path), "--published", "2022-03-15", "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _current(records: list[dict]) -> list[dict]:
    return [r for r in records if not r["historical"]]


def test_armed_clash_in_jasim_between_government_and_local_fighters(seed_records: list[dict]) -> None:
    clashes = [r for r in _current(seed_records) if r["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 1
    c = clashes[0]
    assert c["event_date"] == "2022-03-15" and c["time_precision"] == 1
    assert c["location"] == "Jasim" and abs(c["latitude"] - 32.992) < 0.05 and abs(c["longitude"] - 36.06) < 0.05
    assert c["admin1"] == "Dar'a" or c["admin1"].startswith("Dar")
    assert 1 in (c["inter1"], c["inter2"])
    assert {c["inter1"], c["inter2"]} & {2, 3, 4}
    assert c["quantities"].get("vehicles_destroyed") == 3
    assert c["quantities"].get("captured") == 6
    assert 0 <= c["fatalities"] <= 10


def test_agreement_the_same_day(seed_records: list[dict]) -> None:
    agreements = [r for r in _current(seed_records) if r["sub_event_type"] == "Agreement"]
    assert len(agreements) == 1
    assert agreements[0]["event_date"] == "2022-03-15"
    assert agreements[0]["location"] in ("Jasim", "As-Sanamayn", "Al-Sanamayn")


def test_nothing_placed_in_daraa_city(seed_records: list[dict]) -> None:
    for r in seed_records:
        assert r["location"] not in ("Dar'a", "Daraa"), r


def test_background_is_not_dated_to_publication(seed_records: list[dict]) -> None:
    for r in seed_records:
        ev = " ".join(e["text"] for e in r["evidence"])
        if "2020" in ev or "2021" in ev:
            assert r["event_date"] != "2022-03-15", r
            assert r["historical"] is True


def test_every_record_points_at_its_evidence(seed_records: list[dict], seed_path: Path) -> None:
    assert seed_records
    for r in seed_records:
        assert r["evidence"]
        for e in r["evidence"]:
            assert e["end"] > e["start"] and e["text"]
