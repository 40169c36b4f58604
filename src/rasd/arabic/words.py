"""Closed classes of Arabic function words that several stages look for, defined once.

The words are written as the normalised view writes them (no hamza, alef maqsura or ta marbuta
to fold), so one spelling serves token look-ups in the normalised view and patterns on the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the specific relative pronouns (الأسماء الموصولة الخاصة) by number and gender
RELATIVE_SINGULAR = frozenset({"الذي", "التي"})
RELATIVE_PLURAL = frozenset({"الذين"})
RELATIVE_FEMININE_PLURAL = frozenset({"اللواتي", "اللاتي"})
RELATIVE_DUAL_OBLIQUE = frozenset({"اللذين", "اللتين"})  # genitive and accusative ("اللذين")
RELATIVE_DUAL_NOMINATIVE = frozenset({"اللذان", "اللتان"})
RELATIVE_PRONOUNS = (RELATIVE_SINGULAR | RELATIVE_PLURAL | RELATIVE_FEMININE_PLURAL | RELATIVE_DUAL_OBLIQUE
                     | RELATIVE_DUAL_NOMINATIVE)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` (longest first, so no word stops at a shorter one)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


# the verbs of witnessing or undergoing an act ("شهدت", "تعرّضت", the shadda optional), as regex source; and the
# relative clause they open after a place ("التي شهدت", "الذي كان قد تعرّض"): the place is the scene of its act
WITNESS_VERBS = r"(?:شهدت|شهد|تشهد|يشهد|تعر\u0651?ضت|تعر\u0651?ض|تتعر\u0651?ض|يتعر\u0651?ض)"
WITNESS_RELATIVE = r"(?:التي|الذي)\s+(?:(?:كانت|كان)\s+)?(?:قد\s+)?" + WITNESS_VERBS

# nouns that say who a person is, opening an aside after "، وهو/وهي/وهم" ("، وهو عنصر سابق في …", "، وهي ناشطة",
# "، وهو أحد …"): the aside tells the person's past, not the act of the sentence
_ASIDE_PERSON_NOUNS = (
    "عنصر", "عناصر", "قيادي", "قياديون", "قياديين", "مقاتل", "مقاتلون", "مقاتلين", "ضابط", "جندي", "شاب", "شابة",
    "شبان", "طالب", "طالبة", "ناشط", "ناشطة", "ناشطون", "أحد", "إحدى", "عضو", "أعضاء", "معتقل", "معتقلة", "مسؤول",
    "قائد", "رئيس", "موظف", "طبيب", "مدرس", "معلم", "صحفي", "صحفية", "إعلامي", "مختار", "شيخ", "وجيه", "والد",
    "نجل", "شقيق", "ابن", "أب", "أم", "زوج", "زوجة", "رجل", "امرأة", "طفل", "مزارع", "تاجر", "سائق", "لاجئ", "نازح",
    "متطوع", "منشق", "عامل", "أسير", "محرر", "أسيرة")


def _spellings(word: str) -> set[str]:
    """``word`` with its hamza-less and ه-for-ة spellings."""
    out = {word}
    for a, b in (("أ", "ا"), ("إ", "ا"), ("ة", "ه")):
        out |= {w.replace(a, b) for w in out}
    return out


PERSON_ASIDE = re.compile(r"[،,]\s*وه(?:و|ي|م|ما)\s+"
                          + alternation({s for w in _ASIDE_PERSON_NOUNS for s in _spellings(w)}) + r"(?!\w)[^،,.؛]*$")
