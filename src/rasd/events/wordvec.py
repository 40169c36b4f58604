"""Distributional word vectors for the sentence scorer (PPMI + truncated SVD over a news corpus).

``python -m rasd.events.wordvec CORPUS.jsonl.gz OUT.npz`` counts word co-occurrences (window ±4)
in the normalised text of the corpus articles, weighs them by positive pointwise mutual information
(context distribution smoothed by 0.75) and keeps the top ``--dim`` singular directions, so words
used alike ("قصف" / "استهدف") get near vectors.  Building needs ``scipy`` (build time only); using the
vectors needs numpy alone.  The file holds the word list and a float16 matrix, no text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from rasd.arabic.normalize import normalize

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "events" / "wordvec.npz"
_TOKEN = re.compile(r"\w+")


def strip_conj(v: str) -> str:
    """The word without a leading و/ف conjunction (as the scorer's word features)."""
    return v[1:] if len(v) > 3 and v[0] in "وف" else v


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, int], np.ndarray] | None:
    """(word → row, unit-length float32 vectors) or None when the file is absent."""
    if not DATA_FILE.is_file():
        return None
    with np.load(DATA_FILE, allow_pickle=False) as z:
        words = [str(w) for w in z["words"]]
        mat = z["vectors"].astype(np.float32)
    return {w: i for i, w in enumerate(words)}, mat


def sentence_vector(words: list[str]) -> np.ndarray | None:
    """Unit-length mean of the vectors of the known words (None: none known or no table)."""
    t = table()
    if t is None:
        return None
    index, mat = t
    ids = [index[w] for w in words if w in index]
    if not ids:
        return None
    # mat[ids].mean(axis=0) as numpy computes it (the same sum, then the same division by an intp count, in place),
    # without its Python-level checks
    v = np.add.reduce(mat[ids], axis=0)
    np.true_divide(v, np.intp(len(ids)), out=v, casting="unsafe")
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else None


def build(corpus: Path, out: Path, vocab: int = 20000, dim: int = 64, window: int = 4,
          min_count: int = 20) -> None:
    """Write ``out`` (.npz: ``words``, float16 ``vectors``) from the JSONL.gz ``corpus``: the ``vocab``
    commonest words seen ``min_count`` times or more, co-occurrences within ``window`` words, ``dim``
    dimensions."""
    from collections import Counter

    from scipy import sparse
    from scipy.sparse.linalg import svds

    docs: list[list[str]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = " ".join(str(rec.get(k) or "") for k in ("title", "description", "text", "body", "content"))
            docs.append([strip_conj(t) for t in _TOKEN.findall(normalize(text).norm) if not t.isdigit()])
    counts = Counter(t for d in docs for t in d)
    words = [w for w, c in counts.most_common(vocab) if c >= min_count and len(w) > 1]
    index = {w: i for i, w in enumerate(words)}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for d in docs:
        ids = np.array([index.get(t, -1) for t in d])
        for off in range(1, window + 1):
            a, b = ids[:-off], ids[off:]
            ok = (a >= 0) & (b >= 0)
            rows += [a[ok], b[ok]]
            cols += [b[ok], a[ok]]
    r, c = np.concatenate(rows), np.concatenate(cols)
    n = len(words)
    m = sparse.coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(n, n)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / (pw[coo.row] * pc[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(n, n))
    u, s, _ = svds(ppmi, k=dim, rng=0)  # sign flips of a direction do not change a refitted model
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    np.savez_compressed(out, words=np.array(words), vectors=vec.astype(np.float16))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.events.wordvec", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path, nargs="?", default=DATA_FILE)
    ap.add_argument("--vocab", type=int, default=20000)
    ap.add_argument("--dim", type=int, default=64)
    args = ap.parse_args(argv)
    build(args.corpus, args.out, args.vocab, args.dim)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
