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
