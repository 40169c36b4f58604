"""The gazetteer: bundled Syrian places, curated sites, foreign places and the user's imports.

Data lives under ``rasd/data/gazetteer/`` (read-only, shipped with the package):

- ``places.csv``   OCHA/Open-Syria/GeoNames places (see ATTRIBUTION.md),
- ``sites.tsv``    curated bases, airports, fields, crossings, dams, prisons, camps, regions,
- ``foreign.tsv``  countries and places outside Syria,
- ``regions.tsv``  named regions (compass parts of Syria, river banks, seas, supranational regions),
- ``cues.tsv``, ``place_words.tsv``, ``org_names.tsv``, ``org_words.tsv``  reading rules (see
  :mod:`rasd.geo.stage`),
- ``capitals.tsv`` the national capitals abroad that a bare "العاصمة" stands for (:func:`national_capitals`).

User imports (``rasd gazetteer import``) are written in the ``places.csv`` format to
``$RASD_HOME/gazetteer/*.csv`` (default ``~/.local/share/rasd``) and merged at load time.
Everything is loaded once per process (:func:`get_gazetteer`).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm_key
from rasd.document import PlaceRef
from rasd.io.outlets import outlets

LEVEL_RANK = {  # preference for a bare name hit on several rows (lower is better)
    "site": 0, "town": 1, "city": 1, "community": 2, "neighbourhood": 2, "subdistrict": 3,
    "district": 4, "governorate": 5, "region": 6, "foreign_city": 1, "country": 7,
}
ISO_NUM = {"SYR": 760}
PLACES_COLUMNS = ["id", "level", "name_ar", "name_en", "aliases_ar", "aliases_en", "lat", "lon",
                  "coord_source", "admin1_pcode", "admin2_pcode", "admin3_pcode", "population",
                  "geonames_id", "wikidata", "sources"]
SITE_COLUMNS = ["id", "kind", "name_ar", "aliases_ar", "name_en", "lat", "lon", "country",
                "admin1_pcode", "precision", "note", "needs_cue", "reach_km"]  # needs_cue, reach_km: optional (older
# files lack them); reach_km as in foreign.tsv, for a region longer than the default reach (a plain ~60 km long)
SETTLEMENT_KINDS = frozenset({"town", "village", "settlement"})  # sites.tsv kinds read as level ``town``
NEEDS_CUE = frozenset({"", "cue", "strong"})  # as place_words.tsv ``cue`` / ``strong``, for one row
FOREIGN_COLUMNS = ["id", "level", "name_ar", "aliases_ar", "name_en", "lat", "lon", "country", "iso", "note",
                   "needs_cue", "population", "reach_km"]  # needs_cue: optional, as in sites.tsv (a village named like
# an everyday word); population: optional, the city proper's inhabitants (a metropolis's side is a part of it);
# reach_km: optional, for a region: how far from its point its places lie (a province, a state: hundreds of km)


@dataclass(slots=True)
class Entry:
    """One gazetteer row."""

    id: str
    level: str
    name_ar: str
    name_en: str
    lat: float | None
    lon: float | None
    admin1: str = ""  # P-codes
    admin2: str = ""
    admin3: str = ""
    population: int = 0
    country: str = "SYR"
    iso: int | None = 760
    point: bool = True  # the coordinates are the place itself (not a parent area's point)
    precision: int = 1  # geo_precision when the mention names this entry directly
    kind: str = ""  # site kind (airport, camp, ...)
    needs_cue: str = ""  # "cue": a place only after a place cue or locative; "strong": only after a cue word
    source: str = "bundled"
    aliases: list[str] = field(default_factory=list)
    reach_km: float = 0.0  # a region: its places lie this far from its point at most (0: the default reach)

    @property
    def rank(self) -> int:
        return LEVEL_RANK.get(self.level, 5)

    @property
    def is_admin_area(self) -> bool:
        return self.level in ("governorate", "district", "subdistrict")


class Problem(ValueError):
    """A bad row in a data file (message carries file:line)."""


def data_dir() -> Path:
    return Path(str(resources.files("rasd") / "data" / "gazetteer"))


# nationality adjectives → ISO3 (read by the actor stage and the event stage)
DEMONYMS_FILE = data_dir() / "demonyms.tsv"


def user_dir() -> Path:
    home = os.environ.get("RASD_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share", "rasd")
    return Path(home) / "gazetteer"


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV (``#`` comment lines skipped) or CSV file as dicts, with 1-based line numbers."""
    delim = "\t" if path.suffix == ".tsv" else ","
    with path.open(encoding="utf-8-sig", newline="") as fh:
        lines = [(i, ln) for i, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        return
    reader = csv.reader([ln for _, ln in lines], delimiter=delim)
    header = [h.strip() for h in next(reader)]
    for (lineno, _), row in zip(lines[1:], reader, strict=False):
        yield lineno, {h: (row[k].strip() if k < len(row) else "") for k, h in enumerate(header)}


def _float(s: str) -> float | None:
    try:
        return float(s) if s else None
    except ValueError:
        return None


def _split(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def _check_coords(where: str, lat: str, lon: str, required: bool, problems: list[str]) -> None:
    la, lo = _float(lat), _float(lon)
    if (lat and la is None) or (lon and lo is None):
        problems.append(f"{where}: latitude/longitude not a number: {lat!r}, {lon!r}")
    elif la is None or lo is None:
        if required:
            problems.append(f"{where}: coordinates missing")
    elif not (-90 <= la <= 90 and -180 <= lo <= 180):
        problems.append(f"{where}: coordinates out of range: {la}, {lo}")


def read_places_csv(path: Path, source: str, problems: list[str] | None = None) -> list[Entry]:
    """Rows of a file in the ``places.csv`` format (bundled or user import)."""
    out: list[Entry] = []
    seen: set[str] = set()
    for lineno, r in _rows(path):
        where = f"{path}:{lineno}"
        if problems is not None:
            if not r.get("id"):
                problems.append(f"{where}: empty id")
            elif r["id"] in seen:
                problems.append(f"{where}: duplicate id {r['id']}")
            if r.get("level") not in LEVEL_RANK:
                problems.append(f"{where}: unknown level {r.get('level')!r}")
            if not r.get("name_ar") and not r.get("name_en"):
                problems.append(f"{where}: no name")
            _check_coords(where, r.get("lat", ""), r.get("lon", ""), False, problems)
        if not r.get("id"):
            continue
        seen.add(r["id"])
        pop = r.get("population", "")
        out.append(Entry(
            id=r["id"], level=r.get("level") or "community", name_ar=r.get("name_ar", ""),
            name_en=r.get("name_en", "") or r.get("name_ar", ""),
            lat=_float(r.get("lat", "")), lon=_float(r.get("lon", "")),
            admin1=r.get("admin1_pcode", ""), admin2=r.get("admin2_pcode", ""),
            admin3=r.get("admin3_pcode", ""),
            population=int(float(pop)) if pop.replace(".", "").isdigit() else 0,
            point=r.get("coord_source", "") in ("geonames", "user", "hdx"),
            precision=1, source=source, aliases=_split(r.get("aliases_ar", "")),
        ))
    return out


def _check_required(where: str, r: dict[str, str], columns: tuple[str, ...], problems: list[str]) -> None:
    missing = [c for c in columns if not r.get(c)]
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")


def _check_needs_cue(where: str, r: dict[str, str], problems: list[str]) -> None:
    if r.get("needs_cue", "") not in NEEDS_CUE:
        problems.append(f"{where}: needs_cue must be empty, 'cue' or 'strong', not {r['needs_cue']!r}")


def _needs_cue(r: dict[str, str]) -> str:
    """The row's ``needs_cue`` (an unknown value is read as ``cue``, the safer one)."""
    need = r.get("needs_cue", "")
    return need if need in NEEDS_CUE else "cue"


def read_sites(path: Path, problems: list[str] | None = None) -> list[Entry]:
    """Curated sites (``sites.tsv``): kinds town/village/settlement read as level ``town``,
    region and neighbourhood as themselves, any other kind as ``site``."""
    out: list[Entry] = []
    for lineno, r in _rows(path):
        where = f"{path}:{lineno}"
        if problems is not None:
            _check_required(where, r, ("id", "kind", "name_ar", "name_en"), problems)
            _check_coords(where, r.get("lat", ""), r.get("lon", ""), False, problems)
            if r.get("precision", "1") not in ("1", "2", "3"):
                problems.append(f"{where}: precision must be 1, 2 or 3")
            _check_needs_cue(where, r, problems)
            if r.get("reach_km") and (not r["reach_km"].isdigit() or r.get("kind") != "region"):
                problems.append(f"{where}: reach_km must be a whole number of km, for a region")
        if not r.get("id") or not r.get("name_ar"):
            continue
        kind = r.get("kind") or "site"
        level = "town" if kind in SETTLEMENT_KINDS else kind if kind in ("region", "neighbourhood") else "site"
        country = r.get("country") or "SYR"
        out.append(Entry(
            id=r["id"], level=level, name_ar=r["name_ar"], name_en=r.get("name_en", ""),
            lat=_float(r.get("lat", "")), lon=_float(r.get("lon", "")), admin1=r.get("admin1_pcode", ""),
            country=country, iso=ISO_NUM.get(country), precision=int(r.get("precision") or 1)
            if r.get("precision", "1") in ("1", "2", "3") else 1,
            kind=kind, source="sites", aliases=_split(r.get("aliases_ar", "")),
            needs_cue=_needs_cue(r),
            reach_km=float(r["reach_km"]) if kind == "region" and r.get("reach_km", "").isdigit() else 0.0,
        ))
    return out


REGION_KINDS = frozenset({"region", "compass", "river", "sea", "supranational"})


def read_regions(path: Path, problems: list[str] | None = None) -> list[Entry]:
    """Named regions (``regions.tsv``, the ``sites.tsv`` columns): level ``region``, precision 3.

    Country ``-`` marks a sea or a supranational region: no country and no point.
    """
    if not path.is_file():
        return []
    out: list[Entry] = []
    for lineno, r in _rows(path):
        where = f"{path}:{lineno}"
        if problems is not None:
            _check_required(where, r, ("id", "kind", "name_ar", "name_en", "country"), problems)
            if r.get("kind") and r["kind"] not in REGION_KINDS:
                problems.append(f"{where}: unknown kind {r['kind']!r}")
            _check_coords(where, r.get("lat", ""), r.get("lon", ""), r.get("country") not in ("-", ""), problems)
            _check_needs_cue(where, r, problems)
        if not r.get("id") or not r.get("name_ar"):
            continue
        country = r.get("country") or "SYR"
        country = "" if country == "-" else country
        out.append(Entry(
            id=r["id"], level="region", name_ar=r["name_ar"], name_en=r.get("name_en", ""),
            lat=_float(r.get("lat", "")) if country else None, lon=_float(r.get("lon", "")) if country else None,
            admin1=r.get("admin1_pcode", ""), country=country, iso=ISO_NUM.get(country),
            precision=3, kind=r.get("kind") or "region", source="regions",
            aliases=_split(r.get("aliases_ar", "")),
            needs_cue=_needs_cue(r),
        ))
    return out


def read_foreign(path: Path, problems: list[str] | None = None) -> list[Entry]:
    out: list[Entry] = []
    for lineno, r in _rows(path):
        where = f"{path}:{lineno}"
        if problems is not None:
            _check_required(where, r, ("id", "level", "name_ar", "name_en", "country"), problems)
            if r.get("level") not in ("country", "foreign_city", "region", "site"):
                problems.append(f"{where}: unknown level {r.get('level')!r}")
            if r.get("iso") and not r["iso"].isdigit():
                problems.append(f"{where}: iso must be the numeric ISO 3166 code")
            _check_coords(where, r.get("lat", ""), r.get("lon", ""), False, problems)
            _check_needs_cue(where, r, problems)
            if r.get("population") and not r["population"].isdigit():
                problems.append(f"{where}: population must be a whole number")
            if r.get("reach_km") and (not r["reach_km"].isdigit() or r.get("level") != "region"):
                problems.append(f"{where}: reach_km must be a whole number of km, for a region")
        if not r.get("id") or not r.get("name_ar"):
            continue
        level = r.get("level", "country")
        iso = int(r["iso"]) if r.get("iso", "").isdigit() else None
        if level == "country":
            ISO_NUM.setdefault(r.get("country", ""), iso or 0)
        out.append(Entry(
            id=r["id"], level=level, name_ar=r["name_ar"], name_en=r.get("name_en", ""),
            lat=_float(r.get("lat", "")), lon=_float(r.get("lon", "")), country=r.get("country", ""),
            iso=iso, precision=1 if level in ("foreign_city", "site") else 3, kind=level,
            source="foreign", aliases=_split(r.get("aliases_ar", "")), needs_cue=_needs_cue(r),
            population=int(r["population"]) if r.get("population", "").isdigit() else 0,
            reach_km=float(r["reach_km"]) if r.get("reach_km", "").isdigit() else 0.0,
        ))
    return out


def read_lexicon(path: Path, columns: tuple[str, ...], allowed: dict[str, set[str]] | None = None,
                 problems: list[str] | None = None) -> list[dict[str, str]]:
    """Rows of a small rule file (cues, place words, org names), checked."""
    out = []
    for lineno, r in _rows(path):
        bad = [c for c in columns if not r.get(c)]
        for col, values in (allowed or {}).items():
            if r.get(col) and r[col] not in values:
                bad.append(f"{col}={r[col]!r} (allowed: {', '.join(sorted(values))})")
        if bad:
            if problems is not None:
                problems.append(f"{path}:{lineno}: bad or missing {', '.join(bad)}")
            continue
        out.append(r)
    return out


CUE_ROLES = {"settlement", "admin", "region", "near", "near_town", "direction", "road", "site", "locative", "org",
             "person", "state"}  # state: a capital (place_words.tsv) after it is its government ("أعلنت طهران")
# adjective: not a place before على ("المطلة على"); capital: a capital abroad, its government after a cues.tsv
# ``state`` word ("أعلنت طهران", "مع واشنطن"); home: a town abroad that is also an everyday noun ("الخيام": tents),
# after a bare locative preposition the town only in an article naming another place of its country; noun: a region
# named by an everyday noun ("الضفة", "الضفة الغربية"): not the region when a river follows ("الضفة الغربية لنهر
# الفرات"), nor, for a one-word name, before an adjective ("الضفة الشرقية", "الضفة المقابلة": a bank)
WORD_ACTIONS = {"block", "cue", "strong", "anaphor", "adjective", "noun", "capital", "home"}


class Gazetteer:
    """All entries, their name keys and one Aho-Corasick matcher over every name."""

    def __init__(self, entries: list[Entry], blocked: set[str], org_names: list[str],
                 outlet_names: list[str] | None = None) -> None:
        self.entries: dict[str, Entry] = {}
        for e in entries:  # later sources (user) override earlier ones with the same id
            self.entries[e.id] = e
        self.blocked = blocked
        # a governorate is also named by its capital's spellings ("ديرالزور")
        by_name: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            if e.level in ("city", "community"):
                by_name.setdefault(e.name_ar, []).append(e)
        for e in self.entries.values():
            if e.level == "governorate":
                for c in by_name.get(e.name_ar, []):
                    if c.admin1 == e.id:
                        e.aliases = sorted(set(e.aliases) | set(c.aliases))
        self.by_key: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            names = {e.name_ar, *e.aliases}
            if e.level in ("city", "community"):
                names |= {v for n in names for v in _article_forms(n)}
            for name in names:
                k = norm_key(name)
                if not k or k in blocked:
                    continue
                lst = self.by_key.setdefault(k, [])
                if e not in lst:
                    lst.append(e)
        self.admin_names: dict[str, str] = {e.id: e.name_en for e in self.entries.values() if e.is_admin_area}
        pairs: list[tuple[str, object]] = [(k, ("place", k)) for k in self.by_key]
        pairs += [(o, ("org", norm_key(o))) for o in org_names]
        # outlets named like a place ("الميادين", "درعا 24", "الميادين نت"): a name that is itself a place key
        # is read as the place only where no outlet phrase surrounds it (rasd.geo.stage); a longer name that
        # holds a place name is an organisation, like the org_names rows
        self.outlet_keys: set[str] = set()
        for o in outlet_names or []:
            k = norm_key(o)
            if k in self.by_key:
                self.outlet_keys.add(k)
            elif _holds_place(k, self.by_key):
                pairs.append((o, ("org", k)))
        self.matcher = LexiconMatcher(pairs, suffixes=("",), min_len=2, glued=True)

    def lookup(self, name: str) -> list[Entry]:
        """Candidates for a name (any spelling, with or without ال), best first."""
        k = norm_key(name)
        cands = list(self.by_key.get(k, []))
        if not cands and k.startswith("ال"):
            cands = list(self.by_key.get(k[2:], []))
        if not cands:
            cands = list(self.by_key.get("ال" + k, []))
        return sorted(cands, key=lambda e: (e.rank, not e.point, -e.population))

    def to_ref(self, e: Entry, precision: int | None = None, role: str = "place") -> PlaceRef:
        """The :class:`PlaceRef` for an entry (English admin names filled from the P-codes)."""
        syr = e.country == "SYR"
        pcode = e.id if (e.id[:2] == "SY" or e.id[:1] == "C") and syr else ""
        if not pcode and syr:
            pcode = e.admin3 or e.admin2 or e.admin1
        return PlaceRef(
            id=e.id, name_en=e.name_en, name_ar=e.name_ar, level=e.level, lat=e.lat, lon=e.lon,
            country=_COUNTRY_NAMES.get(e.country, e.country), iso=e.iso if not syr else 760,
            admin1=self.admin_names.get(e.admin1, ""), admin2=self.admin_names.get(e.admin2, ""),
            admin3=self.admin_names.get(e.admin3, ""), pcode=pcode,
            geo_precision=precision if precision is not None else e.precision, role=role,
        )


_COUNTRY_NAMES: dict[str, str] = {"SYR": "Syria"}


# the adjectives that end many village names, written bare in the OCHA lists ("عرب حسن صغير", "كفردلي فوقاني",
# "عطشانة شرقية") and with the article in the news ("قرية عرب حسن الصغير", "العطشانة الشرقية")
_NAME_ADJECTIVES = frozenset((
    "صغير", "كبير", "صغيرة", "كبيرة", "شرقي", "غربي", "شمالي", "جنوبي", "قبلي", "شرقية", "غربية", "شمالية",
    "جنوبية", "قبلية", "فوقاني", "تحتاني", "فوقانية", "تحتانية", "وسطاني", "جديد", "جديدة", "قديم", "قديمة"))


def _article_forms(name: str) -> list[str]:
    """A village name of two or more words whose last word is a bare adjective (:data:`_NAME_ADJECTIVES`), as the
    news writes it: the adjective with the article, and the head too ("عرب حسن الصغير", "العطشانة الشرقية")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _NAME_ADJECTIVES or "_" in name:
        return []
    forms = [" ".join([*words[:-1], "ال" + words[-1]])]
    if not words[0].startswith("ال"):
        forms.append(" ".join(["ال" + words[0], *words[1:-1], "ال" + words[-1]]))
    return forms


def _holds_place(key: str, by_key: dict[str, list[Entry]]) -> bool:
    """Whether some run of the words of ``key`` is a place name ("درعا 24" holds "درعا")."""
    words = key.split()
    return any(" ".join(words[a:b]) in by_key for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def load_gazetteer(user: Path | None = None, problems: list[str] | None = None) -> Gazetteer:
    """Build the gazetteer from the bundled data plus the user's imports (``user`` dir)."""
    d = data_dir()
    entries = read_places_csv(d / "places.csv", "bundled", problems)
    entries += read_sites(d / "sites.tsv", problems)
    entries += read_regions(d / "regions.tsv", problems)
    foreign = read_foreign(d / "foreign.tsv", problems)
    for e in foreign:
        if e.level == "country":
            _COUNTRY_NAMES.setdefault(e.country, e.name_en)
    entries += foreign
    udir = user if user is not None else user_dir()
    if udir.is_dir():
        for p in sorted(udir.glob("*.csv")):
            entries += read_places_csv(p, f"user:{p.stem}", problems)
    words = read_lexicon(d / "place_words.tsv", ("alias", "action"), {"action": WORD_ACTIONS}, problems)
    blocked = {norm_key(w["alias"]) for w in words if w["action"] == "block"}
    orgs = [r["name"] for r in read_lexicon(d / "org_names.tsv", ("name",), None, problems)]
    return Gazetteer(entries, blocked, orgs, [n for o in outlets() for n in o.names_ar])


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return load_gazetteer()


@lru_cache(maxsize=1)
def reading_rules() -> tuple[dict[str, str], dict[str, str]]:
    """``(cue word → role, alias → action)``, normalised keys."""
    d = data_dir()
    cues = {norm_key(r["word"]): r["role"]
            for r in read_lexicon(d / "cues.tsv", ("word", "role"), {"role": CUE_ROLES})}
    words = {norm_key(r["alias"]): r["action"]
             for r in read_lexicon(d / "place_words.tsv", ("alias", "action"), {"action": WORD_ACTIONS})}
    return cues, words


ORG_WORD_KINDS = {"campus_place", "campus_verb", "affiliation", "office"}  # org_words.tsv


@lru_cache(maxsize=1)
def org_words() -> dict[str, tuple[str, ...]]:
    """The words of ``org_words.tsv`` by kind (:data:`ORG_WORD_KINDS`), in the file's order: the words around
    "جامعة X" that make the university's town the place of an act or the university a person's affiliation
    (normalised), and the head nouns of a state's office as written ("وزير", "حكومة", "حكومه")."""
    out: dict[str, list[str]] = {k: [] for k in ORG_WORD_KINDS}
    for r in read_lexicon(data_dir() / "org_words.tsv", ("word", "kind"), {"kind": ORG_WORD_KINDS}):
        word = r["word"] if r["kind"] == "office" else norm_key(r["word"])
        if word not in out[r["kind"]]:
            out[r["kind"]].append(word)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def national_capitals() -> dict[str, PlaceRef]:
    """English country name → the place of its capital (``capitals.tsv``: ids of ``foreign.tsv`` cities)."""
    g = get_gazetteer()
    out: dict[str, PlaceRef] = {}
    for r in read_lexicon(data_dir() / "capitals.tsv", ("id",), None):
        e = g.entries.get(r["id"])
        if e is not None:
            ref = g.to_ref(e)
            out.setdefault(ref.country, ref)
    return out


def validate(user: Path | None = None) -> list[str]:
    """Every problem in the bundled and user data files, as ``file:line: message``."""
    problems: list[str] = []
    g = load_gazetteer(user, problems)
    for lineno, r in enumerate(read_lexicon(data_dir() / "capitals.tsv", ("id",), None, problems), 1):
        if r["id"] not in g.entries or g.entries[r["id"]].level != "foreign_city":
            problems.append(f"capitals.tsv: row {lineno}: {r['id']!r} is no foreign.tsv city")
    read_lexicon(data_dir() / "cues.tsv", ("word", "role"), {"role": CUE_ROLES}, problems)
    read_lexicon(data_dir() / "org_words.tsv", ("word", "kind"), {"kind": ORG_WORD_KINDS}, problems)
    return problems
