"""Actor stage: actor mentions mapped to canonical ACLED names (layer ``actors``).

Each span's ``value`` is an :class:`~rasd.document.ActorRef` resolved for the publication date and
Syria; the event stage re-resolves the entry (``ActorRef.key``) for the event's own date and country.
"""

from __future__ import annotations

from rasd.actors.lexicon import actors, matcher
from rasd.arabic.normalize import normalize
from rasd.document import Document, Span


def recognize_actors(doc: Document) -> None:
    """Add the ``actors`` layer: spans whose value is a :class:`rasd.document.ActorRef`."""
    nt = doc.meta.get("norm")
    if nt is None:
        nt = normalize(doc.text)
        doc.meta["norm"] = nt
    table = actors()
    spans: list[Span] = []
    for m in matcher().find(nt):
        entry = table.get(m.payloads[0])
        if entry is None:
            continue
        spans.append(Span(m.start, m.end, "actor", entry.ref(doc.published)))
    doc.add("actors", spans)
