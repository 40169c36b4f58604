"""Recognise and normalise Arabic time expressions.

One precompiled regular expression (built once from the lexicons in ``rasd/data/time/``)
runs over the normalised text; each match is interpreted against an anchor date (the
publication date) into a :class:`rasd.document.TimeValue`.

Forms: ``15 (من) آذار/مارس 2022``, ``الثلاثاء 15 من آذار``, ``نيسان 2021``, ``(في) عام 2020``,
bare years, ``2022/03/15``, ``15-03-2022``, ordinal days (``العاشر من محرم``,
``الثالث من الشهر الجاري``), Hijri dates (via hijridate), weekdays (``الثلاثاء الماضي``,
``الاثنين المقبل``, ``ليل الخميس - الجمعة``, ``يومي الخميس والجمعة``), ranges of day
numbers (``بين 10 و12 آذار``, ``من 28 شباط إلى 2 آذار 2023``, ``10-12 آذار``,
``يومي 14 و15 من الشهر الجاري``: granularity ``range``, the last day resolved like a single
date, the first the latest such day before it; "إلى/حتى" only after an opening word من/بين
from ``modifiers.tsv``; a rejected range is re-read without ranges), relative words
(``اليوم``, ``أمس``, ``أول من أمس``, ``غداً``, ``الليلة الماضية``, ``الأسبوع الماضي``,
``الشهر الجاري``, ``العام الماضي``, ``خلال اليومين الماضيين``), parts of the day (``فجر/صباح/مساء/ليل``), positions
(``مطلع/منتصف/أواخر``) and counts (``قبل يومين``, ``منذ ثلاثة أيام``, ``قبل أيام``).

Resolution rules (a careful reader's defaults):

- a weekday alone is the last such day on or before the anchor; with ``الماضي`` strictly
  before, with ``المقبل/القادم`` strictly after; after a verb in the future (``سيتوجه، الأربعاء``,
  ``ستعقدها عصر الثلاثاء``) or a word of schedule (``من المقرر``، ``المزمع``، ``سوف``: role ``future`` in
  ``modifiers.tsv``) a few words before it in its clause, the next such day on or after the anchor;
- ``منذ يوم الإثنين`` is "since Monday", not a count (``منذ يوم``: a day ago) before a weekday;
- ``اليوم/أمس`` + weekday: when the weekday disagrees with the anchor (late-night
  publication, copied text) the weekday wins if it is within three days; a debug message
  is recorded;
- an explicit date beats its weekday (``الثلاثاء 15 من آذار``); a disagreement is
  recorded in the debug messages;
- a month (or day and month) without a year takes the occurrence nearest the anchor,
  with future occurrences counted at double distance (news mostly reports the past);
  ``الماضي`` forces the past, ``المقبل`` the future, ``الجاري`` the anchor's year;
- representative dates: mid-month (15th) for a month, 1 July for a year, the middle of a
  week (Wednesday) for a week; ``مطلع`` → the 1st, ``أواخر/نهاية`` → the last day (of a week: its Monday and
  its Saturday, the weekend, "مطلع الأسبوع الجاري"، "نهاية الأسبوع الماضي");
- ``حينها``, ``آنذاك``, ``حينذاك``: the value of the last time expression before it that is not the bound
  of a period (``منذ عام 2007``), at its own precision; after none, no time.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

import regex

from rasd.arabic.glue import words
from rasd.arabic.normalize import NormText, norm_key
from rasd.arabic.numbers import parse_number_words
from rasd.arabic.words import RELATIVE_PRONOUNS
from rasd.document import TimeValue
from rasd.time.lexicon import Relative, TimeLexicon, load

HISTORICAL_DAYS = 31  # a period that ended more than this many days before the anchor is background
# the verbs of beginning that open a "when" clause on a campaign, not one act ("منذ …، حين بدأت الفصائل تستهدف …"),
# normalised: rasd.time.assign and rasd.events.frames read "منذ DATE، حين …" as the date of the clause's act otherwise
WHEN_BEGAN = frozenset(norm_key(w) for w in ("بدأ", "بدأت", "بدأوا", "بدؤوا", "انطلق", "انطلقت", "دشن", "دشنت"))


@dataclass(slots=True)
class TimeMatch:
    """A recognised expression: original offsets, its value and any debug note."""

    start: int
    end: int
    value: TimeValue
    text: str = ""
    note: str = ""
    before: str = ""  # the normalised word just before the expression (e.g. حتى, منذ)
    full: bool = False  # a day with an explicit year (a full date: "15 آذار 2022", "2022/03/15")


def _alt(words: list[str] | set[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _contracted(lex: TimeLexicon) -> list[str]:
    """The week, month and year phrases after the preposition ل, whose article loses its alef ("للأسبوع المقبل"،
    "للشهر الماضي"، "للعام الجاري"); not the day phrases ("خطة لليوم التالي" is the day after a war, "لليوم الخامس
    على التوالي" a count)."""
    return ["ل" + k[1:] for k, r in lex.relative.items()
            if k.startswith("ال") and " " in k and r.unit in ("week", "month", "year")]


def _relative_key(lex: TimeLexicon, word: str) -> str:
    """The table key of a matched relative phrase: "للأسبوع المقبل" is "الأسبوع المقبل"."""
    return word if word in lex.relative else "ا" + word[1:]


_PATTERN: regex.Pattern[str] | None = None
_PATTERN_NO_RANGE: regex.Pattern[str] | None = None  # the retry when a day range is rejected


def _build(lex: TimeLexicon, ranges: bool = True) -> regex.Pattern[str]:
    month = _alt(lex.months)
    wd = _alt(lex.weekdays)
    ordn = _alt(lex.ordinals)
    rel = _alt(lex.relative)
    rel_ll = _alt(_contracted(lex)) or "(?!)"
    part = _alt(lex.parts)
    pos = _alt(lex.positions)
    dirs = _alt(lex.directions)
    units = _alt(lex.units)
    B = r"(?!\w)"
    months = rf"(?P<m1>{month}){B}(?:\s?[/(]\s?(?P<m2>{month}){B}\)?)?"
    year = r"(?P<y>(?:1[3489]|20)\d\d)(?![\d.,]?\d)(?:\s?(?P<hm>ه|م)(?!\w))?"
    # "آب من ذلك العام", "في 5 أيار من العام نفسه": the year of the time the text has just named (``ysame``)
    same_year = r"(?:العام|السنه)\s(?:نفسه|ذاته|نفسها|ذاتها)|ذلك العام|تلك السنه|ذات (?:العام|السنه)"
    yearphrase = (rf"(?:\s?،?\s(?:من\s)?(?:(?:ال)?عام|(?:ال)?سنه)?\s?{year}"
                  rf"|\s(?:من\s)?(?:(?:العام|السنه)\s(?P<ydir>{dirs}){B}|هذا العام|هذه السنه)"
                  rf"|\sمن\s(?P<ysame>{same_year}){B})")
    daynum = rf"(?:ال)?(?P<d>[0-3]?\d)(?!\d)|(?P<do>{ordn}){B}(?=\sمن\s)"
    date = rf"(?:يوم\s)?(?:{daynum})\s(?:من\s)?(?:شهر\s)?{months}(?:{yearphrase})?"
    numeric = (r"(?P<nd>[0-3]?\d)(?P<sep>[-/.])(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d)(?!\d)"
               r"|(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>[01]?\d)(?P=sep)(?P<id>[0-3]?\d)(?!\d)")
    dom = (rf"(?:{daynum})\sمن\s(?:شهر\s)?(?:الشهر|هذا الشهر)"
           rf"(?:\s(?P<mdir>{dirs})|\s(?P<same>نفسه|ذاته))?{B}")
    # without "من": "في الـ20 الشهر الحالي", "بـ19 الشهر الماضي", "، 20 الشهر الجاري،": a marked month, and a
    # number that is plainly a day (with the article, or after في / يوم / بتاريخ / ب / a comma), not a count
    # ("أصيب 20 الشهر الماضي")
    dayx = (r"(?:ال(?P<d>[0-3]?\d)|(?<=(?:(?<!\w)(?:في|يوم|بتاريخ)\s|[،,]\s?|(?<!\w)[وف]?ب))(?P<d>[0-3]?\d))"
            r"(?!\d)")
    domx = rf"{dayx}\sالشهر\s(?:(?P<mdir>{dirs})|(?P<same>نفسه|ذاته)){B}"
    # ranges of day numbers: "10 و12 آذار", "من 28 شباط إلى 2 آذار 2023", "بين 3 و7 من الشهر
    # الجاري"; "إلى/حتى" and the dash only after an opening word (من، بين) or before a month
    opens = _alt([w for w, v in lex.ranges.items() if v == "open"]) or "(?!)"
    closes = _alt([w for w, v in lex.ranges.items() if v == "close"]) or "(?!)"
    rday1 = rf"(?:ال)?(?P<rd1>[0-3]?\d)(?!\d)|(?P<ro1>{ordn}){B}"
    rday2 = rf"(?:ال)?(?P<rd2>[0-3]?\d)(?!\d)|(?P<ro2>{ordn}){B}"
    rfirst = (rf"(?:{rday1})(?:\s(?:من\s)?(?P<rm1>{month}){B}(?:\s?[/(]\s?{month}{B}\)?)?"
              rf"(?:\s?،?\s(?P<ry>(?:19|20)\d\d)(?!\d))?)?")
    rmid = r"(?:(?:\s?[،,]\s?|\sو\s?)[0-3]?\d(?!\d))*"
    rtail = (rf"\s(?:من\s)?(?:شهر\s)?{months}(?:{yearphrase})?"
             rf"|(?P<rdom>\sمن\s(?:شهر\s)?(?:الشهر|هذا الشهر)"
             rf"(?:\s(?P<mdir>{dirs})|\s(?P<same>نفسه|ذاته))?{B})")
    drange = (rf"(?P<rng>(?<=(?:^[وف]?|[\s(][وف]?)(?:{opens})\s)(?P<ropen>){rfirst}{rmid}"
              rf"(?:\s?[-–]\s?|\sو\s?|\sو?(?:{closes})\s)(?:{rday2})(?:{rtail})"
              rf"|(?:يومي?\s)?{rfirst}{rmid}(?:\s?[-–]\s?|\sو\s?)(?:{rday2})(?:{rtail}))")
    after_wd = rf"(?:\s?[،,]?\s?\(?(?:{date}|{numeric})\)?)?"
    weekday = (rf"(?:(?P<yawm>يوم|يومي)\s)?(?P<w1>{wd}){B}"
               rf"(?:(?:\s?[-–/]\s?|\sو|\s)(?P<w2>{wd}){B})?"
               rf"(?:\s(?P<wdir>{dirs}){B})?{after_wd}")
    relative = (rf"(?P<rel>{rel}|{rel_ll}){B}"
                rf"(?:\s?[،,]?\s(?P<w1>{wd}){B}{after_wd})?")
    monthx = rf"(?:شهر\s)?{months}(?:{yearphrase})?(?:\s(?P<mdir>{dirs}){B})?"
    yearx = rf"(?:(?:ال)?عام|(?:ال)?سنه)\s?{year}|(?<![\d.,/-]){year}(?![/-]\d)"
    count = (rf"(?P<cw>قبل|منذ)\s(?:(?P<approx>نحو|حوالي|قرابه|زهاء)\s)?(?:(?P<cn>\d+|\w+(?:\sو\w+)?)\s)?"
             rf"(?P<cu>{units}){B}(?!\s(?:{wd}){B})")  # "منذ يوم الإثنين": since Monday, no count
    # a count back or on from the time just named: "وقبل ذلك بيومين"، "قبلها بأيام"، "وبعدها بأسبوع"، "بعد ذلك بـ3 أيام"
    shift = (rf"(?P<sw>قبل|بعد)(?:\sذلك|ها|ه)\sب\s?(?:(?P<sn>\d+|\w+(?:\sو\w+)?)\s)?(?P<su>{units}){B}"
             rf"(?!\s(?:من|علي|عن|الي)(?!\w))")
    bare = r"(?P<bare>العام|الشهر|السنه|الاسبوع)(?!\w)"
    alts = (numeric, drange, relative, weekday, date, dom, domx, monthx, yearx, count, shift, bare)
    core = "|".join(f"(?:{x})" for x in alts if ranges or x is not drange)
    # "الأسبوع الأخير من كانون الثاني", "الأسبوع الأول من الشهر الجاري": a week of the month that follows
    wko = _alt(lex.week_ordinals) or "(?!)"
    full = (rf"(?P<pre>[وفبل]|وب|ول|فب|فل)?(?P<x>(?:(?P<part>{part}){B}\s)?"
            rf"(?:(?P<pos>{pos}){B}\s|الاسبوع\s(?P<wko>{wko}){B}\sمن\s)?(?:{core})(?:\s(?P<dir>{dirs}){B})?)"
            r"(?:(?!\w)|(?<=\d)(?=[^\W\d]))")
    return regex.compile(full)


_FIRST: frozenset[str] | None = None
_FIXED_FIRST = ("يوم", "يومي", "شهر", "عام", "العام", "سنه", "السنه", "قبل", "منذ", "الشهر",
                "الاسبوع", "هذا", "هذه", "قبلها", "قبله", "بعد", "بعدها", "بعده")


def first_words() -> frozenset[str]:
    """Words that can start a time expression (the candidate filter before the regex)."""
    global _FIRST
    if _FIRST is None:
        lex = load()
        words: set[str] = set(_FIXED_FIRST)
        for table in (lex.months, lex.weekdays, lex.ordinals, lex.relative, lex.parts, lex.positions):
            words.update(k.split()[0] for k in table)
        words.update(k.split()[0] for k in _contracted(lex))
        _FIRST = frozenset(words)
    return _FIRST


def pattern(ranges: bool = True) -> regex.Pattern[str]:
    """The compiled recogniser; ``ranges=False``: without ranges of day numbers (used to
    re-read "15 آذار و16 نيسان" as two dates when the range reading is rejected)."""
    global _PATTERN, _PATTERN_NO_RANGE
    if _PATTERN is None:
        _PATTERN = _build(load())
    if not ranges:
        if _PATTERN_NO_RANGE is None:
            _PATTERN_NO_RANGE = _build(load(), ranges=False)
        return _PATTERN_NO_RANGE
    return _PATTERN


# ---------------------------------------------------------------- date arithmetic

def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _month_rep(y: int, m: int, position: str | None) -> dt.date:
    if position == "start":
        return dt.date(y, m, 1)
    if position == "end":
        return dt.date(y, m, _last_day(y, m))
    return dt.date(y, m, 15)


def _week_rep(monday: dt.date, position: str | None) -> dt.date:
    """The day of a week (given by its Monday) that stands for it: its start ("مطلع/بداية الأسبوع") → its Monday;
    its end ("نهاية/أواخر الأسبوع", the weekend) → its Saturday, the day the Friday–Saturday and the Saturday–Sunday
    weekends share; else its middle (ACLED: the Wednesday).  Precision 2 in every case: the week is known."""
    if position == "start":
        return monday
    if position == "end":
        return monday + dt.timedelta(days=5)
    return monday + dt.timedelta(days=2)


def _year_rep(y: int, position: str | None) -> dt.date:
    if position == "start":
        return dt.date(y, 1, 1)
    if position == "end":
        return dt.date(y, 12, 31)
    return dt.date(y, 7, 1)


def _year_start_past(y: int, position: str | None, anchor: dt.date) -> bool:
    """Whether "مطلع العام الحالي" / "بداية عام 2023" (the start of year ``y``: its first month) lies well
    before the anchor: an act of the year's first weeks recalled in a later month's article is background."""
    return position == "start" and _historical(dt.date(y, 1, 1), dt.date(y, 1, 31), anchor)


FUTURE_DAYS = 45  # a year-less date is read as upcoming only when it is this close ahead


def _nearest(cands: list[dt.date], anchor: dt.date) -> dt.date:
    """The year-less reading to use: the last one on or before the anchor, unless the next
    one is close ahead (news reports the past; an upcoming date is usually near)."""
    past = [d for d in cands if d <= anchor]
    future = [d for d in cands if d > anchor]
    if future and (not past or (min(future) - anchor).days <= FUTURE_DAYS):
        return min(future)
    return max(past) if past else min(cands)


def _weekday_on_or_before(anchor: dt.date, wd: int, direction: str | None) -> dt.date:
    if direction == "future":
        ahead = (wd - anchor.isoweekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.isoweekday() - wd) % 7
    if direction == "past" and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def _weekday_ahead(anchor: dt.date, wd: int) -> dt.date:
    """The day with weekday ``wd`` on or after the anchor (a planned act: "سيصل الأربعاء")."""
    return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7)


# how many words before a bare weekday a verb in the future or a word of schedule may stand ("سيعقد مؤتمراً
# صحافياً الاثنين", "سيعرض على شاشة الميادين، الجمعة"); the clause ends at a stop, a relative pronoun or a
# word that opens another time or a past clause ("الرد على الهجوم الذي وقع الجمعة", "سيرد بعد هجوم الجمعة",
# "سيرد، وكان الجيش قصف الجمعة")
_AHEAD_WORDS = 6
# how far after a week ("الأسبوع المقبل") a weekday may stand, in the same sentence, to be a day of that week
# ("الأسبوع المقبل، من الأربعاء إلى السبت", "الأسبوع المقبل، وتحديداً يوم الثلاثاء")
WEEK_DAY_CHARS = 40
_CLAUSE_STOP = regex.compile(r"[.!?؟؛:\n]")
_AHEAD_BREAK = RELATIVE_PRONOUNS | frozenset({"بعد", "عقب", "اثر", "منذ", "قبل", "خلال", "كان", "كانت", "كانوا", "قد"})
_AFFIXES = ("ون", "ان", "ها", "هم", "ه")  # "سيتظاهرون", "ستعقدها"


def _future_verb(w: str) -> bool:
    """``w`` is an imperfect verb with the future prefix س: "سيتوجه", "وستقام", "ستعقدها", "سنعود" (the
    verb without س is a known corpus word, which names never are: "سيرغي", "ستوكهولم", "سيارة")."""
    if w[:1] in "وف" and w[1:2] == "س":
        w = w[1:]
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن":
        return False
    known = words()
    rest = w[1:]
    return rest in known or any(rest.endswith(a) and rest[:-len(a)] in known for a in _AFFIXES)


def _ahead(lex: TimeLexicon, text: str, start: int) -> bool:
    """Whether a weekday at ``start`` is told after a verb in the future or a word of schedule in its clause:
    the day of a plan, the next such day."""
    before = text[max(0, start - 90):start]
    stops = list(_CLAUSE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end():]
    for raw in reversed(before.split()[-_AHEAD_WORDS:]):
        w = raw.strip("\"'«»()[]،,-–")
        if not w:
            continue
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w in _AHEAD_BREAK or bare in _AHEAD_BREAK:
            return False
        if w in lex.future_cues or bare in lex.future_cues or _future_verb(w):
            return True
    return False


def _weekday_near(base: dt.date, wd: int) -> dt.date:
    """The day with weekday ``wd`` nearest ``base`` (ties: the earlier one)."""
    back = (base.isoweekday() - wd) % 7
    return base - dt.timedelta(days=back) if back <= 3 else base + dt.timedelta(days=7 - back)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None


def _hijri_year_of(day: dt.date) -> int:
    try:
        from hijridate import Gregorian
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return round((day.year - 622) * 33 / 32)


def _historical(start: dt.date, end: dt.date, anchor: dt.date) -> bool:
    return (anchor - end).days > HISTORICAL_DAYS


# ---------------------------------------------------------------- interpretation

class _Reject(Exception):
    pass


def _named_month(m: regex.Match[str], anchor: dt.date, previous: TimeValue | None,
                 direction: str | None) -> tuple[int, int]:
    """(year, month) of "الشهر الجاري / الماضي / المقبل / نفسه" in a day-of-month expression.

    "نفسه" takes the month of the previous expression; without one the match is rejected
    ("التاسع من الشهر نفسه" with no month before it).
    """
    y, mo = anchor.year, anchor.month
    if _g(m, "same"):
        if previous is None or previous.granularity not in ("day", "month", "range"):
            raise _Reject
        return previous.date.year, previous.date.month
    if direction == "past":
        return _add_months(y, mo, -1)
    if direction == "future":
        return _add_months(y, mo, 1)
    return y, mo


def _same_period(r: Relative, referent: TimeValue | None, position: str | None, anchor: dt.date) -> TimeValue:
    """The week, month or year of the time the text has just named (``referent``: the expression before), moved by
    ``r.offset`` of them: "عام 2019 … وفي الشهر ذاته" is no month (rejected), "في 3 آذار 2021 … وفي الشهر نفسه"
    March 2021, "اندلعت المعارك في أيار 2012 … وفي العام التالي" 2013.  After no time, or after one coarser than the
    unit, unknown."""
    if referent is None:
        raise _Reject
    base = referent.date
    if r.unit == "same_week":
        if referent.precision > 2:
            raise _Reject
        d = base + dt.timedelta(weeks=r.offset)
        return TimeValue(d, 2, "week", "relative", historical=_historical(d, d, anchor))
    if r.unit == "same_month":
        if referent.granularity == "year":
            raise _Reject
        y, mo = _add_months(base.year, base.month, r.offset)
        end = dt.date(y, mo, _last_day(y, mo))
        return TimeValue(_month_rep(y, mo, position), 3, "month", "relative",
                         historical=_historical(dt.date(y, mo, 1), end, anchor))
    y = base.year + r.offset
    return TimeValue(_year_rep(y, position), 3, "year", "relative",
                     historical=y < anchor.year or _year_start_past(y, position, anchor))


def _g(m: regex.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month_of(lex: TimeLexicon, m: regex.Match[str]) -> tuple[int, str, bool]:
    m1 = lex.months[m.group("m1")]
    m2n = _g(m, "m2")
    paired = m2n is not None
    return m1.month, m1.calendar, m1.ambiguous and not paired


def _day_of_month(month: int, cal: str, day: int, year: int | None, direction: str | None,
                  anchor: dt.date) -> dt.date:
    """A day of a named month: the explicit year, else the reading nearest the anchor
    (``الماضي`` forces the past, ``المقبل`` the future, ``الجاري`` the anchor's year)."""
    if not 1 <= day <= 31:
        raise _Reject
    if cal == "hijri":
        hy = year if year and year < 1600 else None
        if hy is None:
            ah = _hijri_year_of(anchor)
            cands = [c for c in (_hijri(h, month, day) for h in (ah - 1, ah, ah + 1)) if c]
            if not cands:
                raise _Reject
            return _nearest(cands, anchor)
        d0 = _hijri(hy, month, day)
        if d0 is None:
            raise _Reject
        return d0
    if year is not None:
        if year < 1800:
            raise _Reject
        d1 = _safe_date(year, month, day)
        if d1 is None:
            raise _Reject
        return d1
    cands = [c for c in (_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if c]
    if not cands:
        raise _Reject
    if direction == "past":
        past = [c for c in cands if c <= anchor]
        return max(past) if past else min(cands)
    if direction == "future":
        fut = [c for c in cands if c >= anchor]
        return min(fut) if fut else max(cands)
    if direction == "current":
        return _safe_date(anchor.year, month, day) or cands[0]
    return _nearest(cands, anchor)


RANGE_MAX_DAYS = 92  # a longer "range" of day numbers is two separate dates, not a period
LIST_MAX_DAYS = 7  # "15 آذار و16 نيسان", "6 و28 أيار" without من/بين: a range only when the days are close
_DASH = regex.compile(r"[-–]")


def _range_value(lex: TimeLexicon, m: regex.Match[str], anchor: dt.date,
                 previous: TimeValue | None, direction: str | None,
                 year: int | None) -> TimeValue:
    """A range of day numbers ("بين 10 و12 آذار", "من 28 شباط إلى 2 آذار 2023", "يومي 14 و15
    من الشهر الجاري"): the last day is resolved like a single date, the first day is the
    latest reading of its day (and month, when given) on or before it."""
    ro1, ro2 = _g(m, "ro1"), _g(m, "ro2")
    if ro1 and ro2 and f"{ro1} و{ro2}" in lex.ordinals:
        raise _Reject  # "الخامس والعشرين من يناير": one compound ordinal (the 25th), not the 5th to the 20th
    day1 = int(m.group("rd1")) if _g(m, "rd1") else lex.ordinals[m.group("ro1")]
    day2 = int(m.group("rd2")) if _g(m, "rd2") else lex.ordinals[m.group("ro2")]
    if not (1 <= day1 <= 31 and 1 <= day2 <= 31):
        raise _Reject
    kind = "absolute"
    if _g(m, "rdom") is not None:  # "بين 3 و7 من الشهر الجاري"
        kind = "relative"
        y, mo = _named_month(m, anchor, previous, direction)
        end = _safe_date(y, mo, day2)
        start = _safe_date(y, mo, day1)
        if end is None or start is None or start >= end:
            raise _Reject
        return TimeValue(start, 1, "range", kind, end=end, historical=_historical(start, end, anchor))
    month2, cal, _amb = _month_of(lex, m)
    rm1 = _g(m, "rm1")
    month1, cal1 = (lex.months[rm1].month, lex.months[rm1].calendar) if rm1 else (month2, cal)
    if (cal1 == "hijri") != (cal == "hijri"):
        raise _Reject
    y1 = int(m.group("ry")) if _g(m, "ry") else None
    if year is None and y1 is not None and cal != "hijri":
        year = y1 if (month2, day2) >= (month1, day1) else y1 + 1
    end = _day_of_month(month2, cal, day2, year, direction, anchor)
    if y1 is not None and cal != "hijri":
        starts = [_safe_date(y1, month1, day1)]
    elif cal == "hijri":
        hy = _hijri_year_of(end)
        starts = [_hijri(h, month1, day1) for h in (hy, hy - 1)]
    else:
        starts = [_safe_date(end.year - k, month1, day1) for k in (0, 1)]
    before = [s for s in starts if s is not None and s < end]
    if not before:
        raise _Reject
    start = max(before)
    span = (end - start).days
    listed = _g(m, "ropen") is None and not _DASH.search(m.group("rng"))  # "6 و28 أيار": two days named
    if span > RANGE_MAX_DAYS or ((rm1 or listed) and _g(m, "ropen") is None and span > LIST_MAX_DAYS):
        raise _Reject
    # "في الأول والثالث من أيلول": two days named, not the day between them (with no number between them, "5 و7 و9")
    two = listed and span > 1 and not _MID_NUMBER.search(m.group("rng"))
    return TimeValue(start, 1, "range", kind, end=end, historical=_historical(start, end, anchor), listed=two)


# a day number that a list of days names between its first and last ("5، 7 و9 آذار")
_MID_NUMBER = regex.compile(r"(?:\s?[،,]\s?|\sو\s?)[0-3]?\d(?!\d)(?:\s?[،,]\s?|\sو\s?)")


_DIGIT_NEXT = regex.compile(r"\s(?:ال)?\d")
_NEXT_WORD = regex.compile(r"\s(?:ال)?(\w+)")


def _quantity(lex: TimeLexicon, m: regex.Match[str]) -> bool:
    """Whether the bare four-digit number of ``m`` is a count: a counted noun follows it ("2000 طفل", "1900
    جريح", "2000 رطل") or a word of amount comes before it ("أكثر من 2000", "نحو 1900", "تزن 2000")."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt is not None:
        w = nxt.group(1)
        if w in lex.quantity_nouns or (w.endswith("ا") and w[:-1] in lex.quantity_nouns):  # "مفقوداً"
            return True
    words = m.string[max(0, m.start() - 25):m.start()].split()
    if words and words[-1] == "ال":
        words.pop()
    return bool(words) and (words[-1] in lex.quantity_cues or " ".join(words[-2:]) in lex.quantity_cues)


# "قبيل منتصف ليل الأحد - الاثنين": just before the midnight of a night, still the first day of the two
_BEFORE_MIDNIGHT = regex.compile(r"(?<!\w)(?:قبيل|قبل|حتى|لغاية)\s*$")


_NIGHT_PARTS = frozenset({"evening", "night", "midnight"})


def _night_phrase(key: str) -> bool:
    """Whether the relative phrase ``key`` names a night ("الليلة ذاتها", "تلك الليلة", "ذات الليلة")."""
    return any(w.removeprefix("ال") in ("ليله", "ليلة") for w in key.split())


def _two_day(v: TimeValue) -> bool:
    return v.granularity == "range" and v.end is not None and (v.end - v.date).days == 1


def _relative_of(lex: TimeLexicon, m: regex.Match[str]) -> tuple[str, Relative] | None:
    """The table key and row of the relative phrase ``m`` matched ("الليلة ذاتها"), or None where it has none."""
    rel = _g(m, "rel")
    if not rel:
        return None
    key = _relative_key(lex, rel)
    row = lex.relative.get(key)
    return (key, row) if row is not None else None


def _names_night(lex: TimeLexicon, m: regex.Match[str], value: TimeValue) -> bool:
    """Whether the expression ``m`` names an evening or a night ("مساء الخميس", "ليل الإثنين – الثلاثاء", "ليلة
    أمس"): the night a later "في الليلة ذاتها" / "تلك الليلة" points back to."""
    part = _g(m, "part")
    if part and (lex.parts.get(part) or lex.parts.get(norm_key(part))) in _NIGHT_PARTS:
        return True
    rel = _relative_of(lex, m)
    if rel is not None and rel[1].unit == "night":
        return True
    return _two_day(value) and any(w.lstrip("وفب").removeprefix("ال") in ("ليل", "ليله", "ليلة")
                                   for w in m.group("x").split()[:2])


def _value(lex: TimeLexicon, m: regex.Match[str], anchor: dt.date,
           previous: TimeValue | None, referent: TimeValue | None = None,
           ahead: bool = False, in_clause: bool = True) -> tuple[TimeValue, str]:
    """Interpret one match (:func:`_value_of`); a week of a month ("الأسبوع الأخير من كانون الثاني") is the
    middle of that week within the month read, ACLED precision 2; raises _Reject when it is no time."""
    value, note = _value_of(lex, m, anchor, previous, referent, ahead, in_clause)
    wko = _g(m, "wko")
    if not wko:
        return value, note
    if value.granularity != "month" or _g(m, "pos"):
        raise _Reject  # "الأسبوع الأول من 2024", "الأسبوع الأول من الحرب": no week of a month
    first, last = _month_bounds(value.date, _g(m, "m1") is not None and _month_of(lex, m)[1] == "hijri")
    k = lex.week_ordinals[wko]
    start = last - dt.timedelta(days=6) if k == "last" else first + dt.timedelta(days=7 * (int(k) - 1))
    end = start + dt.timedelta(days=6)
    return TimeValue(start + dt.timedelta(days=3), 2, "week", value.kind,
                     historical=_historical(start, end, anchor)), note


def _month_bounds(mid: dt.date, hijri: bool) -> tuple[dt.date, dt.date]:
    """The first and last day of the month whose representative day is ``mid`` (a Hijri month: the 15th)."""
    if not hijri:
        first = mid.replace(day=1)
        return first, first.replace(day=_last_day(first.year, first.month))
    first = mid - dt.timedelta(days=14)
    try:
        from hijridate import Gregorian
        h = Gregorian(mid.year, mid.month, mid.day).to_hijri()
        long_month = _hijri(h.year, h.month, 30) is not None
    except (ValueError, OverflowError, ImportError):
        long_month = False
    return first, first + dt.timedelta(days=29 if long_month else 28)


def _value_of(lex: TimeLexicon, m: regex.Match[str], anchor: dt.date,
              previous: TimeValue | None, referent: TimeValue | None = None,
              ahead: bool = False, in_clause: bool = True) -> tuple[TimeValue, str]:
    """Interpret one match; raises _Reject when it is not a time expression.

    ``previous``: the value of the time expression before it; ``referent``: that of the last one that is not
    the bound of a period ("منذ عام 2007", "حتى اليوم"), the time "حينها" / "آنذاك" refers back to;
    ``ahead``: a bare weekday follows a verb in the future or a word of schedule (:func:`_ahead`);
    ``in_clause``: the expression before it stands close by in the same sentence (:data:`WEEK_DAY_CHARS`)."""
    pos_word = _g(m, "pos")
    position = lex.positions.get(pos_word) if pos_word else None
    direction = None
    for gname in ("dir", "wdir", "mdir"):
        w = _g(m, gname)
        if w:
            direction = lex.directions[w]
    note = ""

    def explicit_year() -> int | None:
        y = _g(m, "y")
        if y:
            return int(y)
        yd = _g(m, "ydir")
        if yd:
            return anchor.year + {"past": -1, "future": 1}.get(lex.directions[yd], 0)
        if "هذا العام" in m.group("x") or "هذه السنه" in m.group("x"):
            return anchor.year
        if _g(m, "ysame") and referent is not None:
            return referent.date.year  # "آب من ذلك العام" after "عام 2019": August 2019
        return None

    # numeric dates: 15-03-2022, 2022/03/15
    if _g(m, "ny") or _g(m, "iy"):
        if _g(m, "ny"):
            d = _safe_date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
        else:
            d = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if d is None:
            raise _Reject
        w1 = _g(m, "w1")
        if w1 and lex.weekdays[w1] != d.isoweekday():
            note = f"weekday {w1} disagrees with {d.isoformat()}; the date is kept"
        kind = "mixed" if w1 else "absolute"
        return TimeValue(d, 1, "day", kind, historical=_historical(d, d, anchor)), note

    if _g(m, "rng") is not None:
        return _range_value(lex, m, anchor, previous, direction, explicit_year()), note

    # a day with a month name (possibly led by a weekday or a relative word)
    if _g(m, "m1") and (_g(m, "d") or _g(m, "do")):
        month, cal, _amb = _month_of(lex, m)
        day = int(m.group("d")) if _g(m, "d") else lex.ordinals[m.group("do")]
        d = _day_of_month(month, cal, day, explicit_year(), direction, anchor)
        w1 = _g(m, "w1")
        if w1 and lex.weekdays[w1] != d.isoweekday():
            note = f"weekday {w1} disagrees with {d.isoformat()}; the date is kept"
        kind = "mixed" if (w1 or _g(m, "rel")) else "absolute"
        return TimeValue(d, 1, "day", kind, historical=_historical(d, d, anchor)), note

    # relative words (اليوم، أمس، الأسبوع الماضي …), possibly with a weekday
    rel_word = _g(m, "rel")
    if rel_word:
        rel_word = _relative_key(lex, rel_word)
        r = lex.relative[rel_word]
        if r.unit == "none":
            raise _Reject
        w1 = _g(m, "w1")
        if r.unit == "same":
            if previous is None or previous.granularity not in ("day", "range"):
                raise _Reject  # "ذلك اليوم" after no day (or after a year): unknown
            if _night_phrase(rel_word) and _two_day(previous):
                # "ليل الإثنين – الثلاثاء … وفي الليلة ذاتها": that night, dated as a night is (the evening it began)
                return replace(previous, kind="relative", historical=_historical(previous.date, previous.date,
                                                                                  anchor)), note
            base = (previous.end or previous.date) if previous.granularity == "range" else previous.date
            d = base + dt.timedelta(days=r.offset)
            if w1 and lex.weekdays[w1] != d.isoweekday():
                # "وفي اليوم التالي، الأحد، …" after a day the text left unclear: the weekday it names is the day
                d2 = _weekday_near(d, lex.weekdays[w1])
                note = (f"'{m.group('x')}': weekday {w1} disagrees with {d.isoformat()}; "
                        f"the weekday gives {d2.isoformat()}")
                d = d2
            return TimeValue(d, 1, "day", "relative", historical=_historical(d, d, anchor)), note
        if r.unit in ("same_week", "same_month", "same_year"):
            word_before = m.string[max(0, m.start("x") - 20):m.start("x")].split()[-1:]
            if rel_word.startswith("ال") and not _g(m, "pre") and word_before and word_before[0].startswith("ال"):
                raise _Reject  # "المدعي العام نفسه": an adjective of the noun before it ("general"), no year
            # the time just named, even the bound of a period ("منذ كانون الثاني … وفي الشهر ذاته": January)
            return _same_period(r, previous or referent, position, anchor), note
        if r.unit == "then":
            # "حينها", "آنذاك": the time the text has just named, at its own precision ("في 18 نيسان … واعتقلت
            # الشرطة، حينها، …": the 18th; "عام 2011 … آنذاك": that year)
            if referent is None:
                raise _Reject  # "then" after no time: unknown
            return replace(referent, kind="relative"), note
        if r.unit in ("day", "night"):
            d = anchor + dt.timedelta(days=r.offset)
            if r.unit == "night":
                return TimeValue(d - dt.timedelta(days=1), 1, "range", "relative", end=d), note
            if w1:
                wd = lex.weekdays[w1]
                if wd != d.isoweekday():
                    d2 = _weekday_near(d, wd)
                    note = (f"'{m.group('x')}': weekday {w1} disagrees with {d.isoformat()}; "
                            f"the weekday gives {d2.isoformat()}")
                    d = d2
            return TimeValue(d, 1, "day", "relative", historical=_historical(d, d, anchor)), note
        if r.unit == "days":  # "قبل أيام": an earlier event the article recalls
            d = anchor + dt.timedelta(days=r.offset)
            return TimeValue(d, 2, "week", "relative", historical=r.offset < 0), note
        if r.unit == "recent":  # "خلال اليومين الماضيين": the news of the last days, not background
            d = anchor + dt.timedelta(days=r.offset)
            if r.precision == 1:
                return TimeValue(d, 1, "day", "relative"), note
            return TimeValue(d, r.precision, "week", "relative"), note
        if r.unit == "week":
            monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=r.offset)
            rep = _week_rep(monday, position)
            if position in ("start", "end") and not (r.offset == 0 and rep > anchor):
                # "مطلع الأسبوع الجاري", "نهاية الأسبوع الماضي": the part of the week the text names, not its middle.
                # Not a weekend still ahead ("في نهاية هذا الأسبوع، شارك …" in a Wednesday article, a translated "this
                # weekend": the one just past, or a plan): read as the week so far, as before
                return TimeValue(rep, 2, "week", "relative", historical=r.offset < 0), note
            mid = monday + dt.timedelta(days=2)
            if r.offset < 0:
                # "الأسبوع الماضي" without a part of it: the seven days a week back from the report, whose middle the
                # same weekday a week earlier stands for (ACLED's week precision, as coders date it), not the Wednesday
                # of the calendar week before, up to ten days back in a Saturday or Sunday article
                mid = anchor + dt.timedelta(weeks=r.offset)
            if r.offset == 0 and mid > anchor:
                mid = anchor  # "خلال الأسبوع الجاري" in a Monday article: its days so far, not its Wednesday
            return TimeValue(mid, 2, "week", "relative", historical=r.offset < 0), note
        if r.unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, r.offset)
            end = dt.date(y, mo, _last_day(y, mo))
            return TimeValue(_month_rep(y, mo, position), 3, "month", "relative",
                             historical=_historical(dt.date(y, mo, 1), end, anchor)), note
        if r.unit == "year":
            y = anchor.year + r.offset
            return TimeValue(_year_rep(y, position), 3, "year", "relative",
                             historical=r.offset < 0 or _year_start_past(y, position, anchor)), note
        raise _Reject

    # weekdays
    w1 = _g(m, "w1")
    if w1:
        wd1 = lex.weekdays[w1]
        w2 = _g(m, "w2")
        part = _g(m, "part")
        if w2:
            wd2 = lex.weekdays[w2]
            if (wd2 - wd1) % 7 != 1 and not (_g(m, "yawm") == "يومي"):
                raise _Reject
            if direction is None and ahead:
                d1 = _weekday_ahead(anchor, wd1)
                d2 = d1 + dt.timedelta(days=(wd2 - wd1) % 7 or 7)
            else:
                d2 = _weekday_on_or_before(anchor, wd2, direction)
                d1 = d2 - dt.timedelta(days=(wd2 - wd1) % 7 or 7)
            if part and lex.parts.get(part) == "midnight" \
                    and not _BEFORE_MIDNIGHT.search(m.string, max(m.start() - 8, 0), m.start()):
                # "بعد منتصف ليل الأحد - الاثنين": the midnight between the two days opens the second one
                return TimeValue(d2, 1, "day", "weekday", historical=_historical(d2, d2, anchor)), note
            return TimeValue(d1, 1, "range", "weekday", end=d2,
                             historical=_historical(d1, d2, anchor)), note
        d = _weekday_ahead(anchor, wd1) if direction is None and ahead else \
            _weekday_on_or_before(anchor, wd1, direction)
        if direction is None and previous is not None and previous.granularity == "week" and in_clause \
                and previous.date - dt.timedelta(days=2) > anchor:
            # "الأسبوع المقبل، من الأربعاء إلى السبت": a weekday right after next week is a day of that week (not
            # one a later sentence tells: "ستغادر الأسبوع المقبل. … وأعلنت القوات، مساء السبت، …" is last Saturday)
            d = previous.date + dt.timedelta(days=wd1 - 3)
        elif direction is None and previous is not None and previous.granularity == "day" and in_clause \
                and previous.date > anchor:
            # "وقفة يوم الأربعاء أمام المحافظة، وإضراباً يوم الخميس": a weekday right after a coming day is that day
            # ("غداً (الأحد)") or a later day of the same plan, not the last such day
            d = previous.date + dt.timedelta(days=(wd1 - previous.date.isoweekday()) % 7)
        if part and lex.parts.get(part) == "midnight":
            pass  # "منتصف ليل السبت": the night that ends Saturday's date line; keep the day
        return TimeValue(d, 1, "day", "weekday", historical=_historical(d, d, anchor)), note

    # day of the current month: "الثالث من الشهر الجاري"
    if (_g(m, "d") or _g(m, "do")) and not _g(m, "m1"):
        day = int(m.group("d")) if _g(m, "d") else lex.ordinals[m.group("do")]
        y, mo = _named_month(m, anchor, previous, direction)
        d3 = _safe_date(y, mo, day)
        if d3 is None:
            raise _Reject
        return TimeValue(d3, 1, "day", "relative", historical=_historical(d3, d3, anchor)), note

    # a month name (with or without a year)
    if _g(m, "m1"):
        month, cal, amb = _month_of(lex, m)
        year = explicit_year()
        if amb and year is None and direction is None and "شهر" not in m.group("x") and not position:
            raise _Reject
        if cal == "hijri":
            ah = _hijri_year_of(anchor)
            hy = year if year and year < 1600 else None
            if hy is not None:
                d4 = _hijri(hy, month, 15)
            else:
                cands = [c for c in (_hijri(h, month, 15) for h in (ah - 1, ah, ah + 1)) if c]
                d4 = _nearest(cands, anchor) if cands else None
            if d4 is None:
                raise _Reject
            return TimeValue(d4, 3, "month", "absolute", historical=_historical(d4, d4, anchor)), note
        if year is None:
            cur = (anchor.year, anchor.month)
            if direction == "past":
                y = anchor.year if month < anchor.month else anchor.year - 1
            elif direction == "future":
                y = anchor.year if month > anchor.month else anchor.year + 1
            elif direction == "current":
                y = anchor.year
            else:
                reps = [_month_rep(anchor.year + k, month, None) for k in (-1, 0, 1)]
                if (anchor.year, month) == cur:
                    y = anchor.year
                else:
                    y = _nearest(reps, anchor).year
            year = y
        if year < 1800 or year > 2100:
            raise _Reject
        end = dt.date(year, month, _last_day(year, month))
        return TimeValue(_month_rep(year, month, position), 3, "month", "absolute",
                         historical=_historical(dt.date(year, month, 1), end, anchor)), note

    # a year: "عام 2020", "2018"
    if _g(m, "y"):
        y = int(m.group("y"))
        if _g(m, "hm") == "ه":
            d5 = _hijri(y, 7, 1) if y < 1600 else None
            if d5 is None:
                raise _Reject
            return TimeValue(d5, 3, "year", "absolute", historical=d5.year < anchor.year), note
        if y < 1800:
            raise _Reject  # a Hijri year needs its marker (هـ)
        if y > anchor.year + (10 if "عام" in m.group("x") or "سنه" in m.group("x") else 1):
            raise _Reject  # a bare four-digit number far in the future is a quantity
        if not _g(m, "m1") and "عام" not in m.group("x") and "سنه" not in m.group("x") and _quantity(lex, m):
            raise _Reject  # "أكثر من 2000 طفل", "1900 جريح", "تزن 2000 رطل": a count, not a year
        hist = (anchor - dt.date(y, 12, 31)).days > HISTORICAL_DAYS or _year_start_past(y, position, anchor)
        return TimeValue(_year_rep(y, position), 3, "year", "absolute", historical=hist), note

    # counts: "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع", "قبل نحو أسبوعين", "قبل عدة أيام"
    cu = _g(m, "cu")
    if cu:
        per = lex.units[cu]
        cn = _g(m, "cn")
        if not cn and _DIGIT_NEXT.match(m.string, m.end()):
            raise _Reject  # "منذ يوم 16 نيسان": "يوم" opens the date after it, not "a day ago"
        if _g(m, "approx") and m.group("cw") == "منذ":
            raise _Reject  # "تتواصل التظاهرات منذ نحو شهر": mostly how long a state has lasted, not when an act was
        # "كانت قد نفذت منذ أسابيع هجوماً": منذ after a perfect with قد counts back to a finished act, as قبل does
        ago = m.group("cw") == "قبل" or bool(_QAD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))
        # ("قبل عدة أيام", "قبل بضعة أسابيع": as vague as "قبل أيام"; "عدة" after منذ is no count)
        n, plural_vague = _unit_count(cn, cu, few=ago)
        if plural_vague and (per > 30 or (per >= 7 and not ago)):
            raise _Reject  # "منذ أسابيع" (how long a state has lasted), "قبل سنوات": too vague to date (background cue)
        if plural_vague and per >= 7:
            # "قبل أسابيع", "قبل عدة أشهر": an act that long ago, no week or month of it known: ACLED precision 3,
            # dated back as a sequel's offset of the same words is ("بعد أسابيع من …": 21 days; months: 90)
            d = anchor - dt.timedelta(days=21 if per == 7 else 90)
            return TimeValue(d, 3, "month", "relative", historical=True), note
        if per == 1:
            d = anchor - dt.timedelta(days=n)
            if plural_vague:
                return TimeValue(d, 2, "week", "relative", historical=True), note
            prec = 2 if _g(m, "approx") else 1  # "قبل نحو ثلاثة أيام": about that day, within its week
            return TimeValue(d, prec, "day", "relative", historical=_historical(d, d, anchor)), note
        if per == 7:
            d = anchor - dt.timedelta(weeks=n)
            return TimeValue(d, 2, "week", "relative", historical=_historical(d, d, anchor)), note
        if per == 30:
            y, mo = _add_months(anchor.year, anchor.month, -n)
            return TimeValue(dt.date(y, mo, 15), 3, "month", "relative",
                             historical=n > 1), note
        y = anchor.year - n
        return TimeValue(_year_rep(y, None), 3, "year", "relative", historical=True), note

    su = _g(m, "su")
    if su:
        return _shifted(lex, m, su, anchor, referent), note

    # "نهاية العام", "مطلع الشهر": only with a position word
    bare = _g(m, "bare")
    if bare and position:
        if bare in ("العام", "السنه"):
            cands = [_year_rep(anchor.year + k, position) for k in (-1, 0, 1)]
            d = _nearest(cands, anchor)
            return TimeValue(d, 3, "year", "relative", historical=_historical(d, d, anchor)), note
        if bare == "الشهر":
            return TimeValue(_month_rep(anchor.year, anchor.month, position), 3, "month",
                             "relative"), note
    raise _Reject


_FEW = frozenset({"عده", "بضعه", "بضع"})  # "a few": a vague count (normalised)
# the plural units that count a vague few on their own ("قبل أيام", "قبلها بأسابيع"), normalised
_PLURAL_UNITS = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات"})


def _count_of(cn: str) -> int:
    """The number that the count ``cn`` of a time unit says, in digits or in words ("3", "ثلاثة", "خمسة وعشرين");
    :class:`_Reject` where its words are no number, or only their start is."""
    if cn.isdigit():
        return int(cn)
    parsed = parse_number_words(cn.split())
    if parsed is None or parsed[1] != len(cn.split()):
        raise _Reject
    return parsed[0]


def _unit_count(cn: str | None, unit: str, few: bool) -> tuple[int, bool]:
    """How many ``unit``s the count ``cn`` before it says, and whether that is a vague few: "عدة"/"بضعة" (where
    ``few`` allows them) or a bare plural unit ("أيام") are 3 and vague, a dual unit ("يومين") 2, a bare unit 1;
    :class:`_Reject` where ``cn``'s words are no number."""
    if few and cn in _FEW:
        return 3, True
    if cn:
        return _count_of(cn), False
    if unit.endswith(("ين", "ان")):
        return 2, False
    if unit in _PLURAL_UNITS:
        return 3, True
    return 1, False


_CLAUSE_OPENERS = frozenset(".!?؟\n،,:؛;")  # what may stand right before a count that opens a sentence or a clause


def _shifted(lex: TimeLexicon, m: regex.Match[str], unit: str, anchor: dt.date,
             referent: TimeValue | None) -> TimeValue:
    """A count from the time just named ("وقبل ذلك بيومين"، "قبلها بأيام"، "وبعدها بأسبوع"): that long before (قبل)
    or after (بعد) the time the text has just named (``referent``), at the coarser of its precision and the
    count's (a few days: a week; weeks: a week; months and years: a month), background where that time is or where
    the day lies long before the anchor.
    Only where the count opens its sentence or a clause after a comma ("… الثلاثاء الماضي، وقبل ذلك بيوم، زار …"):
    inside a clause it counts from an act the pronoun names ("بعد أن أسقطت قبلها بأسبوعين مسيّرة أكبر": before the
    drone just named), not from the time.  Rejected after no time, and where the count lands after the anchor (a
    plan, not an act told)."""
    if referent is None or (referent.granularity == "year" and lex.units[unit] < 365):
        raise _Reject  # "عام 2011 … وقبله بأيام": no day or month to count from
    before = m.string[:m.start()].rstrip()
    if before and before[-1] not in _CLAUSE_OPENERS:
        raise _Reject
    per = lex.units[unit]
    n, vague = _unit_count(_g(m, "sn"), unit, few=True)
    sign = -1 if m.group("sw") == "قبل" else 1
    base = referent.end if sign > 0 and referent.end is not None else referent.date
    d = base + dt.timedelta(days=sign * n * (per if per <= 7 else 30 if per == 30 else 365))
    if d > anchor:
        raise _Reject
    if per == 1 and not vague and referent.precision == 1:
        precision, gran = 1, "day"
    elif per <= 7 and referent.precision <= 2:
        precision, gran = 2, "week"
    else:
        precision, gran = 3, "month"
    return TimeValue(d, precision, gran, "relative", historical=referent.historical or _historical(d, d, anchor))


# a perfect with قد just before a count after منذ ("كانت قد نفذت منذ …", "قد أعلن منذ …"), normalised text
_QAD_BEFORE = regex.compile(r"(?<!\w)قد\s+\w+\s+$")
_TOKEN = regex.compile(r"\w+")
# "قبل يوم واحد من بدء الجولة", "قبل أيام من تسليم الطريق": a count back from another act, not from the
# publication date, so no day the text gives ("قبل أسبوع من الآن" counts back from the time of writing)
_FROM_ACT = regex.compile(r"\s(?:واحد\s|واحده\s)?من\s(?!الان(?!\w))")
_CANDIDATES: frozenset[str] | None = None


def _candidate_words() -> frozenset[str]:
    """First words with any proclitic combination (one set look-up per token)."""
    global _CANDIDATES
    if _CANDIDATES is None:
        first = first_words()
        words = set(first)
        for c in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            words.update(c + w for w in first)
        _CANDIDATES = frozenset(words)
    return _CANDIDATES


def _candidate(w: str, cands: frozenset[str]) -> bool:
    if w in cands or w[0].isdigit():
        return True
    if w[0] in "وفبلا":
        r = w.lstrip("وفبل")
        if r.startswith("ال"):
            r = r[2:]
        return r[:1].isdigit()
    return False


def _starts(nt: NormText, s: int, w: str, cands: frozenset[str]) -> list[int]:
    """Offsets in token ``w`` (at ``s``) where a time expression may begin.

    Besides the token start: after a word-final ة/ى glued to the next word by the scraper
    (``الخارجيةالأسبوع``), since those letters never occur inside a word.
    """
    out = [s] if _candidate(w, cands) else []
    if len(w) > 5:
        k = w.find("ال", 2)
        while k > 0:
            if w[k - 1] in "هي" and nt.original[nt.to_orig[s + k - 1]] in "ةى" \
                    and _candidate(w[k:], cands):
                out.append(s + k)
            k = w.find("ال", k + 1)
    return out


@cache
def _outlet_heads() -> dict[str, frozenset[str]]:
    """The names of outlets (data/outlets.tsv) whose last word is a word of time ("حلب اليوم"): that word → the
    words before it in those names, normalised."""
    from rasd.io.outlets import outlets

    heads: dict[str, set[str]] = {}
    for name in [norm_key(name) for o in outlets() for name in o.names_ar] + sorted(load().outlet_names):
        ws = name.split()
        if len(ws) > 1:
            heads.setdefault(ws[-1], set()).add(" ".join(ws[:-1]))
    return {k: frozenset(v) for k, v in heads.items()}


@cache
def _named_heads() -> frozenset[str]:
    """The words before the word of time in the outlets of time/names.tsv ("القدس" of "القدس اليوم"), normalised:
    mostly a country's or a city's name, which "ل" before it makes "for …" ("المؤيدين لفلسطين اليوم"), no outlet."""
    return frozenset(" ".join(n.split()[:-1]) for n in load().outlet_names if len(n.split()) > 1)


_QUOTES = "\"«»“”„'"


def _is_outlet_cue(word: str) -> bool:
    """``word`` (normalised, not empty) is a word of an outlet's people or channel (time/names.tsv, role outlet_cue:
    "مراسل", "قناة", "بحسب"), with "و" or "ف" before it or not ("وقناة", "فبحسب")."""
    cues = load().outlet_cues
    return word in cues or (word[1:] in cues and word[0] in "وف")


def _quoted_outlet(text: str, start: int, end: int) -> bool:
    """The match at ``start``–``end`` closes a quoted name of at most three words that a word of an outlet opens
    ("صحيفة "إسرائيل اليوم""، "قناة "اليمن اليوم""): the outlet's name, not a time (not "منصة "إكس" اليوم": the
    quote closes before the word)."""
    if end >= len(text) or text[end] not in _QUOTES:
        return False
    before = text[max(0, start - 60):start]
    q = max(before.rfind(c) for c in _QUOTES)
    if q < 0 or len(before[q + 1:].split()) > 3:
        return False
    prev = before[:q].split()[-1:]
    return bool(prev) and _is_outlet_cue(prev[0])


def _market_name(lex: TimeLexicon, text: str, m: regex.Match[str]) -> bool:
    """The bare weekday matched by ``m`` follows a noun without the article that names a place with it ("سوق
    الإثنين"، "في سوق الخميس"; names.tsv, role market): the place, not the day ("السوق الخميس" stays a day)."""
    if m.group("x") not in lex.weekdays:
        return False
    prev = text[max(0, m.start("x") - 20):m.start("x")].split()[-1:]
    if not prev:
        return False
    w = prev[0]
    return w in lex.market_heads or (len(w) > 1 and w[0] in "وفبل" and w[1:] in lex.market_heads)


def _numeral_two(lex: TimeLexicon, text: str, m: regex.Match[str]) -> bool:
    """The bare "الاثنين" matched by ``m`` follows a definite dual or plural noun in "-ين" ("المقاتلين الاثنين",
    "العنصرين الاثنين"): the numeral two agreeing with it, not Monday ("صباح اليوم الاثنين", "يوم الاثنين" and a
    nominative dual, "الطرفان الاثنين", stay a day)."""
    x = m.group("x")
    if x != "الاثنين" or x not in lex.weekdays or _g(m, "yawm") or _g(m, "w2") or _g(m, "part") or _g(m, "pre"):
        return False
    prev = text[max(0, m.start("x") - 24):m.start("x")].split()[-1:]
    if not prev:
        return False
    w = prev[0]
    for head in ("وال", "فال", "بال", "لل", "ال"):
        if w.startswith(head):
            w = w[len(head):]
            break
    else:
        return False
    return len(w) >= 3 and w.endswith("ين") and ("ال" + w) not in lex.weekdays and w not in lex.parts


def _in_outlet_name(text: str, start: int, end: int) -> bool:
    """The match at ``start``–``end`` ends an outlet's name that a word of the outlet's people or channel opens
    ("مراسل حلب اليوم", "قال لـ حلب اليوم", "وفق حلب اليوم"): the outlet, not a time ("وصلت إلى حلب اليوم قافلة").
    The names: outlets.tsv and the outlets of time/names.tsv ("قناة القدس اليوم"), or any quoted name
    (:func:`_quoted_outlet`)."""
    heads = _outlet_heads().get(text[start:end])
    if not heads:
        return False  # (most times: no outlet's name ends with the word)
    if _quoted_outlet(text, start, end):
        return True
    before = text[max(0, start - 80):start].rstrip()
    for h in heads:
        if not before.endswith(h):
            continue
        rest = before[:len(before) - len(h)].rstrip(_QUOTES)
        named = h in _named_heads()  # (a place's name: only after a word of the outlet, "قناة القدس اليوم")
        if not named and rest.endswith("ل") and (len(rest) == 1 or not rest[-2].isalpha()):
            return True  # "لحلب اليوم"
        prev = rest.split()[-1:] if rest[-1:].isspace() else []
        if prev and _is_outlet_cue(prev[0]) and not (named and prev[0].lstrip("وف") == "ل"):
            return True
    return False


# a year in the name of a document, after "ل" ("اتفاقية فض الاشتباك لعام 1974", "القرار 2254 لعام 2015", "القانون رقم 10
# لسنة 2018"), in normalised text: the words before the year, a document noun and at most three words of its name
_DOCUMENT_NAMED = regex.compile(r"(?<!\w)(?:\w{0,3})(?:اتفاقيه|اتفاقيات|اتفاق|معاهده|قرار|القرار|دستور|الدستور|قانون"
                                r"|القانون|مرسوم|المرسوم|الاشتباك)(?:\s+[^\s.،,؛:]+){0,3}\s*$")


def _names_document(text: str, m: regex.Match[str]) -> bool:
    """The year matched by ``m`` follows "ل" ("لعام 1974") right after a document's name (:data:`_DOCUMENT_NAMED`):
    it names the document, not the time of an act."""
    if text[m.start():m.start("x")].rstrip()[-1:] != "ل":
        return False
    return _DOCUMENT_NAMED.search(text, max(0, m.start() - 60), m.start()) is not None


# "الأراضي المحتلة عام 1948", "الداخل المحتل عام 48": the year names the land (Israel within its 1948 lines) by the
# year it was taken, not the time of an act told there (normalised text, the words right before the year's match)
_OCCUPIED_IN = regex.compile(r"(?<!\w)(?:ال)?(?:محتل|محتله)\s+(?:في\s+)?$")


def _land_by_year(text: str, m: regex.Match[str]) -> bool:
    """The year matched by ``m`` follows "المحتلة" (:data:`_OCCUPIED_IN`): an epithet of the land, no time."""
    return _OCCUPIED_IN.search(text, max(0, m.start("x") - 16), m.start("x")) is not None


def _document_date(lex: TimeLexicon, text: str, m: regex.Match[str]) -> bool:
    """The day and month matched by ``m`` stand right after a noun of an agreement or a decree (names.tsv, role
    document): the date names it ("تنفيذ اتفاق العاشر من آذار", "بنود تفاهمات 1 نيسان"), it is no time of the act the
    sentence tells (a relative day, "اتفاق أمس", is still read)."""
    if not (_g(m, "m1") or _g(m, "nm")):
        return False
    prev = text[max(0, m.start("x") - 24):m.start("x")].split()[-1:]
    if not prev:
        return False
    w = prev[0]
    if len(w) > 3 and w[0] in "وفبل":
        w = w if w in lex.document_heads else w[1:]
    if w.startswith("ال") and w not in lex.document_heads:
        w = w[2:]
    return w in lex.document_heads


_HOURS_AGO = frozenset({"منذ ساعات", "قبل ساعات"})


def _hours_of_day_part(lex: TimeLexicon, text: str, m: regex.Match[str]) -> bool:
    """Whether "منذ ساعات" / "قبل ساعات" is the construct "the hours of" a part of the day ("فمنذ ساعات الصباح
    الأولى، استهدفت …", "قبل ساعات الفجر"): the morning's or the dawn's hours of the day the paragraph has just
    named ("لم يهدأ الجنوب أمس. فمنذ ساعات الصباح …"), else of the day of writing, like "hours ago"."""
    rel = _g(m, "rel")
    if rel is None or m.group("x") != rel or _relative_key(lex, rel) not in _HOURS_AGO:
        return False
    # (the word may carry the clause's comma: "منذ ساعات الفجر، وفتشتها")
    nxt = text[m.end():m.end() + 20].split()
    return bool(nxt) and nxt[0].rstrip("،,.:؛").removeprefix("ال") in lex.parts


def find_times(nt: NormText, anchor: dt.date) -> list[TimeMatch]:
    """Every time expression of ``nt`` resolved against ``anchor``, in text order."""
    lex = load()
    pat = pattern()
    cands = _candidate_words()
    out: list[TimeMatch] = []
    previous: TimeValue | None = None
    referent: TimeValue | None = None  # the last time that is not the bound of a period
    # the last evening or night named ("مساء الخميس", "ليل الإثنين – الثلاثاء"): "في الليلة ذاتها", "تلك الليلة" tell
    # that night again, not the day of a later sentence (the next morning's toll: "وتوفي أحد الجرحى أمس الأربعاء")
    night: TimeValue | None = None
    text = nt.norm
    last_end = 0
    for tok in _TOKEN.finditer(text):
        s = tok.start()
        if s < last_end:
            continue
        w = tok.group()
        # (_candidate's tests inlined for the common words, which are no time: one call less a token)
        if len(w) < 6 and w not in cands and not w[0].isdigit() and (w[0] not in "وفبلا" or not _candidate(w, cands)):
            continue
        for start in _starts(nt, s, w, cands):
            m = pat.match(text, start)
            if m is None:
                continue
            ahead = bool(_g(m, "w1")) and not _g(m, "rel") and _ahead(lex, text, start)
            in_clause = start - last_end <= WEEK_DAY_CHARS and not _CLAUSE_STOP.search(text, last_end, start)
            before_value = previous
            rel = _relative_of(lex, m) if night is not None else None
            if rel is not None and rel[1].unit == "same" and _night_phrase(rel[0]):
                before_value = night
            try:
                value, note = _value(lex, m, anchor, before_value, referent, ahead, in_clause)
            except (_Reject, ValueError, OverflowError, KeyError):
                if _g(m, "rng") is None:
                    continue
                m = pattern(ranges=False).match(text, start)  # not a range: read the first day alone
                if m is None:
                    continue
                try:
                    value, note = _value(lex, m, anchor, previous, referent, ahead, in_clause)
                except (_Reject, ValueError, OverflowError, KeyError):
                    continue
            if _in_outlet_name(text, m.start("x"), m.end("x")) or _market_name(lex, text, m) \
                    or _numeral_two(lex, text, m):
                last_end = m.end()
                break
            if (value.granularity == "year" and (_names_document(text, m) or _land_by_year(text, m))) \
                    or (value.granularity == "day" and _document_date(lex, text, m)):
                last_end = m.end()
                break
            if m.group("x").startswith("قبل") and _FROM_ACT.match(text, m.end()):
                last_end = m.end()
                break
            if _hours_of_day_part(lex, text, m) and previous is not None and previous.granularity == "day" \
                    and "\n" not in nt.original[slice(*nt.orig_span(last_end, start))]:
                value = previous  # "لم يهدأ الجنوب أمس. فمنذ ساعات الصباح الأولى، …": that day's morning
            a, b = nt.orig_span(m.start("x"), m.end("x"))
            before = text[max(0, start - 12):start].split()
            full = value.granularity == "day" and bool(_g(m, "y") or _g(m, "ny") or _g(m, "iy"))
            out.append(TimeMatch(a, b, value, nt.original[a:b], note,
                                 before[-1] if before else "", full))
            previous = value
            if _names_night(lex, m, value):
                night = value
            if not before or before[-1].lstrip("وف") not in lex.boundaries:
                referent = value
            last_end = m.end()
            break
    return out
