"""Actor stage: actor mentions mapped to canonical ACLED names (layer ``actors``).

Each span's ``value`` is an :class:`~rasd.document.ActorRef` resolved for the publication date and
Syria; the event stage re-resolves the entry (``ActorRef.key``) for the event's own date and country.
A definite general word that refers back to a group ("التنظيم", "المسلحين"; ``anaphora.tsv``) takes
the nearest named non-state armed actor of the article before it (else the first after it).
"""

from __future__ import annotations

from rasd.actors.lexicon import ActorEntry, actors, anaphora, matcher
from rasd.arabic.normalize import normalize
from rasd.document import Document, Span
from rasd.events.lexicon import trigger_matcher

# actors that can never be the antecedent of an anaphoric word: unnamed or unarmed people, and the
# government's auxiliary militias (reports call the army's foes "المسلحين", never its own auxiliaries)
_NOT_ANTECEDENT = frozenset({"unidentified", "unid_mil", "civilians", "notables", "protesters", "rioters",
                             "syr_ndf"})


def recognize_actors(doc: Document) -> None:
    """Add the ``actors`` layer: spans whose value is a :class:`rasd.document.ActorRef`."""
    nt = doc.meta.get("norm")
    if nt is None:
        nt = normalize(doc.text)
        doc.meta["norm"] = nt
    table = actors()
    ana = anaphora()
    found: list[tuple[int, int, ActorEntry | None, str]] = []  # start, end, entry, anaphor key
    text = doc.text
    for m in matcher().find(nt):
        if m.suffix == "ه" and text[m.end:m.end + 1] == "ة":
            continue  # a feminine adjective ("شاحنات مدنية"), not a pronoun suffix ("قواته")
        if _adjective_of_noun(text, m.start, m.end, m.prefix, m.payloads[0]):
            continue  # "التفجيرين الإرهابيين": an adjective of the act, not the people
        if m.key in ana:
            found.append((m.start, m.end, None, m.key))
            continue
        entry = table.get(m.payloads[0])
        if entry is not None:
            found.append((m.start, m.end, entry, ""))
    spans: list[Span] = []
    for i, (start, end, entry, akey) in enumerate(found):
        if entry is None:
            entry = _antecedent(found, i, ana[akey].inter) or table.get(ana[akey].fallback)
            if entry is None:
                continue
        spans.append(Span(start, end, "actor", entry.ref(doc.published)))
    doc.add("actors", spans)


# vague group words that are also adjectives ("الإرهابيين", "المسلحين"; anaphors carry their fallback
# key, "" for none): after a definite dual or plural noun of an act ("التفجيرين الإرهابيين",
# "الهجومين المسلحين") they describe the act
_ADJECTIVAL_KEYS = frozenset({"rebels", "unidentified", ""})


def _adjective_of_noun(text: str, start: int, end: int, prefix: str, payload: str) -> bool:
    """The one-word definite mention at ``start:end`` is an adjective of the definite dual or plural
    noun right before it (in "ين", same definiteness and number), not a group of people."""
    words = text[start:end].split()
    if prefix or len(words) != 1 or not words[0].startswith("ال") or not words[0].endswith("ين"):
        return False
    if payload not in _ADJECTIVAL_KEYS:
        return False
    before = text[max(0, start - 40):start]
    if not before.endswith((" ", "\u00a0")):
        return False
    prev = before.split()[-1] if before.split() else ""
    if not (prev.startswith("ال") and prev.endswith("ين")):
        return False
    # the noun before names an act ("التفجيرين", "الهجومين"), not people ("المقاتلين الإرهابيين")
    return bool(trigger_matcher().find(normalize(prev)))


def _antecedent(found: list[tuple[int, int, ActorEntry | None, str]], i: int,
                inter: frozenset[int]) -> ActorEntry | None:
    """The named group an anaphoric mention refers to: the nearest before it, else the first after."""
    def ok(e: ActorEntry | None) -> bool:
        return e is not None and e.inter in inter and e.key not in _NOT_ANTECEDENT
    for j in range(i - 1, -1, -1):
        if ok(found[j][2]):
            return found[j][2]
    for j in range(i + 1, len(found)):
        if ok(found[j][2]):
            return found[j][2]
    return None
