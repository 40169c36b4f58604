"""Score the time recogniser against annotated time expressions.

``python -m rasd.time.evaluate [TSV] [CORPUS]`` prints a report.  The TSV has columns
``doc_id, start, end, surface, value, granularity, kind, note`` with offsets into the raw
``text`` of the corpus records (JSON Lines); each record is anchored to the date part of
its ``published`` field.  A predicted expression matches a gold one when their spans
overlap; it is *normalised correctly* when its ISO value (``YYYY-MM-DD``, ``YYYY-Www``,
``YYYY-MM``, ``YYYY`` or ``start/end``) equals the gold value.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import normalize
from rasd.time.expressions import TimeMatch, find_times

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_TSV = ROOT / "benchmarks" / "annotations" / "time_expressions.tsv"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "almayadeen-syria.jsonl"


def _read_gold(tsv_path: Path) -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(tsv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            gold[row["doc_id"]].append({**row, "start": int(row["start"]), "end": int(row["end"])})
    return gold


def _read_corpus(corpus_path: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("id") in ids:
                out[rec["id"]] = rec
    return out


def evaluate_annotations(tsv_path: str | Path = DEFAULT_TSV,
                         corpus_path: str | Path = DEFAULT_CORPUS) -> dict[str, Any]:
    """Run the recogniser on every annotated record and compare with the gold expressions.

    Returns counts ``gold``, ``found`` (gold spans overlapped by a prediction), ``correct``
    (found and value equal), ``false_detections`` (predictions overlapping no gold span),
    ``predicted``, ``by_kind`` ({kind: {gold, found, correct}}), ``errors`` (a list of
    dicts: doc_id, start, end, surface, gold, predicted, kind, note) and
    ``false_list`` (the false detections), plus ``ms_per_doc`` of the recogniser.
    """
    gold = _read_gold(Path(tsv_path))
    corpus = _read_corpus(Path(corpus_path), set(gold))
    res: dict[str, Any] = {"gold": 0, "found": 0, "correct": 0, "predicted": 0,
                           "false_detections": 0, "docs": 0, "missing_docs": [],
                           "by_kind": defaultdict(lambda: {"gold": 0, "found": 0, "correct": 0}),
                           "errors": [], "false_list": []}
    elapsed = 0.0
    for doc_id, rows in gold.items():
        rec = corpus.get(doc_id)
        if rec is None:
            res["missing_docs"].append(doc_id)
            continue
        res["docs"] += 1
        text = rec["text"]
        anchor = dt.date.fromisoformat(str(rec["published"])[:10])
        t0 = time.perf_counter()
        preds: list[TimeMatch] = find_times(normalize(text), anchor)
        elapsed += time.perf_counter() - t0
        res["predicted"] += len(preds)
        used: set[int] = set()
        for g in rows:
            res["gold"] += 1
            bk = res["by_kind"][g["kind"]]
            bk["gold"] += 1
            hits = [i for i, p in enumerate(preds) if p.start < g["end"] and g["start"] < p.end]
            if not hits:
                res["errors"].append({"doc_id": doc_id, "start": g["start"], "end": g["end"],
                                      "surface": g["surface"], "gold": g["value"], "predicted": None,
                                      "kind": g["kind"], "note": g.get("note", "")})
                continue
            used.update(hits)
            res["found"] += 1
            bk["found"] += 1
            values = [preds[i].value.iso() for i in hits]
            if g["value"] in values:
                res["correct"] += 1
                bk["correct"] += 1
            else:
                res["errors"].append({"doc_id": doc_id, "start": g["start"], "end": g["end"],
                                      "surface": g["surface"], "gold": g["value"],
                                      "predicted": "; ".join(f"{preds[i].text}={v}"
                                                             for i, v in zip(hits, values, strict=True)),
                                      "kind": g["kind"], "note": g.get("note", "")})
        for i, p in enumerate(preds):
            if i not in used:
                res["false_detections"] += 1
                res["false_list"].append({"doc_id": doc_id, "start": p.start, "end": p.end,
                                          "text": p.text, "value": p.value.iso()})
    res["by_kind"] = dict(res["by_kind"])
    res["ms_per_doc"] = 1000 * elapsed / max(res["docs"], 1)
    return res


def format_report(res: dict[str, Any]) -> str:
    g = max(res["gold"], 1)
    lines = [
        f"documents: {res['docs']}  gold expressions: {res['gold']}  predicted: {res['predicted']}",
        f"found (recall):         {res['found']}/{res['gold']} = {100 * res['found'] / g:.1f}%",
        f"normalised correctly:   {res['correct']}/{res['gold']} = {100 * res['correct'] / g:.1f}%",
        f"false detections:       {res['false_detections']} (predictions overlapping no gold span)",
        f"recogniser time:        {res['ms_per_doc']:.3f} ms/doc",
        "",
        "by kind:",
    ]
    for kind, c in sorted(res["by_kind"].items()):
        lines.append(f"  {kind:10s} gold {c['gold']:4d}  found {c['found']:4d}  correct {c['correct']:4d}")
    if res["errors"]:
        lines += ["", "errors (gold → predicted):"]
        for e in res["errors"]:
            note = f"  ({e['note']})" if e["note"] else ""
            lines.append(f"  {e['doc_id']} [{e['start']}:{e['end']}] {e['surface']} → gold {e['gold']}, "
                         f"predicted {e['predicted'] or 'nothing'}{note}")
    if res["false_list"]:
        lines += ["", "false detections:"]
        for e in res["false_list"]:
            lines.append(f"  {e['doc_id']} [{e['start']}:{e['end']}] {e['text']} = {e['value']}")
    if res["missing_docs"]:
        lines += ["", f"records not in the corpus: {', '.join(res['missing_docs'])}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    tsv = Path(args[0]) if args else DEFAULT_TSV
    corpus = Path(args[1]) if len(args) > 1 else DEFAULT_CORPUS
    if not tsv.is_file() or not corpus.is_file():
        print(f"needs {tsv} and {corpus}", file=sys.stderr)
        return 2
    print(format_report(evaluate_annotations(tsv, corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
