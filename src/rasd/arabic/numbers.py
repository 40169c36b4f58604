"""Numbers written as digits or words: ``15``, ``١٥``, ``ستة``, ``ثلاث``, ``خمسة وعشرون``, ``عشرات``.

:func:`find_numbers` returns spans (original offsets) whose ``value`` is a
:class:`NumberValue`: the number and whether it is vague (``عشرات`` → 10, ``مئات`` → 100,
following ACLED's conservative reading of "tens" and "hundreds").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from rasd.arabic.normalize import NormText
from rasd.document import Span

# normalised forms (alef/ta marbuta/ya folded as in normalize.py)
_UNITS: dict[str, int] = {}
for _words, _v in [
    (("واحد", "واحده", "احد", "احدي"), 1),
    (("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"), 2),
    (("ثلاث", "ثلاثه"), 3), (("اربع", "اربعه"), 4), (("خمس", "خمسه"), 5), (("ست", "سته"), 6),
    (("سبع", "سبعه"), 7), (("ثماني", "ثمانيه", "ثمان"), 8), (("تسع", "تسعه"), 9),
    (("عشر", "عشره"), 10),
]:
    for _w in _words:
        _UNITS[_w] = _v
_TENS: dict[str, int] = {}
for _stem, _v in [("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
                  ("ثمان", 80), ("تسع", 90)]:
    _TENS[_stem + "ون"] = _v
    _TENS[_stem + "ين"] = _v
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
for _u, _v in [("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)]:
    _HUNDREDS[_u + "مئه"] = _v * 100
    _HUNDREDS[_u + "مائه"] = _v * 100
_THOUSANDS = {"الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000, "الاف": 1000}
# Vague quantities: ACLED's conservative values.
VAGUE: dict[str, int] = {"عشرات": 10, "العشرات": 10, "مئات": 100, "المئات": 100, "الاف": 1000,
                         "الالاف": 1000, "بضعه": 3, "بضع": 3}

_ALL_WORDS = set(_UNITS) | set(_TENS) | set(_HUNDREDS) | set(_THOUSANDS)
_ALL_WORDS |= {"و" + w for w in _ALL_WORDS}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# digits that count thousands, with the hundreds after them: "37 ألفاً و551" (37551), "9 آلاف و400", "20 ألف"
_DIGIT_THOUSANDS = re.compile(r"(?<![\d.,])(\d+)\s+(?:الفا|الف|الاف)(?!\w)(?:\s+و\s?(\d+)(?![\d.,]))?")
_WORD = re.compile(r"\w+")
# a dot grouping thousands ("29.954 شهيداً", "8.200 طفل", "عددهم 4.600"): exactly three digits after each dot; a
# decimal only before a word of magnitude or measure ("2.500 مليون", "1.250 كلم", "3.125 بالمئة")
# the number of an item of a numbered list, opening its line ("2- استشهد عنصر …", "3) ضبط شحنة …", "(4) تفكيك …",
# "١. …"): the item's rank, no count of anything
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t\u200f\u200e(]*$")
_ITEM_NUMBER_AFTER = re.compile(r"[ \t]*[-–—.)][ \t]+(?=\D)")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL_AFTER = re.compile(r"\s*(?:%|[\u066a]|(?:مليون|مليار|ملايين|مليارات|تريليون|الف|الاف|بالمئه|بالمائه|في المئه|"
                            r"في المائه|كم|كلم|كيلومتر|كيلومترا|متر|مترا|ميل|طن|اطنان|دولار|دولارا|يورو|درجه|"
                            r"ساعه|ساعات|دقيقه|ثانيه|نقطه|برميل|لتر|هكتار|دونم|كيلوغرام|كغ|غرام)(?!\w))")
_VAGUE_CLITICS = ("و", "ف", "ب", "ل")
# the whole words a number can start with: a number word or a vague quantity, maybe after a clitic (the scan
# reads only the words of the text that are one of these)
_CANDIDATES = frozenset(_ALL_WORDS | set(VAGUE) | {c + v for c in _VAGUE_CLITICS for v in VAGUE})
assert all(re.fullmatch(r"\w+", w) for w in _CANDIDATES)  # so a candidate is a whole \w+ run of the text


@dataclass(slots=True, frozen=True)
class NumberValue:
    value: int
    vague: bool = False
    text: str = ""


def _word_value(w: str) -> tuple[int, str] | None:
    """Value of a single normalised word, allowing a leading و; returns (value, kind)."""
    for cand in (w, w[1:] if w.startswith("و") and len(w) > 2 else None):
        if not cand:
            continue
        if cand in _UNITS:
            return _UNITS[cand], "unit"
        if cand in _TENS:
            return _TENS[cand], "tens"
        if cand in _HUNDREDS:
            return _HUNDREDS[cand], "hundreds"
        if cand in _THOUSANDS:
            return _THOUSANDS[cand], "thousands"
    return None


def parse_number_words(words: list[str]) -> tuple[int, int] | None:
    """Parse a number from the start of ``words`` (normalised); returns (value, words used)."""
    total = 0
    used = 0
    current = 0
    i = 0
    while i < len(words):
        w = words[i]
        wv = _word_value(w)
        if wv is None:
            break
        v, kind = wv
        if kind == "unit" and i + 1 < len(words) and words[i + 1] in ("عشر", "عشره"):
            current += v + 10  # ثلاثة عشر → 13
            i += 2
            used = i
            continue
        if used and not w.startswith("و") and kind != "thousands":
            break
        if kind == "thousands":
            total += max(current, 1) * v if current else v
            current = 0
        else:
            current += v
        i += 1
        used = i
    if not used:
        return None
    return total + current, used


def _item_number(nt: NormText, start: int, end: int) -> bool:
    """The digits at ``start:end`` (normalised) number an item of a list at the head of its line (the original
    text keeps the line breaks the normalised one folds)."""
    a, b = nt.orig_span(start, end)
    raw = nt.original
    return bool(_ITEM_NUMBER_AFTER.match(raw, b) and _ITEM_NUMBER_BEFORE.search(raw, max(0, a - 6), a))


def find_numbers(nt: NormText) -> list[Span]:
    """Numbers in the text, as spans with a :class:`NumberValue`."""
    text = nt.norm
    out: list[Span] = []
    taken: list[tuple[int, int]] = []  # normalised ranges read as one number of thousands
    for m in _DIGIT_THOUSANDS.finditer(text) if "الف" in text or "الاف" in text else ():
        value = int(m.group(1)) * 1000 + (int(m.group(2)) if m.group(2) else 0)
        a, b = nt.orig_span(m.start(), m.end())
        out.append(Span(a, b, "number", NumberValue(value, False, m.group())))
        taken.append((m.start(), m.end()))

    def free(pos: int) -> bool:
        return not any(x <= pos < y for x, y in taken)

    for m in _DIGITS.finditer(text):
        if taken and not free(m.start()):
            continue
        if _item_number(nt, m.start(), m.end()):
            continue
        raw = m.group().replace(",", "")
        if _DOT_GROUPS.fullmatch(raw) and not _DECIMAL_AFTER.match(text, m.end()):
            raw = raw.replace(".", "")
        try:
            value = int(float(raw))
        except ValueError:
            continue
        a, b = nt.orig_span(m.start(), m.end())
        out.append(Span(a, b, "number", NumberValue(value, False, m.group())))
    skip_to = 0  # the end of the last number read in words
    for m in _WORD.finditer(text):
        w = m.group()
        if w not in _CANDIDATES:
            continue
        start = m.start()
        if start < skip_to or (taken and not free(start)):
            continue
        vw = w if w in VAGUE else (w[1:] if w[:1] in _VAGUE_CLITICS and w[1:] in VAGUE else "")
        if vw:
            a, b = nt.orig_span(start, m.end())
            out.append(Span(a, b, "number", NumberValue(VAGUE[vw], True, vw)))
            continue
        ahead = list(islice(_WORD.finditer(text, start), 6))
        parsed = parse_number_words([x.group() for x in ahead])
        if parsed is None:
            continue
        value, used = parsed
        # "احد" / "احدي" alone are usually "one of" (أحد العناصر), not a count
        if used == 1 and w in ("احد", "احدي", "واحد", "واحده"):
            continue
        a, b = nt.orig_span(start, ahead[used - 1].end())
        out.append(Span(a, b, "number", NumberValue(value, False, " ".join(x.group() for x in ahead[:used]))))
        skip_to = ahead[used - 1].end()
    out.sort(key=lambda s: s.start)
    return out
