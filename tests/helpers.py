"""Document builders shared by the test files (pytest puts this folder on ``sys.path``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

import pytest

from rasd.actors.lexicon import actors
from rasd.arabic import glue
from rasd.arabic.normalize import normalize
from rasd.arabic.numbers import find_numbers
from rasd.arabic.segment import paragraphs, sentences
from rasd.document import Document, Event, PlaceRef, Span
from rasd.events.frames import SentenceContext, _all_triggers, _trig
from rasd.events.stage import sentence_contexts
from rasd.io.readers import text_document
from rasd.output.records import records
from rasd.pipeline import DEFAULT_STAGES, Pipeline, extract_text, text_layer
from rasd.time.stage import recognize_times


def time_doc(text: str, published: dt.date | None) -> Document:
    """A document with paragraphs, sentences and time expressions, and nothing else."""
    doc = Document(id="t", text=text, published=published)
    doc.meta["norm"] = normalize(text)
    doc.add("paragraphs", paragraphs(text))
    doc.add("sentences", sentences(text))
    recognize_times(doc)
    return doc


def sentence_at(doc: Document, start_words: str) -> Span:
    """The sentence of ``doc`` that opens with ``start_words``."""
    return next(s for s in doc.layer("sentences") if doc.span_text(s).startswith(start_words))


def actor_doc(text: str, names: list[tuple[str, str]], on: dt.date) -> Document:
    """A document whose actor layer holds ``names`` ((surface, actor key), first occurrence of each),
    each named as of the day ``on``."""
    doc = Document("t", text)
    spans = []
    for surface, key in names:
        i = text.index(surface)
        spans.append(Span(i, i + len(surface), "actor", actors()[key].ref(on)))
    doc.add("actors", spans)
    return doc


def place_doc(text: str, named: list[tuple[str, PlaceRef]]) -> Document:
    """A document whose places layer is given by hand (each word's first occurrence), so a test does
    not depend on the gazetteer's contents."""
    doc = Document(id="t", text=text)
    text_layer(doc)
    doc.add("places", [Span(text.index(w), text.index(w) + len(w), "place", ref) for w, ref in named])
    return doc


def trigger_at(doc: Document, word: str) -> Span:
    """A trigger span over the first occurrence of ``word``."""
    k = doc.text.index(word)
    return Span(k, k + len(word), "trigger")


def record_rows(text: str, published: dt.date, hour: int | None = None) -> list[dict[str, object]]:
    """The output records rasd makes of ``text`` published on ``published`` (at the hour ``hour``)."""
    return records(Pipeline()(Document(id="t", text=text, published=published, published_hour=hour)))


def one_record(text: str, published: dt.date) -> dict[str, object]:
    """The single output record rasd makes of ``text`` (the test fails when there is not exactly one)."""
    rows = record_rows(text, published)
    assert len(rows) == 1, rows
    return rows[0]


def article_doc(text: str, published: dt.date) -> Document:
    """The document rasd makes of an article whose first line is its title (as `rasd extract FILE.txt` reads it),
    published on ``published``."""
    doc = text_document(text, "t.txt", published)
    assert not isinstance(doc, Exception)
    return Pipeline()(doc)


def record_places(text: str, published: dt.date) -> list[str]:
    """The location of each output record rasd makes of ``text`` published on ``published``."""
    return [str(r["location"]) for r in record_rows(text, published)]


def event_rows(text: str, published: dt.date) -> list[tuple[str, str, str, str]]:
    """(event type, sub-event type, actor1 key, actor2 key) of each event rasd extracts from ``text``."""
    return [(e.event_type, e.sub_event_type, e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "")
            for e in extract_text(text, published=published).events]


@pytest.fixture(autouse=True)
def glue_repair_on() -> Iterator[None]:
    """The glued-words repair switched on for each test of a module that imports this fixture, as it was
    before afterwards (tests that switch it off restore it)."""
    saved = glue.ENABLED
    glue.ENABLED = True
    yield
    glue.ENABLED = saved


@lru_cache(maxsize=1)
def _pre_events() -> Pipeline:
    return Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])


def trigger_context(text: str) -> SentenceContext | None:
    """The context of the first sentence of ``text`` that holds a trigger (None when none does)."""
    return next(iter(sentence_contexts(_pre_events()(Document(id="t", text=text)))), None)


def sentence_triggers(text: str) -> dict[str, tuple[float, bool]]:
    """Trigger key → (weight, read as a verb) of the first sentence of ``text``, as the sentence reads them."""
    ctx = trigger_context(text)
    return {} if ctx is None else {_trig(m).trigger.key: (_trig(m).trigger.weight, "verb" in _trig(m).flags)
                                   for m in _all_triggers(ctx)}


VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def violent_events(published: dt.date, text: str) -> list[Event]:
    """The violent events rasd codes from ``text`` published on ``published``."""
    return [e for e in extract_text(text, published=published).events if e.event_type in VIOLENT]


def one_violent(published: dt.date, text: str) -> Event:
    """The first violent event rasd codes from ``text`` (the test fails when there is none)."""
    evs = violent_events(published, text)
    assert evs, text
    return evs[0]


def number_values(text: str) -> list[int]:
    """The values of the numbers found in ``text``."""
    return [s.value.value for s in find_numbers(normalize(text))]
