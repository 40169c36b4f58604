"""Paragraphs, sentences and tokens, as spans into the original text.

Sentences end at . ! ? ؟ (and runs of them) and at line breaks, never at the comma ، or
at a full stop between two digits (2.5).  Tokens are runs of letters and digits of the
normalised view, mapped back to original offsets.
"""

from __future__ import annotations

import re

from rasd.arabic.normalize import NormText
from rasd.document import Span

_SENT_END = re.compile(r"(?<!\d)[.!?؟]+(?!\d)|(?<=\d)[.!?؟]+(?!\d)|(?<!\d)[.!?؟]+(?=\d)|\n+")
_SENT_RUN = re.compile(r"[.!?؟]+|\n+")  # the runs _SENT_END's matches are cut from (see _sentence_ends)
_PARA_BREAK = re.compile(r"\n")
_TOKEN = re.compile(r"\w+")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines (scraped articles put one paragraph per line)."""
    out: list[Span] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text + "\n"):
        a, b = pos, m.start()
        pos = m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b, "paragraph"))
    return out


# in a headline, a dash, an ellipsis or a vertical bar before "و" joins a second act as ".." does ("اشتباكات في X –
# ومسيّرة تستهدف Y", "قصف على X… واغتيال في Y", "اشتباكات في X | وقصف على Y"); in the body a dash before "و" mostly
# opens an aside ("– وهو …"), so only the title
_HEAD_JOIN = re.compile(r"(?:\s[–—-]|…|\s?[|｜¦])\s*(?=و[\u0621-\u064a]{2})")


def sentences(text: str, head: int = 0) -> list[Span]:
    """Sentence spans (trimmed of surrounding white space), terminator included; the title, ``text[:head]``, is
    cut also where a dash or an ellipsis joins a second act (``_HEAD_JOIN``)."""
    out: list[Span] = []
    pos = 0
    n = len(text)
    ends = _sentence_ends(text)
    if head:
        ends = sorted(ends + [m.span() for m in _HEAD_JOIN.finditer(text, 0, head)])
    for a, b in ends:
        if _initial(text, a, b):
            continue
        _add_trimmed(text, pos, a if text[a] == "\n" else b, out)
        pos = b
    if pos < n:
        _add_trimmed(text, pos, n, out)
    return out


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENT_END.finditer(text)``, read off the runs of terminators and line breaks (a scan
    for those is much faster than the pattern's look-arounds at every character).

    A run of terminators not followed by a digit is one match; one followed by a digit is parted before its
    last character ("2..5": "." + "."), and a lone one between two digits ("2.5") is no match.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _SENT_RUN.finditer(text):
        a, b = m.span()
        if text[a] != "\n" and b < n and text[b].isdecimal():  # (re's \d is str.isdecimal)
            if b - a >= 2:
                out.append((a, b - 1))
                out.append((b - 1, b))
            elif not (a and text[a - 1].isdecimal()):
                out.append((a, b))
        else:
            out.append((a, b))
    return out


_INITIAL_BEFORE = " \t(«\"'.-/"  # what stands before an initial: a space, a bracket, a quote, another initial
# a lone Arabic letter after the full stop, then a comma, a bracket (an age after it: "سامر. خ (45 عاماً)") or a full
# stop: an initial, which no sentence opens with (the conjunctions و and ف, written apart, may open one)
_LONE_INITIAL_AFTER = re.compile(r" (?![وف])[\u0621-\u064a](?=[،,.)»\"]| [،,(])")
# the family name's initial glued to the first name's full stop ("الشاب علي.م (23 عاماً)", "القيادي \"محمد.ع\"،"): a
# lone letter right after the stop, then no letter or short vowel of a word ("الفساد.يُ…" opens a sentence typed with no
# space; so do the conjunctions و and ف, written apart: "…القلعة.و …")
_GLUED_INITIAL = re.compile(r"(?![وف])[\u0621-\u064a](?![\u0621-\u064a\u064b-\u0652\u0670])")


def _is_arabic_letter(c: str) -> bool:
    return "\u0621" <= c <= "\u064a"


def _initial(text: str, a: int, b: int) -> bool:
    """The full stop after a lone Arabic letter, an initial that keeps a name unsaid ("الناشط (م.ع) من منزله",
    "قال الشاب أ. ح. إن …"), or before one, the initial of the family name after a first name ("قُتل الشاب
    محمد. ع، وهو …", glued: "محمد.ع"): no sentence end where the text goes on in the same line."""
    if b - a != 1 or text[a] != "." or a == 0 or not _is_arabic_letter(text[a - 1]):
        return False
    if _LONE_INITIAL_AFTER.match(text, b) or _GLUED_INITIAL.match(text, b):
        return True
    if a >= 2 and text[a - 2] not in _INITIAL_BEFORE:
        return False
    rest = text[b:b + 3].lstrip(" ")
    return bool(rest) and (_is_arabic_letter(rest[0]) or rest[0] in ")»\"")


def _add_trimmed(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and any(c.isalnum() for c in text[a:b]):
        out.append(Span(a, b, "sentence"))


def tokens(nt: NormText) -> list[Span]:
    """Word tokens: spans in original offsets, ``value`` the normalised token."""
    to_orig = nt.to_orig  # (a token is never empty: its original span is to_orig[start] .. to_orig[end - 1] + 1)
    return [Span(to_orig[m.start()], to_orig[m.end() - 1] + 1, "token", m.group()) for m in _TOKEN.finditer(nt.norm)]


def clitic_stems(token: str) -> list[str]:
    """Readings of a normalised token with proclitics removed, longest first.

    ``وبمدينه`` → [وبمدينه, بمدينه, مدينه]; ``للفيلق`` → [للفيلق, لفيلق, الفيلق, فيلق].
    Only strips when at least two letters remain.
    """
    out = [token]
    t = token
    if len(t) > 3 and t[0] in CONJUNCTIONS:
        t = t[1:]
        out.append(t)
    if len(t) > 3 and t[0] in PREPOSITIONS:
        if t[0] == "ل" and t.startswith("لل") and len(t) > 3:
            out.append(t[1:])
            out.append("ال" + t[2:])
            t = t[2:]
            out.append(t)
            return out
        t = t[1:]
        out.append(t)
    if len(t) > 4 and t.startswith("ال"):
        out.append(t[2:])
    return out
