"""The publication date of a page from its visible text (byline or first date line)."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times


def find_publication_date(text: str) -> dt.date | None:
    """The first full date (day, month and year) in ``text``, or None.

    Accepts ``الثلاثاء 15 آذار 2022``, ``15 من آذار/مارس 2022``, ``2022/03/15``,
    ``15-03-2022``, ``١٥ مارس ٢٠٢٢``.  Dates without a year are ignored: they need an anchor.
    """
    if not text:
        return None
    nt = normalize(text)
    for tm in find_times(nt, dt.date.today()):
        if tm.full:
            return tm.value.date
    return None
