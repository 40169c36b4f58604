"""Time stage: recognise and normalise time expressions (layer ``times``)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Span
from rasd.time.expressions import find_times


def anchor_date(doc: Document) -> dt.date:
    """The date relative expressions are anchored to: the publication date, else today."""
    return doc.published or dt.date.today()


def recognize_times(doc: Document) -> None:
    """Add the ``times`` layer: spans whose value is a :class:`rasd.document.TimeValue`.

    Span label: ``time``.  Notes (weekday/date disagreements) go to ``doc.debug``.
    """
    nt = doc.normalized()
    anchor = anchor_date(doc)
    if doc.published is None:
        doc.debug.append(f"time: no publication date; relative expressions anchored to {anchor}")
    spans: list[Span] = []
    for tm in find_times(nt, anchor):
        spans.append(Span(tm.start, tm.end, "time", tm.value))
        if tm.note:
            doc.debug.append(f"time [{tm.start}:{tm.end}] {tm.note}")
    doc.add("times", spans)
