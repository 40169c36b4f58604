"""Clitic-aware multi-word lexicon matching over the normalised view.

A :class:`LexiconMatcher` is built once from ``(surface, payload)`` pairs (surface in any
spelling: it is normalised) and finds every occurrence in a :class:`NormText` whose right
edge is a word end (optionally after an allowed suffix) and whose left edge is a word start
or follows proclitics only (و ف ب ل ك, e.g. ``بمدينة``, ``وجاسم``, ``للفيلق`` for ``الفيلق``).
Matching uses an Aho-Corasick automaton (pyahocorasick): one pass per text.  With ``glued=True`` a
match may also carry a word that scrapers glued to it ("دمشقفي", "وفيلبنان"), listed in
``data/glued_words.tsv`` (:func:`glued_words`; :attr:`Match.glued` tells which side).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import ahocorasick

from rasd.arabic.normalize import NormText, norm_key
from rasd.tsv import read_rows

# Proclitic strings that may precede a lexicon entry inside the same token.
PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# Words that scrapers glue to a neighbouring word ("دمشقفي", "وفيلبنان", "دير الزورالسورية"):
# data in rasd/data/glued_words.tsv (side before/after/both), loaded once.
GLUED_FILE = Path(__file__).resolve().parent.parent / "data" / "glued_words.tsv"
_GLUED_SIDES = ("before", "after", "both")
# Proclitics a glued word may carry itself ("وفيلبنان", "سورياباستهداف" is not read: not listed).
_GLUED_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "فب")
GLUED_MIN_KEY = 4  # only keys this long are read with a word glued after them ("دمشقفي")
GLUED_MIN_KEY_BEFORE = 5  # ... or before them: "انتقاد" is not ان + a 4-letter name


def _one_word(key: str) -> bool:
    """A usable glued word: one normalised word of two letters or more."""
    return " " not in key and len(key) >= 2


def validate_glued_words(path: Path = GLUED_FILE) -> list[str]:
    """Problems in the glued-words file, as ``file:line: message``."""
    errors: list[str] = []
    for line, cells in read_rows(path):
        where = f"{path.name}:{line}"
        if len(cells) < 2 or not cells[0]:
            errors.append(f"{where}: expected word<TAB>side")
            continue
        if cells[1] not in _GLUED_SIDES:
            errors.append(f"{where}: side {cells[1]!r} is not one of {', '.join(_GLUED_SIDES)}")
        if not _one_word(norm_key(cells[0])):
            errors.append(f"{where}: {cells[0]!r} must be one word of two letters or more")
    return errors


@lru_cache(maxsize=1)
def glued_words() -> tuple[frozenset[str], frozenset[str]]:
    """``(before, after)``: normalised words glued before / after a match."""
    before: set[str] = set()
    after: set[str] = set()
    for _, cells in read_rows(GLUED_FILE):
        if len(cells) < 2 or cells[1] not in _GLUED_SIDES:
            continue
        key = norm_key(cells[0])
        if not _one_word(key):
            continue
        if cells[1] in ("before", "both"):
            before.add(key)
        if cells[1] in ("after", "both"):
            after.add(key)
    return frozenset(before), frozenset(after)


def _glued_word(rest: str, words: frozenset[str]) -> bool:
    """Whether ``rest`` is a listed glued word, possibly after its own proclitics."""
    for c in _GLUED_CLITICS:
        if rest.startswith(c) and rest[len(c):] in words:
            return True
    return False


_MAX_PREFIX = max(len(p) for p in PREFIXES)  # the longest proclitics a match may carry in its token
assert all(len(p) <= _MAX_PREFIX for p in ("ل", "ول", "فل"))  # (those of the "ل…" form, below, too)


# Prefixes allowed before the "ل…" form of an "ال…" entry (لل = ل + ال).
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
# an "ال…" entry whose word begins with "ل" ("اللواء", "اللاذقية", "اللجنة") takes "ل" as "لل…" with no third lam
# ("للواء الثامن", "وللاذقية"): the "ل…" form itself is then the whole token, after "و"/"ف" at most
_LAM_ABSORBED = frozenset({"", "و", "ف"})


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
    glued: str = ""  # "before"/"after"/"both": a listed word glued to the match in its token

    @property
    def length(self) -> int:
        return self.nend - self.nstart


_NSTART = attrgetter("nstart")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class LexiconMatcher:
    """Find lexicon entries in normalised text, clitic-aware, longest match first."""

    def __init__(self, entries: Iterable[tuple[str, Any]], suffixes: Iterable[str] = ("",),
                 min_len: int = 2, glued: bool = False) -> None:
        self.suffixes = sorted(set(suffixes) | {""}, key=len, reverse=True)
        # suffixes of word characters only (all the lexicons'): the one that fits a match is then the rest of its
        # token, looked up in a set (find_all); otherwise each is tried in turn
        self._suffix_set = frozenset(self.suffixes) if all(c.isalnum() or c == "_" for suf in self.suffixes
                                                             for c in suf) else None
        # accept a listed word glued to either side of the match (scraping damage), see glued_words()
        self.glued = glued
        self._before, self._after = glued_words() if glued else (frozenset(), frozenset())
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
        to_orig = nt.to_orig
        payloads = self._payloads
        suffixes = self.suffixes
        suffix_set = self._suffix_set
        glued = self.glued
        out: list[Match] = []
        for end_idx, (key, lam_form) in self._auto.iter(text):
            nend = end_idx + 1
            length = len(key) - 1 if lam_form else len(key)
            nstart = nend - length
            # left edge: start of token, or after proclitics (at most two letters, unless a listed word may be
            # glued before the match)
            limit = -1 if glued and not lam_form and length >= GLUED_MIN_KEY_BEFORE else nstart - _MAX_PREFIX - 1
            ts = nstart
            while ts > 0 and ((c := text[ts - 1]).isalnum() or c == "_"):
                ts -= 1
                if ts == limit:
                    break
            if ts == limit:
                continue  # more letters before the match than any proclitics, and no glued word read there
            prefix = text[ts:nstart] if ts != nstart else ""
            side = ""
            if lam_form:
                if prefix not in _LAM_PREFIXES and not (prefix in _LAM_ABSORBED and key.startswith("الل")):
                    continue
            elif prefix not in PREFIXES:
                # "وفيلبنان", "انالجيش": a listed word glued before the match; the consumer then
                # reads it as the word before (prefix "" so the token start is nstart)
                if not (glued and len(key) >= GLUED_MIN_KEY_BEFORE and _glued_word(prefix, self._before)):
                    continue
                side = "before"
                prefix = ""
            # right edge: end of token, or an allowed suffix then end of token
            suffix = None
            if suffix_set is not None:
                # (a suffix of word characters fits when it is all of the token after the match: the same one the
                # loop below finds, the only one that can fit)
                e = nend
                while e < n and ((c := text[e]).isalnum() or c == "_"):
                    e += 1
                if e == nend:
                    suffix = ""
                elif text[nend:e] in suffix_set:
                    suffix = text[nend:e]
            else:
                for suf in suffixes:
                    e = nend + len(suf)
                    if (e >= n or not ((c := text[e]).isalnum() or c == "_")) \
                            and (not suf or text.startswith(suf, nend)):
                        suffix = suf
                        break
            if suffix is None:
                if not glued or len(key) < GLUED_MIN_KEY or lam_form:
                    continue
                e = nend
                while e < n and ((c := text[e]).isalnum() or c == "_"):
                    e += 1
                rest = text[nend:e]
                for suf in suffixes:  # "متظاهرونفي": an allowed suffix, then the glued word
                    if rest.startswith(suf) and _glued_word(rest[len(suf):], self._after):
                        suffix = suf
                        break
                if suffix is None:
                    continue
                side = "both" if side else "after"
            if side:
                # never inside a longer word that is itself a lexicon entry
                te = e if side != "before" else nend
                token = text[ts:te]
                if any(token[len(c):] in payloads for c in PREFIXES if token.startswith(c)):
                    continue
            if nend > nstart:
                a, b = to_orig[nstart], to_orig[nend - 1] + 1
            else:
                a, b = nt.orig_span(nstart, nend)
            out.append(Match(a, b, nstart, nend, key, payloads[key], prefix, suffix, side))
        return out

    def find(self, nt: NormText) -> list[Match]:
        """Non-overlapping occurrences, longest first, then leftmost; sorted by position."""
        found = self.find_all(nt)
        found.sort(key=lambda m: (m.nstart - m.nend, m.nstart))  # (-m.length, m.nstart)
        # the kept matches never overlap, so sorted by start they are sorted by end too: a new match can only
        # overlap the kept one starting at or before it and the next one
        starts: list[int] = []
        ends: list[int] = []
        out: list[Match] = []
        for m in found:
            k = bisect_right(starts, m.nstart)
            if (k and ends[k - 1] > m.nstart) or (k < len(starts) and starts[k] < m.nend):
                continue
            starts.insert(k, m.nstart)
            ends.insert(k, m.nend)
            out.append(m)
        out.sort(key=_NSTART)
        return out
