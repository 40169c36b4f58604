"""Run the pipeline over many documents, in this process or on all cores.

Workers get documents, run the pipeline and send them back light: the heavy layers
(tokens, normalised view) are dropped, the events and their evidence kept.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

from rasd.document import Document
from rasd.io.readers import InputError, PendingHtml
from rasd.pipeline import Pipeline

_PIPELINE: Pipeline | None = None


def _init_worker() -> None:
    global _PIPELINE
    _PIPELINE = Pipeline()


def lighten(doc: Document) -> Document:
    """Drop what is only needed inside the pipeline before sending a document across processes."""
    doc.layers = {k: v for k, v in doc.layers.items() if k in ("sentences",)}
    doc.meta.pop("norm", None)
    doc.meta.pop("time_paragraph_norms", None)  # the paragraphs' normalised texts (rasd.time.assign)
    doc.meta.pop("headline_spans", None)  # the headline block's paragraphs and the text (rasd.events.stage)
    return doc


Item = Document | InputError | PendingHtml


def _work(item: Item) -> Document | InputError:
    if isinstance(item, PendingHtml):
        item = item.load()
    if isinstance(item, InputError):
        return item
    assert _PIPELINE is not None
    try:
        return lighten(_PIPELINE(item))
    except Exception as exc:  # one bad document must never stop a corpus
        return InputError(item.source_path or item.id, f"extraction failed: {exc.__class__.__name__}: {exc}")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_documents(items: Iterable[Item], workers: int = 1, chunk: int = 16,
                  keep_layers: bool = False) -> Iterator[Document | InputError]:
    """Processed documents (or errors) in input order; pending HTML pages are parsed here."""
    if workers <= 1:
        global _PIPELINE
        if _PIPELINE is None:
            _PIPELINE = Pipeline()
        for item in items:
            if isinstance(item, PendingHtml):
                item = item.load()
            if isinstance(item, InputError):
                yield item
                continue
            try:
                doc = _PIPELINE(item)
            except Exception as exc:
                yield InputError(item.source_path or item.id,
                                 f"extraction failed: {exc.__class__.__name__}: {exc}")
                continue
            yield doc if keep_layers else lighten(doc)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        yield from pool.imap(_work, items, chunksize=chunk)
