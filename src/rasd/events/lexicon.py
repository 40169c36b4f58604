"""Event lexicons kept as data (``data/events/*.tsv``), loaded once per process.

- ``triggers.tsv``: trigger words → ACLED event/sub-event type, PLOVER type/mode, weight, flags;
- ``cues.tsv``: context cues (negation, irrealis, condemnation, generic, claim, historical, anchor,
  attribution, role markers);
- ``quantities.tsv``: words that say what a number counts (killed, injured, vehicles …);
- ``count_nouns.tsv``: nouns whose form is a count (duals = 2, a singular after a casualty word = 1).

:func:`validate` checks the files and returns ``file:line: problem`` strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm_key
from rasd.document import Trigger
from rasd.tsv import read_rows

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"
TRIGGERS_FILE = DATA_DIR / "triggers.tsv"
CUES_FILE = DATA_DIR / "cues.tsv"
QUANTITIES_FILE = DATA_DIR / "quantities.tsv"
COUNT_NOUNS_FILE = DATA_DIR / "count_nouns.tsv"
DEAL_MATTERS_FILE = DATA_DIR / "deal_matters.tsv"
POST_WORDS_FILE = DATA_DIR / "post_words.tsv"
SUPPORT_FIRE_FILE = DATA_DIR / "support_fire.tsv"

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
PLOVER_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "RETREAT", "AGREE", "MOBILIZE", "SEIZE",
                          "AID", "REQUEST", "ACCUSE", "THREATEN", "SANCTION", "CONSULT", "SUPPORT",
                          "CONCEDE", "REJECT", "DEMAND", "DISAPPROVE", "COOPERATE"})
TRIGGER_FLAGS = frozenset({"verb", "plural", "casualty", "vac_if_civ", "clash_if_armed", "abroad", "intransitive",
                           "weapon_object", "movement", "group_change", "present", "vehicle_object", "outcome",
                           "victim_object", "body_marks", "found_body", "missile", "kills_object", "hold"})
CUE_KINDS = frozenset({"negation", "denial", "irrealis", "condemn", "generic", "claim", "historical",
                       "anchor", "result", "embed", "accident", "attribution", "agent", "target", "partner",
                       "ally", "trial", "supply", "forum", "capability", "economy", "rebuke",
                       "halt", "envoy", "mishap", "ransom", "funeral", "overflight"})
QUANTITY_KINDS = frozenset({"killed", "injured", "captured", "arrested", "abducted", "person", "vehicle",
                            "destroyed", "damaged", "combined"})
# suffixes the trigger matcher accepts after an entry (inflection and pronouns)
TRIGGER_SUFFIXES = ("ت", "وا", "ا", "ه", "ها", "هم", "هما", "ان", "ين", "ون", "ات")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    trigger: Trigger
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    window: int


_rows = read_rows  # the shared reader of data TSV files


def _parse_trigger(cells: list[str]) -> TriggerEntry:
    cells = cells + [""] * (6 - len(cells))
    surface, etype, sub, plover, weight, flags = cells[:6]
    ptype, _, pmode = plover.partition("/")
    trig = Trigger(etype, sub, ptype, pmode, key=norm_key(surface), weight=float(weight or 1.0))
    return TriggerEntry(trig, frozenset(f.strip() for f in flags.split(",") if f.strip()))


@lru_cache(maxsize=1)
def trigger_entries() -> dict[str, TriggerEntry]:
    """Every entry of triggers.tsv by normalised surface (the first row wins); bad rows skipped
    (``validate()`` reports them)."""
    out: dict[str, TriggerEntry] = {}
    for _, cells in _rows(TRIGGERS_FILE):
        try:
            out.setdefault(norm_key(cells[0]), _parse_trigger(cells))
        except (ValueError, IndexError):
            continue
    return out


@lru_cache(maxsize=1)
def casualty_keys() -> frozenset[str]:
    """Keys of the death and injury triggers of triggers.tsv ("مقتل", "استشهاد", "إصابة"): a toll, the result of an
    act, no act of its own."""
    return frozenset(e.trigger.key for e in trigger_entries().values() if "casualty" in e.flags)


_NOT_DEFINITE = frozenset({"على", "علي", "إلى", "الي", "من", "عن", "في", "مع", "لـ", "ب"})


def definite_forms(surface: str) -> list[str]:
    """The definite forms of a nominal entry: ``هجوم انتحاري`` → ``الهجوم انتحاري``, ``الهجوم الانتحاري``."""
    words = surface.split()
    if not words or words[0].startswith("ال") or words[0].startswith("لل"):
        return []
    first = ["ال" + words[0], *words[1:]]
    every = [w if w.startswith("ال") or w in _NOT_DEFINITE else "ال" + w for w in words]
    out = [" ".join(first)]
    if every != first:
        out.append(" ".join(every))
    return out


# the object pronouns a plural past verb takes once it drops its final alif ("اعتقلوا" → "اعتقلوه", "اعتقلوهم")
_PLURAL_OBJECTS = ("ه", "ها", "هم", "هما")


def object_forms(surface: str, entry: TriggerEntry) -> list[str]:
    """The forms of a one-word plural past verb of arresting or taking people away (``verb``, mode ``arrest``,
    ending in "وا") with an object pronoun, which drop the plural's alif ("اعتقلوا" → "اعتقلوه", "اقتادوا" →
    "اقتادوها"): the matcher's suffixes add a pronoun only after the alif ("اعتقلواه" is no word). Not for verbs
    of attack, whose pronoun mostly re-tells an act the sentence already named ("كمنوا للحافلة واستهدفوها")."""
    if " " in surface or not surface.endswith("وا") or entry.trigger.plover_mode != "arrest":
        return []
    return [surface[:-1] + p for p in _PLURAL_OBJECTS]


@lru_cache(maxsize=1)
def trigger_matcher() -> LexiconMatcher:
    """Trigger matcher; nominal entries also match their definite forms (``هجوم`` → ``الهجوم``)."""
    entries = []
    listed = {norm_key(cells[0]) for _, cells in _rows(TRIGGERS_FILE) if cells}
    for _, cells in _rows(TRIGGERS_FILE):
        try:
            entry = _parse_trigger(cells)
        except (ValueError, IndexError):
            continue
        entries.append((cells[0], entry))
        if "verb" not in entry.flags:
            for form in definite_forms(cells[0]):
                if norm_key(form) not in listed:
                    entries.append((form, entry))
        else:
            for form in object_forms(cells[0], entry):
                if norm_key(form) not in listed:
                    entries.append((form, entry))
    return LexiconMatcher(entries, suffixes=TRIGGER_SUFFIXES)


@lru_cache(maxsize=1)
def cue_matcher() -> LexiconMatcher:
    entries = []
    for _, cells in _rows(CUES_FILE):
        if len(cells) >= 2 and cells[1] in CUE_KINDS:
            try:
                window = int(cells[2]) if len(cells) > 2 and cells[2] else 0
            except ValueError:
                continue
            entries.append((cells[0], Cue(cells[1], window)))
    return LexiconMatcher(entries, suffixes=("ت", "وا", "ه", "ها", "هم"))


@lru_cache(maxsize=1)
def quantity_matcher() -> LexiconMatcher:
    entries: list[tuple[str, str]] = []
    rows = [c for _, c in _rows(QUANTITIES_FILE) if len(c) >= 2 and c[1] in QUANTITY_KINDS]
    listed = {norm_key(c[0]) for c in rows}
    for c in rows:
        entries.append((c[0], c[1]))
        if c[1] not in ("destroyed", "damaged") and " " not in c[0]:
            entries.extend((f, c[1]) for f in definite_forms(c[0]) if norm_key(f) not in listed)
    return LexiconMatcher(entries)


@lru_cache(maxsize=1)
def deal_matters() -> tuple[str, ...]:
    """The normalised matters of a deal between conflict actors (``deal_matters.tsv``: a truce, a ceasefire, an
    exchange of prisoners, a settlement), longest first."""
    keys = {norm_key(c[0]) for _, c in _rows(DEAL_MATTERS_FILE) if c and c[0].strip()}
    return tuple(sorted(keys, key=len, reverse=True))


@lru_cache(maxsize=1)
def support_fire_words() -> tuple[tuple[str, ...], ...]:
    """The normalised words (``support_fire.tsv``) that tell remote fire was the backing of a ground attack or a
    fight ("ساندت المدفعية هجوم الفصائل", "تحت غطاء ناري"), each as its sequence of words."""
    keys = {tuple(norm_key(c[0]).split()) for _, c in _rows(SUPPORT_FIRE_FILE) if c and c[0].strip()}
    return tuple(sorted(k for k in keys if k))


# the kinds of post_words.tsv: the words read around the noun of a post of the side hit (rasd.events.stage)
POST_WORD_KINDS = ("not_post", "not_name", "other_owner", "no_name", "owner_noun", "owner_adjective", "troops")


@lru_cache(maxsize=1)
def post_words() -> dict[str, frozenset[str]]:
    """Normalised words of ``post_words.tsv`` by kind (:data:`POST_WORD_KINDS`; valid rows only): the words that
    make a noun no post, the words after a post's noun that make it no name of a post of the side hit, and the words
    that make a post Israel's army's (its owner, the troops it names)."""
    out: dict[str, set[str]] = {k: set() for k in POST_WORD_KINDS}
    for _, c in _rows(POST_WORDS_FILE):
        if len(c) >= 2 and c[0] and c[1] in out:
            out[c[1]].add(norm_key(c[0]))
    return {k: frozenset(v) for k, v in out.items()}


COUNT_UNITS = frozenset({"person", "vehicle"})


@lru_cache(maxsize=1)
def count_nouns() -> dict[str, tuple[str, int]]:
    """Normalised noun form → (unit, count) from ``count_nouns.tsv`` (valid rows only)."""
    out: dict[str, tuple[str, int]] = {}
    for _line, cells in _rows(COUNT_NOUNS_FILE):
        if len(cells) >= 3 and cells[1] in COUNT_UNITS and cells[2] in ("1", "2"):
            out.setdefault(norm_key(cells[0]), (cells[1], int(cells[2])))
    return out


def _validate_count_nouns() -> list[str]:
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, cells in _rows(COUNT_NOUNS_FILE):
        where = f"{COUNT_NOUNS_FILE.name}:{line}"
        if len(cells) < 3 or not cells[0] or " " in cells[0].strip():
            problems.append(f"{where}: needs one-word surface, unit, count")
            continue
        key = norm_key(cells[0])
        if key in seen:
            problems.append(f"{where}: duplicate surface {cells[0]!r} (first on line {seen[key]})")
        seen.setdefault(key, line)
        if cells[1] not in COUNT_UNITS:
            problems.append(f"{where}: unknown unit {cells[1]!r} (person or vehicle)")
        if cells[2] not in ("1", "2"):
            problems.append(f"{where}: count {cells[2]!r} must be 1 (singular) or 2 (dual)")
    return problems


def validate() -> list[str]:
    """Problems in the event data files as ``file:line: problem`` strings (empty when clean)."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, cells in _rows(TRIGGERS_FILE):
        where = f"{TRIGGERS_FILE.name}:{line}"
        if len(cells) < 5 or not cells[0]:
            problems.append(f"{where}: needs surface, event_type, sub_event_type, plover, weight")
            continue
        key = norm_key(cells[0])
        if key in seen:
            problems.append(f"{where}: duplicate trigger {cells[0]!r} (first on line {seen[key]})")
        seen.setdefault(key, line)
        etype, sub = cells[1], cells[2]
        if etype not in EVENT_TYPES:
            problems.append(f"{where}: unknown event_type {etype!r}")
        elif sub not in EVENT_TYPES[etype]:
            problems.append(f"{where}: sub_event_type {sub!r} is not a sub-type of {etype!r}")
        if cells[3].partition("/")[0] not in PLOVER_TYPES:
            problems.append(f"{where}: unknown PLOVER type {cells[3]!r}")
        try:
            w = float(cells[4])
            if not 0 < w <= 1:
                problems.append(f"{where}: weight {w} not in (0, 1]")
        except ValueError:
            problems.append(f"{where}: weight {cells[4]!r} is not a number")
        flags = {f.strip() for f in (cells[5] if len(cells) > 5 else "").split(",") if f.strip()}
        for f in sorted(flags - TRIGGER_FLAGS):
            problems.append(f"{where}: unknown flag {f!r}")
    for path, kinds, ncols in ((CUES_FILE, CUE_KINDS, 3), (QUANTITIES_FILE, QUANTITY_KINDS, 2),
                               (POST_WORDS_FILE, POST_WORD_KINDS, 2)):
        seen = {}
        for line, cells in _rows(path):
            where = f"{path.name}:{line}"
            if len(cells) < 2 or not cells[0]:
                problems.append(f"{where}: needs at least surface and kind")
                continue
            key = norm_key(cells[0])
            if key in seen:
                problems.append(f"{where}: duplicate surface {cells[0]!r} (first on line {seen[key]})")
            seen.setdefault(key, line)
            if cells[1] not in kinds:
                problems.append(f"{where}: unknown kind {cells[1]!r}")
            if ncols == 3 and len(cells) > 2 and cells[2] and not cells[2].isdigit():
                problems.append(f"{where}: window {cells[2]!r} is not a whole number")
    problems.extend(_validate_count_nouns())
    from rasd.events import scorer

    problems.extend(scorer.validate())
    return problems
