"""How well can anyone score on a crowd-labelled GSR?  Figures from the vote counts alone.

The GSR rows carry the crowd's votes (``accept``, ``reject``) and a label derived from them: ``yes``
when nobody rejected (and at least two voted), ``ambiguous`` (left out of scoring) with exactly one
reject or a single vote, ``no`` with two rejects or more.  Two reference figures follow from the votes:

- **one annotator against the others** (:func:`leave_one_out`): pick one vote of a row at random,
  derive the label from the remaining votes with the same rule, and score the picked vote against it
  like a system (rows whose remaining label is ambiguous are left out, as in scoring).  The expected
  TP / FP / FN over all rows give the F1 of a typical crowd member.
- **Bayes ceiling** (:func:`bayes_ceiling`): each sentence has an unknown chance ``q`` that a crowd
  member accepts it.  The distribution of ``q`` over sentences is estimated from the votes by
  non-parametric maximum likelihood (EM over a grid); a system that knew each sentence's ``q`` exactly
  and answered "yes" above the best cut-off would reach this expected F1.  It bounds what any
  sentence classifier can expect on new rows labelled the same way.

``rasd eval --gsr DIR --agreement`` prints both per event type.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from math import comb
from pathlib import Path

import numpy as np

Votes = tuple[int, int]  # (accept, reject)


def vote_label(accept: int, reject: int) -> bool | None:
    """The GSR's label rule: True (``yes``), False (``no``) or None (``ambiguous``, left out)."""
    if accept + reject < 2 or reject == 1:
        return None
    return reject == 0


@dataclass(frozen=True)
class Agreement:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def leave_one_out(votes: Iterable[Votes]) -> Agreement:
    """Expected scores of one randomly picked vote per row against the label of the row's other votes."""
    tp = fp = fn = 0.0
    for accept, reject in votes:
        total = accept + reject
        for said_yes, n in ((True, accept), (False, reject)):
            if n == 0:
                continue
            rest = vote_label(accept - said_yes, reject - (not said_yes))
            if rest is None:
                continue
            p = n / total
            if said_yes and rest:
                tp += p
            elif said_yes:
                fp += p
            elif rest:
                fn += p
    return Agreement(tp, fp, fn)


def accept_rate_mixture(votes: list[Votes], grid: int = 200, iters: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """(grid of accept rates q, their estimated shares): the non-parametric maximum-likelihood
    distribution of per-sentence accept rates given binomial votes (EM on a fixed grid)."""
    q = np.linspace(0.5 / grid, 1 - 0.5 / grid, grid)
    like = np.array([comb(a + r, a) * q ** a * (1 - q) ** r for a, r in votes])
    w = np.full(grid, 1.0 / grid)
    for _ in range(iters):
        post = like * w
        post /= post.sum(axis=1, keepdims=True)
        w = post.mean(axis=0)
    return q, w


def bayes_ceiling(votes: list[Votes], grid: int = 200) -> Agreement:
    """Expected TP / FP / FN (as shares of rows) of the best cut-off on the true accept rate."""
    if not votes:
        return Agreement(0.0, 0.0, 0.0)
    q, w = accept_rate_mixture(votes, grid)
    p_yes = np.zeros_like(q)
    p_no = np.zeros_like(q)
    totals = Counter(a + r for a, r in votes)
    for t, n in totals.items():
        share = n / len(votes)
        for a in range(t + 1):
            label = vote_label(a, t - a)
            if label is None:
                continue
            p = share * comb(t, a) * q ** a * (1 - q) ** (t - a)
            if label:
                p_yes += p
            else:
                p_no += p
    all_yes = float((w * p_yes).sum())
    best = Agreement(0.0, 0.0, all_yes)
    for cut in q:
        chosen = q >= cut
        tp = float((w * p_yes)[chosen].sum())
        cand = Agreement(tp, float((w * p_no)[chosen].sum()), all_yes - tp)
        if cand.f1 > best.f1:
            best = cand
    return best


def read_votes(directory: str | Path) -> dict[str, list[Votes]]:
    """{event type: [(accept, reject) per row]} from the ``*_gsr_*.csv`` files of a GSR folder."""
    out: dict[str, list[Votes]] = {}
    for path in sorted(Path(directory).glob("*_gsr_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    votes = int(row.get("accept") or 0), int(row.get("reject") or 0)
                except ValueError:
                    raise ValueError(f"{path}: accept/reject must be whole numbers (row {row.get('id')!r})") from None
                out.setdefault(row["event_type"].strip().upper(), []).append(votes)
    return out


def report(directory: str | Path) -> list[str]:
    """The printed lines of ``rasd eval --gsr DIR --agreement``."""
    lines = []
    for etype, votes in read_votes(directory).items():
        one = leave_one_out(votes)
        top = bayes_ceiling(votes)
        lines.append(f"{etype}: {len(votes)} rows, {sum(a + r for a, r in votes)} votes")
        lines.append(f"  one annotator against the others' label: P {one.precision:.3f}  R {one.recall:.3f}  "
                     f"F1 {one.f1:.3f}")
        lines.append(f"  Bayes ceiling (a system that knew each sentence's accept rate): P {top.precision:.3f}  "
                     f"R {top.recall:.3f}  F1 {top.f1:.3f}")
    return lines
