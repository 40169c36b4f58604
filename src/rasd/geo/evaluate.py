"""Score the place stage against annotated place mentions (``python -m rasd.geo.evaluate``).

The annotation file is a TSV with columns ``doc_id, start, end, surface, gaz_ids, lat, lon,
country, kind, note``; offsets point into the ``text`` field of the corpus records.

- a gold mention is *found* when a predicted place span overlaps it;
- it is *resolved* when the predicted id is in ``gaz_ids``, or (``gaz_ids`` empty) the
  predicted point lies within 10 km of ``lat/lon``, or (no coordinates) the predicted country
  matches, or (no country either: a sea, a supranational region) the prediction has no country
  and no point.  ``resolved_country_level`` additionally accepts a country-level prediction for a
  country-level gold mention of the same country (country centroids are a convention);
- a *false detection* is a predicted span overlapping no gold mention of an annotated article.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.document import Document, PlaceRef, Span
from rasd.geo.gazetteer import get_gazetteer
from rasd.geo.stage import great_circle_km, recognize_places
from rasd.pipeline import text_layer

ISO3 = {"Syria": "SYR"}


def read_annotations(tsv_path: str | Path) -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(tsv_path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not r.get("doc_id") or not (r.get("start") or "").isdigit():
                continue
            by_doc[r["doc_id"]].append({
                "start": int(r["start"]), "end": int(r["end"]), "surface": r.get("surface", ""),
                "ids": [x for x in (r.get("gaz_ids") or "").split("|") if x],
                "lat": float(r["lat"]) if r.get("lat") else None,
                "lon": float(r["lon"]) if r.get("lon") else None,
                "country": r.get("country", ""), "kind": r.get("kind", ""),
            })
    return by_doc


def _country3(ref: PlaceRef) -> str:
    if ref.id.startswith("country:"):
        return ref.id.split(":", 1)[1]
    if ref.country == "Syria":
        return "SYR"
    g = get_gazetteer()
    e = g.entries.get(ref.id)
    return e.country if e else ""


def _correct(ref: PlaceRef, gold: dict[str, Any], country_level: bool) -> bool:
    if gold["ids"]:
        return ref.id in gold["ids"]
    if gold["lat"] is not None and gold["lon"] is not None:
        if ref.lat is not None and ref.lon is not None \
                and great_circle_km(ref.lat, ref.lon, gold["lat"], gold["lon"]) <= 10:
            return True
        return country_level and gold["kind"] == "country" and ref.level == "country" \
            and _country3(ref) == gold["country"]
    if not gold["country"]:
        # a place in no country (a sea, "the Middle East"): right when rasd also gives it no
        # country and no point, so that it can never place an event
        return ref.lat is None and ref.lon is None and not _country3(ref)
    return _country3(ref) == gold["country"]


def pct(a: int, b: int) -> float:
    return round(100.0 * a / b, 1) if b else 0.0


def evaluate_annotations(
    tsv_path: str | Path, corpus_path: str | Path, details: bool = False
) -> dict[str, Any]:
    """Run the place stage on every annotated record and score it (see module doc)."""
    gold = read_annotations(tsv_path)
    t0 = time.perf_counter()
    get_gazetteer()
    load_s = time.perf_counter() - t0
    records: dict[str, str] = {}
    with open(corpus_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in gold:
                records[rec["id"]] = rec.get("text", "")
    n_gold = found = resolved = resolved_cl = n_pred = false = 0
    stage_s = 0.0
    misses: list[str] = []
    wrong: list[str] = []
    falses: list[str] = []
    for doc_id, mentions in gold.items():
        text = records.get(doc_id)
        if text is None:
            continue
        doc = Document(id=doc_id, text=text)
        text_layer(doc)
        t = time.perf_counter()
        recognize_places(doc)
        stage_s += time.perf_counter() - t
        preds: list[Span] = doc.layer("places")
        n_pred += len(preds)
        for p in preds:
            if not any(p.start < g["end"] and g["start"] < p.end for g in mentions):
                false += 1
                falses.append(f"{doc_id}\t{p.start}\t{text[p.start:p.end]}\t{p.value.id}")
        for g in mentions:
            n_gold += 1
            over = [p for p in preds if p.start < g["end"] and g["start"] < p.end]
            if not over:
                misses.append(f"{doc_id}\t{g['start']}\t{g['surface']}\t{'|'.join(g['ids'])}\t{g['kind']}")
                continue
            found += 1
            if any(_correct(p.value, g, False) for p in over):
                resolved += 1
                resolved_cl += 1
            elif any(_correct(p.value, g, True) for p in over):
                resolved_cl += 1
            else:
                wrong.append(f"{doc_id}\t{g['start']}\t{g['surface']}\t{'|'.join(g['ids'])}\t"
                             f"{g['kind']}\t→ {over[0].value.id} {over[0].value.role}")
    n_docs = len([d for d in gold if d in records])
    out: dict[str, Any] = {
        "articles": n_docs, "gold_mentions": n_gold, "predicted": n_pred,
        "found_pct": pct(found, n_gold), "resolved_pct": pct(resolved, n_gold),
        "resolved_country_level_pct": pct(resolved_cl, n_gold),
        "resolved_of_found_pct": pct(resolved, found),
        "false_detections": false, "false_detection_pct": pct(false, n_pred),
        "ms_per_article": round(1000 * stage_s / n_docs, 3) if n_docs else 0.0,
        "gazetteer_load_s": round(load_s, 3),
    }
    if details:
        out.update(misses=misses, wrong=wrong, false=falses)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.geo.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", default="benchmarks/annotations/place_mentions.tsv")
    ap.add_argument("--corpus", default="../shared/corpus/almayadeen-syria.jsonl")
    ap.add_argument("--details", action="store_true", help="list misses, wrong resolutions, false detections")
    a = ap.parse_args(argv)
    rep = evaluate_annotations(a.annotations, a.corpus, details=a.details)
    for k in ("misses", "wrong", "false"):
        for line in rep.pop(k, []):
            print(f"{k}\t{line}")
    print(f"Places: {rep['articles']} articles, {rep['gold_mentions']} gold mentions,"
          f" {rep['predicted']} predicted")
    print(f"  found:            {rep['found_pct']}%")
    print(f"  resolved:         {rep['resolved_pct']}%"
          f" (country-level rule: {rep['resolved_country_level_pct']}%;"
          f" of found: {rep['resolved_of_found_pct']}%)")
    print(f"  false detections: {rep['false_detections']} ({rep['false_detection_pct']}% of predictions)")
    print(f"  place stage:      {rep['ms_per_article']} ms/article;"
          f" gazetteer load {rep['gazetteer_load_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
