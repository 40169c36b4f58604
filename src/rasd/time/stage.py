"""Time stage: recognise and normalise time expressions (layer ``times``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from rasd.arabic.normalize import norm_key
from rasd.document import Document, Span
from rasd.time.expressions import find_times
from rasd.time.lexicon import load

# doc.meta key: the article names its "today" with a weekday that is the day before its publication date
EVE_OF_WRITING = "time_eve_of_writing"
_TODAY = norm_key("اليوم")
# a sentence that recalls an earlier report ("وكانت وسائل إعلام قد أفادت …"), normalised
_RECALL_RE = re.compile(r"^\W*[وف]?كان(?:ت|وا)?\s+(?:\S+\s+){0,8}?قد\s")
# the hours before the time of writing ("خلال الـ24 ساعة الماضية", "الساعات الأخيرة", "قبل ساعات"), normalised
_HOURS_RE = re.compile(r"(?<!\w)(?:ال)?ساع(?:ه|ات|تين)(?!\w)")


def anchor_date(doc: Document) -> dt.date:
    """The date relative expressions are anchored to: the publication date, else today."""
    return doc.published or dt.date.today()


def _hours(doc: Document, t: Span) -> bool:
    """The time span ``t`` counts hours (:data:`_HOURS_RE`: "خلال الـ24 ساعة الماضية", "قبل ساعات")."""
    return _HOURS_RE.search(norm_key(doc.text[t.start:t.end])) is not None


def eve_of_writing(doc: Document, spans: list[Span]) -> bool:
    """Whether the first "today" the article names with its weekday ("أعلنت الشركة، اليوم الثلاثاء، …" in an article
    dated Wednesday morning) is the day before the publication date, not in a sentence that recalls an earlier report,
    and no other time names the publication day:
    the text was written on that day (a late update, a timestamp of the next morning or a translation posted the
    day after), so what it tells with no day, and the hours before its writing, are of that day."""
    if doc.published is None:
        return False
    weekdays = load().weekdays
    first: Span | None = None
    for t in spans:
        words = norm_key(doc.text[t.start:t.end]).lstrip("وفب").split()
        if _TODAY in words[:2] and (k := words.index(_TODAY) + 1) < len(words) and words[k] in weekdays:
            first = t
            break
    if first is None or first.value.granularity != "day" or (doc.published - first.value.date).days != 1:
        return False
    head = norm_key(doc.text[max(doc.text.rfind("\n", 0, first.start), doc.text.rfind(".", 0, first.start)) + 1:
                             first.start])
    if _RECALL_RE.match(head):
        return False  # "وكانت وسائل إعلام قد أقرّت … صباح اليوم الأحد": an earlier report's words, copied as they were
    return not any(t.value.date == doc.published and t.value.granularity == "day" and not _hours(doc, t)
                   for t in spans)


def recognize_times(doc: Document) -> None:
    """Add the ``times`` layer: spans whose value is a :class:`rasd.document.TimeValue`.

    Span label: ``time``.  Notes (weekday/date disagreements) go to ``doc.debug``.  In an article written the day
    before its publication date (:func:`eve_of_writing`) the hours before the writing ("خلال الـ24 ساعة
    الماضية") end on that day, not on the publication day.
    """
    nt = doc.normalized()
    anchor = anchor_date(doc)
    if doc.published is None:
        doc.debug.append(f"time: no publication date; relative expressions anchored to {anchor}")
    spans: list[Span] = []
    for tm in find_times(nt, anchor):
        spans.append(Span(tm.start, tm.end, "time", tm.value))
        if tm.note:
            doc.debug.append(f"time [{tm.start}:{tm.end}] {tm.note}")
    if eve_of_writing(doc, spans):
        doc.meta[EVE_OF_WRITING] = True
        doc.debug.append("time: the article's today is the day before its publication date")
        day = dt.timedelta(days=1)
        spans = [Span(t.start, t.end, t.label, replace(t.value, date=t.value.date - day,
                                                       end=t.value.end - day if t.value.end else None))
                 if _hours(doc, t) and t.value.kind == "relative" and t.value.date >= anchor - day else t
                 for t in spans]
    doc.add("times", spans)
