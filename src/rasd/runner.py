"""Run the pipeline over many documents, in this process or on all cores.

Workers get documents, run the pipeline and send them back light: the heavy layers
(tokens, normalised view) are dropped, the events and their evidence kept.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from rasd.document import Document
from rasd.io.readers import InputError, PendingHtml
from rasd.pipeline import Pipeline

_PIPELINE: Pipeline | None = None
_DONE = 0  # documents this process has run through the pipeline (:func:`_after_document`)
_TRIM_EVERY = 256  # documents between two hand-backs of free heap pages after the first


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none (looked up once)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):
        return None


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing where there is none).

    Memory Python frees stays in the process's heap: compiling the large rule modules at import leaves some
    25 MB of it and reading the lexicons and the gazetteer some 10 MB more, all counted in the resident size (and
    in every worker forked from the process).  Only memory nothing uses is handed back; no object is touched.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _after_document() -> None:
    """Count a document run here; after the first one (which loads the tables) and every :data:`_TRIM_EVERY`
    after it, hand the heap's free pages back."""
    global _DONE
    _DONE += 1
    if _DONE % _TRIM_EVERY == 1:
        release_free_memory()


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
    finally:
        _after_document()


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
            finally:
                _after_document()
            yield doc if keep_layers else lighten(doc)
        return
    # the workers start with this process's memory: its free heap pages (left by compiling the modules at import)
    # are handed back first, so that no worker counts them
    gc.collect()
    release_free_memory()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        yield from pool.imap(_work, items, chunksize=chunk)
