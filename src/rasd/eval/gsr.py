"""GSR sentence-level scoring: does rasd find an ASSAULT / PROTEST event in each sentence?

The GSR folder holds ``<type>_gsr_*.csv`` files (columns id, event_type, label, accept, reject, total,
text).  Each sentence runs through the whole pipeline as a one-sentence document with no publication
date.  A sentence is ASSAULT-positive when rasd emits a Battles, Explosions/Remote violence or
Violence against civilians event from it, PROTEST-positive for Protests or Riots.  Gold: label
``yes`` is positive, ``easy no`` / ``difficult no`` negative, ``ambiguous`` is left out.

Run ``python -m rasd.eval.gsr DIR`` for the scores, the confusion counts per label and the worst
false positives / negatives (ids and a short excerpt, on screen only).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline

TYPE_FAMILIES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": frozenset({"Protests", "Riots"}),
}
POSITIVE = "yes"
LEFT_OUT = "ambiguous"


def predicted_types(text: str, pipeline: Pipeline | None = None) -> set[str]:
    """The GSR types ("ASSAULT", "PROTEST") of the events rasd emits from one sentence."""
    pipe = pipeline or Pipeline()
    doc = pipe(Document(id="gsr", text=text, published=None))
    out: set[str] = set()
    for ev in doc.events:
        for name, family in TYPE_FAMILIES.items():
            if ev.event_type in family:
                out.add(name)
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_gsr(directory: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Scores per GSR type: {type: {tp, fp, fn, precision, recall, f1, confusion, false_positives,
    false_negatives}}; the error lists hold (id, label, accept, reject, text) sorted worst first."""
    directory = Path(directory)
    pipe = Pipeline()
    results: dict[str, Any] = {}
    for path in sorted(directory.glob("*_gsr_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        if limit:
            rows = rows[:limit]
        by_type: dict[str, list[dict[str, str]]] = {}
        for row in rows:
            by_type.setdefault(row["event_type"].strip().upper(), []).append(row)
        for etype, trows in by_type.items():
            if etype not in TYPE_FAMILIES:
                continue
            res = results.setdefault(etype, {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "left_out": 0,
                                             "confusion": Counter(), "false_positives": [],
                                             "false_negatives": []})
            for row in trows:
                label = row["label"].strip()
                if label == LEFT_OUT:
                    res["left_out"] += 1
                    continue
                gold = label == POSITIVE
                pred = etype in predicted_types(row["text"], pipe)
                res["confusion"][(label, "emitted" if pred else "not emitted")] += 1
                votes = int(row.get("accept") or 0), int(row.get("reject") or 0)
                item = (row["id"], label, votes[0], votes[1], row["text"])
                if gold and pred:
                    res["tp"] += 1
                elif pred:
                    res["fp"] += 1
                    res["false_positives"].append(item)
                elif gold:
                    res["fn"] += 1
                    res["false_negatives"].append(item)
                else:
                    res["tn"] += 1
    for res in results.values():
        res["precision"], res["recall"], res["f1"] = _prf(res["tp"], res["fp"], res["fn"])
        # worst: the clearest disagreements with the annotators first
        res["false_positives"].sort(key=lambda it: (it[1] != "easy no", -it[3], it[0]))
        res["false_negatives"].sort(key=lambda it: (-it[2], it[0]))
        res["confusion"] = {f"{k[0]} / {k[1]}": v for k, v in sorted(res["confusion"].items())}
    return results


def _excerpt(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.eval.gsr", description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", help="GSR folder (e.g. ../shared/eval/gsr-dev)")
    ap.add_argument("--worst", type=int, default=10, help="how many false positives/negatives to list")
    ap.add_argument("--limit", type=int, help="only the first N rows of each file")
    args = ap.parse_args(argv)
    if not Path(args.directory).is_dir():
        print(f"no such folder: {args.directory}", file=sys.stderr)
        return 2
    results = evaluate_gsr(args.directory, args.limit)
    if not results:
        print(f"no *_gsr_*.csv files in {args.directory}", file=sys.stderr)
        return 2
    for etype, res in results.items():
        print(f"{etype}: TP {res['tp']}  FP {res['fp']}  FN {res['fn']}  TN {res['tn']}  "
              f"(ambiguous left out: {res['left_out']})")
        print(f"  P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}")
        for k, v in res["confusion"].items():
            print(f"  {k}: {v}")
        for title, items in (("worst false positives", res["false_positives"]),
                             ("worst false negatives", res["false_negatives"])):
            print(f"  {title}:")
            for id_, label, acc, rej, text in items[: args.worst]:
                print(f"    {id_[:40]} [{label} {acc}/{rej}] {_excerpt(text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
