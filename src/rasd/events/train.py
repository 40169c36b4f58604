"""Fit the sentence scorer (``data/events/scorer.tsv``) on annotated sentences.

``python -m rasd.events.train GSR_DIR [--write]`` reads ``assault_gsr_*.csv`` (violent family) and
``protest_gsr_*.csv`` (demonstration family), describes each sentence that holds a trigger of the
family with :func:`rasd.events.frames.family_inputs`, and fits an L2-regularised logistic regression
(numpy).  It prints 5-fold cross-validated precision/recall/F1 at sentence-row level (rows with no
trigger count as misses) and, with ``--write``, stores the weights fitted on all rows.  Families
named by ``--vectors`` also get the word-space features ``v:<i>`` from the source and scale of
``--vec`` (default: violent the whole sentence × 1.5, demo the ±5-token window of the first trigger
× 3), stored as the family's ``_vec_source`` / ``_vec_scale`` rows so run time builds the same ones.

``--labels FILE --corpus JSONL…`` adds sentences of news articles labelled by the project
(``benchmarks/labels/sentences.tsv``: family, article id, sentence offsets, a hash of the sentence,
label Y/B/N; no text) to every training fold; they are never scored, so the cross-validated figures
stay GSR figures.  The sentence is found again by running the pipeline on the article; a row whose
sentence no longer matches its hash is skipped and counted, apart from a row whose sentence is found but
holds no trigger of the family now (it carries no features; nothing to re-anchor).

The shipped weights: ``python -m rasd.events.train ../shared/eval/gsr-dev --labels
benchmarks/labels/sentences.tsv --corpus ../shared/corpus/almayadeen-2023-2024.jsonl.gz --write``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasd.document import Document
from rasd.events.frames import SentenceContext, family_inputs
from rasd.events.scorer import DATA_FILE, FEATURES, VEC_SOURCES, VECTOR_SCALE, rule_accepts, with_vectors
from rasd.events.stage import sentence_contexts
from rasd.io.readers import iter_records
from rasd.pipeline import DEFAULT_STAGES, Pipeline

FILES = {"violent": "assault_gsr_*.csv", "demo": "protest_gsr_*.csv"}
# word-space source and scale per family (round 8, 5-fold CV × 10 draws: demo window × 3 PROTEST
# 0.545 → 0.579; violent window did not beat the sentence mean at its stored threshold)
DEFAULT_VEC: dict[str, tuple[str, float]] = {"violent": ("sentence", VECTOR_SCALE), "demo": ("window", 3.0)}


def _preprocess() -> Pipeline:
    """The pipeline up to the events stage: what a sentence's features are computed on."""
    return Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])


def _features(ctx: SentenceContext, family: str, vectors: tuple[str, float] | None) -> dict[str, float] | None:
    """The family's features of one sentence (None when it holds no trigger of the family), with the
    word-space features when ``vectors`` (source, scale) is given."""
    fv, fd = family_inputs(ctx)
    f = fv if family == "violent" else fd
    if f is None:
        return None
    return with_vectors(f, *vectors) if vectors else f


def _rows(directory: Path, pattern: str, vectors: tuple[str, float] | None = ("sentence", VECTOR_SCALE)
          ) -> list[tuple[list[dict[str, float]], int]]:
    """(feature dicts of the row's sentences, gold 0/1) per non-ambiguous row; ``vectors`` (source,
    scale) adds the word-space features ``v:<i>`` (:func:`rasd.events.scorer.with_vectors`)."""
    family = "violent" if pattern.startswith("assault") else "demo"
    pre = _preprocess()
    out: list[tuple[list[dict[str, float]], int]] = []
    for path in sorted(directory.glob(pattern)):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                label = row["label"].strip()
                if label == "ambiguous":
                    continue
                doc = pre(Document(id=row["id"], text=row["text"]))
                feats = [f for ctx in sentence_contexts(doc) if (f := _features(ctx, family, vectors)) is not None]
                out.append((feats, int(label == "yes")))
    return out


@dataclass(frozen=True)
class Label:
    """One project-labelled sentence: a row of ``benchmarks/labels/sentences.tsv``."""

    family: str
    doc_id: str
    start: int
    end: int
    sha: str  # first 12 hex digits of the SHA-1 of the sentence's UTF-8 text
    label: str  # Y (clear report), B (borderline), N (no event)
    annotator: str


LABEL_COLUMNS = ("family", "doc_id", "start", "end", "sha1", "label", "annotator")


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_labels(path: Path) -> list[Label]:
    """The rows of a sentence-label TSV; raises ValueError naming the line of a malformed one."""
    out: list[Label] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if tuple(header[:len(LABEL_COLUMNS)]) != LABEL_COLUMNS:
            raise ValueError(f"{path}: header must start with {' '.join(LABEL_COLUMNS)}")
        for i, line in enumerate(fh, 2):
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            try:
                row = Label(c[0], c[1], int(c[2]), int(c[3]), c[4], c[5], c[6])
            except (IndexError, ValueError):
                raise ValueError(f"{path}:{i}: want {len(LABEL_COLUMNS)} tab-separated cells") from None
            if row.family not in FILES or row.label not in ("Y", "B", "N") or row.end <= row.start:
                raise ValueError(f"{path}:{i}: family must be one of {', '.join(FILES)}, label Y/B/N, end > start")
            out.append(row)
    return out


def _articles(paths: list[Path], wanted: set[str]) -> Iterator[tuple[str, str]]:
    """(id, text) of the wanted records of JSONL files (``.gz`` too)."""
    for path in paths:
        for rec in iter_records(path):
            if rec.get("id") in wanted and rec.get("text"):
                yield rec["id"], rec["text"]


def labelled_rows(labels: list[Label], corpus: list[Path], family: str, borderline: int | None,
                  vectors: tuple[str, float] | None = ("sentence", VECTOR_SCALE)
                  ) -> tuple[list[tuple[list[dict[str, float]], int]], int]:
    """(training rows, rows skipped) for the family's labels: Y → 1, N → 0, B → ``borderline``
    (None leaves B rows out).  Skipped: the article is not in ``corpus`` or the sentence at the
    offsets no longer hashes the same (the pipeline splits it otherwise now).  A row whose sentence is
    found but holds no trigger of the family is neither a training row nor skipped."""
    mine = [lb for lb in labels if lb.family == family and (lb.label != "B" or borderline is not None)]
    by_doc: dict[str, list[Label]] = {}
    for lb in mine:
        by_doc.setdefault(lb.doc_id, []).append(lb)
    pre = _preprocess()
    out: list[tuple[list[dict[str, float]], int]] = []
    no_trigger = 0
    for doc_id, text in _articles(corpus, set(by_doc)):
        doc = pre(Document(id=doc_id, text=text))
        ctxs = {(c.sentence.start, c.sentence.end): c for c in sentence_contexts(doc)}
        spans = {(s.start, s.end) for s in doc.layer("sentences")}
        for lb in by_doc[doc_id]:
            if (lb.start, lb.end) not in spans or sentence_hash(doc.text[lb.start:lb.end]) != lb.sha:
                continue
            ctx = ctxs.get((lb.start, lb.end))
            f = _features(ctx, family, vectors) if ctx is not None else None
            if f is None:
                no_trigger += 1
                continue
            y = 1 if lb.label == "Y" else 0 if lb.label == "N" else int(borderline or 0)
            out.append(([f], y))
    return out, len(mine) - len(out) - no_trigger


_VOCAB: list[str] = list(FEATURES)
_INDEX: dict[str, int] = {n: i for i, n in enumerate(_VOCAB)}


def set_vocabulary(rows: list[tuple[list[dict[str, float]], int]], min_count: int) -> None:
    """Features used: the named ones plus trigger/word features seen in ``min_count`` rows or more
    (``win:`` keys only feed the window vector and get no weight of their own)."""
    counts: dict[str, int] = {}
    for feats, _ in rows:
        seen = {k for f in feats for k in f if ":" in k and not k.startswith("win:")}
        for k in seen:
            counts[k] = counts.get(k, 0) + 1
    _VOCAB[:] = list(FEATURES) + sorted(k for k, c in counts.items() if c >= min_count)
    _INDEX.clear()
    _INDEX.update({n: i for i, n in enumerate(_VOCAB)})


def _matrix(dicts: list[dict[str, float]]) -> np.ndarray:
    x = np.zeros((len(dicts), len(_VOCAB)))
    for i, d in enumerate(dicts):
        for name, v in d.items():
            j = _INDEX.get(name)
            if j is not None:
                x[i, j] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 30, lr: float = 1.0,
        pos_weight: float = 1.0) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method; returns (weights, bias).

    Minimises ``sum(sw * logloss) + l2/2 * |w|^2`` (the bias is not penalised), ``sw`` = ``pos_weight``
    for positive rows.  Converges in a few steps where plain gradient descent needed thousands."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    sw = np.where(y == 1, pos_weight, 1.0)
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-6
    for _ in range(iters):
        z = np.clip(xb @ theta, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = xb.T @ ((p - y) * sw) + reg * theta
        h = (xb * (sw * p * (1 - p))[:, None]).T @ xb
        h[np.diag_indices_from(h)] += reg
        step = np.linalg.solve(h, grad)
        theta -= lr * step
        if np.abs(step).max() < 1e-6:
            break
    return theta[:-1], float(theta[-1])


def _row_pred(rows: list[tuple[list[dict[str, float]], int]], w: np.ndarray, b: float) -> np.ndarray:
    probs = []
    for feats, _ in rows:
        if not feats:
            probs.append(0.0)
            continue
        if any(rule_accepts(f) for f in feats):
            probs.append(1.0)  # the lexicon rule accepts the sentence whatever the weights say
            continue
        z = _matrix(feats) @ w + b
        probs.append(float((1.0 / (1.0 + np.exp(-z))).max()))
    return np.array(probs)


def _prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = float(((pred == 1) & (gold == 1)).sum())
    fp = float(((pred == 1) & (gold == 0)).sum())
    fn = float(((pred == 0) & (gold == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _train_rows(rows: list[tuple[list[dict[str, float]], int]]) -> tuple[np.ndarray, np.ndarray]:
    dicts, ys = [], []
    for feats, y in rows:
        for f in feats:
            dicts.append(f)
            ys.append(y)
    return _matrix(dicts), np.array(ys, dtype=float)


def cross_validate(rows: list[tuple[list[dict[str, float]], int]], folds: int = 5, l2: float = 1.0,
                   pos_weight: float = 1.0, seed: int = 13, extra_thresholds: tuple[float, ...] = (),
                   extra: list[tuple[list[dict[str, float]], int]] | None = None
                   ) -> dict[float, tuple[float, float, float]]:
    """Out-of-fold row probabilities → P/R/F1 per threshold (0.10 … 0.80 by 0.05, plus
    ``extra_thresholds``; ``seed`` draws the folds).  ``extra`` rows join every training fold and
    are never scored."""
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(rows))
    probs = np.zeros(len(rows))
    for k in range(folds):
        test = set(idx[k::folds].tolist())
        train = [rows[i] for i in range(len(rows)) if i not in test] + (extra or [])
        x, y = _train_rows(train)
        w, b = fit(x, y, l2, pos_weight=pos_weight)
        tl = sorted(test)
        probs[tl] = _row_pred([rows[i] for i in tl], w, b)
    gold = np.array([y for _, y in rows])
    grid = sorted(set(np.arange(0.1, 0.81, 0.05).round(2).tolist()) | {round(t, 2) for t in extra_thresholds})
    return {t: _prf((probs >= t).astype(int), gold) for t in grid}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.events.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("directory")
    ap.add_argument("--write", action="store_true", help=f"write the fitted weights to {DATA_FILE.name}")
    ap.add_argument("--l2", type=float, default=20.0)
    ap.add_argument("--pos-weight", type=float, default=2.0)
    ap.add_argument("--min-count", type=int, default=3, help="rows a trigger/word feature needs")
    ap.add_argument("--seeds", type=int, default=10,
                    help="repeat the cross-validation with this many fold draws; scores and the chosen "
                         "threshold use their mean (one draw of 50 positives moves F1 by ±0.04)")
    ap.add_argument("--vectors", default="violent,demo", metavar="FAMILIES",
                    help="comma-separated families that get the word-space features v:<i> "
                         "(data/events/wordvec.npz) or none; default violent,demo (the shipped weights)")
    ap.add_argument("--vec", action="append", default=[], metavar="FAMILY=SOURCE:SCALE",
                    help="word-space source (sentence: all words; window: words within 5 tokens of the "
                         "first trigger) and scale of a family, default "
                         + ", ".join(f"{k}={s}:{x:g}" for k, (s, x) in DEFAULT_VEC.items()))
    ap.add_argument("--out", type=Path, default=DATA_FILE, help="where --write stores the weights")
    ap.add_argument("--threshold", action="append", default=[], metavar="FAMILY=T",
                    help="store this threshold instead of the CV-best one")
    ap.add_argument("--labels", type=Path, metavar="TSV",
                    help="project-labelled sentences to add to every training fold "
                         "(benchmarks/labels/sentences.tsv); needs --corpus")
    ap.add_argument("--corpus", type=Path, action="append", default=[], metavar="JSONL",
                    help="JSONL (or .jsonl.gz) article files that hold the labelled sentences' articles")
    ap.add_argument("--borderline", type=int, choices=(0, 1), default=None,
                    help="train on B (borderline) labels as this class (default: leave them out)")
    ap.add_argument("--label-weight", type=float, default=1.0,
                    help="repeat each labelled sentence this many times (rounded) in training")
    args = ap.parse_args(argv)
    labels: list[Label] = []
    if args.labels:
        if not args.corpus:
            ap.error("--labels needs --corpus (the articles the labelled sentences come from)")
        missing = [str(c) for c in [args.labels, *args.corpus] if not c.is_file()]
        if missing:
            ap.error("not found: " + ", ".join(missing))
        try:
            labels = read_labels(args.labels)
        except ValueError as exc:
            ap.error(str(exc))
    fixed = {k: float(v) for k, _, v in (t.partition("=") for t in args.threshold)}
    vec = dict(DEFAULT_VEC)
    for item in args.vec:
        fam, _, rest = item.partition("=")
        source, _, scale = rest.partition(":")
        try:
            factor = float(scale)
        except ValueError:
            factor = 0.0
        if fam not in FILES or source not in VEC_SOURCES or factor <= 0:
            ap.error(f"--vec {item!r}: want FAMILY=SOURCE:SCALE, SOURCE one of {', '.join(VEC_SOURCES)}, "
                     "SCALE a positive number")
        vec[fam] = (source, factor)
    with_vec = set(args.vectors.split(","))
    lines = ["# Sentence scorer weights, written by `python -m rasd.events.train` (logistic regression over",
             "# the features of rasd.events.scorer).  An analyst may edit them; _threshold is the",
             "# probability at or above which a sentence reports an event of the family.",
             "family\tfeature\tweight"]
    for family, pattern in FILES.items():
        vectors = vec.get(family) if family in with_vec else None
        rows = _rows(Path(args.directory), pattern, vectors=vectors)
        if not rows:
            continue
        own: list[tuple[list[dict[str, float]], int]] = []
        if labels:
            own, skipped = labelled_rows(labels, args.corpus, family, args.borderline, vectors=vectors)
            used = sum(lb.family == family and (lb.label != "B" or args.borderline is not None) for lb in labels)
            print(f"{family}: {len(own)} labelled sentences added to training ({sum(y for _, y in own)} "
                  f"positive), {used - len(own) - skipped} found without a trigger of the family, "
                  f"{skipped} skipped (article or sentence not found)", file=sys.stderr)
        set_vocabulary(rows + own, args.min_count)
        weighted = own * max(1, round(args.label_weight))
        extra = (fixed[family],) if family in fixed else ()
        draws = [cross_validate(rows, l2=args.l2, pos_weight=args.pos_weight, seed=13 + k, extra_thresholds=extra,
                                extra=weighted)
                 for k in range(max(args.seeds, 1))]
        # the threshold with the best F1 averaged over the fold draws (one draw is noisy)
        cv = {t: tuple(float(np.mean([d[t][i] for d in draws])) for i in range(3)) for t in draws[0]}
        best_t = max(cv, key=lambda t: (round(cv[t][2], 3), -abs(t - 0.5)))
        print(f"{family}: {len(rows)} rows, 5-fold CV (row level), mean of {len(draws)} fold draw(s):")
        for t, (p, r, f) in cv.items():
            mark = " <-" if t == best_t else ""
            print(f"  threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}{mark}")
        if family in fixed:
            best_t = min(cv, key=lambda t: abs(t - fixed[family]))
            print(f"  stored threshold (--threshold): {best_t:.2f}, F1 {cv[best_t][2]:.3f}")
        if len(draws) > 1:
            at = [d[best_t][2] for d in draws]
            print(f"  F1 at {best_t:.2f} per draw: " + " ".join(f"{v:.3f}" for v in at))
        if own:
            # the labelled news sentences scored the same way: their folds out, GSR always in
            news = [cross_validate(own, l2=args.l2, pos_weight=args.pos_weight, seed=13 + k, extra=rows,
                                   extra_thresholds=(best_t,)) for k in range(min(max(args.seeds, 1), 3))]
            p, r, f = (float(np.mean([d[best_t][i] for d in news])) for i in range(3))
            print(f"  labelled news sentences (Y vs N), 5-fold CV with GSR in training, at {best_t:.2f}: "
                  f"P {p:.3f} R {r:.3f} F1 {f:.3f}")
        x, y = _train_rows(rows + weighted)
        w, b = fit(x, y, args.l2, pos_weight=args.pos_weight)
        lines.append(f"{family}\t_bias\t{b:.4f}")
        lines.append(f"{family}\t_threshold\t{best_t:.2f}")
        if family in with_vec:
            lines.append(f"{family}\t_vec_source\t{vec[family][0]}")
            lines.append(f"{family}\t_vec_scale\t{vec[family][1]:g}")
        for name, v in sorted(zip(_VOCAB, w, strict=True), key=lambda t: -abs(t[1])):
            if abs(v) < 0.01:
                continue
            lines.append(f"{family}\t{name}\t{v:.4f}")
        print("  weights:", ", ".join(f"{n} {v:+.2f}" for n, v in sorted(zip(_VOCAB, w, strict=True),
                                                                     key=lambda t: -abs(t[1]))[:12]))
    if args.write:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
