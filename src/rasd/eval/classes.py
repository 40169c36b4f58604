"""Error classes of an extraction against gold articles, as counts only (`rasd eval --classes`).

A held-out set is only useful while nobody reads it.  This report says *where* rasd goes wrong on such a set
without printing a sentence, a place name or an article name: every line is a class and a count.  It runs the
pipeline itself (not only the output records) because two classes need the document's layers: whether the gold
place of a missed event is among the place mentions rasd recognised, and whether that mention stands in a
paragraph that holds evidence of one of rasd's events.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.eval.gold import (
    GoldError,
    GoldEvent,
    _pred_date,
    actor_failures,
    actor_ok,
    exact_date,
    gold_files,
    haversine_km,
    load_gold,
    location_exact,
    min_distance_km,
    outcomes,
    resolve_document,
    shared_root,
)


def _km_bucket(d: float | None) -> str:
    if d is None:
        return "no coordinates"
    for top in (10, 25, 50, 100):
        if d <= top:
            return f"<= {top} km"
    return "> 100 km"


def _day_bucket(delta: int | None) -> str:
    if delta is None:
        return "no date"
    if abs(delta) <= 7:
        return f"{delta:+d} d"
    return "> +7 d" if delta > 0 else "< -7 d"


def _place_status(doc: Document, gold: GoldEvent) -> str:
    """Is the gold place among the recognised place mentions, and in a paragraph with event evidence?"""
    breaks = [i for i, ch in enumerate(doc.text) if ch == "\n"]

    def para(pos: int) -> int:
        return bisect.bisect_left(breaks, pos)

    hits = []
    for sp in doc.layer("places"):
        ref = sp.value
        if getattr(ref, "lat", None) is None or getattr(ref, "lon", None) is None:
            continue
        if any(haversine_km(ref.lat, ref.lon, loc.lat, loc.lon) <= loc.tolerance_km for loc in gold.locations):
            hits.append(sp)
    if not hits:
        return "gold place not recognised"
    evidence = {para(sp.start) for ev in doc.events for sp in ev.evidence}
    if any(para(sp.start) in evidence for sp in hits):
        return "gold place recognised in a paragraph with event evidence"
    return "gold place recognised only in other paragraphs"


def _inter(codes: Iterable[int]) -> str:
    return "/".join(str(c) for c in sorted(codes))


def error_classes(paths: Iterable[str | Path], root: str | Path | None = None,
                  process: Callable[[Document], Document] | None = None,
                  to_records: Callable[[Document], list[dict[str, Any]]] | None = None) -> dict[str, Counter[str]]:
    """Count the error classes over the gold articles under ``paths``.

    ``process`` runs the pipeline on a document (default :class:`rasd.pipeline.Pipeline`); ``to_records`` turns
    the processed document into output records (default :func:`rasd.output.records.records`).  Returns one
    Counter per section; a key is a class described in words, never text from the articles.
    """
    if process is None or to_records is None:
        from rasd.output.records import records
        from rasd.pipeline import Pipeline

        process = process or Pipeline()
        to_records = to_records or (lambda d: records(d, timestamp=0))
    base = shared_root(root)
    out: dict[str, Counter[str]] = {k: Counter() for k in (
        "articles", "misses", "false positives", "wrong date (predicted - gold)", "wrong date vs publication",
        "wrong location", "wrong historical flag", "wrong actors (gold inter / predicted inter)",
        "wrong actors by side (cause)")}
    for f in gold_files(paths):
        try:
            gold = load_gold(f)
            doc = process(resolve_document(gold, base))
        except GoldError:
            out["articles"]["unreadable"] += 1
            continue
        out["articles"]["scored"] += 1
        preds = to_records(doc)
        m, misses, fps = outcomes(gold.events, preds)
        for gi, kind, _ in misses:
            out["misses"][f"{kind}: {_place_status(doc, gold.events[gi])}"] += 1
        for gi, pj in sorted(m.items()):
            g = gold.events[gi]
            rec = preds[pj]
            if not exact_date(rec, g):
                pd, gd = _pred_date(rec), g.date.as_date()
                span = _day_bucket((pd - gd).days if pd else None) if gd else "gold month or year only"
                out["wrong date (predicted - gold)"][f"{span}, gold precision {g.time_precision}"] += 1
                on_pub = "predicted = publication day" if pd == gold.published else "predicted another day"
                out["wrong date vs publication"][f"{on_pub}, gold precision {g.time_precision}"] += 1
            if not location_exact(rec, g):
                out["wrong location"][
                    f"{_km_bucket(min_distance_km(rec, g))}, predicted geo_precision {rec.get('geo_precision')}"] += 1
            if bool(rec.get("historical")) != g.historical:
                out["wrong historical flag"][
                    "gold historical, predicted not" if g.historical else "predicted historical, gold not"] += 1
            if not actor_ok(rec, g):
                out["wrong actors (gold inter / predicted inter)"][
                    f"{_inter(g.actor1.inter)} - {_inter(g.actor2.inter)} / "
                    f"{int(rec.get('inter1') or 0)} - {int(rec.get('inter2') or 0)}"] += 1
                for cause in actor_failures(rec, g):
                    out["wrong actors by side (cause)"][cause] += 1
        for pj, kind, _ in fps:
            rec = preds[pj]
            out["false positives"][f"{kind}: {rec.get('event_type')}, geo_precision {rec.get('geo_precision')}"] += 1
    return out


def format_classes(classes: dict[str, Counter[str]]) -> str:
    lines = []
    for section, counts in classes.items():
        lines.append(f"{section}: {sum(counts.values())}")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:>4}  {key}")
    return "\n".join(lines) + "\n"
