"""The actor lexicon (``data/actors/actors.tsv`` + ``data/actors/aliases.tsv``).

``actors.tsv`` holds one row per canonical actor (key, ACLED-style name, inter code, group, an
optional time bound, an optional side: actors of one side — a state and its allies — are never
each other's opponents, a state's proxy, and ``stands_for``: the named actors a generic mention —
"الجيش", "مسلحون", "الفصائل" — can stand for); ``aliases.tsv`` maps Arabic surfaces to keys.
Further surfaces are generated from ``force_nouns.tsv`` × ``nationalities.tsv`` (an attack or weapon
noun with a nationality adjective names the attacker: "غارة إسرائيلية", "العدوان الإسرائيلي").  ``anaphora.tsv`` lists
definite general words that refer back to a named group ("التنظيم", "المسلحين"); ``roles.tsv``
words before a mention that decide its role (a report's source: "مصدر في شرطة حمص"; the owner of a
target: "مقر تابع لـ").  All are loaded once
per process; :func:`validate` reports bad rows as ``file:line: problem``.  ``patrons.tsv`` names the
states whose backed groups are their ``proxy`` ("مسلحون موالون لإيران": the pro-Iran militias).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm_key
from rasd.document import ActorRef
from rasd.tsv import read_rows

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
ACTORS_FILE = DATA_DIR / "actors.tsv"
ALIASES_FILE = DATA_DIR / "aliases.tsv"
NOUNS_FILE = DATA_DIR / "force_nouns.tsv"
NATIONALITIES_FILE = DATA_DIR / "nationalities.tsv"
ANAPHORA_FILE = DATA_DIR / "anaphora.tsv"
ROLES_FILE = DATA_DIR / "roles.tsv"
PATRONS_FILE = DATA_DIR / "patrons.tsv"
STATES_FILE = DATA_DIR / "states.tsv"
# the ``group`` of a civilians mention that names a former member of a force ("قيادي سابق في فصائل المعارضة"),
# before the key of that force (rasd.actors.stage)
FORMER = "former:"

_ROLE_KINDS = ("source", "filler", "speaker", "possessive", "asset", "weapon", "verb", "member", "patron",
               "downing", "motive", "strike_noun", "subject_head", "presence", "aftermath", "leader",
               "facility", "manned", "state_act", "said_by", "supported", "opposed", "simultaneous", "addressee",
               "toll_only", "aiming_plural", "part", "local_fighter", "crowd", "stationed", "crowd_count",
               "launched_from", "crowd_youth", "mob_onset")
_STATE_KINDS = ("subject", "teller")
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
    side: str = ""  # actors of one non-empty side are allies: never actor1 and actor2 of one event
    proxy: str = ""  # key of the local forces this state backs ("الفصائل الموالية لتركيا": the SNA)
    # a generic mention (``stands_for`` in actors.tsv): the inter codes of the named actors it can stand
    # for, and whether it is a collective actor of ACLED's own (stands for them only when tied or in one report)
    stands_for: frozenset[int] = frozenset()
    collective: bool = False
    # actors of one non-empty front fight beside each other against one enemy (the Palestinian factions,
    # Hezbollah, the Iraqi resistance): never actor1 and actor2 of one event, an ally named beside the
    # actor is its associate; unlike ``side``, each one's own acts stay events of their own
    front: str = ""
    # the key of the actor this one is coded as outside Syria (``abroad`` in actors.tsv): "Opposition Rebels"
    # is ACLED's collective of the Syrian armed opposition; a state's "terrorists" or "armed groups" elsewhere
    # are an unidentified armed group of that country unless the report names the group
    abroad: str = ""

    @property
    def generic(self) -> bool:
        """A generic mention, vague or collective: tied to a named actor ("التابعة لـ") it is that actor."""
        return self.collective or bool(self.stands_for)

    @property
    def state_word(self) -> bool:
        """A word of Syria's state that names the state of the event's country abroad ("النظام", "أمن الدولة":
        ``abroad`` is a state force named after the country, ``state_generic``)."""
        other = actors().get(self.abroad) if self.abroad and self.inter == 1 else None
        return other is not None and other.inter == 1 and "{country}" in other.name

    def on(self, date: dt.date | None) -> ActorEntry:
        """The actor this one is on ``date``: a row whose ``name_after`` is another row's key became that actor
        (its name, inter code and side) after ``until`` ("جهاز الأمن العام": HTS's General Security in Idlib, the
        state's General Security after December 2024)."""
        if self.until and date and date > self.until and self.name_after:
            return actors().get(self.name_after, self)
        return self

    @property
    def named_by_event_day(self) -> bool:
        """A row that becomes another row after ``until`` on the same side ("قوات النظام البائد": the fallen regime's
        army for an act before its fall, its armed remnants for one after it) is named by the day of the event, not
        of the report: a report after the fall recalls the regime's earlier acts by the same words."""
        after = actors().get(self.name_after) if self.until and self.name_after else None
        return after is not None and after is not self and after.side == self.side

    def ref(self, date: dt.date | None = None, country: str = "Syria") -> ActorRef:
        """The :class:`ActorRef` for an event on ``date`` in ``country``."""
        after = self.on(date)
        if after is not self:
            return after.ref(date, country)
        if country and country != "Syria" and self.abroad:
            other = actors().get(self.abroad)
            if other is not None and not other.abroad:
                return ActorRef(name=other.ref(date, country).name, inter=other.inter, key=self.key,
                                group=self.group)
        name = self.name
        if self.until and date and date > self.until and self.name_after:
            name = self.name_after
        name = name.replace("{country}", country or "Syria")
        if country and country != "Syria" and name.endswith("(Syria)"):
            name = name[: -len("(Syria)")] + f"({country})"
        return ActorRef(name=name, inter=self.inter, key=self.key, group=self.group)


_rows = read_rows  # the shared reader of data TSV files


_COLLECTIVE = "collective"


def _parse_stands_for(value: str) -> tuple[frozenset[int], bool]:
    """The ``stands_for`` cell: inter codes ("2,3,4") for a vague name, ``collective`` with optional
    codes ("collective:2") for a collective actor, empty for a named actor.  ValueError when malformed."""
    collective = value == _COLLECTIVE or value.startswith(_COLLECTIVE + ":")
    codes = value[len(_COLLECTIVE) + 1:] if collective else value
    bad = ValueError(f"stands_for {value!r}: inter codes 1-8 ('2,3,4'), 'collective' or 'collective:' and codes")
    try:
        inter = frozenset(int(x) for x in codes.split(",") if x.strip())
    except ValueError:
        raise bad from None
    if not all(1 <= x <= 8 for x in inter) or (value and not collective and not inter):
        raise bad
    return inter, collective


def _parse_actor(cells: list[str]) -> ActorEntry:
    cells = cells + [""] * (11 - len(cells))
    key, name, inter, group, until, after, side, proxy, stands_for, front, abroad = cells[:11]
    codes, collective = _parse_stands_for(stands_for)
    return ActorEntry(key, name, int(inter), group,
                      dt.date.fromisoformat(until) if until else None, after, side, proxy, codes, collective,
                      front, abroad)


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


# a country whose only army on the ground is another state's (ACLED codes no military forces of Palestine), by the
# key of that state's army row
OCCUPYING_ARMY = {"Palestine": "isr"}
# a place another state's army holds across its lines, whose only army on the ground is that state's: a vague army
# word told there ("إصابة جنديين في مزارع شبعا") names the holder's army, not the army of the place's country
# the occupied Golan (the region, Majdal Shams, Mas'ade, Buq'ata): Syria's by the gazetteer, held by Israel
OCCUPIED_GOLAN = frozenset({"region:golan", "geonames:167444", "SY140003", "geonames:171200"})
HELD_BY_ARMY = {**dict.fromkeys(sorted(OCCUPIED_GOLAN), "isr"), "site:shebaa-farms": "isr"}
_SECURITY_STEMS = ("امن", "شرط")  # normalised stems of "الأمن", "الأمنية", "الشرطة"


def occupying_army(key: str, country: str, mentions: list[str], place_id: str = "") -> ActorEntry | None:
    """The army that a vague army word (the ``state_generic`` row: "جنود", "الجيش", "ضباط وجنود") named by
    ``mentions`` stands for in an event in ``country`` when that army is another state's (:data:`OCCUPYING_ARMY`),
    or at the place ``place_id`` when another state holds it (:data:`HELD_BY_ARMY`); None elsewhere, for another
    row, or when a mention is a word of the security forces ("قوات الأمن": the Palestinian Authority's, which keeps
    the country's name)."""
    army = HELD_BY_ARMY.get(place_id, "") or OCCUPYING_ARMY.get(country, "")
    if not army or key != "state_generic" or any(w in norm_key(m) for m in mentions for w in _SECURITY_STEMS):
        return None
    return actors().get(army)


# the armies of Syria's neighbours that hold their own side of its borders (by their rows' keys): a report that names
# one of them by its own name ("القوات المسلحة الأردنية", "الجيش اللبناني") and never the army of the event's country
# is that army's statement, and its bare army words ("الجيش", "قوات حرس الحدود") are that army, wherever across the
# line the act is placed (a clash with smugglers placed at the Syrian village facing the border post)
BORDER_ARMIES = ("jor", "lbn", "irq_gov")
# the border guard's words (normalised), of whichever state: "قوات حرس الحدود", "حرس الحدود الإيراني"
BORDER_GUARD = norm_key("حرس الحدود")


# the head nouns (normalised, without ال) of a state's forces named by their own name ("الجيش الأردني", "القوات
# السورية", "وزارة الدفاع السورية"), not of its government ("الحكومة السورية") or of a side of the border ("الجانب
# السوري", "الأراضي السورية")
_FORCE_HEADS = frozenset(norm_key(w) for w in (
    "جيش", "قوات", "قوة", "حرس", "شرطة", "أمن", "جنود", "جندي", "وحدات", "وزارة", "سلاح", "مخابرات", "استخبارات"))


def _prefixed(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\S)(?:[وفبل]|لل|ول|وب)?(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\S)")


@lru_cache(maxsize=1)
def _army_words() -> dict[str, re.Pattern[str]]:
    """A pattern of the surfaces (normalised) of each country's state forces that carry a nationality adjective
    ("الجيش السوري", "القوات المسلحة الأردنية"; not "النظام", "وحدات الدفاع الجوي", nor "الجانب السوري", the side of
    the border a smuggler comes from), by the country's name in ACLED's names ("Military Forces of Jordan (1999-)":
    Jordan): every row of those forces, under its name or the name it takes after its time bound, generic rows
    excluded."""
    table = actors()
    adjectives = nationality_adjectives()
    words: dict[str, list[str]] = {}
    for w, key in aliases():
        e = table.get(key)
        n = norm_key(w).split()
        if e is None or e.generic or e.inter not in (1, 8) or not n or n[0].removeprefix("ال") not in _FORCE_HEADS \
                or not any(x in adjectives for x in n):
            continue
        names = {e.name, e.name_after}
        after = table.get(e.name_after)
        if after is not None:
            names.add(after.name)
        for name in names:
            base = name.rsplit(" (", 1)[0] if name.endswith(")") and " (" in name else name
            for head in ("Military Forces of ", "Police Forces of "):
                if base.startswith(head):
                    words.setdefault(base[len(head):], []).append(re.escape(norm_key(w)))
    return {c: _prefixed(ws) for c, ws in words.items()}


@lru_cache(maxsize=16)
def border_army(text: str, country: str) -> ActorEntry | None:
    """The army of :data:`BORDER_ARMIES` that a vague army word in ``text`` stands for in an event in ``country``:
    the one such army of another country that the report names by its own name while it names no state force of
    ``country`` ("القوات المسلحة الأردنية" … "اشتبكت قوات حرس الحدود مع مهربين" at a Syrian village: Jordan's army);
    None when it names none, two of them, or ``country``'s own forces."""
    table = actors()
    pats = _army_words()
    norm = norm_key(text)
    own = pats.get(country)
    if own is not None and own.search(norm):
        return None
    found = []
    for key in BORDER_ARMIES:
        e = table.get(key)
        if e is None:
            continue
        home = e.name.rsplit(" (", 1)[0].removeprefix("Military Forces of ")
        pat = pats.get(home)
        if home != country and pat is not None and pat.search(norm):
            found.append(e)
    return found[0] if len(found) == 1 else None


def border_army_word(key: str, mentions: list[str]) -> bool:
    """A vague army word (the ``state_generic`` row) that :func:`border_army` may rename: not a word of the
    security forces ("قوات الأمن")."""
    return key == "state_generic" and not any(w in norm_key(m) for m in mentions for w in _SECURITY_STEMS)


@lru_cache(maxsize=1)
def vague_kinds() -> dict[str, frozenset[int]]:
    """The vague names of no particular force ("الجيش", "الشرطة", "مسلحون": ``stands_for`` codes, not
    collective) by key, with the inter codes of the named actors each can stand for."""
    return {k: e.stands_for for k, e in actors().items() if e.stands_for and not e.collective}


@lru_cache(maxsize=1)
def unnamed_groups() -> dict[str, frozenset[int]]:
    """The generic names of a non-state armed group (inter 2-4) with ``stands_for`` codes, vague or
    collective ("مسلحون", "المجموعات الإرهابية"), by key, with the inter codes of the named groups that the
    report's other sentences can name for them."""
    return {k: e.stands_for for k, e in actors().items() if e.stands_for and e.inter in (2, 3, 4)}


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A general word that refers back to a named armed group (see ``anaphora.tsv``)."""

    surface: str
    fallback: str  # actor key used when the article names no antecedent ("" = no actor)
    inter: frozenset[int]  # inter codes of acceptable antecedents
    only: frozenset[str] = frozenset()  # when given, the only actor keys it can refer back to


def _definite(noun: str) -> str:
    return " ".join(w if w.startswith("ال") else "ال" + w for w in noun.split())


def _feminine(adj: str) -> str:
    return adj + "ة"


def _adjective_forms(adj: str) -> tuple[str, ...]:
    """A masculine singular nationality adjective in every gender and number: singular, feminine, dual
    ("إسرائيليان", "إسرائيليين"), feminine dual ("إسرائيليتان", "إسرائيليتين"), plural ("إسرائيليون") and the
    indefinite accusative ("إسرائيلياً", normalised without its tanwin)."""
    return (adj, _feminine(adj), adj + "ان", adj + "ين", adj + "تان", adj + "تين", adj + "ون", adj + "ا")


def _dual_nouns(noun: str) -> tuple[str, ...]:
    """The dual of a one-word noun ("دبابة" → "دبابتان", "دبابتين"; "صاروخ" → "صاروخان", "صاروخين");
    none for a phrase."""
    if " " in noun:
        return ()
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    return (stem + "ان", stem + "ين")


def _accusative(noun: str) -> str:
    """The indefinite accusative of a singular noun phrase, written with its alif ("قصف مدفعي" → "قصفا
    مدفعيا", "هجوم" → "هجوما"; normalised without the tanwin): words in ة, ات, ء, ى or ا keep their form;
    the noun itself unchanged when no word takes the alif or it is a construct."""
    words = noun.split()
    if any(w.startswith("ال") for w in words):
        return noun  # a construct ("سلاح الجو"): no tanwin
    return " ".join(w if w.endswith(("ة", "ات", "ء", "ى", "ا")) else w + "ا" for w in words)


_NOUN_KINDS = frozenset({"attack", "force", "asset"})  # kinds of force_nouns.tsv


def _noun_kinds(cell: str) -> frozenset[str]:
    """The noun kinds a nationality row allows ("attack, force"; empty: all)."""
    return frozenset(k.strip() for k in cell.split(",") if k.strip())


def _generated() -> list[tuple[str, str, str]]:
    """(surface, key, noun kind) generated from the force nouns and the nationality adjectives:
    "غارة إسرائيلية", "غارات إسرائيلية", "الغارة الإسرائيلية", "القصف الإسرائيلي", "دبابتين إسرائيليتين" …
    A noun in the singular or a broken plural (of things) takes the singular adjective, masculine,
    feminine or accusative ("جندياً إسرائيلياً"); its dual takes the dual of its gender; a masculine noun
    in the indefinite accusative ("قصفاً مدفعياً إسرائيلياً", "استهدافاً أميركياً") the accusative adjective."""
    known = actors()
    nouns: list[tuple[str, str, str, int]] = []  # indefinite, definite, kind, slice of the adjective forms
    for _, c in _rows(NOUNS_FILE):
        if c and c[0]:
            definite = c[2] if len(c) > 2 and c[2] else _definite(c[0])
            kind = c[1] if len(c) > 1 else "force"
            nouns.append((c[0], definite, kind, 0))
            number = 2 if c[0].endswith("ة") else 1
            nouns.extend((d, _definite(d), kind, number) for d in _dual_nouns(c[0]))
            accusative = _accusative(c[0])
            if accusative != c[0]:
                nouns.append((accusative, "", kind, 3))
    out: list[tuple[str, str, str]] = []
    for _, c in _rows(NATIONALITIES_FILE):
        if len(c) < 2 or not c[0] or c[1] not in known:
            continue
        adj, key = c[0], c[1]
        kinds = _noun_kinds(c[2]) if len(c) > 2 else frozenset()
        f = _adjective_forms(adj)
        # singular; masculine dual; feminine dual; a masculine noun in the indefinite accusative
        agreeing = ((f[0], f[1], f[7]), f[2:4], f[4:6], (f[7],))
        # the accusative only with a state's adjective: "شهد … هجوماً إرهابياً" describes an attack in any
        # voice, not the government naming the opposition
        state = known[key].inter in (1, 8)  # a state's forces, at home or abroad
        for indef, defin, kind, number in nouns:
            if (number == 3 and not state) or (kinds and kind not in kinds):
                continue
            for a in agreeing[number]:
                out.append((f"{indef} {a}", key, kind))
                if defin:
                    out.append((f"{defin} {_definite(a)}", key, kind))
            if state and number == 0 and kind != "asset":
                # a state's attack or weapon named with a hedge ("طائرات حربية يُعتقد أنها روسية", "مسيّرة يُرجّح
                # أنها تركية", "قصف يُرجّح أنه إسرائيلي"): the coder names that state, as without the hedge
                # (the hedge set off by commas too: "طائرات حربية، يُرجّح أنها أردنية، شنّت …")
                for hedge, comma in ((h, c) for h in _HEDGES for c in ("", "،")):
                    out.append((f"{indef}{comma} {hedge} أنه {f[0]}", key, kind))
                    out.append((f"{indef}{comma} {hedge} أنها {f[1]}", key, kind))
    return out


# the passive verbs of a hedged attribution between a noun and its nationality adjective (see :func:`_generated`)
_HEDGES = ("يعتقد", "يرجح")


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, str]:
    """The nationality adjectives of ``nationalities.tsv`` in every form (gender and number, with and
    without ال; normalised) → actor key."""
    known = actors()
    out: dict[str, str] = {}
    for _, c in _rows(NATIONALITIES_FILE):
        if len(c) < 2 or not c[0] or c[1] not in known:
            continue
        for a in _adjective_forms(c[0]):
            for form in (a, "ال" + a):
                out.setdefault(norm_key(form), c[1])
    return out


@lru_cache(maxsize=1)
def nationality_aliases() -> list[tuple[str, str]]:
    """(surface, key) pairs of an attack or weapon noun with a nationality adjective."""
    return [(s, k) for s, k, _ in _generated()]


@lru_cache(maxsize=1)
def anaphora() -> dict[str, Anaphor]:
    """Anaphoric general words by normalised surface."""
    known = actors()
    out: dict[str, Anaphor] = {}
    for _, c in _rows(ANAPHORA_FILE):
        if len(c) < 3 or not c[0]:
            continue
        try:
            inter = frozenset(int(x) for x in c[2].split(",") if x.strip())
        except ValueError:
            continue
        fallback = c[1] if c[1] in known else ""
        only = frozenset(k.strip() for k in c[3].split(",") if k.strip()) if len(c) > 3 else frozenset()
        out.setdefault(norm_key(c[0]), Anaphor(c[0], fallback, inter, only))
    return out


_CLITICS = ("و", "ف", "ب", "ل")
_POSSESSIVE = ("ها", "هم")  # pronoun suffixes of a group (normalised)


@lru_cache(maxsize=1)
def _general_words() -> frozenset[str]:
    """The words of ``anaphora.tsv`` that refer back to a group in general (not a short name of one group, nor
    a word with a pronoun of the group it belongs to: "مقاتليها" are the fighters of the group named before)."""
    return frozenset(k for k, a in anaphora().items()
                     if (not a.only or len(a.only) > 1) and not k.endswith(_POSSESSIVE))


def anaphoric_mention(mention: str) -> bool:
    """A mention that is only a general word referring back to a group ("المقاومة", "والمقاومة"); a short
    name of one group ("السرايا": anaphora.tsv with a single antecedent) is that group's name."""
    words = _general_words()
    n = norm_key(mention)
    return n in words or (n[:1] in _CLITICS and n[1:] in words)


@lru_cache(maxsize=1)
def role_words() -> dict[str, frozenset[str]]:
    """Normalised words of ``roles.tsv`` by kind (see ``_ROLE_KINDS``)."""
    out: dict[str, set[str]] = {k: set() for k in _ROLE_KINDS}
    for _, c in _rows(ROLES_FILE):
        if len(c) >= 2 and c[0] and c[1] in out:
            out[c[1]].add(norm_key(c[0]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def patrons() -> dict[str, str]:
    """State keys by the normalised names of ``patrons.tsv`` ("إيران" → iran), for states with a proxy."""
    known = actors()
    out: dict[str, str] = {}
    for _, c in _rows(PATRONS_FILE):
        if len(c) >= 2 and c[0] and c[1] in known and known[c[1]].proxy in known:
            out.setdefault(norm_key(c[0]), c[1])
    return out


@lru_cache(maxsize=1)
def state_names() -> dict[str, dict[str, str]]:
    """State keys by the normalised names of ``states.tsv``, by kind ("subject": "إسرائيل" → isr; "teller":
    "البنتاغون" → usa)."""
    known = actors()
    out: dict[str, dict[str, str]] = {k: {} for k in _STATE_KINDS}
    for _, c in _rows(STATES_FILE):
        if len(c) >= 3 and c[0] and c[1] in known and c[2] in out:
            out[c[2]].setdefault(norm_key(c[0]), c[1])
    return out


@lru_cache(maxsize=1)
def aliases() -> list[tuple[str, str]]:
    """(surface, key) pairs whose key exists: the listed aliases first, then the generated ones.
    Anaphoric words carry their fallback key ("" when they have none)."""
    known = actors()
    out = [(c[0], c[1]) for _, c in _rows(ALIASES_FILE) if len(c) >= 2 and c[1] in known]
    seen = {norm_key(s) for s, _ in out}
    for s, k in nationality_aliases():
        n = norm_key(s)
        if n not in seen:
            seen.add(n)
            out.append((s, k))
    for n, a in anaphora().items():
        if n not in seen:
            seen.add(n)
            out.append((a.surface, a.fallback))
    return out


@lru_cache(maxsize=1)
def matcher() -> LexiconMatcher:
    """The actor matcher (payload: actor key, "" for an anaphor without fallback), built once."""
    return LexiconMatcher(aliases(), suffixes=SUFFIXES, glued=True)


@lru_cache(maxsize=1)
def generated_roles() -> dict[str, str]:
    """Role of the generated noun + nationality aliases whose noun fixes it, by normalised surface:
    "agent" for an act ("غارة إسرائيلية": the attacker wherever it stands in the sentence),
    "target" for a position or base ("القاعدة الأميركية").
    A listed alias that begins with an asset noun names a base of the actor ("قاعدة التنف"): a target
    too, also when a scraper glued it to the attacker's name before it."""
    roles = {"attack": "agent", "asset": "target"}
    out = {norm_key(s): roles[kind] for s, _, kind in _generated() if kind in roles}
    assets = {norm_key(c[0]) for _, c in _rows(NOUNS_FILE) if len(c) > 1 and c[0] and c[1] == "asset"}
    for _, c in _rows(ALIASES_FILE):
        if len(c) >= 2 and c[0] and norm_key(c[0]).split(" ", 1)[0] in assets:
            out.setdefault(norm_key(c[0]), "target")
    return out


def _one_word_nouns(kinds: tuple[str, ...]) -> frozenset[str]:
    """The one-word nouns of ``force_nouns.tsv`` of the given kinds (normalised, indefinite)."""
    return frozenset(norm_key(c[0]) for _, c in _rows(NOUNS_FILE)
                     if len(c) > 1 and c[0] and c[1] in kinds and " " not in c[0].strip())


@lru_cache(maxsize=1)
def asset_nouns() -> frozenset[str]:
    """The one-word position and base nouns of ``force_nouns.tsv`` (kind "asset"; normalised, indefinite):
    "موقع", "قاعدة", "ثكنة" …"""
    return _one_word_nouns(("asset",))


@lru_cache(maxsize=1)
def asset_duals() -> dict[str, str]:
    """The dual construct of each one-word feminine position or base noun (normalised: "قاعدتي", "قاعدتا",
    "نقطتي") → its singular ("قاعده"): the head of a list of two named bases ("قاعدتي الشدادي وخراب الجير").
    Masculine nouns have none: their dual construct in "ا" is their accusative ("موقعاً")."""
    return {n[:-1] + "ت" + s: n for n in asset_nouns() if n.endswith("ه") and " " not in n for s in ("ي", "ا")}


@lru_cache(maxsize=1)
def named_bases() -> dict[str, str]:
    """The listed aliases that name one base of an actor ("قاعدة التنف", "قاعدة حقل العمر"), normalised →
    actor key."""
    nouns = asset_nouns()
    out: dict[str, str] = {}
    for s, k in aliases():
        n = norm_key(s)
        if n.split(" ", 1)[0] in nouns and " " in n:
            out.setdefault(n, k)
    return out


@lru_cache(maxsize=1)
def unit_nouns() -> frozenset[str]:
    """The one-word unit, weapon, vehicle and position nouns of ``force_nouns.tsv`` (kinds "force" and "asset";
    normalised, indefinite): "دبابة", "قوة", "آلية", "موقع" …"""
    return _one_word_nouns(("force", "asset"))


def _lower_word(value: str) -> bool:
    """``value`` is a lower-case ASCII word of letters, digits and "_" (a ``side`` or ``front`` of actors.tsv)."""
    return value.isascii() and value.replace("_", "").isalnum() and value.islower()


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
        if entry.proxy and entry.proxy == entry.key:
            problems.append(f"{where}: proxy of an actor cannot be the actor itself")
        for column, value in (("side", entry.side), ("front", entry.front)):
            if value and not _lower_word(value):
                problems.append(f"{where}: {column} {value!r} must be a lower-case word (a-z, 0-9, _)")
    for line, cells in _rows(ACTORS_FILE):
        if len(cells) > 7 and cells[7] and cells[7] not in keys:
            problems.append(f"{ACTORS_FILE.name}:{line}: unknown proxy key {cells[7]!r}")
        if len(cells) > 10 and cells[10] and cells[10] not in keys:
            problems.append(f"{ACTORS_FILE.name}:{line}: unknown abroad key {cells[10]!r}")
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
    for line, cells in _rows(NATIONALITIES_FILE):
        where = f"{NATIONALITIES_FILE.name}:{line}"
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problems.append(f"{where}: needs adjective and key")
        elif cells[1] not in keys:
            problems.append(f"{where}: unknown actor key {cells[1]!r}")
        elif cells[0].endswith("ة"):
            problems.append(f"{where}: give the masculine adjective (the feminine is generated)")
        elif len(cells) > 2 and not _noun_kinds(cells[2]) <= _NOUN_KINDS:
            problems.append(f"{where}: nouns must be kinds attack, force or asset")
    for line, cells in _rows(NOUNS_FILE):
        if len(cells) < 2 or not cells[0] or cells[1] not in _NOUN_KINDS:
            problems.append(f"{NOUNS_FILE.name}:{line}: needs a noun and kind attack, force or asset")
    for line, cells in _rows(ANAPHORA_FILE):
        where = f"{ANAPHORA_FILE.name}:{line}"
        if len(cells) < 3 or not cells[0]:
            problems.append(f"{where}: needs surface, fallback, inter")
            continue
        if cells[1] not in keys and cells[1] != "-":
            problems.append(f"{where}: fallback {cells[1]!r} is neither an actor key nor '-'")
        try:
            codes = [int(x) for x in cells[2].split(",") if x.strip()]
        except ValueError:
            codes = []
        if not codes or not all(1 <= x <= 8 for x in codes):
            problems.append(f"{where}: inter must be comma-separated codes 1-8")
        for k in (cells[3].split(",") if len(cells) > 3 else []):
            if k.strip() and k.strip() not in keys:
                problems.append(f"{where}: unknown antecedent key {k.strip()!r}")
    for line, cells in _rows(PATRONS_FILE):
        where = f"{PATRONS_FILE.name}:{line}"
        if len(cells) < 2 or not cells[0] or cells[1] not in keys:
            problems.append(f"{where}: needs a name and a state key of {ACTORS_FILE.name}")
    for line, cells in _rows(STATES_FILE):
        if len(cells) < 3 or not cells[0] or cells[1] not in keys or cells[2] not in _STATE_KINDS:
            problems.append(f"{STATES_FILE.name}:{line}: needs a name, a state key of {ACTORS_FILE.name} and a kind of "
                            f"{', '.join(_STATE_KINDS)}")
    for line, cells in _rows(ROLES_FILE):
        if len(cells) < 2 or not cells[0] or cells[1] not in _ROLE_KINDS:
            problems.append(f"{ROLES_FILE.name}:{line}: needs a word and a kind of {', '.join(_ROLE_KINDS)}")
    return problems


# session 23 (FRESHIRQ): a force's spokesman introduced by his title, the force, a rank and his name ("المتحدث باسم
# القوات المسلحة اليمنية، العميد X Y"; normalised text): the title up to the force, then the rank and the two names
# right after the force's mention (rasd.actors.stage._spokesman_named); the family name then speaks for the force
SPOKESMAN_TITLE = re.compile(r"(?:^|(?<=\s))[وف]?(?:المتحدث|الناطق)\s+(?:الرسمي\s+)?باسم\s+")
# the rank before his names, after the force's mention (a quote or a comma between)
_SPOKESMAN_RANK = (r"[\"'«»“”]?\s*[،,]?\s*"
                   r"(?:العميد|اللواء|العقيد|المقدم|الرائد|النقيب|العماد|الادميرال|الاميرال|الجنرال)")
SPOKESMAN_RANK_NAME = re.compile(
    _SPOKESMAN_RANK + r"\s+(?:(?:ال)?ركن\s+)?(?!(?:في|من)\s)\S+\s+([^\s\"'«»“”،,.:؛()]{3,})(?=[\s\"'«»“”،,.:؛()]|$)")
# the force's name between the title and the rank: a few words (the mention itself is checked by the actor stage)
_SPOKESMAN_FORCE = re.compile(r"(?:\S+\s+){0,5}?\S+?(?=" + _SPOKESMAN_RANK + r"\s)")


@lru_cache(maxsize=8)
def spokesman_family_names(norm: str) -> frozenset[str]:
    """The family names of the spokesmen a normalised text introduces by title, force, rank and name (see above)."""
    out: set[str] = set()
    for t in SPOKESMAN_TITLE.finditer(norm):
        f = _SPOKESMAN_FORCE.match(norm, t.end(), min(len(norm), t.end() + 80))
        r = SPOKESMAN_RANK_NAME.match(norm, f.end(), min(len(norm), f.end() + 60)) if f is not None else None
        if r is not None and r.group(1) not in _NAME_PARTICLES:
            out.add(r.group(1))
    return frozenset(out)


# the words of compound names ("عبد الله", "أبو علي", "بن سلمان", "تاج الدين") and the common given names that stand
# second in a three-part name ("العميد علي محمد X"): no family name of their own
_NAME_PARTICLES = frozenset(norm_key(w) for w in (
    "عبد", "أبو", "أبي", "بن", "ابن", "آل", "عبدال", "الله", "الدين", "تاج",
    "محمد", "أحمد", "علي", "حسن", "حسين", "محمود"))
