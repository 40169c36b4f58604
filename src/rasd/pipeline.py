"""The pipeline: a list of stages ``Document -> None`` that each add one layer.

The same :class:`Pipeline` object serves one article, a folder, a corpus or a worker
process.  Per-stage wall time is accumulated in ``doc.timings`` (seconds) for benchmarks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from rasd.actors.stage import recognize_actors
from rasd.arabic.numbers import find_numbers
from rasd.arabic.segment import paragraphs, sentences, tokens
from rasd.clean.debris import clean_text
from rasd.document import Document
from rasd.events.stage import detect_events
from rasd.geo.stage import recognize_places
from rasd.time.stage import recognize_times

Stage = Callable[[Document], None]


def cleanup(doc: Document) -> None:
    """Drop web debris; captions move to ``doc.captions``; the dropped lines to ``doc.dropped``."""
    cleaned = clean_text(doc.text)
    doc.text = cleaned.text
    doc.captions.extend(cleaned.captions)
    doc.dropped.extend(cleaned.dropped)


def text_layer(doc: Document) -> None:
    """Normalised view with offset map, paragraphs, sentences, tokens and numbers."""
    nt = doc.normalized()  # made here once, kept in doc.meta["norm"] for the later stages
    doc.add("paragraphs", paragraphs(doc.text))
    title = doc.title_paragraph()
    doc.add("sentences", sentences(doc.text, title.end if title is not None else 0))
    doc.add("tokens", tokens(nt))
    doc.add("numbers", find_numbers(nt))


DEFAULT_STAGES: list[tuple[str, Stage]] = [
    ("cleanup", cleanup),
    ("text", text_layer),
    ("time", recognize_times),
    ("places", recognize_places),
    ("actors", recognize_actors),
    ("events", detect_events),
]


class Pipeline:
    """Runs the stages in order over documents."""

    def __init__(self, stages: list[tuple[str, Stage]] | None = None) -> None:
        self.stages = list(stages or DEFAULT_STAGES)

    def __call__(self, doc: Document) -> Document:
        for name, stage in self.stages:
            t0 = time.perf_counter()
            stage(doc)
            doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
        return doc

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def extract_text(text: str, published: object = None, doc_id: str = "text") -> Document:
    """Convenience: run the default pipeline on a string (``published``: a ``date`` or None)."""
    import datetime as dt

    doc = Document(id=doc_id, text=text, published=published if isinstance(published, dt.date) else None)
    return Pipeline()(doc)
