"""Clitic-aware multi-word lexicon matching over the normalised view.

A :class:`LexiconMatcher` is built once from ``(surface, payload)`` pairs (surface in any
spelling: it is normalised) and finds every occurrence in a :class:`NormText` whose right
edge is a word end (optionally after an allowed suffix) and whose left edge is a word start
or follows proclitics only (و ف ب ل ك, e.g. ``بمدينة``, ``وجاسم``, ``للفيلق`` for ``الفيلق``).
Matching uses an Aho-Corasick automaton (pyahocorasick): one pass per text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from rasd.arabic.normalize import NormText, norm_key

# Proclitic strings that may precede a lexicon entry inside the same token.
PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# Words that scrapers glue to the end of the previous word ("دمشقفي", "العمربريف", "العسكريبعد"):
# a match may end inside a token when the rest of the token is one of these (normalised).
GLUED_WORDS = frozenset({
    "في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "منذ", "حيث", "امس", "اليوم", "عند", "خلال",
    "ريف", "بريف", "وريف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
    "قرب", "بالقرب", "محيط", "بمحيط", "التي", "الذي", "ضد",
})
# Prefixes allowed before the "ل…" form of an "ال…" entry (لل = ل + ال).
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


@dataclass(slots=True)
class Match:
    start: int  # original offsets
    end: int
    nstart: int  # normalised offsets
    nend: int
    key: str  # normalised lexicon key that matched
    payloads: list[Any]
    prefix: str = ""  # proclitics before the match in the same token
    suffix: str = ""  # allowed suffix after the match

    @property
    def length(self) -> int:
        return self.nend - self.nstart


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class LexiconMatcher:
    """Find lexicon entries in normalised text, clitic-aware, longest match first."""

    def __init__(self, entries: Iterable[tuple[str, Any]], suffixes: Iterable[str] = ("",),
                 min_len: int = 2, glued: bool = False) -> None:
        self.suffixes = sorted(set(suffixes) | {""}, key=len, reverse=True)
        self.glued = glued  # accept a word glued to the match's end (scraping damage), see GLUED_WORDS
        self._payloads: dict[str, list[Any]] = {}
        for surface, payload in entries:
            key = norm_key(surface)
            if len(key) < min_len:
                continue
            self._payloads.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        for key in self._payloads:
            self._auto.add_word(key, (key, False))
            if key.startswith("ال") and len(key) > 3:
                lam = "ل" + key[2:]
                if lam not in self._payloads:
                    self._auto.add_word(lam, (key, True))
        if len(self._payloads):
            self._auto.make_automaton()
        self._empty = not self._payloads

    def __len__(self) -> int:
        return len(self._payloads)

    def keys(self) -> list[str]:
        return list(self._payloads)

    def payloads(self, surface: str) -> list[Any]:
        return self._payloads.get(norm_key(surface), [])

    def find_all(self, nt: NormText) -> list[Match]:
        """Every acceptable occurrence (overlapping ones included)."""
        if self._empty:
            return []
        text = nt.norm
        n = len(text)
        out: list[Match] = []
        for end_idx, (key, lam_form) in self._auto.iter(text):
            nend = end_idx + 1
            length = len(key) - 1 if lam_form else len(key)
            nstart = nend - length
            # left edge: start of token, or after proclitics
            ts = nstart
            while ts > 0 and _is_word(text[ts - 1]):
                ts -= 1
            prefix = text[ts:nstart]
            if lam_form:
                if prefix not in _LAM_PREFIXES:
                    continue
            elif prefix not in PREFIXES:
                continue
            # right edge: end of token, or an allowed suffix then end of token
            suffix = None
            for suf in self.suffixes:
                e = nend + len(suf)
                if text.startswith(suf, nend) and (e >= n or not _is_word(text[e])):
                    suffix = suf
                    break
            if suffix is None and self.glued and nstart == ts and len(key) >= 4:
                e = nend
                while e < n and _is_word(text[e]):
                    e += 1
                if text[nend:e] in GLUED_WORDS:
                    suffix = ""
            if suffix is None:
                continue
            a, b = nt.orig_span(nstart, nend)
            out.append(Match(a, b, nstart, nend, key, self._payloads[key], prefix, suffix))
        return out

    def find(self, nt: NormText) -> list[Match]:
        """Non-overlapping occurrences, longest first, then leftmost; sorted by position."""
        found = self.find_all(nt)
        found.sort(key=lambda m: (-m.length, m.nstart))
        taken: list[tuple[int, int]] = []
        out: list[Match] = []
        for m in found:
            if any(m.nstart < e and s < m.nend for s, e in taken):
                continue
            taken.append((m.nstart, m.nend))
            out.append(m)
        out.sort(key=lambda m: m.nstart)
        return out
