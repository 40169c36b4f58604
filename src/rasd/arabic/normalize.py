"""Offset-preserving Arabic normalisation.

``normalize(text)`` returns a :class:`NormText`: a normalised string for matching and an
exact map from each normalised character back to the original text.  The mapping is
one-to-one or one-to-none (a character is kept, replaced by one character, or dropped), so
any span in the normalised view maps back to the exact original substring.

What is folded: diacritics (harakat, shadda, sukun, dagger alef) and tatweel are dropped;
alef forms أ إ آ ٱ → ا; ة → ه; ى → ي; Arabic-Indic and Persian digits → ASCII digits;
typographic quotes and guillemets → a space (so "لـ”الفيلق”" reads as ``ل الفيلق``);
Latin letters are lower-cased; any whitespace → one space character and runs of spaces collapse to one.

Words the scraper glued together ("مراسلالميادين", "العربيةالسورية") are parted by a space in the
normalised view (:mod:`rasd.arabic.glue`); that space maps to the original character after it, so
spans on either side, or across it, still map back to the exact original substring.

A document's view is made once (:meth:`rasd.document.Document.normalized`); the normalised text of one of
its sentences is cut out of it (:meth:`NormText.slice_norm`) where that is provably what normalising the
sentence alone gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasd.arabic import glue
from rasd.arabic.glue import glue_cuts

# Characters removed from the normalised view.
_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e",
                                                   "\u200f", "\u061c", "\ufeff", "\u00ad"}
# The short vowels, shadda, sukun and tatweel a writer may put on a word ("قُتل", "غارةٍ", "الـمدينة"): tools that
# read the original text drop them before matching their patterns (rasd.geo.assign, rasd.geo.stage, rasd.events.stage).
SHORT_VOWELS = re.compile(r"[\u064b-\u0652\u0640]")
_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي",
    "ی": "ي", "ک": "ك",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)
for _q in "“”„‟«»‹›\"'‘’`´":
    _MAP[_q] = " "
for _w in " \t\n\r\u00a0\u2002\u2003\u2009\u202f\u3000\u200b":
    _MAP[_w] = " "
_MAP["٫"] = "."  # Arabic decimal separator
_MAP["٬"] = ","  # Arabic thousands separator

# Fast path table for str.translate on text without dropped characters is not used: the
# offset map needs a per-character walk anyway, which is cheap at article sizes.
_TABLE: dict[str, str] = {**_MAP, **{c: "" for c in _DROP}}


@dataclass(slots=True)
class NormText:
    """A normalised view of a text and its map back to the original offsets."""

    original: str
    norm: str
    to_orig: list[int]  # to_orig[i] = index in original of norm[i]; len(norm) + 1 entries
    # made by normalize(): True with the glued-words repair applied, False without; None: made otherwise
    repaired: bool | None = None
    # what a stage derives from this view alone (e.g. its lexicon matches), kept for the stage's later steps
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for the normalised span ``norm[start:end]``."""
        if end <= start:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1

    def orig_text(self, start: int, end: int) -> str:
        a, b = self.orig_span(start, end)
        return self.original[a:b]

    def slice_norm(self, start: int, end: int) -> str:
        """``normalize(original[start:end]).norm``, cut out of this view where that is provably the same.

        The cut is the same string when the slice starts on a kept non-space character (so the
        collapsing of spaces starts afresh there, as it does in the slice) and the characters right
        outside it are kept non-word characters (a sentence's terminator or white space): no token, no
        seam of the glued-words repair (:mod:`rasd.arabic.glue`) and no match of its patterns then
        crosses the slice's edges, and the repair makes the same cuts inside.  Otherwise (and for a view
        not made by :func:`normalize` with the repair as it is now) the slice is normalised again.
        """
        text = self.original
        if self.repaired is not None and self.repaired == glue.ENABLED and 0 <= start < end <= len(text) \
                and normalize_char(text[start]) not in ("", " ") \
                and (start == 0 or _outside_ok(text[start - 1])) and (end == len(text) or _outside_ok(text[end])):
            to_orig = self.to_orig
            return self.norm[bisect_left(to_orig, start):bisect_left(to_orig, end)]
        return normalize(text[start:end]).norm


def normalize_char(c: str) -> str:
    """The normalised form of one character ('' when dropped)."""
    r = _TABLE.get(c)
    if r is None:
        return c.lower() if "A" <= c <= "Z" else c
    return r


def _outside_ok(c: str) -> bool:
    """``c``, right outside a slice, is kept in the normalised view and is no word character there."""
    r = normalize_char(c)
    return r != "" and not (r.isalnum() or r == "_")


def _repaired(nt: NormText) -> NormText:
    """``nt`` with a space where words were glued together (the space maps to the next character)."""
    cuts = glue_cuts(nt.original, nt.norm, nt.to_orig)
    nt.repaired = glue.ENABLED
    if not cuts:
        return nt
    parts: list[str] = []
    to_orig: list[int] = []
    prev = 0
    for c in cuts:
        parts.append(nt.norm[prev:c])
        parts.append(" ")
        to_orig.extend(nt.to_orig[prev:c])
        to_orig.append(nt.to_orig[c])
        prev = c
    parts.append(nt.norm[prev:])
    to_orig.extend(nt.to_orig[prev:])
    return NormText(nt.original, "".join(parts), to_orig, nt.repaired)


def _normalize_loop(text: str, repair: bool = True) -> NormText:
    """Reference implementation: one character at a time."""
    out: list[str] = []
    to_orig: list[int] = []
    table = _TABLE
    prev_space = False
    for i, c in enumerate(text):
        r = table.get(c)
        if r is None:
            out.append(c.lower() if "A" <= c <= "Z" else c)
            to_orig.append(i)
            prev_space = False
        elif r == " ":
            if not prev_space:
                out.append(" ")
                to_orig.append(i)
                prev_space = True
        elif r:
            out.append(r)
            to_orig.append(i)
            prev_space = False
    to_orig.append(len(text))
    nt = NormText(text, "".join(out), to_orig, False)
    return _repaired(nt) if repair else nt


_GONE = "\x00"  # marks dropped characters in the one-to-one translation
_ONE_TO_ONE = str.maketrans({**{k: (v if v else _GONE) for k, v in _TABLE.items()},
                             **{chr(c): chr(c + 32) for c in range(65, 91)}})
# The same translation as (character, replacement) pairs: no replacement is itself a character that is
# replaced (checked below), so replacing them one after the other, in any order, gives what
# ``str.translate(_ONE_TO_ONE)`` gives; ``str.replace`` of the few characters a text holds is much faster.
_ONE_TO_ONE_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(k), v if isinstance(v, str) else chr(v)) for k, v in _ONE_TO_ONE.items()
    if (v if isinstance(v, str) else chr(v)) != chr(k))
assert not {r for _, r in _ONE_TO_ONE_PAIRS} & {c for c, _ in _ONE_TO_ONE_PAIRS}


def _one_to_one(text: str) -> str:
    """``text.translate(_ONE_TO_ONE)``."""
    for c, r in _ONE_TO_ONE_PAIRS:
        if c in text:
            text = text.replace(c, r)
    return text


_LONG_KEY = 96  # from this length on, the replacements of _one_to_one beat str.translate (a paragraph)

_REMOVE = re.compile(" [ \x00]+|\x00+")


def normalize(text: str, repair: bool = True) -> NormText:
    """Normalise ``text`` for matching, keeping an exact offset map (``repair``: part glued words).

    Translates one-to-one (dropped characters become NUL), then removes the NULs and the
    repeated spaces in a few regex steps; same result as :func:`_normalize_loop`.
    """
    if _GONE in text:
        return _normalize_loop(text, repair)
    # (a short text: str.translate is faster than the replacements, and gives the same string)
    t = _one_to_one(text) if len(text) >= _LONG_KEY else text.translate(_ONE_TO_ONE)
    parts: list[str] = []
    to_orig: list[int] = []
    prev = 0
    for m in _REMOVE.finditer(t):
        a, b = m.span()
        if t[a] == " ":
            a += 1  # keep the first space of a run
        parts.append(t[prev:a])
        to_orig.extend(range(prev, a))
        prev = b
    parts.append(t[prev:])
    to_orig.extend(range(prev, len(t)))
    to_orig.append(len(text))
    nt = NormText(text, "".join(parts), to_orig, False)
    return _repaired(nt) if repair else nt


_TRANSLATE = str.maketrans({**{k: v for k, v in _TABLE.items()}, **{chr(c): chr(c + 32) for c in range(65, 91)}})


def norm(text: str) -> str:
    """The normalised string alone (for lexicon keys and look-ups); spaces are not collapsed."""
    return text.translate(_TRANSLATE)


# (a pure function of the text, which the rules ask again for the same words, mostly within a few sentences: 1,024
# entries hit about as often while an article is read as 16,384 did (19% of the calls after the lexicons are loaded,
# against 22%) and hold some 6 MB less in every process; 1 << 16 held some 30 MB more across two workers)
@lru_cache(maxsize=1 << 10)
def norm_key(text: str) -> str:
    """A look-up key: normalised, whitespace collapsed, stripped."""
    if len(text) >= _LONG_KEY and _GONE not in text:
        # the same string: _one_to_one marks the dropped characters with _GONE, which the text did not hold
        return " ".join(_one_to_one(text).replace(_GONE, "").split())
    return " ".join(text.translate(_TRANSLATE).split())
