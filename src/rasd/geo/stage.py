"""Place stage: find place mentions and resolve them against the gazetteer (layer ``places``).

One Aho-Corasick pass finds every gazetteer name (clitic-aware, longest match, so
``مطار حلب الدولي`` beats ``حلب`` and ``قوات سوريا الديمقراطية`` hides ``سوريا``).  Each hit is
then read with the words around it (data: ``cues.tsv``, ``place_words.tsv``):

- ``مدينة/بلدة/قرية/حي X`` → the settlement; ``محافظة X`` → the governorate; ``منطقة/ناحية X`` →
  the district/subdistrict (located at its seat town, geo_precision 2);
- ``ريف X [الغربي…]`` → a region (role ``region``): the governorate (precision 3) or the district /
  town (precision 2); a compass adjective moves the point toward that side of the governorate;
- ``قرب/محيط X`` → role ``near``, precision 2; ``طريق X`` → role ``road``, precision 2;
- ``X شمالي Y`` (also "X، شمالي Y") → Y is only a reference (role ``reference``) that picks X's
  governorate.  Y names the city when X lies within 30 km of Y's city ("القصير غربي حمص", "أريحا
  جنوب إدلب": the city's surroundings) and the governorate when X is farther or unlocated ("جاسم
  شمالي درعا"); a bare "في شمالي حلب" (no X: a wide area) is the governorate, role ``region``.  A
  namesake of X within 60 km of Y's city is X even across a governorate line ("السيدة زينب جنوبي
  دمشق" lies in Rif Dimashq), and within 30 km for "X في Y" ("منطقة السيدة زينب في دمشق");
  "حي X في Y" → Y is the city;
- a plural place noun's cue carries along its list ("بلدات X وY وZ", "قرى X، وY"), also past up
  to three names the gazetteer lacks, and stops at a word that is no name (a preposition, a
  pronoun-suffixed noun, another cue word);
- a name after ``أبو/الشيخ/…`` is a person, after ``شبكة/تجمع/…`` an outlet: skipped;
- names that are also everyday words or person names (``جاسم``) need a cue or a preposition.

One sense per article: a name read with a place cue (مدينة/منطقة/قرب X) fixes the entry of its
uncued mentions in the same article (a person reading of one mention removes only that mention).

Namesakes are resolved with the governorates the article names (and a direct reference);
a bare governorate name (``درعا``) reads as its capital city, except when it is listed only with
other governorates ("في الحسكة ودير الزور", "بين درعا والقنيطرة", "محافظات …", "إدلب وشمالي حلب")
and no member has a city cue or a quarter before it, when it is the second member of an elided
countryside ("ريفي إدلب واللاذقية", "أرياف حماة وحلب"), or when a compass part of the country
places it ("في إدلب شمال غربي سوريا"), or when its areas are meant ("في مناطق إدلب"): then it is the governorate.
Named regions (``regions.tsv``:
"المنطقة الجنوبية", "شرق الفرات", "البحر المتوسط", …) are plain gazetteer rows; a compass region
followed by the area it divides ("المنطقة الشمالية من ريف حماة") is skipped.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from rasd.arabic.matcher import Match
from rasd.arabic.normalize import SHORT_VOWELS, NormText, norm_key
from rasd.document import Document, PlaceRef, Span
from rasd.geo.gazetteer import ISO_NUM, Entry, Gazetteer, get_gazetteer, org_words, reading_rules

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[.!?؟\n:؛;]")
_DIR_ADJ = {"الغربي": (0, -1), "الشرقي": (0, 1), "الشمالي": (1, 0), "الجنوبي": (-1, 0),
            "الاوسط": (0, 0), "الغربيه": (0, -1), "الشرقيه": (0, 1), "الشماليه": (1, 0),
            "الجنوبيه": (-1, 0)}
_STRONG_CUES = {"settlement", "admin", "admin_gov", "region", "region_gov", "near"}
_LOCAL_LEVELS = {"city", "community", "town", "subdistrict", "neighbourhood"}
_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "وفي", "في")  # "فيريف": a glued preposition
# the first letters of those clitics and of "لل": a word opening with none of them is read as it stands
_CLITIC_INITIALS = frozenset(p[0] for p in (*_CLITICS, "لل"))


def _strip(word: str, cues: dict[str, str]) -> tuple[str, str]:
    """``(prefix, stem)`` of a word whose stem is a cue word (else ``("", word)``)."""
    if word in cues or word[:1] not in _CLITIC_INITIALS:
        return "", word
    for p in _CLITICS:
        if word.startswith(p) and word[len(p):] in cues:
            return p, word[len(p):]
    if word.startswith("لل") and "ال" + word[2:] in cues:
        return "ل", "ال" + word[2:]
    return "", word


# a journey right before "لX": the city is where it goes ("زيارته لواشنطن", "وصول الوفد لموسكو")
_VISIT_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:زيار|وصول|رحل|عود|توجه|سفر|قدوم|جول)[^\s]*\s+(?:[^\s]+\s+){0,2}$")
_VERB_AFFIXES = re.compile(r"^[وف]?(?P<fut>س)?(?P<stem>[تي]\S+?|\S+?ت)(?P<obj>ه|ها|هم|هما)?$")


def _state_verb(word: str, cues: dict[str, str]) -> str:
    """``"state"`` for a ``state`` cue verb with a future prefix or an object pronoun ("ستعتبره موسكو",
    "وسترسل واشنطن", "أبلغتها طهران"): the capital after it is still its government (else "")."""
    m = _VERB_AFFIXES.match(word)
    if m is None or not (m.group("fut") or m.group("obj")):
        return ""
    return "state" if cues.get(m.group("stem")) == "state" else ""


def _introduced_noun(text: str, m: Match) -> bool:
    """Whether an everyday-noun name with the article ("المزرعة": the farm; ``place_words.tsv`` ``anaphor``) follows
    the same noun without it earlier in the text ("داهمت مزرعة غربي المدينة ... العاملين في المزرعة"): the
    article then points back at the thing the text introduced, and only a settlement, admin, region or near cue
    word ("بلدة المزرعة", "أطراف المزرعة") makes it the place."""
    if " " in m.key or not m.key.startswith("ال") or len(m.key) < 6:
        return False
    bare = re.escape(m.key[2:])
    return re.search(rf"(?<!\w)(?:و|ف|ب|ل|وب|ول|فب)?{bare}(?!\w)", text[:m.nstart]) is not None


def _cue_ok(need: str, cue: str) -> bool:
    """Whether a reading's cue satisfies a row's ``needs_cue`` (``cue``: any place cue or a locative
    preposition; ``strong``: a settlement/admin/region/near cue word)."""
    if need == "strong":
        return cue in _STRONG_CUES
    return need != "cue" or cue not in ("", "direction", "road")


def _row_cue(e: Entry, r: _Reading) -> str:
    """The cue a row's ``needs_cue`` is checked against: a compass word before a town abroad flagged ``cue``
    ("شرق الخيام", "شمال مالي") locates the town (an everyday noun or an outlet takes none: "الخيام" tents);
    a compass word before a town head ("غربي مدينة X") reads as the town head."""
    if r.town or (r.cue == "direction" and e.needs_cue == "cue" and _foreign(e)):
        return "settlement"
    return r.cue


def _words_before(text: str, pos: int, n: int = 5) -> list[tuple[int, int, str]]:
    """Up to ``n`` words before ``pos`` in the same sentence, nearest first."""
    lo = max(0, pos - 60)
    window = text[lo:pos]
    cut = max((m.end() for m in _STOP.finditer(window)), default=0)
    words = [(lo + m.start(), lo + m.end(), m.group()) for m in _WORD.finditer(window, cut)]
    return words[::-1][:n]


_STREET_HEADS = frozenset(norm_key(w) for w in ("شارع", "الشارع", "وشارع", "بشارع", "لشارع",
                                                 "شارعي", "بشارعي", "وشارعي", "لشارعي", "شارعا"))
_STREET_STEM = norm_key("شارع")
# the second name of two streets: "عبر شارعي X وY" (X of one or two words, then "و")
_STREET_PAIR = re.compile(r"(?:^|\s)[وبل]?" + norm_key("شارعي") + r"\s+\S+(?:\s+\S+)?\s+$")


def _street_name(text: str, pos: int, prefix: str = "") -> bool:
    """The name right after a street head ("شارع X", "شارعي X وY") names the street, not the place X."""
    if prefix == "و":
        return bool(_STREET_PAIR.search(text, max(0, pos - 40), pos - 1))
    if prefix or _STREET_STEM not in text[max(0, pos - 9):pos]:
        return False  # every head ends in this stem (or a dual ending) right before the name
    before = _words_before(text, pos, 1)
    return bool(before) and before[0][1] == pos - 1 and before[0][2] in _STREET_HEADS


# the preposition a participle that is also a place name governs ("المطلة على": overlooking)
_GOVERNED = frozenset(norm_key(w) for w in ("على", "عليه", "عليها", "عليهما", "عليهم"))
# after a one-word region noun (place_words.tsv ``noun``): an adjective ("الضفة الشرقية", "المقابلة") or a river
# ("لنهر", "للفرات"): the everyday noun (a bank), not the region
_BANK_MODIFIER = re.compile(r"(?:ال|لنهر|للنهر|لل(?:فرات|عاصي|نيل|اردن|خابور|قناه)|لقناه|لدجله)")
# within two words after any ``noun`` name ("الضفة الغربية لنهر الفرات", "… للنهر"): a river's bank
_RIVER_WORDS = frozenset(norm_key(w) for w in ("لنهر", "للنهر", "النهر", "نهر", "للفرات", "لنهري", "للعاصي",
                                                 "لدجلة"))
# an article that speaks of a river's banks ("ضفة نهر X", "الضفة اليمنى", "ضفتي النهر", "على ضفاف"; normalised text):
# a bare "الضفة" in it ("على طول الضفة،") is that river's bank, not the West Bank
_RIVER_BANKS = re.compile(r"(?<!\S)[وبلف]?(?:ال|لل)?(?:ضف(?:ه|تي|تا|تين)\s+(?:ال)?(?:نهر|يمني|يسري|مقابله|اخري)(?!\w)"
                          r"|ضف(?:تي|تا|تين|ت)(?:ه|ها|هما)?(?!\w)|ضفاف\S{0,3}(?!\w))")
_POSITION_HEADS = frozenset(norm_key(w) for w in ("موقع", "الموقع"))


def _position_abroad(text: str, m: Match, cands: list[Entry], outlet_keys: set[str], cues: dict[str, str]) -> bool:
    """"موقع X" names a website ("موقع والاه") unless X is a place abroad below the country, not an outlet's name:
    then it is the army position at X ("موقع المالكية", "موقع "رويسات العلم"")."""
    before = _words_before(text, m.nstart - len(m.prefix), 1)
    return bool(before) and _strip(before[0][2], cues)[1] in _POSITION_HEADS and m.key not in outlet_keys \
        and all(_foreign(e) and e.level != "country" for e in cands)


# "جامعة X" names the university by its town: the town is where an act at the university happens ("اقتحمت القوات جامعة
# بيرزيت", "وقفة احتجاجية لطلاب جامعة طهران", "تظاهر الطلاب في جامعة بغداد"), when the words before it place
# something there (a locative, a raid's verb, the students); never a person's affiliation ("الأستاذ في جامعة طهران")
# nor a speaker ("قال رئيس جامعة X"): the words of org_words.tsv
_CAMPUS_HEAD = norm_key("جامعة")
_CAMPUS_LEVELS = frozenset({"city", "foreign_city", "town"})


def _campus(text: str, r: _Reading, cands: list[Entry], cues: dict[str, str]) -> bool:
    """The organisation cue before the name is "جامعة" and the name may be a town, with a word of org_words.tsv
    before it that places something there (a locative, its students, a raid's verb) and no person's title: the
    university's town, an event place (see ``_CAMPUS_HEAD``)."""
    if r.cue_start < 0 or not any(e.level in _CAMPUS_LEVELS for e in cands):
        return False
    w = _WORD.match(text, r.cue_start)
    if w is None:
        return False
    prefix, stem = _strip(w.group(), cues)
    if stem != _CAMPUS_HEAD:
        return False
    words = org_words()
    affiliation, place = words["affiliation"], words["campus_place"]
    before = _words_before(text, r.cue_start, 5)
    if any(_strip(b, cues)[1] in affiliation or b in affiliation for _s, _e, b in before[:3]):
        return False
    if "ب" in prefix:
        return True  # "بجامعة X"
    if not before:
        return False
    b0 = before[0][2]
    if b0 in place or (b0[:1] in ("و", "ف") and b0[1:] in place):
        return True
    # a raid's verb up to six words before, its commas too ("اقتحمت قوات الاحتلال، فجر اليوم، جامعة X")
    clause = re.split(r"[.!?؟:؛;\n]", text[max(0, r.cue_start - 80):r.cue_start])[-1]
    verbs = words["campus_verb"]
    return any(b.startswith(verbs) or (b[:1] in ("و", "ف") and b[1:].startswith(verbs))
               for b in _WORD.findall(clause)[-6:])


def _placed_abroad_after(text: str, end: int, cands: list[Entry], g: Gazetteer, cues: dict[str, str]) -> bool:
    """A locating phrase right after the name puts it in a place abroad that holds one of its entries' countries
    ("البريج وسط قطاع غزة", "X جنوبي لبنان"): the name is that place abroad, not an everyday word."""
    countries = {e.country for e in cands if _foreign(e)}
    after = _words_after(text, end, 5)
    if not countries or not after:
        return False
    k = 0
    while k < len(after) and (after[k][2] in _ABROAD_GAP or cues.get(_strip(after[k][2], cues)[1]) == "direction"):
        k += 1
    if k == 0 or (after[0][2].startswith("و") and after[0][2] not in _ABROAD_GAP):
        return False
    for n in range(min(3, len(after) - k), 0, -1):
        key = " ".join(w for _s, _e, w in after[k:k + n])
        if any(e.country in countries for e in g.by_key.get(key, [])):
            return True
    return False


def _words_after(text: str, pos: int, n: int = 3) -> list[tuple[int, int, str]]:
    window = text[pos:pos + 40]
    m = _STOP.search(window)
    if m:
        window = window[: m.start()]
    return [(pos + w.start(), pos + w.end(), w.group()) for w in _WORD.finditer(window)][:n]


def _state_after(text: str, pos: int, cues: dict[str, str]) -> bool:
    """The word right after a capital is a present-tense ``state`` verb (its t- form agrees with the city as its
    subject: "واشنطن تعترف", "موسكو تنفي"): the city is the government that speaks ("تعرّض", was hit, is not one)."""
    nxt = _words_after(text, pos, 1)
    if not nxt or nxt[0][0] - pos > 2:
        return False
    w = nxt[0][2]
    return w.startswith("ت") and w != norm_key("تعرض") and cues.get(w) == "state"


def _part_of(text: str, pos: int, g: Gazetteer, cues: dict[str, str]) -> bool:
    """A compass region followed by the area it divides: "… من ريف X", "… لمحافظة X" (not "من سوريا")."""
    nxt = _words_after(text, pos, 3)
    if not nxt:
        return False
    words = [w for _s, _e, w in nxt]
    if words[0] == "من":
        words = words[1:]
    elif words[0].startswith("لل"):
        words[0] = "ال" + words[0][2:]
    elif words[0].startswith("ل"):
        words[0] = words[0][1:]
    else:
        return False
    if not words or words[0] in ("سوريا", "سوريه", "البلاد"):
        return False
    return cues.get(words[0]) in ("settlement", "admin", "region") or words[0] in g.by_key \
        or " ".join(words[:2]) in g.by_key


class _Reading:
    __slots__ = ("cue", "cue_start", "dirs", "end", "governor", "inherit", "key", "start", "town")

    def __init__(self) -> None:
        self.cue = ""  # role of the cue word before the name
        self.cue_start = -1  # normalised offset where the cue begins (for region spans)
        self.dirs: tuple[int, int] | None = None  # compass adjective after a region
        self.end = -1  # normalised end of the region phrase
        self.governor = False  # "محافظ X" (X's governor): X is a governorate or a place abroad, never a village
        self.inherit = False
        self.key = ""  # the name without a cue head ("منطقة X" listed as a name → X)
        self.start = -1
        self.town = False  # a compass word before a town head: "غربي مدينة X" (the town's side)


# heads of one settlement that a near or compass word may stand before: "محيط مدينة X", "غربي بلدة X", also a
# settlement or barracks across the border ("قرب مستوطنة X", "بالقرب من ثكنة X": near it, geo_precision 2)
_TOWN_HEADS = frozenset({"مدينه", "بلده", "قريه", "مخيم", "مستوطنه", "مستعمره", "ثكنه"})
# their plurals and duals: "أطراف بلدات X وY", "محيط بلدتي X وY" (the near word then holds for each town listed)
_TOWNS_HEADS = frozenset({"بلدات", "قري", "مدن", "بلدتي", "قريتي", "مدينتي", "مخيمات"})
# the district heads that the place lists write into a name ("قضاء الدبس", "مديرية لودر", "مجمع خانصور") though the
# cue words do not hold them (bare "قضاء" is also the judiciary): the listed name carries its own cue, after "لـ" too
# ("قرية X التابعة لقضاء الدبس"; session 43, iq30)
_ALIAS_ADMIN_HEADS = frozenset({"قضاء", "مديريه", "مجمع"})


def _near_town(before: list[tuple[int, int, str]], r: _Reading, cues: dict[str, str]) -> tuple[str, int] | None:
    """The words before a town head ("مدينة", "بلدة" …) put the place near the town ("محيط مدينة X",
    "بالقرب من بلدة X": role ``near``) or on one side of it ("7 كم غربي مدينة X": role ``direction``,
    :attr:`_Reading.town` set): ``(role, start of the cue)``; None when they do neither."""
    if not before:
        return None
    one = _strip(before[0][2], cues)[1]
    two = " ".join(w for _, _, w in before[1::-1]) if len(before) > 1 else ""
    two_role = cues.get(_strip(two, cues)[1], "") if two else ""
    if two_role in ("near", "direction", "near_town"):
        # ("near_town": a cue that puts a place near only before a town head, "القريبة من مدينة X")
        role, start = ("near" if two_role == "near_town" else two_role), before[1][0]
    elif cues.get(one) in ("near", "direction"):
        role, start = cues[one], before[0][0]
    else:
        return None
    r.town = role == "direction"
    return role, start


_CLOSE_TO = frozenset(norm_key(w) for w in ("مقربة من", "مقرب من", "مقربون من", "مقربين من"))
_ON_WORDS = frozenset(norm_key(w) for w in ("على", "وعلى"))


def _read_context(text: str, nstart: int, nend: int, prefix: str, cues: dict[str, str]) -> _Reading:
    r = _Reading()
    before = _words_before(text, nstart - len(prefix))
    if "ب" in prefix:
        r.cue = "locative"
    if before:
        s0, _e0, w0 = before[0]
        p0, stem0 = _strip(w0, cues)
        s0 += len(p0)
        role0 = cues.get(stem0, "") or _state_verb(w0, cues)
        two = " ".join(w for _, _, w in before[1::-1]) if len(before) > 1 else ""
        if two and cues.get(_strip(two, cues)[1]) == "direction":
            role0, s0 = "direction", before[1][0]
        elif two and cues.get(_strip(two, cues)[1]) in ("road", "near", "org"):
            # two-word cues: "طريق عام X", "بالقرب من X", "شبكة أخبار X" (an outlet)
            role0, s0 = cues[_strip(two, cues)[1]], before[1][0]
        elif two in _CLOSE_TO and (len(before) < 3 or before[2][2] not in _ON_WORDS):
            # "وسائل إعلام مقرّبة من واشنطن", "فصائل مقربة من طهران": allegiance, not "على مقربة من X" (near X)
            role0, s0 = "org", before[1][0]
        if stem0 in ("محافظه", "مدينه", "بلده", "قريه") and len(before) > 1 \
                and _strip(before[1][2], cues)[1] in ("ريف", "ريفي"):
            role0, s0 = "region", before[1][0]
        elif (stem0 in _TOWN_HEADS or stem0 in _TOWNS_HEADS) and (near := _near_town(before[1:], r, cues)) is not None:
            role0, s0 = near  # "في محيط بلدة X", "قرب مدينة X", "شرقي مدينة X"
        elif stem0 in ("من", "ل") or prefix.endswith("ل"):
            # "الريف الغربي من محافظة درعا", "الريف الشرقي لدير الزور"
            for i, (s, _e, w) in enumerate(before[:4]):
                if w in ("الريف", "والريف", "بالريف", "في الريف"):
                    role0, s0 = "region", s
                    # "الريف الشرقي لدير الزور", "الريف الشمالي لحماة": the side stands before the name (not read for
                    # "… من محافظة X", which the name "محافظة X" reads as the governorate)
                    sides = [_DIR_ADJ[a] for _s, _e, a in before[:i] if a in _DIR_ADJ]
                    if len(sides) == 1 and sides[0] != (0, 0):
                        r.dirs = sides[0]
                    break
        if role0 == "admin" and stem0 in ("محافظه", "محافظتي", "محافظات", "محافظ"):  # "محافظ X": X's governor
            role0 = "admin_gov"
            r.governor = stem0 == "محافظ"
        if role0:
            r.cue, r.cue_start = role0, s0
    if r.cue == "region":
        after = _words_after(text, nend)
        dy = dx = 0
        end = nend
        sides = 0
        for _s, e, w in after[:2]:
            d = _DIR_ADJ.get(w[1:] if w.startswith("و") and w[1:] in _DIR_ADJ else w)
            if d is None:
                break
            dy, dx, end, sides = dy + d[0], dx + d[1], e, sides + 1
        if end > nend:
            r.dirs, r.end = (max(-1, min(1, dy)), max(-1, min(1, dx))), end
            if sides > 1 and r.dirs == (0, 0):
                r.dirs = None  # "ريفي دير الزور الشرقي والغربي": opposite sides, the whole countryside
    return r


def _pick(g: Gazetteer, cands: list[Entry], cue: str, context: dict[str, float],
          ref_admin1: str = "", ref_entry: Entry | None = None) -> tuple[Entry, int] | None:
    """Choose the entry for a reading; return it with its geo_precision."""
    if not cands:
        return None

    def ctx(e: Entry) -> float:
        if ref_admin1:
            return 10.0 if e.admin1 == ref_admin1 else 0.0
        return context.get(e.admin1, 0.0)

    def order(e: Entry) -> tuple[bool, float, int, bool, int]:
        unlocated = e.level == "community" and not e.point  # OCHA row with its parent's point: last
        return (unlocated, -ctx(e), e.rank, not e.point, -e.population)

    if ref_admin1:
        local = [e for e in cands if e.admin1 == ref_admin1]
        if not local:  # a namesake elsewhere: locate at the town or governorate the text names
            if ref_entry is not None:
                return ref_entry, 2
            gov = g.entries.get(ref_admin1)
            return (gov, 3) if gov else None
        cands = local
    if cue in ("admin_gov", "region_gov", "direction", "container"):
        govs = [e for e in cands if e.level == "governorate"]
        if govs:
            return min(govs, key=order), 3
    if cue == "region":
        for lvl in ("governorate", "district", "subdistrict"):
            lv = [e for e in cands if e.level == lvl]
            if lv:
                e = min(lv, key=order)
                return e, 3 if lvl == "governorate" else 2
        e = min(cands, key=order)
        return e, 2
    if cue == "admin":  # منطقة / ناحية X: the area, located at its seat town when we have one
        areas = [e for e in cands if e.level in ("district", "subdistrict")]
        towns = [e for e in cands if e.level in ("city", "community", "town") and e.point]
        if areas and towns:
            a = min(areas, key=order)
            same = [t for t in towns if t.admin2 == a.admin2 or t.admin3 == a.admin3]
            if same:
                return min(same, key=order), 2
        if areas:
            return min(areas, key=order), 2
    # settlement reading: prefer places over admin areas; a governorate name → its capital
    places = [e for e in cands if not e.is_admin_area] or cands
    e = min(places, key=order)
    prec = e.precision
    if e.level == "governorate":
        prec = 3
    elif e.level in ("district", "subdistrict"):
        prec = 2
    return e, prec


_GOV_BOX: dict[str, tuple[float, float, float, float]] = {}
_GOV_RINGS: dict[str, list[list[list[float]]]] = {}  # a governorate's outer rings, [lon, lat] points


def _shift(g: Gazetteer, e: Entry, dirs: tuple[int, int]) -> tuple[float | None, float | None]:
    """A point halfway from a governorate's centre toward the side named by a compass adjective."""
    if e.lat is None or e.lon is None or e.level != "governorate":
        return e.lat, e.lon
    if not _GOV_BOX:
        _load_boxes()
    box = _GOV_BOX.get(e.id)
    if not box:
        return e.lat, e.lon
    s, w, n, east = box
    dy, dx = dirs
    lat = e.lat + (((n - e.lat) if dy > 0 else (e.lat - s)) * 0.5 * dy)
    lon = e.lon + (((east - e.lon) if dx > 0 else (e.lon - w)) * 0.5 * dx)
    cap = _capital(g, e)
    if cap is not None and cap.lat is not None and cap.lon is not None and (dy or dx):
        norm = math.hypot(dy, dx)
        side_lat = cap.lat + dy / norm * _SIDE_KM / 111.2
        side_lon = cap.lon + dx / norm * _SIDE_KM / (111.2 * math.cos(math.radians(cap.lat)))
        drift = great_circle_km(cap.lat, cap.lon, lat, lon)
        if drift > _SIDE_DRIFT_KM:
            # "ريف حماة الشمالي", "ريف حمص الشمالي": the countryside of a governorate is its capital's countryside; a
            # governorate whose centre lies in its desert (Homs, Hama, Aleppo, Deir ez-Zor) would put the side tens
            # of km out in the desert (the north of Homs governorate is 140 km east of Rastan): a point that far
            # toward the side from the capital instead
            lat, lon = side_lat, side_lon
        elif drift < _SIDE_MIN_KM and _in_governorate(e.id, side_lat, side_lon):
            # "ريف حلب الغربي", "ريف حماة الغربي", "ريف إدلب الشمالي": a governorate whose centre lies on the other
            # side of its capital (Aleppo's centre is 40 km east of the city) would put the western countryside in
            # the city's western quarters; the front villages of that side lie 20-30 km out: the point that far
            # toward the side from the capital, where it is still inside the governorate (not the sea west of
            # Latakia, not Jordan south of Daraa)
            lat, lon = side_lat, side_lon
    return round(lat, 5), round(lon, 5)


def governorate_box(gov_id: str) -> tuple[float, float, float, float] | None:
    """The bounding box (south, west, north, east) of governorate ``gov_id``'s outline, None when unknown."""
    if not _GOV_BOX:
        _load_boxes()
    return _GOV_BOX.get(gov_id)


def _in_governorate(gov_id: str, lat: float, lon: float) -> bool:
    """The point lies inside the outline of governorate ``gov_id`` (ray casting over its outer rings)."""
    if not _GOV_BOX:
        _load_boxes()
    for ring in _GOV_RINGS.get(gov_id, []):
        inside = False
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i][0], ring[i][1]
            xj, yj = ring[j][0], ring[j][1]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        if inside:
            return True
    return False


_SIDE_KM = 25.0  # a side of a governorate's countryside: this far from its capital toward that side ...
_SIDE_DRIFT_KM = 40.0  # ... when the point halfway from the governorate's centre to its edge lies farther out
_SIDE_MIN_KM = 15.0  # ... or nearer than this (the side's point would be a quarter of the capital itself)
_CAPITAL: dict[str, Entry | None] = {}


def _capital(g: Gazetteer, e: Entry) -> Entry | None:
    """The located town a governorate is named after and that lies in it (its capital), None when there is none."""
    if e.id not in _CAPITAL:
        _CAPITAL[e.id] = next((c for c in g.entries.values() if c.level in ("city", "community")
                               and c.admin1 == e.id and c.name_ar == e.name_ar
                               and c.lat is not None and c.lon is not None), None)
    return _CAPITAL[e.id]


def _load_boxes() -> None:
    import json

    from rasd.geo.gazetteer import data_dir

    p = data_dir() / "admin1.geojson"
    if not p.is_file():
        return
    for f in json.loads(p.read_text(encoding="utf-8"))["features"]:
        pts: list[list[float]] = []
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for poly in polys:
            pts.extend(poly[0])
        _GOV_RINGS[f["properties"]["ADM1_PCODE"]] = [poly[0] for poly in polys]
        lons = [p[0] for p in pts]
        lats = [p[1] for p in pts]
        _GOV_BOX[f["properties"]["ADM1_PCODE"]] = (min(lats), min(lons), max(lats), max(lons))


def _listed(nt: NormText, raw: list[tuple[Match, list[Entry], _Reading, bool]], k: int) -> bool:
    """A cue-only name listed with an accepted place ("جرابلس والباب وأعزاز") is a place too, unless a definite
    noun follows it: then it is a verb before its subject ("قصفت بلدة الخيام، وتدمر الغارات المنازل"); nor when
    a count or an indefinite accusative follows it: then it is a verb before its object ("أسقطت صاروخاً فوق X
    وتدمر 12 مسيّرة", "تصدّ التوغل في X وتدمر عدداً من الآليات")."""
    text = nt.norm
    m = raw[k][0]
    after = _WORD.match(text, m.nend + 1) if text[m.nend:m.nend + 1] == " " else None
    if after is not None and after.group().startswith("ال") and len(after.group()) > 3:
        return False
    if after is not None and _object_word(nt, after):
        return False
    if k > 0 and not raw[k - 1][3] and m.prefix.startswith("و") \
            and not text[raw[k - 1][0].nend:m.nstart - len(m.prefix)].strip(" ،,"):
        return True
    if k + 1 < len(raw) and not raw[k + 1][3]:
        m2 = raw[k + 1][0]
        gap = text[m.nend:m2.nstart - len(m2.prefix)]
        if raw[k][2].cue == "road" and not m2.prefix and gap.strip() in _ROAD_DASHES:
            return True  # "طريق سلمية – حمص": a road named by its two ends
        return m2.prefix.startswith("و") and not gap.strip(" ،,")
    return False


# count words that open the object of a verb ("وتدمر عشرات الآليات", "وتدمر عدداً من"): never a place of a list
_COUNT_OBJECTS = frozenset(norm_key(w) for w in ("عدد", "عددا", "عشرات", "مئات", "آلاف", "بعض", "كل", "أي"))
_TANWEEN_FATH = "\u064b"


def _object_word(nt: NormText, w: re.Match[str]) -> bool:
    """The word ``w`` (of the normalised text) is a count ("42", "عشرات", "عدداً") or a noun written with the
    accusative tanween ("صاروخاً"): the object of a verb, which no list of place names goes on with."""
    word = w.group()
    if word.isdigit() or word in _COUNT_OBJECTS:
        return True
    a, b = nt.orig_span(w.start(), w.end())
    return _TANWEEN_FATH in nt.original[max(a, b - 2):b + 1]


_ROAD_DASHES = frozenset("-–—")


# plural (and dual) settlement nouns that head a list of names: "بلدات X وY وZ", "قريتي X وY"
_LIST_HEADS = frozenset(norm_key(w) for w in (
    "بلدات", "قرى", "مدن", "أحياء", "مزارع", "مخيمات", "بلدتي", "قريتي", "مدينتي", "حيي"))
# words that end a list of names: prepositions, pronouns, particles ("وأجزاء من", "وفي", "والتي")
_NOT_NAMES = frozenset(norm_key(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "حتى", "منذ", "عند", "بين", "خلال", "حيث",
    "أن", "إن", "أنه", "التي", "الذي", "الذين", "هذه", "هذا", "ذلك", "تلك", "كما", "ثم", "قد", "لم",
    "لا", "ما", "كل", "أو", "أي", "غير", "سوى", "هو", "هي", "هم", "أيضا", "أجزاء", "جزء", "محيط"))
_LIST_ITEM_CUES = ("settlement", "person")  # "وقرية X", "وأبو خشب": still a name in the list
_MAX_UNLISTED = 3  # names the gazetteer lacks that a carried list cue may pass over


# a governorate noun whose cue holds for the name listed right after its own: a dual or a plural ("محافظتي الخليل وبيت
# لحم"), or a governorate named by its two towns ("محافظة رام الله والبيرة", "محافظة أريحا والأغوار")
_GOV_LIST_HEAD = re.compile(r"[وفبل]?(?:محافظتي|محافظات|محافظه|محافظة)(?!\w)")


def _head(text: str, pos: int) -> str:
    """The cue word that starts at ``pos``, without a clitic ("وبلدات" → "بلدات")."""
    w = _WORD.match(text, pos)
    if w is None:
        return ""
    word = w.group()
    for p in ("و", "ف", "ب", "ل"):
        if word.startswith(p) and word[len(p):] in _LIST_HEADS:
            return word[len(p):]
    return word


def _list_gap(text: str, a: int, b: int, cues: dict[str, str]) -> bool:
    """Whether ``text[a:b]`` (between two members of a list after a plural place noun) holds only
    further names: nothing, a comma, or up to three "وX" / "وX Y" items that are not function
    words, cue words, numbers or pronoun-suffixed nouns ("بلدات ذيبان والطيانة واللطوة والصبحة")."""
    gap = text[a:b]
    if _STOP.search(gap) or _WORD.sub("", gap).strip(" \t،,"):
        return False
    words = _WORD.findall(gap)
    items = size = 0
    for w in words:
        head = w.startswith("و") and len(w) > 2
        if head:
            items, size = items + 1, 1
            w = w[1:]
        else:
            size += 1
            if not items or size > 2:
                return False
        if w in _NOT_NAMES or w.isdigit() or w.endswith(("ها", "هم", "هما")) \
                or cues.get(w, "settlement") not in _LIST_ITEM_CUES:
            return False
    return items <= _MAX_UNLISTED


_PAREN = re.compile(r"\([^()]{0,40}\)")
_CONJ = ("و", "او")
_GOV_READINGS = ("region", "region_gov", "admin_gov", "direction")


def _linked(text: str, a: tuple[Match, list[Entry], _Reading], b: tuple[Match, list[Entry], _Reading],
            cues: dict[str, str]) -> bool:
    """``b`` is coordinated with ``a``: "X وY", "X، Y", "X أو Y", "X (…) وY", "X وشمالي Y"."""
    (m, _c, r), (m2, _c2, _r2) = a, b
    end = m.nend if r.end < 0 else r.end
    gap = text[end:m2.nstart - len(m2.prefix)]
    if _STOP.search(gap):
        return False
    gap = _PAREN.sub(" ", gap)  # "الحسكة (17 موقعاً) ودير الزور"
    if _WORD.sub("", gap).strip(" \t،,"):
        return False  # other punctuation ("-", quotes): not a plain list
    conj = m2.prefix.startswith("و") or "،" in gap or "," in gap
    for w in _WORD.findall(gap):
        if w in _CONJ:
            conj = True
        elif cues.get(_strip(w, cues)[1]) != "direction":
            return False
        elif w.startswith("و"):
            conj = True
    return conj


def _located_in_country(text: str, hits: list[tuple[Match, list[Entry], _Reading]], i: int,
                        cues: dict[str, str], out: set[int]) -> None:
    """"في إدلب شمال غربي سوريا": a bare governorate name placed by a compass part of the country
    names the governorate (a city would carry its cue: "مدينة إدلب")."""
    if i + 1 >= len(hits):
        return
    m, cands, r = hits[i]
    m2, c2, _r2 = hits[i + 1]
    if r.cue not in ("", "locative") or not any(e.level == "governorate" for e in cands) \
            or not any(e.level == "country" and e.country == "SYR" for e in c2):
        return
    gap = text[m.nend:m2.nstart - len(m2.prefix)]
    words = _WORD.findall(gap)
    if words and not _STOP.search(gap) and not _WORD.sub("", gap).strip(" ،,") \
            and all(cues.get(_strip(w, cues)[1]) == "direction" for w in words):
        out.add(i)


# "في مناطق إدلب", "في أنحاء درعا": the areas of a bare governorate name are the governorate's (a city's quarters
# have their own cues: "أحياء مدينة إدلب")
_AREA_WORDS = ("مناطق", "انحاء", "أنحاء", "ارجاء", "أرجاء")
_AREA_ROLES = {w: "" for w in _AREA_WORDS}  # _strip's cue table for them


def _areas_of(text: str, hits: list[tuple[Match, list[Entry], _Reading]], i: int, out: set[int]) -> None:
    """"تظاهرات في مناطق إدلب": a bare governorate name after a plural "areas" noun names the governorate."""
    m, cands, r = hits[i]
    if r.cue not in ("", "locative") or not any(e.level == "governorate" for e in cands):
        return
    words = _WORD.findall(text[max(0, m.nstart - len(m.prefix) - 12):m.nstart - len(m.prefix)])
    if words and _strip(words[-1], _AREA_ROLES)[1] in _AREA_WORDS:
        out.add(i)


_QUARTER_CUES = ("حي", "حيي", "احياء", "شارع", "ساحه", "دوار")
_QUARTER_CUE_ROLES = {w: "" for w in _QUARTER_CUES}  # _strip's cue table for them


def _in_city(text: str, hits: list[tuple[Match, list[Entry], _Reading]], k: int) -> bool:
    """"حي الفرقان في حلب وإدلب": the hit before names a quarter of the city (its capital reading)."""
    if k == 0:
        return False
    m0, c0, r0 = hits[k - 1]
    m, _c, _r = hits[k]
    gap = _WORD.findall(text[m0.nend:m.nstart - len(m.prefix)])
    if not (gap == ["في"] or (not gap and "ب" in m.prefix)):
        return False
    if any(e.level == "neighbourhood" for e in c0):
        return True
    cue = _WORD.match(text, r0.cue_start) if r0.cue_start >= 0 else None
    return cue is not None and _strip(cue.group(), _QUARTER_CUE_ROLES)[1] in _QUARTER_CUES


# a sentence that opens on its place: "وفي بانياس، قُتل …", "أما في حمص، فـ…", "وبمدينة جبلة، …" (original text,
# short vowels removed: a line break ends a sentence too)
_FRAME_OPEN = re.compile(r"(?:^|[.!?؟\n]\s*)(?:(?:[وف]?[اأ]ما\s+)?[وف]?في\s+(?:(?:مدينة|بلدة)\s+)?"
                         r"|[وف]?ب(?:(?:مدينة|بلدة)\s+)?)$")


def _framing_city(orig: str, hits: list[tuple[Match, list[Entry], _Reading]], i: int) -> Entry | None:
    """The town that opens the sentence of hit ``i`` as its frame ("وفي بانياس، … في حي القصور"), when one does:
    the quarters and streets named later in that sentence lie in it."""
    m = hits[i][0]
    for j in range(i - 1, -1, -1):
        mj, cj, _rj = hits[j]
        if re.search(r"[.!?؟\n:؛;]", orig[mj.end:m.start]):
            return None
        head = SHORT_VOWELS.sub("", orig[max(0, mj.start - 40):mj.start])
        if _FRAME_OPEN.search(head) and orig[mj.end:mj.end + 2].lstrip()[:1] in ("،", ","):
            return _city_of(cj)
    return None


_TOLD_CITY_CHARS = 400  # how far back a quarter named with no town looks for the town it lies in


def _told_city(orig: str, hits: list[tuple[Match, list[Entry], _Reading]], i: int) -> Entry | None:
    """The town named last before hit ``i`` (a quarter with no town in its sentence), within
    ``_TOLD_CITY_CHARS`` and the same or the previous paragraph, when no place named before ``i`` in the
    article lies near any of ``i``'s namesakes (they are quarters of a city the article is not about)."""
    m, cands, _r = hits[i]
    if i + 1 < len(hits) and not re.search(r"[.!?؟\n:؛;]", orig[m.end:hits[i + 1][0].start]):
        return None  # a town later in its sentence says where the quarter lies ("حي X بمدينة Y")
    before = [hits[j] for j in range(i)]
    for _mj, cj, _rj in before:
        for e in cj:
            for c in cands:
                d = _km(e, c)
                if d is not None and d <= _NEAR_CITY_KM:
                    return None
    for mj, cj, _rj in reversed(before):
        if m.start - mj.end > _TOLD_CITY_CHARS or orig.count("\n\n", mj.end, m.start) > 1:
            return None
        city = _city_of(cj)
        if city is not None and not _foreign(city) and city.level in ("city", "town", "neighbourhood"):
            return city
        if cj:
            return None
    return None


def _governorate_lists(text: str, hits: list[tuple[Match, list[Entry], _Reading]],
                       cues: dict[str, str]) -> set[int]:
    """Bare governorate names listed only with other governorates: read as the governorates.

    "في الحسكة ودير الزور والرقة", "بين درعا والقنيطرة", "محافظات درعا والسويداء", "في إدلب وشمالي
    حلب وريف اللاذقية": every member names a governorate (bare, "محافظة X", "ريف X", "شمالي X") and
    none has a city cue (مدينة, مدن, حي): the bare members are the governorates, not their capitals.
    """
    out: set[int] = set()
    chain: list[int] = []

    def close() -> None:
        if len(chain) < 2 or _in_city(text, hits, chain[0]):
            return
        bare = []
        for k in chain:
            _m, cands, r = hits[k]
            if not any(e.level == "governorate" for e in cands):
                return
            if r.cue in ("", "locative"):
                bare.append(k)
            elif r.cue not in _GOV_READINGS:
                return  # a city cue or a site in the list: the capitals
        out.update(bare)

    for i in range(len(hits)):
        _located_in_country(text, hits, i, cues, out)
        _areas_of(text, hits, i, out)
        if chain and _linked(text, hits[chain[-1]], hits[i], cues):
            chain.append(i)
            continue
        close()
        chain = [i]
    close()
    return out


# --- places abroad -------------------------------------------------------------------------------------
# Events abroad are located abroad (country or city level), never at a Syrian namesake: "مخيم البريج وسط
# قطاع غزة" is Bureij in Gaza, not al-Brij in Aleppo.

_HOME = "SYR"
BIG_POPULATION = 100_000  # a Syrian reading this populous (or a governorate, district, curated site) is no village
# words that may stand between a place and the place abroad that locates it ("X وسط قطاع غزة", "X، غربي اليمن",
# "X في جنوب لبنان", "محافظة X الواقعة في Y"); a direction cue word may stand too
_ABROAD_GAP = frozenset(norm_key(w) for w in (
    "في", "وسط", "داخل", "الواقعة", "الواقع", "الواقعه", "ريف", "ريفي", "محافظة", "مدينة", "منطقة", "قطاع"))
_SITE_CUES = ("site", "region", "region_gov", "admin_gov", "direction")  # cues under which a Syrian reading stands
_SYRIAN_ADJ = frozenset(norm_key(w) for w in ("السورية", "السوري", "السوريه"))
FOREIGN_ARTICLE_MIN = 2.0  # places abroad an article must name to be about places abroad ...
FOREIGN_ARTICLE_RATIO = 2.0  # ... and how many times more than its certain Syrian places
_COUNTRY_WEIGHT = 0.5  # a country named counts half a place (countries are often actors, "تتهم إسرائيل")


def _foreign(e: Entry) -> bool:
    return bool(e.country) and e.country != _HOME


_HOME_NEAR = 400  # normalised characters: about two or three sentences of news text


def _lone_home_words(hits: list[tuple[Match, list[Entry], _Reading]], words: dict[str, str]) -> set[int]:
    """Hits of a town abroad that is also an everyday noun (``home`` in ``place_words.tsv``: "الخيام" tents,
    Khiam) read only after a locative preposition ("اعتصام بالخيام", "النازحين في الخيام غربي رفح") in an
    article that names no other place of that country within ``_HOME_NEAR`` characters ("فض اعتصام بالخيام"
    in a story of campus protests that lists Lebanon among other countries): the noun, not the town."""
    out: set[int] = set()
    for k, (m, cands, r) in enumerate(hits):
        if r.cue != "locative" or r.town or not cands or words.get(m.key) != "home" \
                or not all(_foreign(e) and e.level == "foreign_city" for e in cands):
            continue
        countries = {e.country for e in cands}
        key = r.key or m.key
        if not any((r2.key or m2.key) != key and abs(m2.nstart - m.nstart) <= _HOME_NEAR
                   and any(e.country in countries for e in c2) for m2, c2, r2 in hits):
            out.add(k)
    return out


def _big(cands: list[Entry]) -> bool:
    """A Syrian name that is more than a village: a country, governorate, district or named region, a
    curated site, or a place of ``BIG_POPULATION`` (its town or its sub-district)."""
    return any(e.level in ("country", "governorate", "district") or (e.level in ("site", "region")
               and e.kind != "compass") or e.population >= BIG_POPULATION for e in cands if not _foreign(e))


def _best(cands: list[Entry]) -> Entry:
    return min(cands, key=lambda e: (e.rank, not e.point, -e.population))


def _locates_abroad(text: str, a: tuple[Match, list[Entry], _Reading], b: tuple[Match, list[Entry], _Reading],
                    cues: dict[str, str]) -> bool:
    """``b`` follows ``a`` to say where ``a`` lies: "X وسط Y", "X، غربي Y", "X في جنوب Y", "X بY"."""
    (m, _c, r), (m2, _c2, _r2) = a, b
    end = m.nend if r.end < 0 else r.end
    gap = text[end:m2.nstart - len(m2.prefix)]
    if len(gap) > 30 or _STOP.search(gap) or _WORD.sub("", gap).strip(" \t،,\"«»"):
        return False
    raw = _WORD.findall(gap)
    if not raw:
        return "ب" in m2.prefix and "و" not in m2.prefix and not gap.strip()
    if m2.prefix.startswith("و") or (raw[0].startswith("و") and raw[0] not in _ABROAD_GAP):
        return False  # "X وغربي Y": a list, not a locating phrase
    words = [w if w in _ABROAD_GAP else _strip(w, cues)[1] for w in raw]  # "وسط" is no و + "سط"
    return all(w in _ABROAD_GAP or cues.get(w) == "direction" for w in words) \
        and any(w not in ("محافظه", "مدينه", "منطقه", "قطاع", "ريف", "ريفي") for w in words)


def _abroad(text: str, hits: list[tuple[Match, list[Entry], _Reading]], cues: dict[str, str],
            outlets: set[str] | frozenset[str] = frozenset(),
            meta: dict[str, Any] | None = None,
            positions: dict[int, list[Entry]] | None = None) -> dict[int, tuple[Entry, int] | None]:
    """Hits read abroad: ``k → (entry, geo_precision)``, or ``k → None`` for a Syrian namesake to drop.

    - A place followed by a locating phrase that puts it abroad ("مخيم البريج وسط قطاع غزة", "محافظة
      الحديدة غربي اليمن", "قرية X، غرب جنين") is abroad: its own entry in that country when the gazetteer
      has one, else the locating place (a village near a town: geo_precision 2 at least).
    - A name with readings abroad and in Syria ("الخليل": Hebron, a village near Aleppo) is read abroad unless
      the text ties it to Syria ("X السورية", a Syrian place locating it, its governorate named with a
      certain Syrian place); when its Syrian reading is a big place ("أريحا": Ariha, Idlib), only in an
      article about places abroad (it names ``FOREIGN_ARTICLE_MIN`` places abroad and
      ``FOREIGN_ARTICLE_RATIO`` times more than certain Syrian places).
    - In an article about places abroad, a name whose only readings are Syrian villages or small towns is
      dropped unless the text ties it to Syria (also "ريف X") or a facility head names it ("قاعدة الشدادي").
    - A place name that is also an outlet's ("الميادين") is the place only with a place cue ("مدينة X") or
      with its governorate named by a certain Syrian place of the article.
    - In an article about places abroad, a name read only in Syria whose position or settlement abroad the
      gazetteer names with a head (``positions``: "المالكية" → "موقع المالكية") is that position when the
      article names other places of its country ("سقوط صواريخ في منطقة المالكية" in a story of the Lebanese
      front), unless the text ties it to Syria; a village head located abroad ("قرية X وسط الضفة الغربية")
      puts even a big Syrian namesake's reading there.
    A Syrian governorate, district, curated site or big town is never moved abroad by the article alone.
    The article-level decision is kept in ``meta["foreign_article"]`` when ``meta`` is given (the event stage
    takes the country of an event with no place from it).
    """
    n = len(hits)
    sure_syr: dict[str, int] = {}
    sure_keys: dict[str, set[str]] = {}  # governorate → the names of its certain places
    f_score = s_score = 0.0
    for m, cands, r in hits:
        if all(_foreign(e) for e in cands):
            f_score += _COUNTRY_WEIGHT if all(e.level == "country" for e in cands) else 1.0
        elif not any(_foreign(e) for e in cands) and _big(cands) and (r.key or m.key) not in outlets:
            s_score += 1.0
            for a1 in {e.admin1 for e in cands if e.admin1}:
                sure_syr[a1] = sure_syr.get(a1, 0) + 1
                sure_keys.setdefault(a1, set()).add(r.key or m.key)
    out: dict[int, tuple[Entry, int] | None] = {}
    for i, (m, cands, r) in enumerate(hits):
        if (r.key or m.key) in outlets and r.cue not in _STRONG_CUES and all(e.admin1 for e in cands) \
                and not any(sure_syr.get(e.admin1) for e in cands):
            out[i] = None  # "رفع العلم في الميادين" (in the squares), with no Deir ez-Zor place around
    foreign_article = f_score >= FOREIGN_ARTICLE_MIN and f_score > FOREIGN_ARTICLE_RATIO * s_score
    if meta is not None:
        meta["foreign_article"] = foreign_article
    where: dict[int, Entry] = {}  # hits known to lie abroad → the foreign entry they stand for
    votes: dict[str, int] = {}  # countries of the hits read in one country abroad only
    for _m, cands, _r in hits:
        if cands and len({e.country for e in cands}) == 1 and _foreign(cands[0]):
            votes[cands[0].country] = votes.get(cands[0].country, 0) + 1
    for i in range(n - 1, -1, -1):
        m, cands, r = hits[i]
        abroad = [e for e in cands if _foreign(e)]
        y: Entry | None = None
        syr_ref = False
        if i + 1 < n and _locates_abroad(text, hits[i], hits[i + 1], cues):
            y = where.get(i + 1)
            syr_ref = y is None and not any(_foreign(e) for e in hits[i + 1][1])
        if len(abroad) == len(cands):
            if len({e.country for e in abroad}) > 1 and y is not None and y.country in {e.country for e in abroad}:
                e = _best([e for e in abroad if e.country == y.country])  # "طرابلس، شمالي لبنان"
                out[i], where[i] = (e, e.precision), e
            elif len({e.country for e in abroad}) > 1 and y is None and not syr_ref:
                # a name of two countries abroad (bare "طرابلس": Lebanon's or Libya's): the country the article's
                # other places and countries name most; none or a tie: no place
                tally = sorted(((votes.get(c, 0), c) for c in {e.country for e in abroad}), reverse=True)
                if tally[0][0] > tally[1][0]:
                    e = _best([e for e in abroad if e.country == tally[0][1]])
                    out[i], where[i] = (e, e.precision), e
                else:
                    out[i] = None
            elif not syr_ref:  # "محيط صيدا في ريف درعا": a Syrian namesake the gazetteer lacks
                where[i] = e = _best(abroad)
                if i + 1 < n and not all(_foreign(e2) for e2 in hits[i + 1][1]) \
                        and _locates_abroad(text, hits[i], hits[i + 1], cues):
                    # "مخيم عقبة جبر جنوب أريحا": a place abroad located by a name of that country and of Syria
                    # (Jericho, Ariha) puts the name in that country, and the place is read there, not by the
                    # name's Syrian readings
                    own = [e2 for e2 in hits[i + 1][1] if e2.country == e.country]
                    if y is None and own and i + 1 not in out:
                        y = _best(own)
                        out[i + 1], where[i + 1] = (y, y.precision), y
                    if y is not None and y.country == e.country:
                        out[i] = (e, e.precision)
            continue
        if i in out or any(_foreign(e) and e.level == "country" for e in cands):
            continue  # a country or a Syrian village ("قطر"): the reading rules of :func:`_pick` decide
        if y is not None:
            own = [e for e in abroad if e.country == y.country]
            if own:
                e = _best(own)
                out[i], where[i] = (e, e.precision), e
            elif (not _big(cands) and all(e.level in _LOCAL_LEVELS or e.kind == "compass" for e in cands)) \
                    or (r.cue == "settlement" and not any(e.level == "governorate" for e in cands)):
                # a village, or a compass part ("المنطقة الوسطى في قطاع غزة": Gaza's, not Syria's centre)
                out[i], where[i] = (y, max(y.precision, 2)), y
            continue
        nxt = _words_after(text, m.nend, 1)
        pos = (positions or {}).get(i, [])
        if pos and not abroad and foreign_article and r.cue not in _SITE_CUES and not syr_ref \
                and any(votes.get(e.country) for e in pos) and not (nxt and nxt[0][2] in _SYRIAN_ADJ) \
                and not any(sure_keys.get(a1, set()) - {r.key or m.key} for a1 in {e.admin1 for e in cands}):
            # "المالكية" on the Lebanese front, the article naming no other place of al-Malikiyah's governorate
            # than the name itself: the position abroad
            e = _best(pos)
            out[i], where[i] = (e, e.precision), e
            continue
        tied = syr_ref or (bool(nxt) and nxt[0][2] in _SYRIAN_ADJ) \
            or any(sure_syr.get(e.admin1) for e in cands if not _foreign(e))
        if tied:
            continue
        home = [e for e in cands if not _foreign(e)]
        if abroad:
            if (foreign_article or not _big(home)) and not any(e.level == "governorate" for e in home):
                e = _best(abroad)
                out[i], where[i] = (e, e.precision), e
        elif foreign_article and not _big(cands) \
                and (r.cue not in ("region", "region_gov", "admin_gov", "direction", "site")
                     or all(e.kind == "compass" for e in cands)):
            # a facility head ("قاعدة الشدادي", "مطار X") names a site, no everyday word: its Syrian reading
            # stands (a base abroad has its own row, read abroad above); a compass part of Syria ("شرق
            # المنطقة الوسطى" in a Gaza story) is the foreign country's part, never Syria's, whatever its cue
            out[i] = None
    return out


_METROPOLIS = 1_000_000  # inhabitants: a city whose sides ("جنوبي X") are its own quarters, not its outskirts

# heads under which the gazetteer names a military position or settlement abroad whose bare name is a Syrian
# town's ("موقع المالكية": Malkia, facing Lebanon; bare المالكية: al-Malikiyah, Hasakah)
_POSITION_ROW_HEADS = tuple(norm_key(w) + " " for w in ("موقع", "ثكنة", "مستوطنة", "مستعمرة", "كيبوتس"))
# session 41 (nr28): the heads of an administrative unit abroad ("ناحية الدير", "قضاء X"): an article that names the
# unit so may name it bare after ("نزاع في الدير شمالي البصرة"), a name the gazetteer does not read alone
_UNIT_ROW_HEADS = tuple(norm_key(w) + " " for w in ("ناحية", "قضاء"))


# a word before a bare name that places something there ("في X", "على X", "باتجاه X"; a glued "بX" too)
_BARE_SITE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|فى|على|علي|الى|إلى|من|نحو|باتجاه|قرب|داخل|محيط|اطراف)\s+$"
                               r"|(?:^|\s)[وف]?ب$")


def _named_again(nt: NormText, spans: list[Span]) -> list[Span]:
    """A settlement or position abroad that the article named with its head ("مستعمرة المنارة", "موقع الراهب")
    and later names bare after a word that places something there ("وسقطت صواريخ في المنارة"): the bare name,
    which the gazetteer does not read alone (a lighthouse, a monk), is the same place."""
    text = nt.norm
    out = list(spans)
    named: dict[str, Span] = {}
    units: set[str] = set()
    for s in spans:
        if s.value.role != "place" or s.value.iso == ISO_NUM[_HOME]:
            continue
        key = norm_key(nt.original[s.start:s.end]).strip("\"'«» ")
        head = next((h for h in _POSITION_ROW_HEADS + _UNIT_ROW_HEADS if key.startswith(h)), None)
        if head is None:
            continue
        name = key[len(head):].strip("\"'«» ")
        if len(name) >= 3 and name not in named:
            named[name] = s
            if head in _UNIT_ROW_HEADS:
                units.add(name)
    for name, s in named.items():
        for w in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            a, b = nt.orig_span(w.start(), w.end())
            # (a unit's bare name may come first, in a headline: "نزاع في الدير شمالي البصرة" over "في ناحية الدير")
            if a < s.end and name not in units:
                continue
            same = next((k for k, t in enumerate(out) if t.start == a and t.end == b), None)
            if same is not None and name in units and _namesake_reading(out[same].value, s.value):
                # "في قضاء سنجار" … "في منطقة سنجار شمالي العراق": the bare name read as a Syrian namesake or left at
                # its country is the unit the article named
                out[same] = Span(a, b, "place", replace(s.value, role=out[same].value.role))
                continue
            if any(t.start < b and a < t.end for t in out):
                continue
            if not _BARE_SITE_BEFORE.search(text[max(0, w.start() - 12):w.start()]):
                continue
            out.append(Span(a, b, "place", s.value))
    return sorted(out, key=lambda t: t.start)


def _namesake_reading(got: PlaceRef, unit: PlaceRef) -> bool:
    """``got``, a bare name's reading, is a Syrian namesake of the unit abroad or only the unit's country."""
    return got.id != unit.id and (got.iso == ISO_NUM[_HOME] or (got.level == "country" and got.iso == unit.iso))


def _listed_positions(text: str, hits: list[tuple[Match, list[Entry], _Reading]],
                      g: Gazetteer) -> list[tuple[Match, list[Entry], _Reading]]:
    """A bare name read only in Syria, listed right next to a position or settlement abroad ("مواقع بياض بليدا
    والمالكية", "المالكية والمطلة"), is the position abroad that the gazetteer names with a head ("موقع
    المالكية"): items of one list share their head and their front."""
    out = list(hits)
    for i, (m, cands, r) in enumerate(hits):
        if r.cue not in ("", "locative") or any(_foreign(e) for e in cands):
            continue
        abroad = [e for h in _POSITION_ROW_HEADS for e in g.by_key.get(h + (r.key or m.key), []) if _foreign(e)]
        if not abroad:
            continue
        ids = {e.id for e in abroad}
        if any(ids & {e.id for e in c0} for _m0, c0, _r0 in out[:i]):
            # the article named the position or settlement with its head before ("مستعمرة X … وفي X"): the bare
            # name later is the same place, not its namesake at home
            out[i] = (m, abroad, r)
            continue
        beside = []
        if i > 0 and m.prefix.startswith("و"):
            beside.append((hits[i - 1], m.nstart - len(m.prefix), hits[i - 1][0].nend))
        if i + 1 < len(hits) and hits[i + 1][0].prefix.startswith("و"):
            m2 = hits[i + 1][0]
            beside.append((hits[i + 1], m2.nstart - len(m2.prefix), m.nend))
        for (_m2, c2, _r2), a, b in beside:
            if text[min(a, b):max(a, b)].strip(" \u200f\u200e،,\"") == "" \
                    and all(_foreign(e) and e.level in ("site", "foreign_city") for e in c2) \
                    and {e.country for e in c2} & {e.country for e in abroad}:
                out[i] = (m, abroad, r)
                break
    return out


_OUTLET_HEADS = frozenset(norm_key(w) for w in (
    "إلى", "عبر", "مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلنا", "شاشة", "قناة", "موقع", "خاص", "خاصة",
    "محلل", "مصادر", "تلفزيون", "برنامج", "نشرة", "مقابلة", "حديث", "تصريح", "تصريحات"))
_OUTLET_HEAD_ROLES = {w: "" for w in _OUTLET_HEADS}  # _strip's table: "ومراسل" → "مراسل"
_OUTLET_TAILS = frozenset(norm_key(w) for w in ("نت", "net"))
_ALL_OF = frozenset(norm_key(w) for w in ("كافة", "كلها", "جميعها", "كافه"))


def _outlet_phrase(text: str, m: Match, cues: dict[str, str]) -> bool:
    """A place name that is also an outlet's name read as the outlet: after "إلى/لـ/عبر/مراسل/شاشة/قناة/
    موقع/خاص(ة) بـ" ("تتحدث إلى الميادين", "مصادر خاصة بالميادين", "للميادين") or before "نت"."""
    if "ل" in m.prefix:
        return True
    nxt = _words_after(text, m.nend, 1)
    if nxt and nxt[0][2] in _OUTLET_TAILS:
        return True
    before = _words_before(text, m.nstart - len(m.prefix), 1)
    return bool(before) and _strip(before[0][2], _OUTLET_HEAD_ROLES)[1] in _OUTLET_HEADS


# an outlet's name in quotes after "لـ" or a dateline's colon: "قالت مصادر لـ«الشرق الأوسط»", "دمشق: «الشرق الأوسط»"
_QUOTED_OUTLET_BEFORE = re.compile(r"(?:(?:^|\s)[وف]?لـ?|:)\s*[«\"“]$")
_QUOTED_OUTLET_AFTER = re.compile(r"^[»\"”]")


def _quoted_outlet(orig: str, m: Match) -> bool:
    """A place name that is also an outlet's name, quoted after "لـ" or a dateline's colon in the original text
    (any outlet, one named like a region abroad too: «الشرق الأوسط»): the outlet, not the place."""
    return not m.prefix and bool(_QUOTED_OUTLET_BEFORE.search(orig[max(0, m.start - 6):m.start])) \
        and bool(_QUOTED_OUTLET_AFTER.match(orig[m.end:m.end + 1]))


def _all_of(text: str, end: int) -> bool:
    """"في الميادين كافة": an everyday word (a plural noun) followed by "all of", not a place."""
    nxt = _words_after(text, end, 1)
    return bool(nxt) and nxt[0][2] in _ALL_OF


_NEAR_CITY_KM = 30.0  # "X غربي حمص": X this close to the city → the city is the reference
_NEAR_REF_KM = 60.0  # "X جنوبي دمشق": a namesake this close to Y's city is X, whatever its governorate


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine; 12742 = the Earth's diameter)."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def _km(a: Entry | PlaceRef, b: Entry | PlaceRef) -> float | None:
    """:func:`great_circle_km` between two places, None when one is unlocated."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


_CITY_HEAD_KEY = norm_key("مدينة")
_EAST_WEST = (norm_key("شرق"), norm_key("غرب"))


def _sided_city(g: Gazetteer, text: str, r: _Reading, key: str) -> Entry | None:
    """The city abroad that a region abroad is named after ("مدينة غزة" for "غزة"), when an east or west
    compass word stands before the bare name ("غرب غزة", "شمال غربي غزة"): the side of the city, since
    the outlets name the Strip's parts by north, middle and south.  None otherwise."""
    if r.cue_start < 0 or not any(w in text[r.cue_start:r.cue_start + 16] for w in _EAST_WEST):
        return None
    cities = [e for e in g.by_key.get(f"{_CITY_HEAD_KEY} {key}", []) if e.level == "foreign_city" and e.point]
    return cities[0] if cities else None


def _city_of(cands: list[Entry]) -> Entry | None:
    """The settlement reading of a name (a governorate name → its capital city), if located."""
    places = [e for e in cands if not e.is_admin_area and e.point]
    if not places:
        return None
    return min(places, key=lambda e: (e.level == "community", e.rank, -e.population))


_SENSE_CUES = ("settlement", "admin", "near")
_OUTSKIRTS = frozenset(norm_key(w) for w in ("أطراف", "الأطراف", "ضواحي", "الضواحي"))


def _one_sense(out: list[tuple[str, str, list[Entry], Span]]) -> list[Span]:
    """One sense per article: a name read with a place cue ("منطقة السيدة زينب", "بلدة جاسم",
    "قرب X") fixes the entry of its uncued mentions ("في السيدة زينب", bare "X") in the same
    article, when that entry is one of their candidates.  Readings fixed by their own context
    (a governorate list, a reference, a region, a namesake picked by a nearby place) keep theirs.
    A cued name that only a town after it locates ("منطقة الصالحية في البوكمال", its namesakes in other
    governorates) is read at that town, and so are its uncued mentions read in another governorate."""
    strong: dict[str, dict[str, PlaceRef]] = {}
    located: dict[str, dict[str, PlaceRef]] = {}
    for key, how, _c, sp in out:
        if how == "strong":
            strong.setdefault(key, {})[sp.value.id] = sp.value
        elif how == "located":
            located.setdefault(key, {})[sp.value.id] = sp.value
    res: list[Span] = []
    for key, how, cands, sp in out:
        refs = strong.get(key)
        there = located.get(key)
        if how == "weak" and refs and len(refs) == 1 and sp.value.id not in refs:
            ref = next(iter(refs.values()))
            if any(c.id == ref.id for c in cands):
                sp = Span(sp.start, sp.end, sp.label, replace(ref, role=sp.value.role))
        elif how == "weak" and not refs and there and len(there) == 1:
            # "استهدفت دير الزور والميادين والصالحية" and later "منطقة الصالحية في البوكمال": the bare
            # mention is the same part of that town, not the namesake in another governorate
            ref = next(iter(there.values()))
            if sp.value.admin1 != ref.admin1:
                sp = Span(sp.start, sp.end, sp.label, replace(ref, role=sp.value.role))
        res.append(sp)
    return res


_SHADDA = "\u0651"

# a name whose spellings fold to one key, told apart by a written short vowel: "عُمان" (Oman; Amman is عَمّان)
_VOWELLED = {norm_key("عمان"): ("\u0639\u064f", "سلطنة عمان")}


def _vowelled(surface: str, key: str, g: Gazetteer) -> list[Entry]:
    """The entries a vowel written in the name picks ("وعُمان": the country Oman, not Amman), else []."""
    marked = _VOWELLED.get(key)
    if marked is None or marked[0] not in surface:
        return []
    return g.by_key.get(norm_key(marked[1]), [])


def _geminated_verb(surface: str, key: str) -> bool:
    """A one-word name written with a shadda after an imperfect prefix ("تدمّر", "يدمّر"): the verb
    (a geminated root letter, "destroys"), which no spelling of a place name carries."""
    return _SHADDA in surface and " " not in key and not key.startswith("ال") and key[:1] in ("ت", "ي")


# a dual site head shared by a list of two: "حقلي X وY", "قاعدتي X وY", "مطاري X وY", "معبري X وY", and the army
# positions abroad "موقعي X و"Y"", "ثكنتي X وY" (names may stand in quotes); their plurals head a longer list:
# "مواقع X وY وZ", "ثكنات X، Y وZ"
_DUAL_SITE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(حقلي|حقلا|قاعدتي|قاعدتا|مطاري|مطارا|معبري|معبرا|سجني|سجنا"
                        r"|موقعي|موقعا|ثكنتي|ثكنتا|مواقع|ثكنات)[\s\"'«\u200c\u200e\u200f]+")
_DUAL_SINGULAR = {"حقلي": "حقل", "حقلا": "حقل", "قاعدتي": "قاعده", "قاعدتا": "قاعده", "مطاري": "مطار",
                  "مطارا": "مطار", "معبري": "معبر", "معبرا": "معبر", "سجني": "سجن", "سجنا": "سجن",
                  "موقعي": "موقع", "موقعا": "موقع", "ثكنتي": "ثكنه", "ثكنتا": "ثكنه", "مواقع": "موقع",
                  "ثكنات": "ثكنه"}
_PLURAL_SITE_HEADS = frozenset(("مواقع", "ثكنات"))
_PLURAL_ITEMS = 6  # names at most read after a plural head
# heads of positions abroad, whose rows carry the head ("موقع المالكية"): an item that reads as a Syrian town of
# its own ("موقعي المالكية وY": al-Malikiyah, Hasakah) is the position all the same
_DUAL_POSITIONS = frozenset(("موقع", "ثكنه"))
_DUAL_ITEM_WORDS = 3  # words at most in one item's name
# the readings of an item that yield to the head's site of the same name: a town whose facility the head names
_DUAL_TOWN_LEVELS = frozenset(("city", "community", "town", "subdistrict", "district"))
_DUAL_GAP = re.compile(r"[\"'»\u200c\u200e\u200f]*\s+و")
_PLURAL_GAP = re.compile(r"[\"'»\u200c\u200e\u200f]*(?:\s*[،,]\s*(?:و\s*)?|\s+و)[\"'«\u200c\u200e\u200f]*")


def _dual_site_entry(g: Gazetteer, head: str, words: list[str]) -> tuple[Entry, int] | None:
    """The site that the singular ``head`` + the longest run of ``words`` names, and the run's length."""
    for n in range(min(len(words), _DUAL_ITEM_WORDS), 0, -1):
        sites = [e for e in g.by_key.get(f"{head} {' '.join(words[:n])}", []) if e.level == "site"]
        if sites:
            return sites[0], n
    return None


# "X بولاية Y", "X بالضفة الغربية": what lies between a town abroad and the region right after it that holds it
# (the glued "بـ" only: after "في" the region may be where the event is read, "X في شبه جزيرة القرم")
_CONTAINER_GAP = re.compile(r"^[\s\u200c-\u200f]*ب?$")


def _contained_regions(text: str, spans: list[Span]) -> list[Span]:
    """A region abroad named right after a town of its country ("لوس أنجلوس بولاية كاليفورنيا") only locates
    the town: a reference, not a second place of the event."""
    out = list(spans)
    for k in range(1, len(out)):
        a, b = out[k - 1].value, out[k].value
        if b.level == "region" and a.level == "foreign_city" and b.country == a.country and b.role == "place" \
                and a.role == "place" and _CONTAINER_GAP.match(text[out[k - 1].end:out[k].start]):
            out[k] = Span(out[k].start, out[k].end, out[k].label, replace(b, role="reference"))
    return out


# a governorate abroad that opens a sentence's scene ("وفي محافظة الحديدة غربي البلاد، أصيبت امرأة بقصف على مدينة
# حيس جنوبي المحافظة", "وفي محافظة تعز، شنت الطائرات غارتين على محيط مطار تعز"): read at its capital (a region,
# geo_precision 3), it only frames the town or site the sentence then names within it
_GOVERNORATE_WORD = re.compile(r"(?:^|[\n.،,؛;:])\s*[وف]?(?:في|فى)\s+(?:محافظة|محافظه|ولاية|ولايه)\s*$")
# the comma that closes the scene's phrase ("وفي محافظة X غربي البلاد، …"), no other place before it
_FRAME_CLOSE = re.compile(r"[^.،,؛;:\n]{0,30}[،,]")
_FRAME_KM = 160.0  # the farthest a town of the sentence may lie from the governorate's capital to be within it
# a town named as where people come from ("اعتقل ستة شبان من بلدة X"، "من سكان مخيم Y"): their home, not the act's
# place, so the governorate stays the place of a round-up it frames
_FROM_HOME = re.compile(r"(?:^|\s)[و]?من\s+(?:(?:أبناء|ابناء|أهالي|اهالي|سكان|مواليد)\s+)?"
                        r"(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم|بلدتي|قريتي|مخيمي)\s+)?[\"«(]*$")


def _framing_governorates(text: str, spans: list[Span]) -> list[Span]:
    """A governorate abroad that opens the sentence's scene ("وفي محافظة X، …", read as a region, geo_precision 3)
    followed in its sentence by a town or a site of its country within :data:`_FRAME_KM` of its capital only frames
    where the act was: a reference, not a second place of the event (the town carries the act)."""
    out = list(spans)
    for k, sp in enumerate(out):
        v = sp.value
        if v is None or v.role != "region" or v.country in ("", "Syria") or v.geo_precision < 3 \
                or not _GOVERNORATE_WORD.search(text, max(0, sp.start - 20), sp.start):
            continue
        close = _FRAME_CLOSE.match(text, sp.end)
        if close is None or any(sp.end <= q.start < close.end() for q in out[k + 1:]):
            continue
        for q in out[k + 1:]:
            w = q.value
            if _SENTENCE_END.search(text, sp.end, q.start):
                break
            if _FROM_HOME.search(text, max(0, q.start - 30), q.start):
                break  # (and the towns listed after it: "من بلدة X ومخيم Y")
            if w is None or w.role not in ("place", "near") or w.level not in ("foreign_city", "site") \
                    or w.country != v.country or w.geo_precision > 2:
                continue
            km = _km(v, w)
            if km is not None and km <= _FRAME_KM:
                out[k] = Span(sp.start, sp.end, sp.label, replace(v, role="reference"))
                break
    return out


# a distance from a place ("على بعد 5 كم عن معبر X", "على بُعد نحو 20 كيلومتراً من العاصمة Y", "على مسافة 120 كم
# من جزيرة Z"): the place only measures where the act was, a reference (what it measures from is named before it)
_DISTANCE_REF = re.compile(r"على\s+(?:بعد|بُعد|مسافة)\s+(?:(?:نحو|حوالى|حوالي|قرابة|أقل\s+من|أكثر\s+من)\s+)?\S+"
                           r"(?:\s+\S+)?\s+(?:كم|كلم|كيلومتر\S*|كيلو\s*متر\S*|ميل|أميال|متر\S*|أمتار)\s+(?:عن|من)\s+"
                           r"(?:[^\s،,.؛;:]+\s+)?[\s\"«(]*$")
_DISTANCE_REACH = 80  # characters before a place within which its distance phrase starts
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _distance_references(text: str, spans: list[Span]) -> list[Span]:
    """A place that a distance is measured from (:data:`_DISTANCE_REF`) is a reference after a place of its
    sentence (the place it measures), not a second place of the event; with no place before it in its sentence,
    the act is near it (geo_precision 2: "انفجرت عبوة على بعد 20 كلم من مدينة X")."""
    out = list(spans)
    for k, sp in enumerate(out):
        v = sp.value
        if v is None or v.role != "place":
            continue
        m = _DISTANCE_REF.search(text, max(0, sp.start - _DISTANCE_REACH), sp.start)
        if m is None:
            continue
        measured = any(q.value is not None and q.value.role == "place" and q.end <= m.start()
                       and not _SENTENCE_END.search(text, q.end, m.start()) for q in out[:k])
        ref = replace(v, role="reference" if measured else "near", geo_precision=max(v.geo_precision, 2))
        out[k] = Span(sp.start, sp.end, sp.label, ref)
    return out


def _marked(words: str) -> str:
    """An alternation of ``words`` (space-separated) that lets short vowels and the tatweel follow any letter."""
    return "(?:" + "|".join("".join(c + "[\u064B-\u0652\u0640]*" for c in w) for w in words.split()) + ")"


# a sound and where it was heard ("دوي انفجارات قوية سُمع في بلدات X وY المجاورة", "وسُمعت أصوات الانفجارات في أرجاء
# مدينة Z"): the towns only heard the act that the sentence placed before (a strike on a base, a blast at a depot)
_HEARD = re.compile(
    r"(?:(?<!\S)[وف]?" + _marked("دوي دوى أصوات اصوات صوت أصداء اصداء") + r"\S*(?:\s+[^\s.،,؛;:]+){0,4}?\s+[وف]?"
    + _marked("سمع سمعت تسمع يسمع") + r"|(?<!\S)[وف]?" + _marked("سمع سمعت تسمع يسمع سماع") + r"\s+(?:[^\s.،,؛;:]+\s+)?"
    + _marked("دوي دوى أصوات اصوات صوت أصداء اصداء") + r"\S*(?:\s+[^\s.،,؛;:]+){0,4}?)\s+(?:في|فى)\s+"
    r"(?:(?:أرجاء|ارجاء|أنحاء|انحاء|مناطق|أحياء|احياء|بلدات|قرى|مدن|بلدتي|قريتي|مدينتي|مدينة|مدينه|بلدة|بلده|قرية|قريه"
    r"|مخيم|ريف)\s+)?[\"«(]*$")
# the next town of a list of such towns ("… في بلدات X وY")
_HEARD_NEXT = re.compile(r"^[\s\"»)]*[،,]?\s*و\s*(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مخيم)\s+)?[\"«(]*$")
_HEARD_REACH = 120  # characters before a place within which its sound phrase starts


def _heard_references(text: str, spans: list[Span]) -> list[Span]:
    """A town where the sound of an act was heard (:data:`_HEARD`), and the towns listed with it, only tells how far
    the act was felt, when the sentence names a place before the sound: a reference, not a place of the event."""
    out = list(spans)
    last = -1  # index of the town before that was read as a town that heard the act
    for k, sp in enumerate(out):
        v = sp.value
        if v is None or v.role not in ("place", "near"):
            continue
        if last >= 0 and _HEARD_NEXT.match(text[out[last].end:sp.start]):
            out[k] = Span(sp.start, sp.end, sp.label, replace(v, role="reference"))
            last = k
            continue
        last = -1
        m = _HEARD.search(text, max(0, sp.start - _HEARD_REACH), sp.start)
        if m is None:
            continue
        if not any(q.value is not None and q.value.role in ("place", "near") and q.end <= m.start()
                   and not _SENTENCE_END.search(text, q.end, m.start()) for q in out[:k]):
            continue  # "سُمع دوي انفجار في مدينة X": the blast's own town
        out[k] = Span(sp.start, sp.end, sp.label, replace(v, role="reference"))
        last = k
    return out


# a place that names an agreement ("منذ اتفاق \"موسكو\" لوقف إطلاق النار", "تفاهمات سوتشي", "مسار أستانا",
# "اتفاقية أضنة"): the noun's complement with no preposition between them is the pact's name, not a place where
# anything happened ("اجتماع في أنقرة" keeps its place).  Talks, summits and conferences are left out: "محادثات
# باريس", "قمة باريس" name where they are held, the place of the agreement they reach ("قمة جبل الشيخ" is a top)
_PACT = re.compile(
    r"(?<!\S)[وفبل]?(?:ال|لل)?" + _marked("اتفاق اتفاقية اتفاقيه اتفاقات اتفاقيات تفاهم تفاهمات مسار "
                                        "بروتوكول مذكرة مذكره إعلان اعلان")
    + r"\s+[\"«(]*$")


def _pact_names(text: str, spans: list[Span]) -> list[Span]:
    """A place right after the noun of a pact (:data:`_PACT`) is that pact's name: a reference."""
    out = list(spans)
    for k, sp in enumerate(out):
        v = sp.value
        if v is None or v.role not in ("place", "near") or not _PACT.search(text, max(0, sp.start - 30), sp.start):
            continue
        out[k] = Span(sp.start, sp.end, sp.label, replace(v, role="reference"))
    return out


def _wide_region(level: str, admin1: str, country: str) -> bool:
    """A region of Syria that spans governorates (no admin1: the Badia, a compass part of the country): a compass
    word after it names the place whose side the act is on ("في البادية جنوب السخنة")."""
    return level == "region" and not admin1 and country == "SYR"


def _dual_sites(nt: NormText, g: Gazetteer, spans: list[Span]) -> list[Span]:
    """Both items of a dual site head are sites of that kind: "حقلي كونيكو والعمر" names the Omar field,
    though bare "العمر" is no place (an item read as a place of its own, "مطاري دمشق وحلب", keeps it)."""
    text = nt.norm
    out = list(spans)
    for h in _DUAL_SITE.finditer(text):
        head = _DUAL_SINGULAR[h.group(1)]
        plural = h.group(1) in _PLURAL_SITE_HEADS
        pos = h.end()
        for item in range(_PLURAL_ITEMS if plural else 2):
            if item >= 1:
                gap = (_PLURAL_GAP if plural else _DUAL_GAP).match(text, pos)
                if gap is None:
                    break
                pos = gap.end()
            spans_at = list(_WORD.finditer(text, pos, pos + 60))[:_DUAL_ITEM_WORDS]
            got = _dual_site_entry(g, head, [w.group() for w in spans_at])
            if got is None or not spans_at:
                if item == 0 and spans_at:
                    pos = spans_at[0].end()  # an item the gazetteer lacks: the list may go on
                    continue
                break
            e, n = got
            ns, ne = spans_at[0].start(), spans_at[n - 1].end()
            if _STOP.search(text, h.start(), ne):
                break
            a, b = nt.orig_span(ns, ne)
            if item == 0:
                pos = ne
                if any(s.start <= a < s.end and s.value.id == e.id for s in out):
                    continue
            ref = g.to_ref(e, e.precision, "place")
            clash = [s for s in out if s.start < b and a < s.end]
            if any(s.value.id == e.id for s in clash):
                pos = ne
                continue
            if clash and head in _DUAL_POSITIONS and _foreign(e) and all(s.value.iso == ISO_NUM[_HOME] for s in clash):
                out = [s for s in out if s not in clash]
                clash = []
            if clash and all(a <= s.start and s.end <= b and s.value.level in _DUAL_TOWN_LEVELS for s in clash):
                # "مطاري دمشق وحلب", "مطارا القامشلي ودير الزور": the head names the town's own facility (the
                # gazetteer's "مطار حلب"), kilometres out of the town, not the town
                out = [s for s in out if s not in clash]
                clash = []
            if clash:
                break  # the item reads as a place of its own already
            out.append(Span(a, b, "place", ref))
            pos = ne
    return sorted(out, key=lambda s: s.start)


def _org_country(g: Gazetteer, key: str) -> Entry | None:
    """The country an organisation's name ends with ("… في لبنان", "… في العراق"), if any."""
    head, sep, tail = key.rpartition(" في ")
    if not sep or not head:
        return None
    return next((e for e in g.by_key.get(tail, []) if e.level == "country"), None)


def find_places(nt: NormText, g: Gazetteer | None = None, meta: dict[str, Any] | None = None) -> list[Span]:
    """Place spans (original offsets) with resolved :class:`PlaceRef` values (``meta``: where the
    article-level decision "about places abroad" is kept, see :func:`_abroad`)."""
    g = g or get_gazetteer()
    cues, words = reading_rules()
    text = nt.norm
    matches = g.matcher.find(nt)
    orig = nt.original
    raw: list[tuple[Match, list[Entry], _Reading, bool]] = []
    carry = -1  # end of the last member of a list after a plural place noun ("بلدات X وY")
    gov_carry = -1  # end of the first member after a dual or plural governorate noun ("محافظتي X وY")
    state_end = -1  # end of the last city read as its government (cue role ``state``)
    seats: set[int] = set()  # the readings of capitals standing for their governments
    if meta is not None:
        meta["org_fronts"] = []  # (start, end, country) of the organisation names that hold a country
    for m in matches:
        if m.end < len(orig) and orig[m.end] == "\u064b":  # "روسيًا": an adverb, not the place
            continue
        kinds = {p[0] for p in m.payloads}
        if "org" in kinds:
            home = _org_country(g, next(k for kind, k in m.payloads if kind == "org")) if meta is not None else None
            if meta is not None and home is not None:
                # "المقاومة الإسلامية في لبنان": the country in the name is no place, but it names the group's front
                meta["org_fronts"].append((m.start, m.end, g.to_ref(home, home.precision, "reference")))
            continue
        if _geminated_verb(orig[m.start:m.end], m.key):
            continue  # "وتدمّر آليات" (and destroys): a verb, not Tadmur
        if m.prefix.startswith("ف") and len(m.key) <= 4 and not m.key.startswith("ال"):
            continue  # "فرقة" (a division) is not ف + رقة: the conjunction fa rarely precedes a short name
        cands = _vowelled(orig[m.start:m.end], m.key, g) or g.by_key.get(m.key, [])
        if not cands:
            continue
        if m.prefix in ("", "و") and _street_name(text, m.nstart, m.prefix):
            continue  # "شارع القدس" in Rafah, "شارع بغداد" in Damascus: a street named after a city
        if all(e.kind == "compass" for e in cands) and _part_of(text, m.nend, g, cues):
            continue  # "المنطقة الشمالية من ريف حماة": a part of X, not northern Syria
        r = _read_context(text, m.nstart, m.nend, m.prefix, cues)
        if m.prefix in ("ل", "ول") and words.get(m.key) == "capital" \
                and not _VISIT_BEFORE.search(text[max(0, m.nstart - len(m.prefix) - 40):m.nstart - len(m.prefix)]):
            # "تسليم الأسلحة لكييف", "دعم واشنطن لتل أبيب": the government it goes to (but "زيارته لواشنطن":
            # the city he goes to)
            r.cue = "state"
        if r.cue == "" and words.get(m.key) == "capital" and _state_after(text, m.nend, cues):
            r.cue = "state"  # "واشنطن تعترف بإسقاط مسيّرتها قبالة اليمن": the government speaks, from no event place
        if r.cue == "state" or (m.prefix == "و" and state_end >= 0 and not text[state_end:m.nstart - 1].strip()):
            if r.cue == "state":
                r.cue, r.cue_start = "", -1
            if words.get(m.key) == "capital":
                # "أعلنت طهران", "مع واشنطن", "بين موسكو وبكين": the government; the city is named (a place
                # mention) but places no event
                seats.add(id(r))
        state_end = m.nend if id(r) in seats else -1
        if r.cue == "" and carry >= 0 and m.prefix == "و" and _list_gap(text, carry, m.nstart - 1, cues):
            r.cue, r.inherit = "settlement", True  # "بلدات ذيبان والطيانة والصبحة": the cue carries
        listed = r.inherit or (r.cue == "settlement" and r.cue_start >= 0 and _head(text, r.cue_start) in _LIST_HEADS)
        carry = m.nend if listed else -1
        if r.cue == "" and gov_carry >= 0 and m.prefix == "و" and not text[gov_carry:m.nstart - 1].strip(" ،,"):
            r.cue = "admin_gov"  # "محافظتي الخليل وبيت لحم": the dual's cue carries to the second governorate
        gov_carry = m.nend if r.cue == "admin_gov" and r.cue_start >= 0 and _GOV_LIST_HEAD.match(text, r.cue_start) \
            else -1
        head, _, rest = m.key.partition(" ")
        if r.cue not in ("org", "person"):
            if head == "ريف":
                r.cue = "region_gov"  # "ريف دمشق": the governorate Rif Dimashq
            elif r.cue == "" and rest and head in _ALIAS_ADMIN_HEADS:
                r.cue = "admin"  # "التابعة لقضاء الدبس": the district head listed in the name is its cue
            elif rest and cues.get(head) in ("settlement", "admin") and rest in g.by_key:
                # "مدينة إدلب" listed as a name: read as the cue + the name ("محيط مدينة حمص", "غربي
                # مدينة X": the near or compass word before the town head keeps its reading)
                if head in _TOWN_HEADS and r.cue in ("near", "direction"):
                    r.town = r.cue == "direction"
                else:
                    r.cue = "admin_gov" if head == "محافظه" else cues[head]
                cands = cands + [e for e in g.by_key[rest] if e not in cands]
                r.key = rest
        if r.cue == "org" and _position_abroad(text, m, cands, g.outlet_keys, cues):
            r.cue = "site"  # "موقع المطلة", "موقع "بياض بليدا"": an army position abroad, not a website
        if r.cue == "org" and _campus(text, r, cands, cues):
            r.cue = "site"  # "اقتحمت القوات جامعة بيرزيت": the university's town (not a governorate of its name)
            cands = [e for e in cands if e.level in _CAMPUS_LEVELS]
        if r.cue in ("org", "person"):
            continue
        action = words.get(m.key)
        if action == "anaphor":  # "مداهمة مزرعة غربي نوى ... القريب من المزرعة": the farm named before, not the town
            action = "strong" if _introduced_noun(text, m) else "cue"
        if action in ("capital", "home"):
            action = None  # read as a plain name here (the ``state`` cue words above make it the government)
        if action == "adjective":
            if any(w in _GOVERNED for _s, _e, w in _words_after(text, m.nend, 1)):
                continue  # "التلال المطلة على البلدة": the participle "overlooking", not the place
            action = None
        if action == "noun":
            after = [w for _s, _e, w in _words_after(text, m.nend, 2)]
            if _RIVER_WORDS & set(after) or (" " not in m.key and (
                    (after and _BANK_MODIFIER.match(after[0])) or _RIVER_BANKS.search(text))):
                continue  # "الضفة الشرقية لنهر الفرات", "على الضفة المقابلة", "الضفة الغربية للنهر": a bank
            action = None
        if (m.key in g.outlet_keys and all(e.admin1 for e in cands) and _outlet_phrase(text, m, cues)) \
                or (m.key in g.outlet_keys and _quoted_outlet(orig, m)) \
                or (action == "cue" and _all_of(text, m.nend)):
            continue  # "تتحدث إلى الميادين", "مراسل الجزيرة"; "في الميادين كافة": the outlet, the plain noun
        if action is None and any(e.needs_cue for e in cands):
            # a per-row flag (sites.tsv ``needs_cue``): rows whose cue is missing drop out
            kept = [e for e in cands if _cue_ok(e.needs_cue, _row_cue(e, r))]
            if kept:
                cands = kept
            elif any(e.needs_cue == "cue" for e in cands):
                cands, action = [e for e in cands if e.needs_cue == "cue"], "cue"
            else:
                continue
        if action == "strong" and r.cue not in _STRONG_CUES and not r.town \
                and not _placed_abroad_after(text, m.nend, cands, g, cues):
            continue  # "شرقي مخيم X" (a town head after the compass word), "شرقي X وسط قطاع غزة": a place
        if r.governor:  # "قال محافظ الحسكة": the governorate; a village named like a governorate abroad is not it
            cands = [e for e in cands if e.level == "governorate" or _foreign(e)]
            if not cands:
                continue
        # "غربي مدينة الميادين": the town head is the cue
        needs_cue = action == "cue" and r.cue in ("", "direction", "road") and not r.town \
            and not (r.cue == "" and _placed_abroad_after(text, m.nend, cands, g, cues)) \
            and not (r.cue == "direction" and raw and not raw[-1][3] and r.cue_start >= 0
                     and any(_wide_region(e.level, e.admin1, e.country) for e in raw[-1][1]) and not text[
                         (raw[-1][0].nend if raw[-1][2].end < 0 else raw[-1][2].end):r.cue_start].strip())
        # "ميناء الحديدة، غربي اليمن"; a compass word right after a wide region ("البادية شرق السلمية", "عمق
        # البادية شمالي تدمر") locates by the name that follows: a place, not the everyday word
        raw.append((m, cands, r, needs_cue))
    hits = [(m, c, r) for k, (m, c, r, needs) in enumerate(raw) if not needs or _listed(nt, raw, k)]
    hits = _listed_positions(text, hits, g)
    lone = _lone_home_words(hits, words)
    hits = [h for k, h in enumerate(hits) if k not in lone]
    positions = {k: pos for k, (m, c, r) in enumerate(hits) if not any(_foreign(e) for e in c)
                 and (pos := [e for h in _POSITION_ROW_HEADS for e in g.by_key.get(h + (r.key or m.key), [])
                              if _foreign(e)])}
    fixed = _abroad(text, hits, cues, g.outlet_keys, meta, positions)
    abroad: dict[int, tuple[Entry, int]] = {}
    if fixed:  # None: a Syrian namesake in an article about places abroad, not a place
        kept = [k for k in range(len(hits)) if fixed.get(k, ()) is not None]
        abroad = {n: v for n, k in enumerate(kept) if (v := fixed.get(k)) is not None}
        hits = [hits[k] for k in kept]
    # article context: governorates named, and places with one governorate only
    context: dict[str, float] = {}
    for n, (_m, cands, _r) in enumerate(hits):
        a1 = {e.admin1 for e in cands if e.admin1} if n not in abroad else set()
        if len(a1) == 1:
            gov = next(iter(a1))
            context[gov] = context.get(gov, 0.0) + 1.0
    out: list[tuple[str, str, list[Entry], Span]] = []
    prev: tuple[int, _Reading, PlaceRef] | None = None
    containers: set[int] = set()
    city_refs: set[int] = set()
    outskirts: set[int] = set()  # readings cued by an outskirts word (_OUTSKIRTS)
    gov_listed = _governorate_lists(text, hits, cues)
    for i, (m, cands, r) in enumerate(hits):
        cue = r.cue
        if cue == "" and prev is not None and m.prefix.startswith("و") and prev[1].cue == "region" \
                and not text[prev[0]:m.nstart - len(m.prefix)].strip():
            cue, r.inherit = "region", True  # "ريفي حماة وحلب"
            r.cue = cue  # passes on along the list: "أرياف حماة وحلب وإدلب"
        elif cue == "" and prev is not None and m.prefix == "و" and prev[1].cue == "near" \
                and _list_gap(text, prev[0], m.nstart - len(m.prefix), cues):
            cue, r.inherit = "near", True  # "أطراف X وY وZ": the outskirts of each town listed
            r.cue = cue  # passes on along the list
        elif cue == "" and prev is not None and prev[2].role == "road" \
                and not text[prev[0]:m.nstart - len(m.prefix)].strip(" -–"):
            cue = "road"  # "طريق دمشق درعا", "أوتوستراد حمص - حماة": both ends name the road
        elif cue in ("", "locative") and i in gov_listed:
            cue = "admin_gov"  # "في الحسكة ودير الزور", "بين درعا والقنيطرة": the governorates
        ref_admin1 = ""
        ref_entry: Entry | None = None
        # "X شمالي Y", "X في ريف Y", "X في Y": Y (the next hit, close after X) picks X's governorate
        if i not in abroad and not all(_foreign(e) for e in cands):
            # :func:`_abroad` alone reads a town or region abroad for a name Syria has too
            cands = [e for e in cands if not _foreign(e) or e.level == "country"]
        local_kind = all(e.level in _LOCAL_LEVELS or e.level == "foreign_city" for e in cands)
        if i + 1 < len(hits) and local_kind and cue not in ("region", "region_gov", "admin_gov", "direction") \
                and i not in abroad:
            m2, c2, r2 = hits[i + 1]
            gap = text[m.nend:m2.nstart - len(m2.prefix)]
            gw = [_strip(w, cues)[1] for w in _WORD.findall(gap)]
            kind = ""
            if gw and not _STOP.search(gap) and len(gw) <= 3:
                if all(cues.get(w) == "direction" or w == "في" for w in gw) and r2.cue == "direction":
                    kind = "direction"
                elif (gw[0] in ("في", "وسط") or (gw[0] in ("مدينه", "ريف", "ريفي", "محافظه")
                                                   and _WORD.findall(gap)[0].startswith("ب")
                                                   and (gw[0] == "مدينه"
                                                        or any(e.level == "governorate" for e in c2)))) \
                        and all(w in ("في", "وسط", "ريف", "ريفي", "محافظه", "مدينه") for w in gw):
                    # "حي الميدان وسط مدينة حلب", "… بمدينة حلب": the middle of the city, or the city with "بـ",
                    # contains the quarter as "في" does; so does "بريف"/"بمحافظة" before a governorate ("بلدة X
                    # بريف درعا الشرقي": a village of that countryside, never a namesake abroad; not "بريف <town>",
                    # whose side is no container of X)
                    kind = "region" if r2.cue in ("region", "region_gov") else "container"
            elif not gw and "ب" in m2.prefix and r2.cue in ("region", "region_gov"):
                kind = "region"
            if kind:
                govs = [e for e in c2 if e.level == "governorate"]
                a1 = {e.admin1 for e in c2 if e.admin1}
                if govs:
                    ref_admin1 = govs[0].admin1
                    if kind == "container":
                        # "حي القصور في دير الزور": a quarter's container is the city
                        (city_refs if _in_city(text, hits, i + 1) else containers).add(i + 1)
                    in_town = kind == "container" and "مدينه" in gw and cue not in _GOV_READINGS
                    if (kind in ("direction", "container") and not any(e.admin1 == ref_admin1 for e in cands)) \
                            or in_town:
                        # "X جنوبي دمشق", "منطقة السيدة زينب في دمشق": X may lie across the
                        # governorate line; a namesake close to Y is X (a far one: locate at Y's
                        # governorate, below)
                        y = _city_of(c2) or govs[0]
                        near_km = _NEAR_REF_KM if kind == "direction" else _NEAR_CITY_KM
                        close = [e for e in cands if (_km(e, y) or 1e9) <= near_km]
                        if close:
                            cands, ref_admin1 = close, ""
                        elif in_town and (city := _city_of(c2)) is not None:
                            # "حي الميدان في مدينة حلب": the quarter's namesakes lie away from the city the text
                            # names (another city's quarter, a village of the governorate): a quarter of that city
                            cands, ref_admin1 = [city], ""
                elif kind == "container" and "مدينه" in gw and cue not in _GOV_READINGS and i + 1 not in abroad \
                        and (m.key.partition(" ")[0] in _QUARTER_CUES or (r.cue_start >= 0 and _strip(
                            _head(text, r.cue_start), _QUARTER_CUE_ROLES)[1] in _QUARTER_CUES)) \
                        and (city := _city_of(c2)) is not None and not _foreign(city) \
                        and not any((_km(e, city) or 1e9) <= _NEAR_CITY_KM for e in cands):
                    # "حي الأشرفية بمدينة عفرين" (a town that names no governorate): the quarter's namesakes lie
                    # in another city; it is a quarter of the town the text names, as for a governorate's capital
                    cands = [city]
                elif len(a1) == 1 and (kind != "container" or (
                        i + 1 not in abroad and not any(_foreign(e) for e in cands + c2)
                        and not any(e.admin1 in a1 for e in cands))):
                    # "X بريف بلدة مارع": near a known town; "منطقة X في البوكمال": X's only namesakes lie in
                    # other governorates, so X is a part of the town the text names (located there, below)
                    ref_admin1 = next(iter(a1))
                    ref_entry = _best(c2)
        if not ref_admin1 and i not in abroad and (m.key.partition(" ")[0] in _QUARTER_CUES or (
                r.cue_start >= 0 and _strip(_head(text, r.cue_start), _QUARTER_CUE_ROLES)[1] in _QUARTER_CUES)) \
                and (frame := _framing_city(orig, hits, i)) is not None \
                and not any((_km(e, frame) or 1e9) <= _NEAR_CITY_KM for e in cands):
            # "وفي بانياس، … في حي القصور": the quarter's namesakes lie in other cities; it is a quarter of the
            # town that frames the sentence (as "حي X في مدينة Y" above)
            cands = [frame]
        elif not ref_admin1 and i not in abroad and cands and all(e.level == "neighbourhood" for e in cands) \
                and m.key.partition(" ")[0] in _QUARTER_CUES and (told := _told_city(orig, hits, i)) is not None:
            # "قصف على أحياء درعا البلد … وأفاد المراسل بأن القصف طال منازل في حي الأربعين": a quarter named with no
            # town, whose only namesakes are quarters of a city the article has not named nearby, lies in the town
            # told just before it
            cands = [told]
        if i in containers:
            cue = "container"
        direction_ref = wide = False
        if cue == "direction" and prev is not None:
            gap = text[prev[0]:r.cue_start].strip()
            # "X غربي Y", "قرب مدينة X، غربي Y": Y only places X; a region spanning governorates does not hold
            # a place of its own to be placed ("في البادية جنوب السخنة", "عمق البادية شرقي تدمر"): Y's side is
            # where the act is (a town's side, geo_precision 2)
            wide = not gap and _wide_region(prev[2].level, prev[2].admin1, "SYR" if prev[2].iso == 760 else "") \
                and prev[2].role == "place" and i not in abroad and any(e.level in _LOCAL_LEVELS for e in cands)
            direction_ref = not wide and (not gap or (gap in ("،", ",") and prev[2].level in _LOCAL_LEVELS))
        picked = abroad[i] if i in abroad else _pick(g, cands, cue, context, ref_admin1, ref_entry)
        if picked is None:
            continue
        if wide and out:
            # the wide region only says what kind of land Y's side is
            key0, how0, cands0, span0 = out[-1]
            out[-1] = (key0, how0, cands0, replace(span0, value=replace(span0.value, role="reference")))
        e, prec = picked
        city = _city_of(cands) if direction_ref or i in city_refs else None
        if city is not None and (i in city_refs or (
                prev is not None and prev[2].level in _LOCAL_LEVELS
                and (_km(prev[2], city) or 1e9) <= _NEAR_CITY_KM)):
            # a quarter's city; "القصير غربي حمص": a place this close to the city is placed by
            # the city, a farther one ("جاسم شمالي درعا") by the governorate
            e, prec, cue = city, city.precision, "container"
        elif cue == "direction" and r.town and i not in abroad and (town := _city_of(cands)) is not None:
            # "7 كم غربي مدينة X" (no place before it that X would only locate): the town's
            # surroundings, as "محيط مدينة X"
            e, prec, cue = town, 2, "near"
        role = "place"
        start, end = m.start, m.end
        if cue == "region" and e.id in _COUNTRYSIDE_GOV and _COUNTRYSIDE_GOV[e.id] in g.entries:
            # "في ريفي دمشق وحمص", "أرياف حمص ودمشق": the countryside of the capital is the governorate around it
            e = g.entries[_COUNTRYSIDE_GOV[e.id]]
        if cue == "region":
            role = "region"
            if r.cue_start >= 0 and not r.inherit:
                start = nt.orig_span(r.cue_start, r.cue_start + 1)[0]
            if r.end > 0:
                end = nt.orig_span(m.nend, r.end)[1]
        elif cue == "near":
            # "أطراف X", "ضواحي X": the town's outskirts are the town (ACLED geo_precision 1); "محيط/قرب X" near it (2)
            if (r.inherit and prev is not None and id(prev[1]) in outskirts) \
                    or (not r.inherit and r.cue_start >= 0 and _head(text, r.cue_start) in _OUTSKIRTS):
                outskirts.add(id(r))  # passes on along a list: "أطراف X وY"
            role, prec = "near", (prec if id(r) in outskirts else max(prec, 2))
        elif cue == "road":
            role, prec = "road", max(prec, 2)
        elif cue == "direction":
            role = "reference" if direction_ref else "region"
            if not direction_ref and e.level == "region" and _foreign(e) \
                    and (city := _sided_city(g, text, r, r.key or m.key)) is not None:
                # "شمال غرب غزة", "غربي غزة": a side of the city the region is named after (the Strip's west
                # is the sea): near that city, geo_precision 2
                e, prec, role = city, 2, "near"
            elif not direction_ref and e.level not in ("country", "governorate", "region") \
                    and not (e.level == "foreign_city" and e.population >= _METROPOLIS):
                # "شرق رفح", "قرية X (unknown) غرب جنين": a side of the town, not the town itself (ACLED: a
                # place near a town is coded at the town with geo_precision 2); a metropolis's side ("جنوبي
                # الخرطوم", "حي X جنوبي أم درمان") is a part of the city, coded at the city (geo_precision 1)
                prec = max(prec, 2)
        elif cue == "container":
            role = "reference"
        side = cue == "direction" and role == "region" and e.level in _SIDE_LEVELS and prec == 2
        if id(r) in seats:
            role = "reference"
        if cue == "admin_gov" and e.level == "foreign_city":
            # "في محافظة تعز", "التابعة لمحافظة صعدة": a governorate abroad, which the gazetteer knows only by its
            # capital: the area around the capital (geo_precision 3, as a Syrian governorate), not the city
            role, prec = "region", 3
        seat_at = r.cue_start if r.cue_start >= 0 else m.nstart
        if cue == "admin_gov" and e.level == "governorate" and role == "place" and not r.governor \
                and _SEAT_BUILDING.search(text, max(0, seat_at - 30), seat_at) \
                and (cap := _capital(g, e)) is not None:
            # "أمام مبنى محافظة X", "مقر محافظة X": the governorate's seat, a building in its capital (a crowd
            # standing there is in the city, not somewhere in the province)
            e, prec = cap, cap.precision
        ref = g.to_ref(e, prec, role)
        if side and role == "region":
            ref = replace(ref, side=True)
        if role == "region" and r.dirs and e.level == "governorate":
            lat, lon = _shift(g, e, r.dirs)
            ref = replace(ref, lat=lat, lon=lon, geo_precision=2)
        how = ""
        if role in ("place", "near") and e.level != "governorate" and e in cands:
            if r.cue in _SENSE_CUES:
                how = "strong"
            elif r.cue in ("", "locative") and cue == r.cue and not ref_admin1:
                how = "weak"
        elif role in ("place", "near") and ref_entry is not None and e is ref_entry and r.cue in _SENSE_CUES:
            how = "located"  # "منطقة X في البوكمال", X's namesakes far away: X is read at that town
        out.append((r.key or m.key, how, cands, Span(start, end, "place", ref)))
        prev = (m.nend if r.end < 0 else r.end, r, ref)
    return _pact_names(nt.original, _heard_references(nt.original, _distance_references(
        nt.original, _framing_governorates(nt.original, _contained_regions(nt.original, _named_again(nt, _dual_sites(
            nt, g, _one_sense(_far_lone_namesakes(nt.original, out, meta)))))))))


_LONE_LEVELS = frozenset({"community"})
_SIDE_LEVELS = frozenset({"city", "community"})  # a town whose compass side is its outskirts that way
_LONE_FAR_KM = 80.0  # a village this far from every other place the article names is another village of that name
FAR_NAMESAKES = "far_namesakes"  # meta key: the (start, end) of the villages :func:`_far_lone_namesakes` marks


def _far_lone_namesakes(text: str, out: list[tuple[str, str, list[Entry], Span]],
                        meta: dict[str, Any] | None) -> list[tuple[str, str, list[Entry], Span]]:
    """Mark a village whose only entry lies far from every other place of the article (``meta[FAR_NAMESAKES]``):
    "قرية البيضا قرب بانياس" whose one gazetteer namesake is a village of the Aleppo plain, "قرى تل طويل" beside
    Tell Tamer whose one namesake lies near Afrin.  The gazetteer lacks the village meant, so the mention is no
    event's place (:func:`rasd.geo.assign._target`): the event keeps the place the text names beside it.  A village
    is not marked when the article names its governorate (or country) as such, when its own sentence names a
    governorate or a countryside ("بلدات X وY في ريف إدلب": the land the village lies in, told by the text), or when
    the article names another local place within ``_LONE_FAR_KM`` of it."""
    if meta is None:
        return out
    locals_: list[PlaceRef] = []
    areas: set[tuple[str, str]] = set()
    for _k, _h, _c, sp in out:
        v = sp.value
        if (v.level in _LOCAL_LEVELS or v.level in ("district", "foreign_city", "site")) \
                and v.lat is not None and v.lon is not None:
            locals_.append(v)
        if v.level == "governorate":
            areas.add((v.country, v.admin1))
    far: set[tuple[int, int]] = set()
    for key, _how, cands, sp in out:
        v = sp.value
        if len(cands) == 1 and v.level in _LONE_LEVELS and v.role in ("place", "near") \
                and v.lat is not None and v.lon is not None and (v.country, v.admin1) not in areas:
            others = [o for o in locals_ if o.id != v.id and norm_key(o.name_ar) != key]
            if not others or any((_km(v, o) or 0.0) <= _LONE_FAR_KM for o in others):
                continue
            lo = max((m.end() for m in _STOP.finditer(text, 0, sp.start)), default=0)
            hi = next((m.start() for m in _STOP.finditer(text, sp.end)), len(text))
            if any(lo <= q.start and q.end <= hi and (q.value.level == "governorate" or q.value.role == "region")
                   for _k2, _h2, _c2, q in out):
                continue
            far.add((sp.start, sp.end))
    if far:
        meta[FAR_NAMESAKES] = far
    return out


# the building of a governorate's seat before "محافظة X" ("أمام مبنى محافظة X", "مقر محافظة X"), normalised
_SEAT_BUILDING = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:مبني|مقر|سرايا|سراي|ديوان)\s+$")


# a governorate that is its capital city alone, and the governorate of its countryside (Damascus: Rif Dimashq)
_COUNTRYSIDE_GOV = {"SY01": "SY03"}


def recognize_places(doc: Document) -> None:
    """Add the ``places`` layer: spans whose value is a :class:`rasd.document.PlaceRef`."""
    nt = doc.normalized()
    doc.add("places", find_places(nt, meta=doc.meta))
