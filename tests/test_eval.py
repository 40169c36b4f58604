"""`rasd eval`: gold loading, the matching rules of spec/gold-format.md, scores and the CLI."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from rasd.eval.gold import (
    GoldDate,
    GoldError,
    actor_ok,
    date_fits,
    evaluate,
    exact_date,
    gold_files,
    haversine_km,
    load_gold,
    match,
    mentions_overlap,
    resolve_document,
    score_article,
    validate_gold,
)

DAMASCUS = (33.513, 36.292)
ALEPPO = (36.202, 37.134)
HOMS = (34.731, 36.709)


def gold_event(**kw: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "id": "e1", "required": True, "historical": False,
        "event_type": "Battles", "sub_event_type": "Armed clash", "alt_event_types": [],
        "date": "2023-05-10", "time_precision": 1,
        "locations": [{"name_ar": "حمص", "name_en": "Homs", "lat": HOMS[0], "lon": HOMS[1],
                       "tolerance_km": 10}],
        "actor1": {"inter": [1], "mentions_ar": ["قوات النظام"]},
        "actor2": {"inter": [2], "mentions_ar": ["فصائل المعارضة"]},
        "fatalities": {"min": 0, "max": 5},
    }
    ev.update(kw)
    return ev


def pred(**kw: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2023-05-10",
        "time_precision": 1, "latitude": HOMS[0], "longitude": HOMS[1], "location": "Homs",
        "inter1": 1, "inter2": 2, "actor1_mentions": ["قوات النظام"], "actor2_mentions": ["فصائل المعارضة"],
        "fatalities": 2, "historical": False,
    }
    rec.update(kw)
    return rec


def write_gold(folder: Path, name: str, events: list[dict[str, Any]],
               doc: dict[str, str] | None = None) -> Path:
    p = folder / f"{name}.json"
    obj = {"doc": doc or {"path": "articles/a.txt"}, "published": "2023-05-10", "events": events}
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return p


def golds(tmp_path: Path, events: list[dict[str, Any]]) -> list[Any]:
    return load_gold(write_gold(tmp_path, "g", events)).events


# ----------------------------------------------------------------------------- dates


def test_gold_date_forms() -> None:
    assert GoldDate.parse("2021-04").iso() == "2021-04"
    assert GoldDate.parse("2020").month is None
    assert GoldDate.parse("2022-03-15").as_date() == dt.date(2022, 3, 15)
    with pytest.raises(ValueError):
        GoldDate.parse("2022-02-30")
    with pytest.raises(ValueError):
        GoldDate.parse("15/03/2022")


@pytest.mark.parametrize(("pred_day", "gold", "prec", "ok"), [
    ("2023-05-11", "2023-05-10", 1, True),
    ("2023-05-12", "2023-05-10", 1, False),
    ("2023-05-17", "2023-05-10", 2, True),
    ("2023-05-18", "2023-05-10", 2, False),
    ("2023-05-31", "2023-05-10", 3, True),   # same month
    ("2023-06-01", "2023-05-10", 3, False),
    ("2023-05-01", "2023-05", 3, True),
    ("2023-11-30", "2023", 3, True),         # YYYY gold: same year
    ("2024-01-01", "2023", 3, False),
])
def test_date_window_by_precision(pred_day: str, gold: str, prec: int, ok: bool) -> None:
    assert date_fits(dt.date.fromisoformat(pred_day), GoldDate.parse(gold), prec) is ok


def test_exact_date_needs_same_day_or_same_month_and_precision(tmp_path: Path) -> None:
    day, month = golds(tmp_path, [gold_event(), gold_event(id="e2", date="2023-05", time_precision=3)])
    assert exact_date(pred(), day)
    assert not exact_date(pred(event_date="2023-05-11"), day)
    assert exact_date(pred(event_date="2023-05-15", time_precision=3), month)
    assert not exact_date(pred(event_date="2023-05-15", time_precision=1), month)


def test_haversine() -> None:
    assert 300 < haversine_km(*DAMASCUS, *ALEPPO) < 320
    assert haversine_km(*HOMS, *HOMS) == 0


# ----------------------------------------------------------------------------- matching


def test_match_needs_type_date_and_place(tmp_path: Path) -> None:
    (g,) = golds(tmp_path, [gold_event(alt_event_types=["Explosions/Remote violence"])])
    assert match([pred()], [g]) == {0: 0}
    assert match([pred(event_type="Explosions/Remote violence")], [g]) == {0: 0}  # an alt type
    assert match([pred(event_type="Protests")], [g]) == {}
    assert match([pred(event_date="2023-05-13")], [g]) == {}
    assert match([pred(latitude=DAMASCUS[0], longitude=DAMASCUS[1])], [g]) == {}
    assert match([pred(latitude=None, longitude=None)], [g]) == {}
    assert match([pred(event_date="")], [g]) == {}


def test_match_is_maximum_not_greedy(tmp_path: Path) -> None:
    # e1 accepts both predictions, e2 only the first: a greedy pass that gives #0 to e1 loses e2.
    g1, g2 = golds(tmp_path, [
        gold_event(id="e1", date="2023-05", time_precision=3),
        gold_event(id="e2", date="2023-05-10", time_precision=1)])
    preds = [pred(event_date="2023-05-10"), pred(event_date="2023-05-25")]
    assert match(preds, [g1, g2]) == {0: 1, 1: 0}


def test_required_gold_wins_over_optional(tmp_path: Path) -> None:
    opt, req = golds(tmp_path, [gold_event(id="o", required=False), gold_event(id="r")])
    assert match([pred()], [opt, req]) == {1: 0}


def test_optional_matches_count_neither_way(tmp_path: Path) -> None:
    events = [gold_event(id="r"), gold_event(id="o", required=False, event_type="Strategic developments",
                                             sub_event_type="Other")]
    gold = load_gold(write_gold(tmp_path, "g", events))
    preds = [pred(), pred(event_type="Strategic developments", sub_event_type="Other"),
             pred(event_type="Riots")]
    res = score_article(gold, preds)
    assert (res.tp, res.fp, res.fn, res.ignored) == (1, 1, 0, 1)
    assert res.false_positives[0]["pred"] == "2"


def test_miss_reasons_name_the_failed_condition(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path, "g", [gold_event()]))
    res = score_article(gold, [pred(event_date="2023-04-01", latitude=ALEPPO[0], longitude=ALEPPO[1])])
    assert res.fn == 1 and res.fp == 1
    reason = res.misses[0]["reason"]
    assert "date 2023-04-01" in reason and "place" in reason and "type" not in reason
    assert res.misses[0]["kind"] == "date+place" and res.false_positives[0]["kind"] == "date+place"
    assert score_article(gold, []).misses[0]["reason"] == "no prediction"


# ----------------------------------------------------------------------------- pair scores


def test_actor_accuracy_either_order_and_mentions(tmp_path: Path) -> None:
    (g,) = golds(tmp_path, [gold_event()])
    assert actor_ok(pred(), g)
    swapped = pred(inter1=2, inter2=1, actor1_mentions=["فصائل المعارضة"], actor2_mentions=["قوات النظام"])
    assert actor_ok(swapped, g)
    assert not actor_ok(pred(inter2=7), g)
    assert not actor_ok(pred(actor1_mentions=["الجيش التركي"]), g)


def test_mentions_overlap_after_normalisation() -> None:
    assert mentions_overlap(["قوّات النظام السوري"], ["قوات النظام"])  # shadda, longer span
    assert mentions_overlap(["الأمن"], ["قوات الامن العام"])           # hamza form, shorter span
    assert not mentions_overlap(["الشرطة"], ["قوات النظام"])
    assert not mentions_overlap([], ["قوات النظام"])


def test_scores_on_matched_pairs(tmp_path: Path) -> None:
    ev = gold_event(historical=True, date="2023-05", time_precision=3)
    gold = load_gold(write_gold(tmp_path, "g", [ev]))
    res = score_article(gold, [pred(sub_event_type="Government regains territory", fatalities=9,
                                    event_date="2023-05-20", latitude=34.78, longitude=36.709)])
    (pair,) = res.pairs
    assert pair["sub_event"] is False and pair["fatalities"] is False
    assert pair["historical"] is False and pair["gold_historical"] is True
    assert pair["location"] is False  # about 5.4 km away: matched (tolerance 10) but not within 5 km
    assert pair["actor"] is True and pair["date"] is False


# ----------------------------------------------------------------------------- files and documents


def test_load_gold_reports_the_file(tmp_path: Path) -> None:
    bad = write_gold(tmp_path, "bad", [gold_event(date="yesterday")])
    with pytest.raises(GoldError, match=r"bad\.json event 0"):
        load_gold(bad)
    nolocs = write_gold(tmp_path, "nolocs", [gold_event(locations=[])])
    with pytest.raises(GoldError, match="location"):
        load_gold(nolocs)
    (tmp_path / "nodoc.json").write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(GoldError, match="nodoc"):
        load_gold(tmp_path / "nodoc.json")


ARTICLE = ("اشتباكات في حمص\n"
           "دارت اشتباكات عنيفة يوم الأربعاء بين قوات النظام وفصائل المعارضة في أحياء مدينة حمص، "
           "وقال ناشطون إن المواجهات استمرت حتى ساعات الفجر.\n")


def test_resolve_path_and_corpus_record(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    rec = {"id": "rec-7", "title": "اشتباكات في حمص", "text": ARTICLE.split("\n", 1)[1],
           "published": "2023-05-01T10:00:00+03:00", "url": "https://example.org/7"}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    a = load_gold(write_gold(gold_dir, "a", []))
    b = load_gold(write_gold(gold_dir, "b", [], doc={"corpus": "c.jsonl", "id": "rec-7"}))
    da, db = resolve_document(a, tmp_path), resolve_document(b, tmp_path)
    assert "قوات النظام" in da.text and da.published == dt.date(2023, 5, 10)
    assert db.id == "rec-7" and db.published == dt.date(2023, 5, 10)  # the gold date wins
    c = load_gold(write_gold(gold_dir, "c", [], doc={"corpus": "c.jsonl", "id": "nope"}))
    with pytest.raises(GoldError, match="nope"):
        resolve_document(c, tmp_path)


def test_resolve_path_beside_the_gold_file(tmp_path: Path) -> None:
    """An article the project wrote sits next to its gold file; the shared root still wins when it has the path."""
    gold_dir = tmp_path / "set"
    (gold_dir / "articles").mkdir(parents=True)
    (gold_dir / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    root = tmp_path / "shared"
    root.mkdir()
    gold = load_gold(write_gold(gold_dir, "a", []))
    assert "قوات النظام" in resolve_document(gold, root).text
    (root / "articles").mkdir()
    (root / "articles" / "a.txt").write_text("عنوان\nنص آخر لا يشبه المقال.\n", encoding="utf-8")
    assert "قوات النظام" not in resolve_document(gold, root).text
    (gold_dir / "articles" / "a.txt").unlink()
    (root / "articles" / "a.txt").unlink()
    with pytest.raises(GoldError, match="cannot read"):
        resolve_document(gold, root)


def test_evaluate_totals_with_a_stub_extractor(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    write_gold(gold_dir, "one", [gold_event(), gold_event(id="e2", event_type="Strategic developments",
                                                          sub_event_type="Agreement")])
    write_gold(gold_dir, "two", [gold_event()], doc={"path": "articles/missing.txt"})
    result = evaluate([gold_dir], root=tmp_path, extract=lambda doc: [pred(), pred(event_type="Riots")])
    t = result["totals"]
    assert (t["articles"], t["errors"], t["tp"], t["fp"], t["fn"]) == (1, 1, 1, 1, 1)
    assert t["precision"] == 0.5 and t["recall"] == 0.5 and t["f1"] == 0.5
    assert t["actor_accuracy"] == 1.0 and t["date_accuracy"] == 1.0
    assert "missing.txt" in result["articles"][1]["error"]


def test_cli_eval_json_and_gsr_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.cli import main

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    write_gold(gold_dir, "one", [gold_event()])
    assert main(["eval", str(gold_dir), "--root", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["totals"]["articles"] == 1 and out["totals"]["required_gold"] == 1
    assert main(["eval", str(gold_dir), "--root", str(tmp_path)]) == 0
    assert "precision" in capsys.readouterr().out
    if importlib.util.find_spec("rasd.eval.gsr") is not None:
        assert main(["eval", "--gsr", str(tmp_path / "no-such-folder")]) == 2
        assert "no such folder" in capsys.readouterr().err
    import rasd.eval

    monkeypatch.delattr(rasd.eval, "gsr", raising=False)
    monkeypatch.setitem(sys.modules, "rasd.eval.gsr", None)  # makes the import fail
    assert main(["eval", "--gsr", str(tmp_path)]) == 2
    assert "GSR scorer" in capsys.readouterr().err


# ----------------------------------------------------------------------------- the project's gold


def test_project_gold_files_load_and_resolve(shared_dir: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    files = gold_files([root / "benchmarks" / "gold", shared_dir / "eval" / "gold-dev"])
    assert files
    for f in files:
        gold = load_gold(f)
        doc = resolve_document(gold, shared_dir)
        assert doc.text and doc.published == gold.published, f


def test_cli_validate_names_the_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.cli import main

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["eval", "--validate", str(tmp_path)]) == 2  # an empty folder is not a pass
    assert "no gold files" in capsys.readouterr().err
    write_gold(tmp_path, "good", [gold_event()])
    assert main(["eval", "--validate", str(tmp_path)]) == 0
    assert "1 gold files valid" in capsys.readouterr().out
    write_gold(tmp_path, "broken", [gold_event(time_precision=5)])
    assert main(["eval", "--validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "broken.json" in err and "good.json" not in err and "1 of 2 gold files have problems" in err


@pytest.mark.parametrize("change, message", [
    ({"event_type": "Clashes"}, "unknown event_type"),
    ({"sub_event_type": "Peaceful protest"}, "is not one of"),
    ({"alt_event_types": ["Fighting"]}, "alt_event_types"),
])
def test_validate_rejects_types_that_are_not_acled(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_gold(tmp_path, "g", [gold_event(**change)])
    problems = validate_gold([tmp_path], root=tmp_path)
    assert len(problems) == 1 and message in problems[0]


def test_validate_reports_an_article_that_cannot_be_read(tmp_path: Path) -> None:
    write_gold(tmp_path, "g", [gold_event()])
    problems = validate_gold([tmp_path], root=tmp_path)
    assert len(problems) == 1 and "cannot read the article" in problems[0]
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert validate_gold([tmp_path], root=tmp_path) == []


def test_corpus_gold_sets_are_valid(shared_dir: Path) -> None:
    """The Al Mayadeen sets (the Syria file and, for gold3, the whole 2023–24 corpus) load and validate."""
    root = Path(__file__).resolve().parents[1] / "benchmarks"
    for folder in (root / "gold", root / "gold2", root / "gold-df", root / "gold3",
                   root / "heldout" / "gold2", root / "heldout" / "gold3", root / "heldout" / "gold4"):
        assert len(gold_files([folder])) >= 24, folder
        assert validate_gold([folder], root=shared_dir) == [], folder


def test_project_written_gold_sets_are_valid() -> None:
    """The outlet-style sets hold their own articles: they validate without the shared folder."""
    root = Path(__file__).resolve().parents[1] / "benchmarks"
    folders = sorted(root.glob("styles*")) + sorted((root / "heldout").glob("styles*"))
    assert len(folders) >= 10  # styles … styles22, styles-hw … styles-h13 and heldout/styles14 … at least
    for folder in folders:
        assert gold_files([folder]), folder
        assert validate_gold([folder], root=folder / "no-shared-here") == []


def test_eval_time_and_places_options_report_clear_errors(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from rasd.cli import main

    assert main(["eval", "--time", str(tmp_path / "missing.tsv")]) == 2
    assert "no such annotation file" in capsys.readouterr().err
    tsv = tmp_path / "t.tsv"
    tsv.write_text("doc_id\tstart\tend\tsurface\tvalue\tgranularity\tkind\tnote\n", encoding="utf-8")
    assert main(["eval", "--places", str(tsv), "--corpus", str(tmp_path / "nope.jsonl")]) == 2
    assert "missing" in capsys.readouterr().err


def test_eval_time_scores_the_annotations(shared_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from rasd.cli import main

    root = Path(__file__).resolve().parents[1]
    tsv = root / "benchmarks" / "annotations" / "time_expressions.tsv"
    assert main(["eval", "--time", str(tsv), "--root", str(shared_dir)]) == 0
    out = capsys.readouterr().out
    assert "normalised correctly" in out


def test_agreement_scores_a_second_annotators_gold_like_predictions(tmp_path: Path) -> None:
    import json as _json

    from rasd.eval.gold import evaluate

    def event(eid: str, etype: str, sub: str, lat: float, required: bool = True) -> dict:
        return {"id": eid, "required": required, "historical": False, "event_type": etype,
                "sub_event_type": sub, "alt_event_types": [], "date": "2024-03-01", "time_precision": 1,
                "locations": [{"name_ar": "x", "name_en": "x", "lat": lat, "lon": 36.0}],
                "actor1": {"inter": [1], "mentions_ar": []}, "actor2": {"inter": [0], "mentions_ar": []},
                "fatalities": {"min": 0, "max": 0}}

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    doc = {"path": "nowhere.txt"}
    (a / "art.json").write_text(_json.dumps({"doc": doc, "published": "2024-03-01", "events": [
        event("e1", "Battles", "Armed clash", 33.0), event("e2", "Protests", "Peaceful protest", 34.0)]}))
    (b / "art.json").write_text(_json.dumps({"doc": doc, "published": "2024-03-01", "events": [
        event("e1", "Battles", "Armed clash", 33.01), event("e2", "Riots", "Mob violence", 35.0),
        event("e3", "Protests", "Peaceful protest", 34.0, required=False)]}))
    t = evaluate([a], against=[b])["totals"]
    # b's optional event is not a prediction: one agreed event, one missed, one extra (the riot)
    assert (t["tp"], t["fn"], t["fp"]) == (1, 1, 1)
