"""Gold articles and their scoring, exactly as ``spec/gold-format.md`` describes.

A gold file is one JSON object per article (``doc``, ``published``, ``events``).  :func:`evaluate`
runs extraction on each article, matches predicted records to gold events and computes:

- event precision / recall / F1 over *required* gold events (predictions matched to optional
  gold events count neither way; unmatched predictions are false positives);
- on matched pairs (required and optional): sub-event, actor, fatalities, exact-date,
  location-within-5-km and historical accuracy.

Matching rule (all must hold): event type equals the gold type or one of ``alt_event_types``;
the date fits the gold precision (1: ±1 day, 2: ±7 days, 3: same month, same year for a
``YYYY`` gold date); the predicted point lies within ``tolerance_km`` of one gold location.
The assignment is a maximum bipartite matching that first maximises matched required gold
events, then matched optional ones (augmenting paths never unmatch a matched gold event).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import normalize
from rasd.document import Document
from rasd.io.readers import iter_records

ROOT = Path(__file__).resolve().parents[3]  # the checkout (src/rasd/eval/gold.py → ../../..)
LOCATION_EXACT_KM = 5.0
DEFAULT_TOLERANCE_KM = 10.0


class GoldError(ValueError):
    """A gold file that does not follow the format (message names the file)."""


# --------------------------------------------------------------------------- the gold data


@dataclass(slots=True)
class GoldDate:
    """A gold date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, s: str) -> GoldDate:
        parts = s.strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"bad date {s!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
        nums = [int(p) for p in parts]
        if len(nums) == 3:
            dt.date(*nums)  # validates
            return cls(nums[0], nums[1], nums[2])
        if len(nums) == 2:
            if not 1 <= nums[1] <= 12:
                raise ValueError(f"bad month in {s!r}")
            return cls(nums[0], nums[1])
        return cls(nums[0])

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(slots=True)
class GoldLocation:
    name: str
    lat: float
    lon: float
    tolerance_km: float = DEFAULT_TOLERANCE_KM


@dataclass(slots=True)
class GoldActor:
    inter: set[int]
    mentions: list[str]


@dataclass(slots=True)
class GoldEvent:
    id: str
    required: bool
    historical: bool
    event_type: str
    sub_event_type: str
    alt_event_types: list[str]
    date: GoldDate
    time_precision: int
    locations: list[GoldLocation]
    actor1: GoldActor
    actor2: GoldActor
    fatalities: tuple[int, int]

    @property
    def types(self) -> set[str]:
        return {self.event_type, *self.alt_event_types}


@dataclass(slots=True)
class GoldArticle:
    path: str  # the gold file
    doc: dict[str, str]  # {"path": ...} or {"corpus": ..., "id": ...}
    published: dt.date | None
    events: list[GoldEvent]
    annotator: str = ""
    notes: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).stem


def _actor(obj: Any, where: str) -> GoldActor:
    if obj is None:
        return GoldActor({0}, [])
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: actor must be an object")
    inter = obj.get("inter", [0])
    if isinstance(inter, int):
        inter = [inter]
    if not isinstance(inter, list) or not all(isinstance(i, int) and 0 <= i <= 8 for i in inter):
        raise GoldError(f"{where}: inter must be a list of codes 0-8")
    mentions = obj.get("mentions_ar", [])
    if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
        raise GoldError(f"{where}: mentions_ar must be a list of strings")
    return GoldActor(set(inter) or {0}, mentions)


def _event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: an event must be an object")
    for key in ("event_type", "date", "locations"):
        if key not in obj:
            raise GoldError(f"{where}: missing {key!r}")
    try:
        date = GoldDate.parse(str(obj["date"]))
    except ValueError as e:
        raise GoldError(f"{where}: {e}") from None
    prec = int(obj.get("time_precision", 1 if date.day else 3))
    if prec not in (1, 2, 3):
        raise GoldError(f"{where}: time_precision must be 1, 2 or 3")
    locs = []
    for j, loc in enumerate(obj["locations"]):
        try:
            locs.append(GoldLocation(str(loc.get("name_en") or loc.get("name_ar") or ""), float(loc["lat"]),
                                     float(loc["lon"]), float(loc.get("tolerance_km", DEFAULT_TOLERANCE_KM))))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise GoldError(f"{where}: location {j} needs numeric lat and lon") from None
    if not locs:
        raise GoldError(f"{where}: at least one location is needed")
    fat = obj.get("fatalities") or {}
    try:
        lo = int(fat.get("min", 0))
        hi = int(fat.get("max", lo))
    except (TypeError, ValueError, AttributeError):
        raise GoldError(f"{where}: fatalities must be {{min, max}} integers") from None
    _check_types(obj, where)
    return GoldEvent(
        id=str(obj.get("id", where)),
        required=bool(obj.get("required", True)),
        historical=bool(obj.get("historical", False)),
        event_type=str(obj["event_type"]),
        sub_event_type=str(obj.get("sub_event_type", "")),
        alt_event_types=[str(t) for t in obj.get("alt_event_types", [])],
        date=date,
        time_precision=prec,
        locations=locs,
        actor1=_actor(obj.get("actor1"), f"{where} actor1"),
        actor2=_actor(obj.get("actor2"), f"{where} actor2"),
        fatalities=(lo, hi),
    )


def _check_types(obj: dict[str, Any], where: str) -> None:
    """The event type, its sub-event type and the alternative types are ACLED's (spec/event-record.md)."""
    from rasd.events.lexicon import EVENT_TYPES

    etype, sub = str(obj["event_type"]), str(obj.get("sub_event_type", ""))
    if etype not in EVENT_TYPES:
        raise GoldError(f"{where}: unknown event_type {etype!r} (one of: {', '.join(EVENT_TYPES)})")
    if sub and sub not in EVENT_TYPES[etype]:
        raise GoldError(f"{where}: sub_event_type {sub!r} is not one of {etype!r}")
    alts = obj.get("alt_event_types", [])
    if not isinstance(alts, list) or any(str(t) not in EVENT_TYPES for t in alts):
        raise GoldError(f"{where}: alt_event_types must list ACLED event types")


def load_gold(path: str | Path) -> GoldArticle:
    """Read and validate one gold file; :class:`GoldError` names the file and the problem."""
    p = Path(path)
    try:
        obj = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GoldError(f"{p}: {e}") from None
    if not isinstance(obj, dict):
        raise GoldError(f"{p}: a gold file is one JSON object")
    doc = obj.get("doc")
    if not isinstance(doc, dict) or not ("path" in doc or ("corpus" in doc and "id" in doc)):
        raise GoldError(f'{p}: "doc" must be {{"path": ...}} or {{"corpus": ..., "id": ...}}')
    published = None
    if obj.get("published"):
        try:
            published = dt.date.fromisoformat(str(obj["published"])[:10])
        except ValueError:
            raise GoldError(f"{p}: bad published date {obj['published']!r}") from None
    events_obj = obj.get("events", [])
    if not isinstance(events_obj, list):
        raise GoldError(f'{p}: "events" must be a list')
    events = [_event(e, f"{p} event {i}") for i, e in enumerate(events_obj)]
    return GoldArticle(str(p), {k: str(v) for k, v in doc.items()}, published, events,
                       str(obj.get("annotator", "")), str(obj.get("notes", "")))


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``*.json`` gold files under the given folders (or the files themselves), sorted."""
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(sorted(q for q in p.glob("*.json") if q.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or folder")
    return out


def validate_gold(paths: Iterable[str | Path], root: str | Path | None = None) -> list[str]:
    """Problems in the gold files (one message per bad file): a file that does not load (bad JSON, a missing
    field, a type that is not ACLED's …) or whose article cannot be found and read (under ``root``, see
    :func:`shared_root`, or next to the gold file); empty when all are good."""
    problems = []
    base = shared_root(root)
    for f in gold_files(paths):
        try:
            resolve_document(load_gold(f), base)
        except GoldError as e:
            problems.append(str(e))
    return problems


# --------------------------------------------------------------------------- documents


def shared_root(explicit: str | Path | None = None) -> Path:
    """``--root``, else ``$RASD_SHARED``, else ``../shared`` next to the checkout (or the working folder)."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("RASD_SHARED")
    if env:
        return Path(env)
    beside = ROOT.parent / "shared"
    if beside.is_dir() or not (Path.cwd().parent / "shared").is_dir():
        return beside
    return Path.cwd().parent / "shared"  # an installed package: ../shared next to the working folder


_CORPUS_CACHE: dict[Path, dict[str, dict[str, Any]]] = {}


def _corpus_index(path: Path) -> dict[str, dict[str, Any]]:
    idx = _CORPUS_CACHE.get(path)
    if idx is None:
        idx = {str(rec.get("id")): rec for rec in iter_records(path)}
        _CORPUS_CACHE[path] = idx
    return idx


def resolve_document(gold: GoldArticle, root: Path) -> Document:
    """The article a gold file names, read as ``rasd extract`` reads it, with the gold ``published``.

    Raises :class:`GoldError` when the article cannot be found or read.
    """
    from rasd.io.readers import InputError, decode, html_document, record_document, text_document

    item: Document | InputError
    if "path" in gold.doc:
        p = Path(gold.doc["path"])
        if not p.is_absolute():
            # under the shared root (the corpus files), else next to the gold file (articles the project wrote)
            beside = Path(gold.path).parent / p
            p = beside if beside.is_file() and not (root / p).is_file() else root / p
        try:
            text = decode(p.read_bytes())
        except (OSError, ValueError) as e:
            raise GoldError(f"{gold.path}: cannot read the article {p}: {e}") from None
        reader = html_document if p.suffix.lower() in (".html", ".htm") else text_document
        item = reader(text, str(p), gold.published)
    else:
        cp = Path(gold.doc["corpus"])
        cp = cp if cp.is_absolute() else root / cp
        if not cp.is_file():
            raise GoldError(f"{gold.path}: corpus {cp} not found (use --root or RASD_SHARED)")
        rec = _corpus_index(cp).get(gold.doc["id"])
        if rec is None:
            raise GoldError(f"{gold.path}: no record {gold.doc['id']!r} in {cp}")
        item = record_document(rec, f"{cp}#{gold.doc['id']}", gold.published)
    if isinstance(item, InputError):
        raise GoldError(f"{gold.path}: {item}")
    return item


# --------------------------------------------------------------------------- matching


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def _pred_date(rec: dict[str, Any]) -> dt.date | None:
    s = rec.get("event_date") or ""
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def date_fits(pred: dt.date | None, gold: GoldDate, precision: int) -> bool:
    """Rule 2: precision 1 → ±1 day; 2 → ±7 days; 3 → same month (same year for ``YYYY``)."""
    if pred is None:
        return False
    g = gold.as_date()
    if precision in (1, 2) and g is not None:
        return abs((pred - g).days) <= (1 if precision == 1 else 7)
    if gold.month is None:
        return pred.year == gold.year
    return (pred.year, pred.month) == (gold.year, gold.month)


def _coords(rec: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = rec.get("latitude"), rec.get("longitude")
    if lat is None or lon is None or lat == "" or lon == "":
        return None
    try:
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def min_distance_km(rec: dict[str, Any], gold: GoldEvent) -> float | None:
    """Distance from the predicted point to the nearest gold location (None: no coordinates)."""
    c = _coords(rec)
    if c is None:
        return None
    return min(haversine_km(c[0], c[1], loc.lat, loc.lon) for loc in gold.locations)


def place_fits(rec: dict[str, Any], gold: GoldEvent) -> bool:
    c = _coords(rec)
    if c is None:
        return False
    return any(haversine_km(c[0], c[1], loc.lat, loc.lon) <= loc.tolerance_km for loc in gold.locations)


def failures(rec: dict[str, Any], gold: GoldEvent) -> list[str]:
    """Which matching conditions fail: a subset of ``["type", "date", "place"]``."""
    out = []
    if rec.get("event_type") not in gold.types:
        out.append("type")
    if not date_fits(_pred_date(rec), gold.date, gold.time_precision):
        out.append("date")
    if not place_fits(rec, gold):
        out.append("place")
    return out


def _quality(rec: dict[str, Any], gold: GoldEvent) -> tuple[int, int, float]:
    """Tie-break between admissible predictions for one gold event (smaller is better)."""
    d = min_distance_km(rec, gold)
    return (0 if rec.get("event_type") == gold.event_type and rec.get("sub_event_type") == gold.sub_event_type
            else 1, 0 if exact_date(rec, gold) else 1, d if d is not None else 1e9)


def match(preds: list[dict[str, Any]], golds: list[GoldEvent]) -> dict[int, int]:
    """Maximum matching ``{gold index: prediction index}``, required gold events first.

    Kuhn's augmenting paths over required gold events, then over optional ones: augmenting never
    unmatches a gold event, so the number of matched required events is maximal.
    """
    adj: list[list[int]] = []
    for g in golds:
        cands = [j for j, p in enumerate(preds) if not failures(p, g)]
        cands.sort(key=lambda j, g=g: _quality(preds[j], g))
        adj.append(cands)
    pred_to_gold: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pj in adj[gi]:
            if pj in seen:
                continue
            seen.add(pj)
            if pj not in pred_to_gold or augment(pred_to_gold[pj], seen):
                pred_to_gold[pj] = gi
                return True
        return False

    order = sorted(range(len(golds)), key=lambda i: not golds[i].required)
    for gi in order:
        augment(gi, set())
    return {gi: pj for pj, gi in pred_to_gold.items()}


# --------------------------------------------------------------------------- pair scores


def _norm(s: str) -> str:
    return " ".join(normalize(s).norm.split())


def mentions_overlap(pred: Iterable[str], gold: Iterable[str]) -> bool:
    """A predicted mention overlaps a gold one: after normalisation one contains the other
    (mentions shorter than three characters never overlap)."""
    gn = [_norm(g) for g in gold]
    for p in pred:
        pn = _norm(p)
        if len(pn) >= 3 and any(len(g) >= 3 and (pn in g or g in pn) for g in gn):
            return True
    return False


def _side_ok(inter: int, mentions: list[str], gold: GoldActor) -> bool:
    if inter not in gold.inter:
        return False
    if inter == 0 or not gold.mentions:
        return True
    return mentions_overlap(mentions, gold.mentions)


def side_failure(inter: int, mentions: list[str], gold: GoldActor) -> str | None:
    """Why one predicted side fails the gold side (None when it passes :func:`actor_ok`'s test for a side): the side
    left empty where the coder named one, a side given where the coder has none, another inter code, or the right
    inter code with no span overlapping a coder's mention."""
    if _side_ok(inter, mentions, gold):
        return None
    if inter == 0:
        return "side empty, coder names one"
    if gold.inter == {0}:
        return "side given, coder has none"
    if inter not in gold.inter:
        return "inter code not the coder's"
    return "inter right, no span overlaps the coder's"


def actor_failures(rec: dict[str, Any], gold: GoldEvent) -> list[str]:
    """The failing sides' causes (:func:`side_failure`) in the reading of the record's two sides (as given or
    swapped, like :func:`actor_ok`) that fails fewer sides; empty when the actors pass."""
    i1, i2 = int(rec.get("inter1") or 0), int(rec.get("inter2") or 0)
    m1, m2 = list(rec.get("actor1_mentions") or []), list(rec.get("actor2_mentions") or [])
    readings = ([side_failure(i1, m1, gold.actor1), side_failure(i2, m2, gold.actor2)],
                [side_failure(i1, m1, gold.actor2), side_failure(i2, m2, gold.actor1)])
    best = min(readings, key=lambda r: sum(x is not None for x in r))
    return [x for x in best if x is not None]


def actor_ok(rec: dict[str, Any], gold: GoldEvent) -> bool:
    """Inter codes in the gold sets (either order) and mentions overlapping a gold mention."""
    i1, i2 = int(rec.get("inter1") or 0), int(rec.get("inter2") or 0)
    m1, m2 = list(rec.get("actor1_mentions") or []), list(rec.get("actor2_mentions") or [])
    straight = _side_ok(i1, m1, gold.actor1) and _side_ok(i2, m2, gold.actor2)
    swapped = _side_ok(i1, m1, gold.actor2) and _side_ok(i2, m2, gold.actor1)
    return straight or swapped


def exact_date(rec: dict[str, Any], gold: GoldEvent) -> bool:
    """Same day for a day-level gold date; else the same month/year *and* the same precision."""
    pred = _pred_date(rec)
    if pred is None:
        return False
    g = gold.date.as_date()
    if g is not None:
        return pred == g
    return date_fits(pred, gold.date, 3) and int(rec.get("time_precision") or 0) == gold.time_precision


def fatalities_ok(rec: dict[str, Any], gold: GoldEvent) -> bool:
    f = int(rec.get("fatalities") or 0)
    return gold.fatalities[0] <= f <= gold.fatalities[1]


def location_exact(rec: dict[str, Any], gold: GoldEvent) -> bool:
    d = min_distance_km(rec, gold)
    return d is not None and d <= LOCATION_EXACT_KM


PAIR_SCORES: dict[str, Callable[[dict[str, Any], GoldEvent], bool]] = {
    "sub_event": lambda r, g: r.get("sub_event_type") == g.sub_event_type,
    "actor": actor_ok,
    "fatalities": fatalities_ok,
    "date": exact_date,
    "location": location_exact,
    "historical": lambda r, g: bool(r.get("historical")) == g.historical,
}


# --------------------------------------------------------------------------- evaluation


def _describe(rec: dict[str, Any]) -> str:
    loc = rec.get("location") or "?"
    when = rec.get("event_date") or "?"
    return f"{rec.get('event_type', '?')}/{rec.get('sub_event_type', '?')} {when} {loc}"


def _miss_reason(gold: GoldEvent, preds: list[dict[str, Any]], taken: set[int]) -> tuple[str, str]:
    """Why a required gold event found no prediction: ``(kind, text)`` from the nearest prediction.

    ``kind`` is the failed conditions joined by ``+`` (``type``, ``date``, ``place``), ``none``
    when there is no prediction at all, or ``taken`` when the admissible ones went elsewhere.
    """
    if not preds:
        return "none", "no prediction"
    j = min(range(len(preds)), key=lambda k: (len(failures(preds[k], gold)), k))
    f = failures(preds[j], gold)
    if not f:
        return "taken", f"admissible prediction #{j} already taken"
    detail = []
    p = preds[j]
    if "type" in f:
        detail.append(f"type {p.get('event_type') or '?'}")
    if "date" in f:
        detail.append(f"date {p.get('event_date') or '?'}")
    if "place" in f:
        d = min_distance_km(p, gold)
        far = f" {d:.0f} km" if d is not None else " (no coords)"
        detail.append(f"place {p.get('location') or '?'}{far}")
    return "+".join(f), "wrong " + ", ".join(detail) + f" (#{j})"


def _fp_reason(rec: dict[str, Any], golds: list[GoldEvent]) -> tuple[str, str]:
    """Why a prediction matched nothing: ``(kind, text)`` against the nearest gold event."""
    if not golds:
        return "no gold", "no gold event"
    best = min(golds, key=lambda g: len(failures(rec, g)))
    f = failures(rec, best)
    return ("+".join(f) or "duplicate"), f"vs {best.id}: " + (", ".join(f) if f else "gold event taken")


@dataclass
class ArticleResult:
    name: str
    gold_path: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0  # predictions matched to optional gold events
    n_pred: int = 0
    n_required: int = 0
    pairs: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, str]] = field(default_factory=list)  # required gold events not found
    false_positives: list[dict[str, str]] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("name", "gold_path", "tp", "fp", "fn", "ignored", "n_pred",
                                              "n_required", "pairs", "misses", "false_positives", "error",
                                              "seconds")}


def outcomes(golds: list[GoldEvent], preds: list[dict[str, Any]]
             ) -> tuple[dict[int, int], list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """The matching of one article: ``(pairs, misses, false_positives)`` — pairs ``{gold index: pred index}``;
    misses ``(gold index, kind, reason)`` of the required gold events left unmatched, in gold order; false
    positives ``(pred index, kind, reason)`` of the predictions left unmatched, in prediction order."""
    m = match(preds, golds)
    taken = set(m.values())
    misses = [(gi, *_miss_reason(g, preds, taken)) for gi, g in enumerate(golds) if gi not in m and g.required]
    fps = [(pj, *_fp_reason(rec, golds)) for pj, rec in enumerate(preds) if pj not in taken]
    return m, misses, fps


def score_article(gold: GoldArticle, preds: list[dict[str, Any]]) -> ArticleResult:
    """Match the predicted records of one article to its gold events and score them."""
    res = ArticleResult(gold.name, gold.path, n_pred=len(preds),
                        n_required=sum(1 for g in gold.events if g.required))
    m, misses, fps = outcomes(gold.events, preds)
    for gi, kind, why in misses:
        res.misses.append({"gold": gold.events[gi].id, "kind": kind, "reason": why})
    res.fn = len(misses)
    for gi, g in enumerate(gold.events):
        pj = m.get(gi)
        if pj is None:
            continue
        if g.required:
            res.tp += 1
        else:
            res.ignored += 1
        rec = preds[pj]
        pair: dict[str, Any] = {"gold": g.id, "pred": pj, "required": g.required,
                                "gold_historical": g.historical, "predicted": _describe(rec)}
        pair.update({k: fn(rec, g) for k, fn in PAIR_SCORES.items()})
        res.pairs.append(pair)
    for pj, kind, why in fps:
        res.false_positives.append({"pred": str(pj), "predicted": _describe(preds[pj]), "kind": kind,
                                    "reason": why})
    res.fp = len(fps)
    return res


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def totals(results: list[ArticleResult]) -> dict[str, Any]:
    """Micro-averaged totals over articles (failed articles are counted in ``errors`` only)."""
    ok = [r for r in results if not r.error]
    tp, fp, fn = (sum(getattr(r, k) for r in ok) for k in ("tp", "fp", "fn"))
    p, r_, f1 = _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)
    pairs = [pair for r in ok for pair in r.pairs]
    out: dict[str, Any] = {
        "articles": len(ok), "errors": len(results) - len(ok),
        "tp": tp, "fp": fp, "fn": fn, "ignored": sum(r.ignored for r in ok),
        "predicted": sum(r.n_pred for r in ok), "required_gold": sum(r.n_required for r in ok),
        "precision": p, "recall": r_, "f1": f1, "matched_pairs": len(pairs),
    }
    for k in PAIR_SCORES:
        out[f"{k}_accuracy"] = _ratio(sum(1 for pair in pairs if pair[k]), len(pairs))
    out["historical_pairs"] = sum(1 for pair in pairs if pair["gold_historical"])
    out["fn_kinds"] = dict(Counter(m["kind"] for r in ok for m in r.misses).most_common())
    out["fp_kinds"] = dict(Counter(m["kind"] for r in ok for m in r.false_positives).most_common())
    return out


def gold_records(article: GoldArticle) -> list[dict[str, Any]]:
    """The required events of one annotator's gold file as output records, so that a second
    annotator's coding of the same articles can be scored like rasd's (inter-annotator agreement).
    Each record takes the event's first location, the smallest non-zero inter code of each side,
    its mentions, the lower fatality bound and the date at its precision (a month or a year is
    written as its first day, as rasd writes such dates)."""
    out: list[dict[str, Any]] = []
    for g in article.events:
        if not g.required:
            continue
        d = g.date
        loc = g.locations[0] if g.locations else None
        out.append({
            "event_type": g.event_type, "sub_event_type": g.sub_event_type,
            "event_date": dt.date(d.year, d.month or 1, d.day or 1).isoformat(),
            "time_precision": g.time_precision, "historical": g.historical,
            "location": loc.name if loc else "", "latitude": loc.lat if loc else None,
            "longitude": loc.lon if loc else None,
            "inter1": min((i for i in g.actor1.inter if i), default=0), "actor1_mentions": g.actor1.mentions,
            "inter2": min((i for i in g.actor2.inter if i), default=0), "actor2_mentions": g.actor2.mentions,
            "fatalities": g.fatalities[0],
        })
    return out


def evaluate(paths: Iterable[str | Path], root: str | Path | None = None,
             extract: Callable[[Document], list[dict[str, Any]]] | None = None,
             against: Iterable[str | Path] | None = None) -> dict[str, Any]:
    """Run extraction on every gold article under ``paths`` and score it.

    ``extract`` maps a Document to its output records (default: the full pipeline, then
    :func:`rasd.output.records.records`).  ``against``: gold files of another annotator for the same
    articles (same file names), scored in place of extraction (:func:`gold_records`); an article the
    other annotator did not code is left out.  Returns ``{"articles": [...], "totals": {...}}``.
    """
    if against is not None:
        other = {f.stem: load_gold(f) for f in gold_files(against)}
        results: list[ArticleResult] = []
        for f in gold_files(paths):
            gold = load_gold(f)
            if gold.name in other:
                results.append(score_article(gold, gold_records(other[gold.name])))
        return {"articles": [r.as_dict() for r in results], "totals": totals(results)}
    import time

    if extract is None:
        from rasd.output.records import records
        from rasd.pipeline import Pipeline

        pipe = Pipeline()

        def extract(doc: Document) -> list[dict[str, Any]]:
            return records(pipe(doc), timestamp=0)

    base = shared_root(root)
    results = []
    for f in gold_files(paths):
        try:
            gold = load_gold(f)
        except GoldError as e:
            results.append(ArticleResult(f.stem, str(f), error=str(e)))
            continue
        try:
            doc = resolve_document(gold, base)
        except GoldError as e:
            results.append(ArticleResult(gold.name, str(f), error=str(e)))
            continue
        t0 = time.perf_counter()
        try:
            preds = extract(doc)
        except Exception as e:  # a crash on one article is reported, the others are still scored
            why = f"extraction failed: {e.__class__.__name__}: {e}"
            results.append(ArticleResult(gold.name, str(f), error=why))
            continue
        res = score_article(gold, preds)
        res.seconds = round(time.perf_counter() - t0, 4)
        results.append(res)
    return {"articles": [r.as_dict() for r in results], "totals": totals(results)}
