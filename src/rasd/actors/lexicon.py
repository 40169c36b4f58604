"""The actor lexicon (``data/actors/actors.tsv`` + ``data/actors/aliases.tsv``).

``actors.tsv`` holds one row per canonical actor (key, ACLED-style name, inter code, group and an
optional time bound); ``aliases.tsv`` maps Arabic surfaces to keys.  Both are loaded once per
process; :func:`validate` reports bad rows as ``file:line: problem``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm_key
from rasd.document import ActorRef

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
ACTORS_FILE = DATA_DIR / "actors.tsv"
ALIASES_FILE = DATA_DIR / "aliases.tsv"
# Pronoun suffixes allowed after an actor name ("وجهائها", "قواته").
SUFFIXES = ("ها", "هم", "ه", "هما")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    key: str
    name: str
    inter: int
    group: str = ""
    until: dt.date | None = None
    name_after: str = ""

    def ref(self, date: dt.date | None = None, country: str = "Syria") -> ActorRef:
        """The :class:`ActorRef` for an event on ``date`` in ``country``."""
        name = self.name
        if self.until and date and date > self.until and self.name_after:
            name = self.name_after
        name = name.replace("{country}", country or "Syria")
        if country and country != "Syria" and name.endswith("(Syria)"):
            name = name[: -len("(Syria)")] + f"({country})"
        return ActorRef(name=name, inter=self.inter, key=self.key, group=self.group)


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the data rows of a TSV file (comments and header skipped)."""
    out: list[tuple[int, list[str]]] = []
    header_seen = False
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        out.append((i, [c.strip() for c in line.split("\t")]))
    return out


def _parse_actor(cells: list[str]) -> ActorEntry:
    cells = cells + [""] * (6 - len(cells))
    key, name, inter, group, until, after = cells[:6]
    return ActorEntry(key, name, int(inter), group,
                      dt.date.fromisoformat(until) if until else None, after)


@lru_cache(maxsize=1)
def actors() -> dict[str, ActorEntry]:
    """All canonical actors by key (bad rows skipped; see :func:`validate`)."""
    out: dict[str, ActorEntry] = {}
    for _, cells in _rows(ACTORS_FILE):
        try:
            entry = _parse_actor(cells)
        except (ValueError, IndexError):
            continue
        out.setdefault(entry.key, entry)
    return out


@lru_cache(maxsize=1)
def aliases() -> list[tuple[str, str]]:
    """(surface, key) pairs whose key exists."""
    known = actors()
    return [(c[0], c[1]) for _, c in _rows(ALIASES_FILE) if len(c) >= 2 and c[1] in known]


@lru_cache(maxsize=1)
def matcher() -> LexiconMatcher:
    """The actor matcher (payload: actor key), built once per process."""
    return LexiconMatcher(aliases(), suffixes=SUFFIXES)


def validate() -> list[str]:
    """Problems in the actor data files, as ``file:line: problem`` strings (empty when clean)."""
    problems: list[str] = []
    keys: dict[str, int] = {}
    for line, cells in _rows(ACTORS_FILE):
        where = f"{ACTORS_FILE.name}:{line}"
        if len(cells) < 3 or not cells[0] or not cells[1]:
            problems.append(f"{where}: needs at least key, name, inter")
            continue
        if cells[0] in keys:
            problems.append(f"{where}: duplicate key {cells[0]!r} (first on line {keys[cells[0]]})")
        keys.setdefault(cells[0], line)
        try:
            entry = _parse_actor(cells)
        except ValueError as e:
            problems.append(f"{where}: bad value ({e})")
            continue
        if not 1 <= entry.inter <= 8:
            problems.append(f"{where}: inter code {entry.inter} not in 1-8")
        if entry.until and not entry.name_after:
            problems.append(f"{where}: 'until' given without 'name_after'")
    seen: dict[str, int] = {}
    for line, cells in _rows(ALIASES_FILE):
        where = f"{ALIASES_FILE.name}:{line}"
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problems.append(f"{where}: needs surface and key")
            continue
        if cells[1] not in keys:
            problems.append(f"{where}: unknown actor key {cells[1]!r}")
        k = norm_key(cells[0])
        if k in seen:
            problems.append(f"{where}: duplicate surface {cells[0]!r} (first on line {seen[k]})")
        seen.setdefault(k, line)
    return problems
