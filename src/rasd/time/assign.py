"""Give each event the time expression that governs it.

Order of look-up for an event supported by ``evidence`` sentences (the first is the main one):

1. the time expressions of the main sentence — the first one in text order, skipping those
   that only bound a period (``حتى اليوم``, ``منذ عام 2011``);
2. the other evidence sentences, in order;
3. the nearest time expression before the main sentence in the same paragraph;
4. the article's current-news date (the publication date, precision 1).

``historical`` is true when the main sentence carries a background cue from
``data/time/historical_cues.tsv`` (``سبق أن``، ``وكانت … قد``، ``منذ سنوات``) or when the date
found lies well before the publication date (``في عام 2020``، ``العام الماضي``).

A background sentence with no date of its own (``سبق أن …`` with no time expression in
the sentence) returns ``(None, True)``: the date is unknown, and the paragraph or
publication date would be wrong.  The events stage decides whether to drop such an event or
keep it undated; it is never given the publication date.
"""

from __future__ import annotations

from rasd.arabic.normalize import norm_key, normalize
from rasd.document import Document, Span, TimeValue
from rasd.time.lexicon import load

_CUE_RE = None


def _cue_regex():  # type: ignore[no-untyped-def]
    import regex

    global _CUE_RE
    if _CUE_RE is None:
        alts = []
        for parts in load().cues:
            pieces = []
            for p in parts:
                last = p.split()[-1]
                tail = "" if len(last) == 1 else r"(?!\w)"
                pieces.append(regex.escape(p) + tail)
            alts.append(r"(?:\s\S+){0,8}?\s".join(pieces))
        _CUE_RE = regex.compile(r"(?<!\w)[وف]?(?:" + "|".join(alts) + ")")
    return _CUE_RE


def historical_cues(doc: Document) -> list[Span]:
    """Background cue spans of the document (computed once, cached in ``doc.meta``)."""
    cached = doc.meta.get("time_cues")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    nt = doc.meta.get("norm")
    if nt is None or nt.original != doc.text:
        nt = normalize(doc.text)
    spans: list[Span] = []
    for m in _cue_regex().finditer(nt.norm):
        a, b = nt.orig_span(m.start(), m.end())
        spans.append(Span(a, b, "historical_cue", m.group()))
    doc.meta["time_cues"] = spans
    return spans


def _is_boundary(doc: Document, t: Span) -> bool:
    """Whether ``t`` only bounds a period ("حتى اليوم", "منذ عام 2011")."""
    words = doc.text[max(0, t.start - 15):t.start].split()
    if not words:
        return False
    w = norm_key(words[-1])
    bounds = load().boundaries
    return w in bounds or (len(w) > 2 and w[0] in "وف" and w[1:] in bounds)


def _times_in(doc: Document, sent: Span) -> list[Span]:
    return [t for t in doc.layer("times")
            if sent.start <= t.start < sent.end and isinstance(t.value, TimeValue)
            and not _is_boundary(doc, t)]


def _paragraph_of(doc: Document, pos: int) -> Span | None:
    for p in doc.layer("paragraphs"):
        if p.start <= pos < p.end:
            return p
    return None


def _published(doc: Document) -> TimeValue | None:
    if doc.published is None:
        return None
    return TimeValue(doc.published, 1, "day", "published")


def event_date(doc: Document, evidence: list[Span]) -> tuple[TimeValue | None, bool]:
    """The date of an event supported by ``evidence`` sentences, and whether it is historical.

    Falls back to the publication date (precision 1) when the text gives no date; returns
    ``(None, True)`` for a background sentence that gives no date (see the module doc).
    """
    if not evidence:
        return _published(doc), False
    main = evidence[0]
    cue = any(main.start <= c.start < main.end for c in historical_cues(doc))
    found = _times_in(doc, main)
    if found:
        v = found[0].value
        return v, cue or v.historical
    if cue:
        return None, True
    for ev in evidence[1:]:
        found = _times_in(doc, ev)
        if found:
            v = found[0].value
            return v, v.historical
    para = _paragraph_of(doc, main.start)
    if para is not None:
        before = [t for t in doc.layer("times")
                  if para.start <= t.start < main.start and isinstance(t.value, TimeValue)
                  and not _is_boundary(doc, t)]
        if before:
            v = before[-1].value
            return v, v.historical
    return _published(doc), False
