"""Nationality adjectives (``data/gazetteer/demonyms.tsv``) and the countries they name.

The country rows of the gazetteer with no point (:func:`countries`), the forms of the adjectives that qualify a
place or people (:func:`demonyms`, :func:`demonym_forms`), and the reading of an adjective after a place head noun
("مدينة بيشاور الباكستانية": :func:`place_adjective_countries`) or after a force ("الشرطة الباكستانية":
:func:`adjective_after`).  Read by the geo, actors and events stages alike, so it lies below all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.arabic.normalize import norm_key
from rasd.document import PlaceRef, Span
from rasd.geo.gazetteer import DEMONYMS_FILE, get_gazetteer, reading_rules
from rasd.tsv import read_rows

# head nouns a nationality adjective may qualify as a place ("مدينة بيشاور الباكستانية", "الأراضي
# اللبنانية"): the gazetteer's settlement, admin, region and site cue words and these
_PLACE_HEADS = ("عاصمة", "ولاية", "إقليم", "أراضي", "مقاطعة", "جامعات", "شوارع", "عواصم", "ساحات", "ولايات", "كليات")
_HEAD_ROLES = frozenset({"settlement", "admin", "region", "site"})
_HEAD_GAP = 3  # words that may stand between a place head and its adjective (the place's name)
# words that end the phrase of a place head: the adjective after them qualifies something else
_PHRASE_ENDS = frozenset(norm_key(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "بين", "ضد", "التي", "الذي"))
AR_WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+")
_PLAIN_GAP = re.compile(r"[\s\"'«»“”]*")


@lru_cache(maxsize=1)
def countries() -> dict[str, PlaceRef]:
    """ISO3 and English name → the country with no point (the gazetteer's country rows, foreign.tsv)."""
    g = get_gazetteer()
    out: dict[str, PlaceRef] = {}
    for e in g.entries.values():
        if e.level == "country" and e.country:
            r = g.to_ref(e)
            ref = PlaceRef(id=r.id, name_en="", name_ar="", level="country", lat=None, lon=None,
                           country=r.country, iso=r.iso, geo_precision=3)
            out.setdefault(e.country, ref)
            out.setdefault(r.country, ref)
    return out


@lru_cache(maxsize=1)
def demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """Normalised forms of the nationality adjectives → country name: the forms that qualify a place
    (singular, feminine: "الباكستانية") and those that qualify people or forces (plural, dual, accusative
    too: "لبنانيين", "لبنانياً")."""
    known = countries()
    place: dict[str, str] = {}
    people: dict[str, str] = {}
    for _, c in read_rows(DEMONYMS_FILE):
        if len(c) < 2 or c[1] not in known:
            continue
        adj, name = norm_key(c[0]), known[c[1]].country
        for form in _adjective_forms(adj):
            people.setdefault(form, name)
        for end in ("", "ه"):
            place.setdefault(adj + end, name)
            place.setdefault("ال" + adj + end, name)
    return place, people


@lru_cache(maxsize=1)
def demonym_iso3() -> dict[str, str]:
    """The definite masculine forms of the nationality adjectives of demonyms.tsv (normalised) → ISO3 (every row,
    whether or not the gazetteer holds its country)."""
    return {norm_key("ال" + c[0]): c[1] for _, c in read_rows(DEMONYMS_FILE) if len(c) >= 2 and c[0]}


@lru_cache(maxsize=1)
def demonym_forms() -> dict[str, str]:
    """Every normalised form of the nationality adjectives (people, forces, places) → country name."""
    place, people = demonyms()
    return {**place, **people}


def _adjective_forms(adj: str) -> list[str]:
    """The forms of a normalised masculine adjective: feminine, plural, dual, accusative, definite."""
    ends = ("", "ه", "ين", "ون", "ات", "ان", "تان", "تين")
    return [w for e in ends for w in (adj + e, "ال" + adj + e)] + [adj + "ا"]


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """Normalised place head nouns, without ال."""
    cues, _ = reading_rules()
    heads = {w for w, role in cues.items() if role in _HEAD_ROLES} | {norm_key(w) for w in _PLACE_HEADS}
    return frozenset(w[2:] if w.startswith("ال") else w for w in heads)


def _is_head(word: str) -> bool:
    """A place head noun, with its clitics ("بمدينة", "والأراضي", "المدينة")."""
    heads = _place_heads()
    forms = [word]
    if word[:1] in ("و", "ف"):
        forms.append(word[1:])
    forms += [w[1:] for w in list(forms) if w[:1] in ("ب", "ل", "ك")]
    forms += [w[2:] for w in list(forms) if w.startswith("ال")]
    forms += [w[1:] for w in list(forms) if w.startswith("لل")]
    return any(w in heads for w in forms)


def adjective_after(text: str, pos: int, forms: dict[str, str], limit: int) -> str:
    """The country of the first nationality adjective among the ``limit`` words after ``pos``, with no
    punctuation and no word that ends the phrase before it; "" when there is none."""
    return adjective_at(text, pos, forms, limit)[0]


def adjective_at(text: str, pos: int, forms: dict[str, str], limit: int) -> tuple[str, int]:
    """The country of that adjective (:func:`adjective_after`) and the end of the adjective ("", -1 when none)."""
    prev = pos
    for k, m in enumerate(AR_WORD.finditer(text, pos)):
        if k >= limit or not _PLAIN_GAP.fullmatch(text, prev, m.start()):
            return "", -1
        w = norm_key(m.group())
        if w in forms:
            return forms[w], m.end()
        if w in _PHRASE_ENDS:
            return "", -1
        prev = m.end()
    return "", -1


@lru_cache(maxsize=16384)
def _word_key(word: str) -> str:
    """``norm_key`` of one word of the text (kept: the same words come back in every sentence)."""
    return norm_key(word)


def place_adjective_countries(text: str, s: Span, skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The countries the nationality adjectives after a place head noun of sentence ``s`` name, in order, with the
    text from the head on ("مدينة بيشاور الباكستانية", "الجامعات الأميركية", "مدن ومناطق تركية"); ``skip``: head
    words (normalised, without clitics) not read."""
    place_forms = demonyms()[0]
    out: list[tuple[str, str]] = []
    for m in AR_WORD.finditer(text, s.start, s.end):
        w = _word_key(m.group())
        if _is_head(w) and not any(w.endswith(h) for h in skip):
            c, end = adjective_at(text[:s.end], m.end(), place_forms, _HEAD_GAP + 1)
            if c:
                out.append((c, text[m.start():end]))
    return out
