"""Give each event the place where it happened.

Order of preference: a place in the trigger's sentence (nearest the trigger, one after a
locative cue first), then the other evidence sentences, then an anaphor ("المدينة": the town
the article names most often before it) or the preceding sentences of the paragraph, then the
article's main place (first place named).
Places used only as references ("شمالي درعا") and country-level places are used only when
nothing more precise exists.
"""

from __future__ import annotations

import re

from rasd.document import Document, PlaceRef, Span

_LOCATIVE = re.compile(r"(?:^|\s)(?:في|فى|على|قرب|محيط|داخل|بالقرب من|أطراف|اطراف)\s+(?:\w+\s+){0,1}$")
_ANAPHOR = re.compile(
    r"(?:^|\s)[وف]?[بل]?(?:ال)?(?:مدينة|بلدة|قرية|المدينة|البلدة|القرية|المنطقة|المخيم)(?:\s|[.،,]|$)"
)
_SETTLEMENT = {"city", "community", "town", "neighbourhood", "site", "subdistrict", "foreign_city"}


def _usable(p: Span) -> bool:
    v: PlaceRef = p.value
    return v.role != "reference"


def _weak(p: Span) -> bool:
    return p.value.level in ("country", "governorate")


def _in(spans: list[Span], a: int, b: int) -> list[Span]:
    return [p for p in spans if a <= p.start and p.end <= b]


def _best_in_sentence(doc: Document, cands: list[Span], pivot: int) -> Span | None:
    def score(p: Span) -> tuple[bool, bool, int]:
        before = doc.text[max(0, p.start - 25):p.start]
        loc = bool(_LOCATIVE.search(before)) or doc.text[p.start - 1:p.start] == "ب"
        return (_weak(p), not loc, abs(p.start - pivot))

    strong = [p for p in cands if _usable(p)]
    return min(strong, key=score) if strong else None


def event_place(
    doc: Document, evidence: list[Span], trigger: Span | None
) -> tuple[PlaceRef | None, list[str]]:
    """The place of an event and the Arabic spans that named it."""
    places = sorted(doc.layer("places"), key=lambda p: p.start)
    if not places:
        return None, []
    pivot = trigger.start if trigger is not None else (evidence[0].start if evidence else 0)

    def result(p: Span) -> tuple[PlaceRef, list[str]]:
        mentions = [doc.text[p.start:p.end]]
        return p.value, mentions

    # 1. the trigger's sentence (first evidence sentence), then the other evidence sentences
    for k, ev in enumerate(evidence):
        best = _best_in_sentence(doc, _in(places, ev.start, ev.end), pivot if k == 0 else ev.start)
        if best is not None and (not _weak(best) or k == len(evidence) - 1):
            return result(best)
    main = evidence[0] if evidence else doc.sentence_of(pivot)
    start = main.start if main else pivot
    # 2. an anaphor ("المدينة") or the paragraph before: the last named settlement before the event
    para = next((p for p in doc.layer("paragraphs") if p.start <= start < p.end), None)
    lo = para.start if para else 0
    earlier = [p for p in places if p.end <= start and _usable(p)]
    if main is not None and _ANAPHOR.search(doc.text[main.start:main.end]):
        towns = [p for p in earlier if p.value.level in _SETTLEMENT]
        if towns:  # "المدينة": the town the article keeps naming (ties: the latest)
            counts: dict[str, int] = {}
            for p in places:
                if _usable(p):
                    counts[p.value.id] = counts.get(p.value.id, 0) + 1
            best = max(range(len(towns)), key=lambda k: (counts.get(towns[k].value.id, 0), k))
            return result(towns[best])
    in_para = [p for p in earlier if p.start >= lo and not _weak(p)]
    if in_para:
        return result(in_para[-1])
    # 3. the article's main place: the first precise place named, else the first usable one
    for group in ([p for p in places if _usable(p) and not _weak(p)], [p for p in places if _usable(p)]):
        if group:
            return result(group[0])
    return None, []
