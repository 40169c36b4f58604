"""The time lexicons under ``rasd/data/time/``: month and weekday names, ordinal days,
relative expressions, modifiers, historical cue words and names that hold a word of time (``names.tsv``).

Each file is a UTF-8 TSV with ``#`` comment lines.  :func:`validate` reports bad rows as
``file:line: message``; :func:`load` reads everything once (module-level cache) and raises
``ValueError`` with those messages when a file is broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rasd.arabic.normalize import norm_key
from rasd.tsv import read_rows

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "time"

CALENDARS = {"gregorian", "levantine", "hijri"}
REL_UNITS = {"day", "night", "week", "month", "year", "days", "recent", "same", "then", "same_week", "same_month",
             "same_year", "none"}
MOD_ROLES = {"part": None, "position": {"start", "mid", "end"},
             "direction": {"past", "future", "current"}, "unit": None,
             "boundary": {"start", "end", "other"}, "range": {"open", "close"},
             "quantity": {"noun", "cue"}, "future": {"cue"},
             "week_of_month": {"1", "2", "3", "4", "last"}}


@dataclass(slots=True, frozen=True)
class MonthName:
    month: int
    calendar: str
    ambiguous: bool


@dataclass(slots=True, frozen=True)
class Relative:
    unit: str
    offset: int
    precision: int


@dataclass(slots=True)
class TimeLexicon:
    """All time lexicons, keyed by normalised surface."""

    months: dict[str, MonthName] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)  # ISO weekday 1..7
    ordinals: dict[str, int] = field(default_factory=dict)
    relative: dict[str, Relative] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    boundaries: dict[str, str] = field(default_factory=dict)
    ranges: dict[str, str] = field(default_factory=dict)  # range words: open (من، بين) / close (إلى)
    # ordinals of a week within a month ("الأسبوع الأخير من كانون الثاني"): 1..4 or last
    week_ordinals: dict[str, str] = field(default_factory=dict)
    # a counted noun after a bare four-digit number ("2000 طفل") or a word of amount before it ("أكثر من
    # 2000"): the number is a quantity, not a year
    quantity_nouns: set[str] = field(default_factory=set)
    quantity_cues: set[str] = field(default_factory=set)
    # a word of schedule before a bare weekday ("من المقرر أن يصل الأربعاء"): the coming such day
    future_cues: set[str] = field(default_factory=set)
    cues: list[list[str]] = field(default_factory=list)  # each cue: normalised parts split on "…"
    # names that hold a word of time (names.tsv): outlets cited after a word of the outlet ("قناة القدس اليوم"),
    # the words of the outlet that open their names ("قناة", "مراسل"), and nouns that name a place before a bare
    # weekday ("سوق الخميس")
    outlet_names: set[str] = field(default_factory=set)
    outlet_cues: set[str] = field(default_factory=set)
    market_heads: set[str] = field(default_factory=set)
    # nouns of an agreement or a decree that a date right after names ("اتفاق العاشر من آذار"): no time of an act
    document_heads: set[str] = field(default_factory=set)


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    return read_rows(path, header=False)  # the time files name their columns in a comment


def _int(s: str) -> int | None:
    try:
        return int(s)
    except ValueError:
        return None


def _read(data_dir: Path) -> tuple[TimeLexicon, list[str]]:
    lex = TimeLexicon()
    errors: list[str] = []

    def err(path: Path, line: int, msg: str) -> None:
        errors.append(f"{path}:{line}: {msg}")

    p = data_dir / "months.tsv"
    for ln, cols in _rows(p):
        if len(cols) != 4:
            err(p, ln, f"expected 4 columns (name, month, calendar, ambiguous), got {len(cols)}")
            continue
        m = _int(cols[1])
        if m is None or not 1 <= m <= 12:
            err(p, ln, f"month must be 1..12, got {cols[1]!r}")
            continue
        if cols[2] not in CALENDARS:
            err(p, ln, f"calendar must be one of {sorted(CALENDARS)}, got {cols[2]!r}")
            continue
        if cols[3] not in ("0", "1"):
            err(p, ln, f"ambiguous must be 0 or 1, got {cols[3]!r}")
            continue
        lex.months[norm_key(cols[0])] = MonthName(m, cols[2], cols[3] == "1")

    p = data_dir / "weekdays.tsv"
    for ln, cols in _rows(p):
        w = _int(cols[1]) if len(cols) == 2 else None
        if w is None or not 1 <= w <= 7:
            err(p, ln, "expected 2 columns: name, ISO weekday 1..7")
            continue
        lex.weekdays[norm_key(cols[0])] = w

    p = data_dir / "ordinals.tsv"
    for ln, cols in _rows(p):
        d = _int(cols[1]) if len(cols) == 2 else None
        if d is None or not 1 <= d <= 31:
            err(p, ln, "expected 2 columns: word, day 1..31")
            continue
        lex.ordinals[norm_key(cols[0])] = d

    p = data_dir / "relative.tsv"
    for ln, cols in _rows(p):
        if len(cols) != 4:
            err(p, ln, f"expected 4 columns (phrase, unit, offset, precision), got {len(cols)}")
            continue
        off, prec = _int(cols[2]), _int(cols[3])
        if cols[1] not in REL_UNITS:
            err(p, ln, f"unit must be one of {sorted(REL_UNITS)}, got {cols[1]!r}")
            continue
        if off is None or prec not in (0, 1, 2, 3):
            err(p, ln, "offset must be an integer and precision 0..3")
            continue
        lex.relative[norm_key(cols[0])] = Relative(cols[1], off, prec)

    p = data_dir / "modifiers.tsv"
    for ln, cols in _rows(p):
        if len(cols) != 3 or cols[1] not in MOD_ROLES:
            err(p, ln, f"expected 3 columns (word, role in {sorted(MOD_ROLES)}, value)")
            continue
        key, role, value = norm_key(cols[0]), cols[1], cols[2]
        allowed = MOD_ROLES[role]
        if allowed is not None and value not in allowed:
            err(p, ln, f"{role} value must be one of {sorted(allowed)}, got {value!r}")
            continue
        if role == "part":
            lex.parts[key] = value
        elif role == "position":
            lex.positions[key] = value
        elif role == "direction":
            lex.directions[key] = value
        elif role == "boundary":
            lex.boundaries[key] = value
        elif role == "range":
            lex.ranges[key] = value
        elif role == "week_of_month":
            lex.week_ordinals[key] = value
        elif role == "quantity":
            (lex.quantity_nouns if value == "noun" else lex.quantity_cues).add(key)
        elif role == "future":
            lex.future_cues.add(key)
        else:
            n = _int(value)
            if n is None or n <= 0:
                err(p, ln, f"unit value must be a positive number of days, got {value!r}")
                continue
            lex.units[key] = n

    p = data_dir / "historical_cues.tsv"
    for ln, cols in _rows(p):
        parts = [norm_key(x) for x in cols[0].split("…")]
        if not cols[0] or any(not x for x in parts):
            err(p, ln, "empty cue or empty side of a '…' gap")
            continue
        lex.cues.append(parts)

    p = data_dir / "names.tsv"
    if p.exists():
        for ln, cols in _rows(p):
            roles = {"outlet": lex.outlet_names, "outlet_cue": lex.outlet_cues, "market": lex.market_heads,
                     "document": lex.document_heads}
            if len(cols) < 2 or not cols[0] or cols[1] not in roles:
                err(p, ln, "expected a phrase and a role (outlet, outlet_cue, market or document)")
                continue
            roles[cols[1]].add(norm_key(cols[0]))

    for name, table in (("months", lex.months), ("weekdays", lex.weekdays),
                        ("relative", lex.relative)):
        if not table:
            errors.append(f"{data_dir / (name + '.tsv')}:0: no entries")
    return lex, errors


def validate(data_dir: Path = DATA_DIR) -> list[str]:
    """Problems in the time lexicons, one ``file:line: message`` per bad row (empty when fine)."""
    return _read(data_dir)[1]


_CACHE: TimeLexicon | None = None


def load() -> TimeLexicon:
    """The time lexicons (read once)."""
    global _CACHE
    if _CACHE is None:
        lex, errors = _read(DATA_DIR)
        if errors:
            raise ValueError("bad time lexicon rows:\n" + "\n".join(errors))
        _CACHE = lex
    return _CACHE
