"""The objects that flow through the pipeline.

A :class:`Document` carries the cleaned article text once.  Every later finding is a
:class:`Span` ``(start, end, label, value)`` into that text, stored in a named layer, so
that every field of an event can point back to its evidence.  Its normalised view
(:meth:`Document.normalized`) is made once and shared by every stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rasd.arabic.normalize import NormText, normalize


@dataclass(slots=True)
class Span:
    """A labelled stretch ``text[start:end]`` of the document's cleaned text."""

    start: int
    end: int
    label: str
    value: Any = None


@dataclass(slots=True)
class TimeValue:
    """A normalised time reference.

    ``date`` is the representative day (ACLED: mid-week for a week, mid-month for a month,
    the 1st/last day for "start/end of month", mid-year for a year); ``precision`` is
    ACLED's time_precision (1 day, 2 week, 3 month or vaguer).
    """

    date: dt.date
    precision: int
    granularity: str  # day | week | month | year | range
    kind: str = "absolute"  # absolute | relative | weekday | mixed | published
    end: dt.date | None = None  # last day of a range
    historical: bool = False  # the expression itself marks background (e.g. "العام الماضي")
    listed: bool = False  # a range of two days named with "و" ("في 3 و6 آذار"): those two days, not the days between

    def iso(self) -> str:
        if self.granularity == "year":
            return f"{self.date.year:04d}"
        if self.granularity == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        if self.granularity == "week":
            y, w, _ = self.date.isocalendar()
            return f"{y:04d}-W{w:02d}"
        if self.granularity == "range" and self.end is not None:
            return f"{self.date.isoformat()}/{self.end.isoformat()}"
        return self.date.isoformat()


@dataclass(slots=True)
class PlaceRef:
    """A resolved place: one gazetteer entry (or a foreign place) and how precisely it is known."""

    id: str  # gazetteer id (P-code, geonames:<id>, site:<slug>, country:<ISO3>)
    name_en: str
    name_ar: str
    level: str  # governorate | district | subdistrict | community | city | site | country | foreign_city
    lat: float | None
    lon: float | None
    country: str = "Syria"
    iso: int | None = 760
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    pcode: str = ""
    geo_precision: int = 1
    role: str = "place"  # place | region | near | road | reference (only disambiguates another place)
    side: bool = False  # a compass side of a town ("جنوب القامشلي", role region): its outskirts, not its district


@dataclass(slots=True)
class ActorRef:
    """An actor mention mapped to an ACLED-style canonical name and inter code."""

    name: str  # canonical English name, e.g. "Military Forces of Syria (2000-)"
    inter: int
    key: str = ""  # lexicon key (stable id of the lexicon entry)
    group: str = ""  # optional parent/unit information


@dataclass(slots=True)
class Trigger:
    """An event trigger word or phrase and the event type it suggests."""

    event_type: str
    sub_event_type: str
    plover_type: str = ""
    plover_mode: str = ""
    key: str = ""
    weight: float = 1.0


@dataclass
class Event:
    """An event assembled from one or more sentences of a document, before output.

    The output stage (:mod:`rasd.output.records`) turns it into the ACLED-compatible record.
    """

    event_type: str
    sub_event_type: str
    date: TimeValue | None = None
    place: PlaceRef | None = None
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    actor1_mentions: list[str] = field(default_factory=list)
    actor2_mentions: list[str] = field(default_factory=list)
    # the side's other names elsewhere in the article (title and lead first: rasd.events.stage._article_names),
    # listed after the mentions above in the record; not read when the record's actor is named
    actor1_elsewhere: list[str] = field(default_factory=list)
    actor2_elsewhere: list[str] = field(default_factory=list)
    location_mentions: list[str] = field(default_factory=list)
    fatalities: int = 0
    quantities: dict[str, int] = field(default_factory=dict)
    # the dead each sentence of the evidence counts (its start → the count): whose toll a fold may add up
    killed_at: dict[int, int] = field(default_factory=dict)
    civilian_targeting: bool = False
    historical: bool = False
    claimed_by: str = ""
    attribution: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    plover_type: str = ""
    plover_mode: str = ""
    confidence: float = 0.5
    tags: list[str] = field(default_factory=list)
    notes: str = ""


# how deep in the text the title's paragraph may lie (below a masthead: :meth:`Document.title_paragraph`)
TITLE_PARAGRAPHS = 6


@dataclass
class Document:
    """One article: its metadata, its cleaned text and the layers the stages add."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    published: dt.date | None = None
    # the local hour of publication where the source gives a time ("2024-02-23T03:51:00+02:00" → 3), else None
    published_hour: int | None = None
    source: str = ""  # outlet / site name
    author: str = ""
    source_path: str = ""  # where it was read from (file, corpus#id)
    captions: list[str] = field(default_factory=list)  # photo captions: metadata, not body text
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, text) removed by cleanup
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    debug: list[str] = field(default_factory=list)  # messages shown under --debug
    timings: dict[str, float] = field(default_factory=dict)

    def normalized(self) -> NormText:
        """The normalised view of ``text`` (:func:`rasd.arabic.normalize.normalize`), made once and kept in
        ``meta["norm"]`` (the text stage makes it; every stage reads it here); made again when ``text``
        has changed since."""
        nt = self.meta.get("norm")
        if not isinstance(nt, NormText) or (nt.original is not self.text and nt.original != self.text):
            nt = self.meta["norm"] = normalize(self.text)
        return nt

    def layer(self, name: str) -> list[Span]:
        return self.layers.get(name, [])

    def title_paragraph(self) -> Span | None:
        """The paragraph that holds the title: the first, or one of the first few where a scraped page prints the
        outlet's name, its menu or the section above the headline (:func:`rasd.io.readers.headline_line`)."""
        if not self.title:
            return None
        head = self.title[:40]
        for p in self.layer("paragraphs")[:TITLE_PARAGRAPHS]:
            if self.text.startswith(head, p.start):
                return p
        return None

    def add(self, name: str, spans: list[Span]) -> None:
        self.layers.setdefault(name, []).extend(spans)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence that contains character offset ``pos``."""
        for s in self.layer("sentences"):
            if s.start <= pos < s.end:
                return s
        return None
