"""The gazetteer-gap miner (rasd.geo.candidates) and the curated site rows."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from rasd.document import Document
from rasd.geo.candidates import main, mine, read_docs
from rasd.geo.gazetteer import get_gazetteer, validate


def test_unknown_village_after_cue_is_a_candidate_and_known_town_is_not() -> None:
    docs = [
        Document(id="a", text="قصفت المدفعية قرية زعفرانة الصغرى وبلدة كفرنبل صباح اليوم."),
        Document(id="b", text="سقطت قذيفة على أطراف قرية زعفرانة وفي مدينة إدلب."),
    ]
    rows = {c.key: c for c in mine(docs)}
    assert "زعفرانه" in rows
    assert rows["زعفرانه"].docs == {"a", "b"}
    assert "قريه" in rows["زعفرانه"].cues
    assert not any(k.startswith("كفرنبل") or k.startswith("ادلب") for k in rows)


def test_stop_words_after_cue_are_ignored() -> None:
    rows = {c.key for c in mine([Document(id="a", text="دخلت الدورية منطقة عسكرية قرب قاعدة جوية.")])}
    assert "عسكريه" not in rows


def test_cli_excludes_ids_and_filters_syria(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl.gz"
    recs = [
        {"id": "1", "country": "سوريا", "title": "خبر", "text": "اشتباكات في قرية زعفرانة بريف إدلب."},
        {"id": "2", "country": "سوريا", "title": "خبر", "text": "اشتباكات في قرية زعفرانة بريف إدلب."},
        {"id": "3", "country": "مصر", "title": "خبر", "text": "افتتاح جسر الوراق في القاهرة."},
    ]
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in recs))
    ids = [d.id for d in read_docs([corpus], exclude={"2"}, syria=True)]
    assert ids == ["1"]
    excl = tmp_path / "ex.txt"
    excl.write_text("2\n", encoding="utf-8")
    assert main([str(corpus), "--exclude", str(excl), "--syria", "--min-docs", "1"]) == 0


def test_curated_sites_validate_and_resolve() -> None:
    assert validate() == []
    g = get_gazetteer()
    assert g.lookup("معبر جوسية")[0].id == "site:jousieh-crossing"
    assert g.lookup("حي الوعر")[0].id == "nbhd:hms-waer"
    # a name that is also a common word is listed only with its cue
    assert not any(e.id == "nbhd:hms-waer" for e in g.lookup("الوعر"))
    assert not any(e.id == "nbhd:dam-tadamon" for e in g.lookup("التضامن"))
