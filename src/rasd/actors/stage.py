"""Actor stage: actor mentions mapped to canonical ACLED names (layer ``actors``).

Each span's ``value`` is an :class:`~rasd.document.ActorRef` resolved for the publication date and
Syria; the event stage re-resolves the entry (``ActorRef.key``) for the event's own date and country.
A definite general word that refers back to a group ("التنظيم", "المسلحين"; ``anaphora.tsv``) takes
the nearest named non-state armed actor of the article before it (else the first after it).
A vague group tied to a named actor by "التابعة لـ" ("قوات الأمن التابعة لـ"الهيئة"") is that actor,
and by "الموالية لـ" / "المدعومة من" ("الفصائل الموالية لتركيا") that actor's local proxy: the two
mentions become one span, the whole noun phrase.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from rasd.actors.lexicon import (
    FORMER,
    SPOKESMAN_RANK_NAME,
    SPOKESMAN_TITLE,
    ActorEntry,
    Anaphor,
    actors,
    anaphora,
    asset_duals,
    asset_nouns,
    matcher,
    named_bases,
    nationality_adjectives,
    patrons,
    role_words,
    spokesman_family_names,
    state_names,
    unit_nouns,
)
from rasd.arabic.normalize import NormText, norm_key, normalize
from rasd.arabic.numbers import parse_number_words
from rasd.document import ActorRef, Document, Span
from rasd.events.lexicon import trigger_matcher
from rasd.geo.assign import HOME_COUNTRY
from rasd.geo.demonyms import demonym_iso3
from rasd.io.outlets import outlet_name_keys
from rasd.tsv import read_rows

# servicemen named by a count ("175 عسكرياً"; actors.tsv key ``servicemen``) are the army word's mention
_SERVICEMEN = "servicemen"
_ARMY = "state_generic"
# actors that can never be the antecedent of an anaphoric word: unnamed or unarmed people, and the
# government's auxiliary militias (reports call the army's foes "المسلحين", never its own auxiliaries), and
# the resistance an article names only as such (the fallback of "المقاومة")
_NOT_ANTECEDENT = frozenset({"unidentified", "unid_mil", "civilians", "notables", "nationals", "protesters", "rioters",
                             "syr_ndf", "resistance"})


def recognize_actors(doc: Document) -> None:
    """Add the ``actors`` layer: spans whose value is a :class:`rasd.document.ActorRef`."""
    nt = doc.normalized()
    table = actors()
    ana = anaphora()
    found: list[tuple[int, int, ActorEntry | None, str]] = []  # start, end, entry, anaphor key
    norm_ends: list[tuple[int, int]] = []  # normalised start and end of each found mention
    text = doc.text
    forms = nationality_adjectives()
    owned: set[int] = set()  # starts of army words with a pronoun suffix ("جنوده", "قواتها")
    addressees, toll_only = role_words()["addressee"], role_words()["toll_only"]
    for m in matcher().find(nt):
        if m.suffix == "ه" and text[m.end:m.end + 1] == "ة":
            if not _feminine_nationality(text[m.start:m.end], forms):
                continue  # a feminine adjective ("شاحنات مدنية"), not a pronoun suffix ("قواته")
            # "طائرات الاحتلال الإسرائيلية", "قوات الاحتلال الإسرائيلية": the nationality agrees with the
            # feminine plural head; the whole phrase names the force
            m = replace(m, end=m.end + 1, nend=m.nend + 1)
        if _adjective_of_noun(text, m.start, m.end, m.prefix, m.payloads[0]):
            continue  # "التفجيرين الإرهابيين": an adjective of the act, not the people
        if _side_as_place(text, m.start, m.end, m.prefix):
            continue  # "فرّوا باتجاه الجانب السوري", "على الجانب التركي من الحدود": a border's side, a place
        if _armed_adjective(text, m.start, m.end, m.prefix, found):
            continue  # "عشرات المستوطنين المسلحين": the settlers armed, no second group of gunmen
        if _nisba_adjective(text, m.start, m.end, m.prefix, table.get(m.payloads[0])):
            continue  # "المجتمع الجولاني": "of the Golan", not the leader of HTS
        if _media_name(text, m.start):
            continue  # "قناة "المسيرة" اليمنية": the name of an outlet, not a drone
        if m.payloads[0] == "civilians" and not m.suffix and text[m.end - 1:m.end] == "ه":
            continue  # "العالم بأسره", "بعد أسره": a stem and its pronoun, not a noun in "ة" ("أسرة")
        if m.payloads[0] == "civilians" and m.key in addressees and (
                m.prefix.endswith("ل") or text[max(0, m.start - 6):m.start].rstrip().endswith(("أمام", "امام"))):
            continue  # "قال للصحافيين", "أمام الصحفيين": the people a speaker addresses, no side of an act
        if m.payloads[0] == "civilians" and _MILITIA_OF.search(text[max(0, m.start - _MILITIA_OF_REACH):m.start]):
            continue  # "ميليشيات محلية للدفاع عن النفس من المزارعين": the men a militia is drawn from, armed
        if m.payloads[0] == "civilians" and norm_key(text[m.start:m.end]) in toll_only \
                and not _toll_of(text, m.start, m.end, m.prefix):
            continue  # "في مزارع شبعا", "قصفت مزارع الزيتون": farms; "مقتل مزارع", "أصيب مزارع": a farmer
        if m.payloads[0] == "civilians" and norm_key(text[m.start:m.end]) in _CIVIL_VEHICLES \
                and _doers_vehicle(text, m.start, m.prefix):
            continue  # "اقتربوا من الحاجز بسيارة مدنية", "يستقلون سيارة مدنية": the doers' own car, no one hit
        if m.payloads[0] == "nationals" and not _nationals_named(text, m.start, m.prefix):
            continue  # "مقاومين فلسطينيين", "هدف إسرائيلي": an adjective of the noun before, not people
        if _VITAL_AFTER_RE.match(text, m.end) and norm_key(text[m.start:m.end]).lstrip("وفبل").startswith(
                ("هدف", "الهدف")):
            continue  # "ضد هدف إسرائيلي حيوي": infrastructure (a port, a plant), no force of the state
        if m.payloads[0] == _SERVICEMEN:
            if not _counted(text, m.start, m.prefix) and not _toll_of(text, m.start, m.end, m.prefix):
                continue  # "هجوم عسكري", "الرد عسكرياً": an adjective or an adverb, not servicemen
            m = replace(m, payloads=[_ARMY, *m.payloads[1:]])  # the army word ("175 عسكرياً" = "175 جندياً")
        if m.suffix and m.payloads[0] == _ARMY:
            owned.add(m.start)
        if m.key in ana:
            found.append((m.start, m.end, None, m.key))
        else:
            entry = table.get(m.payloads[0])
            if entry is None:
                continue
            found.append((m.start, m.end, entry, ""))
        norm_ends.append((m.nstart, m.nend))
    _joint_nationalities(nt, found, norm_ends)
    _foreign_national_army(doc, nt, found, norm_ends)
    _home_terrorists(doc, nt, found, norm_ends)
    _national_forces(nt, found, norm_ends)
    _named_assets(nt, found, norm_ends)
    _dual_bases(nt, found, norm_ends)
    _quoted_army(text, found)
    _owners_troops(text, found, owned)
    _glossed(text, found)
    _named_occupier(nt, found, norm_ends)
    _state_doers(nt, found, norm_ends)
    _spokesman_named(nt, found, norm_ends)
    served = _former_members(nt, found, norm_ends)
    _unit_members(nt, found, norm_ends)
    _local_fighters(nt, found, norm_ends)
    _civilians_origin(nt, found, norm_ends)
    _area_military_police(nt, found, norm_ends)
    _same_noun(nt, found, norm_ends)
    _statement_forces(nt, found, norm_ends)
    resolved: list[tuple[int, int, ActorEntry, bool]] = []  # start, end, entry, vague
    kept_ends: list[tuple[int, int]] = []
    # the spans of words that take their actor from another mention ("التنظيم" after "داعش"): only inferred
    inferred: set[tuple[int, int]] = doc.meta.setdefault("actor_inferred", set())
    for i, (start, end, entry, akey) in enumerate(found):
        vague = not ana[akey].only if entry is None else entry.generic
        if entry is None:
            entry = _antecedent(found, i, ana[akey], text, doc.published) or table.get(ana[akey].fallback)
            if entry is None:
                continue
        if akey:
            inferred.add((start, end))
        resolved.append((start, end, entry if entry.named_by_event_day else entry.on(doc.published), vague))
        kept_ends.append(norm_ends[i])
    spans = [Span(start, end, "actor", _layer_ref(entry, doc.published))
             for start, end, entry in _merge_affiliations(resolved, kept_ends, nt)]
    for k, sp in enumerate(spans):
        was = served.get(sp.start)
        if was is not None and sp.value.key == "civilians":
            # the force a former member served, kept for the event scorer (rasd.events.frames.named_entries)
            ref = _layer_ref(was if was.named_by_event_day else was.on(doc.published), doc.published)
            spans[k] = Span(sp.start, sp.end, "actor", replace(sp.value, group=FORMER + ref.key))
    doc.add("actors", spans)


# session 44 (ac32): a force's own statement ("بيان إلى الرأي العام") speaks of its men in the first person ("نفذت
# وحداتنا الخاصة عملية", "داهمت قواتنا منزلاً", "أصيب أحد مقاتلينا") and names itself in its header or signature line
# ("المركز الإعلامي لقوات سوريا الديمقراطية", "القيادة العامة لـ…") or in "إننا في …": those words are the issuer's
# forces, not the army of the country the event is in (normalised text)
_FIRST_PERSON_FORCE = re.compile(r"(?<!\S)[وفبل]{0,2}((?:قوات|وحدات|مقاتلي|مقاتلو|جنود|عناصر|مجاهدي|مجاهدو)نا)"
                                 r"(?=[\s\"'«»“”،,.:؛()]|$)")
_WE_IN = re.compile(r"(?<!\S)[وف]?(?:اننا|نحن)\s+في\s+[\"'«»“”]?$")
_ISSUER_HEAD = re.compile(r"^[\s\"'«»“”]*(?:المركز\s+الاعلامي|المكتب\s+الاعلامي|القياده\s+العامه|القياده\s+المركزيه"
                          r"|بيان\s+صادر\s+عن)\s+")
_ISSUER_LINE_WORDS = 8  # words at most in a header or signature line
_ISSUER_INTER = frozenset({1, 2, 3, 4, 8})


def _statement_issuer(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                      norm_ends: list[tuple[int, int]]) -> ActorEntry | None:
    """The armed actor a statement names as its issuer (see above), or None."""
    text = nt.original
    for (start, end, entry, _k), (ns, _ne) in zip(found, norm_ends, strict=True):
        if entry is None or entry.generic or entry.inter not in _ISSUER_INTER:
            continue
        if _WE_IN.search(nt.norm[max(0, ns - 20):ns]):
            return entry
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        line = text[lo:hi if hi >= 0 else len(text)]
        if len(line.split()) <= _ISSUER_LINE_WORDS and _ISSUER_HEAD.match(norm_key(line) + " "):
            return entry
    return None


def _statement_forces(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                      norm_ends: list[tuple[int, int]]) -> None:
    """The first-person force words of a statement whose issuer it names are mentions of that issuer."""
    words = list(_FIRST_PERSON_FORCE.finditer(nt.norm))
    if not words:
        return
    issuer = _statement_issuer(nt, found, norm_ends)
    if issuer is None:
        return
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    for w in words:
        s, e = w.span(1)
        k = next((k for k, (ns, ne) in enumerate(norm_ends) if ns < e and ne > s), None)
        if k is None:
            a, b = nt.orig_span(s, e)
            added.append(((a, b, issuer, ""), (s, e)))
        elif found[k][2] is not None and (found[k][2].generic or found[k][2].inter == 1):
            start, end, _entry, akey = found[k]
            found[k] = (start, end, issuer, akey)
    _merge_in(found, norm_ends, added)


# "القوات ذاتها", "القاعدة نفسها", "والمجموعة ذاتها": a definite noun told as the same one (normalised text) points back
# to the force the article named before with that very noun ("قوات النظام" … "وكانت القوات ذاتها قد قصفت …",
# "قاعدة الاحتلال الأميركي" … "استهداف القاعدة نفسها"): a recalled act's side is often named only so
_SAME_NOUN = re.compile(r"(?<!\S)(?:[وفبل]{0,2})ال(\S{3,})\s+(?:نفس|ذات)(?:ه|ها|هم|هما)(?:(?!\S)|(?=[،,.؛:]))")
# the clitics and the article a noun may carry where the article first names the force ("لقوات", "والقاعدة")
_SAME_NOUN_PREFIXES = frozenset({"", "ال", "و", "وال", "ف", "فال", "ب", "بال", "وب", "وبال", "ل", "لل", "ول", "ولل"})
_SAME_NOUN_INTER = frozenset({1, 2, 3, 4, 8})  # armed sides only (not "the same people")
_SAME_NOUN_REACH = 20  # normalised characters looked back from a mention for the noun it stands in construct after
# session 36 (ac18): a bare definite force noun as the subject of an act, right after its verb ("واعتقلت القوات 11
# شخصاً", "ثم أطلقت الدورية النار") or opening the clause of "أنّ" ("وأفاد بأن القوة اعتقلت …"), with no adjective
# after it ("القوات الأمنية" is a name of its own): the force the article named before, as "القوات ذاتها" is
# (the article first and the words before it looked behind from after it: the same matches, found by a scan for the
# article's letters instead of trying the look-behinds at every character)
_BARE_FORCE = re.compile(r"ال(?:(?<=[^\s]ت ال)|(?<=[\sو]ان ال)|(?<=\sبان ال)|(?<=^ان ال))(قوات|قوه|دوريه|دوريات|وحدات)"
                         r"(?=\s+(?!ال)[^\s،,.؛:])")
# session 34 (ac16): a force's noun in the other number (normalised): "الفصيل نفسه" after "مسلحين من أحد فصائل X",
# "المجموعة ذاتها" after "مجموعات X"
_SAME_NOUN_NUMBER: dict[str, tuple[str, ...]] = {
    "فصيل": ("فصائل",), "فصائل": ("فصيل",), "مجموعه": ("مجموعات",), "مجموعات": ("مجموعه",),
    "ميليشيا": ("ميليشيات",), "ميليشيات": ("ميليشيا",), "كتيبه": ("كتائب",), "كتائب": ("كتيبه",),
    "قوه": ("قوات",), "لواء": ("الويه",)}


def _same_noun(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
               norm_ends: list[tuple[int, int]]) -> None:
    """Add a mention for each "ال<noun> ذاتها/نفسها" that takes the actor of the nearest mention before it whose
    first word is that noun (with its clitics or article): the same force named again.  A noun no named force
    opened before ("البلدة نفسها", "اليوم ذاته") adds nothing."""
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    heads_of: dict[int, list[str]] = {}

    def heads(j: int) -> list[str]:
        # the mention's first word, or the noun it stands in construct after ("قاعدة الاحتلال الأميركي",
        # "دورية للفرقة الرابعة", "حاجزاً للأمن العسكري")
        if j not in heads_of:
            ns, ne = norm_ends[j]
            words = nt.norm[ns:ne].split()
            before = nt.norm[max(0, ns - _SAME_NOUN_REACH):ns].split()
            if before and ns > 0 and not nt.norm[ns - 1].isspace():
                before.pop()  # a clitic glued to the mention ("للفرقة"): the word before is the construct's head
            if len(before) > 1 and before[-1] in _BELONGING:
                before.pop()  # "قوات تابعة لإدارة الأمن العام": the noun the force's name belongs to
            heads_of[j] = [w.removesuffix("ا") for w in (words[:1] + before[-1:])]
        return heads_of[j]

    def opens(j: int, noun: str) -> bool:
        # the noun, or its plural or singular ("الفصيل نفسه" after "فصائل X": one faction of the ones named)
        forms = (noun, *_SAME_NOUN_NUMBER.get(noun, ()))
        return any(h.endswith(n) and h[:len(h) - len(n)] in _SAME_NOUN_PREFIXES for h in heads(j) for n in forms)

    # (every match of _SAME_NOUN holds "نفس" or "ذات": a text with neither is not searched for it)
    same = _SAME_NOUN.finditer(nt.norm) if "نفس" in nt.norm or "ذات" in nt.norm else ()
    for m in sorted([*same, *_BARE_FORCE.finditer(nt.norm)], key=lambda x: x.start()):
        noun = m.group(1)
        if any(ns < m.end() and ne > m.start() for ns, ne in norm_ends):
            continue  # a span already named
        if m.end() < len(nt.norm) and not nt.norm[m.end()].isspace() and noun not in _FORCE_NOUNS:
            continue  # (session 34) before a punctuation mark, only a body of armed men ("قوة من الجهاز ذاته،")
        for j in range(len(found) - 1, -1, -1):
            ns, _ne = norm_ends[j]
            entry = found[j][2]
            if ns >= m.start() or entry is None or entry.inter not in _SAME_NOUN_INTER \
                    or entry.key in _NOT_ANTECEDENT:
                continue
            # the force named last, if the article named it with that noun before, under this or another of its
            # names ("قوات سوريا الديمقراطية" … "«قسد»" … "عناصر من القوات ذاتها")
            if opens(j, noun) or any(
                    k != j and norm_ends[k][0] < m.start() and found[k][2] is not None
                    and found[k][2].key == entry.key and opens(k, noun) for k in range(j)):
                a, b = nt.orig_span(m.start(), m.end())
                added.append(((a, b, entry, ""), (m.start(), m.end())))
                break
        else:
            near = _same_force_fallback(nt, found, norm_ends, m.start(), noun)
            if near is not None:
                a, b = nt.orig_span(m.start(), m.end())
                added.append(((a, b, near, ""), (m.start(), m.end())))
    _merge_in(found, norm_ends, added)


# session 34 (ac16): the nouns of a body of armed men ("الوحدات ذاتها", "القوة نفسها", "العناصر ذاتهم") that, with no
# force named before by that noun, still point back to the armed force named last: "وصلت تعزيزات أرسلتها قيادة
# الأمن الداخلي …، وشنّت الوحدات ذاتها حملة …"
_FORCE_NOUNS = frozenset({"قوات", "وحدات", "قوه", "دوريه", "دوريات", "عناصر", "تعزيزات", "فرق", "مجموعات", "جهاز",
                          "فرع"})
_SAME_FORCE_REACH = 400  # normalised characters back to the force named last


def _same_force_fallback(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                         norm_ends: list[tuple[int, int]], at: int, noun: str) -> ActorEntry | None:
    """The actor of the armed force (a state's or a group's, never unnamed gunmen) named last within
    ``_SAME_FORCE_REACH`` before a "<force noun> ذاتها" no mention opened with that noun; None for another noun."""
    if noun not in _FORCE_NOUNS:
        return None
    for j in range(len(found) - 1, -1, -1):
        ns, _ne = norm_ends[j]
        entry = found[j][2]
        if ns >= at:
            continue
        if at - ns > _SAME_FORCE_REACH:
            return None
        if entry is not None and entry.inter in _SAME_NOUN_INTER and entry.key not in _NOT_ANTECEDENT \
                and not (noun in _ORGANISED_NOUNS and entry.key in _BANDS):
            return entry
    return None


# session 38 (ac20): "تابعة" between a force's noun and the name it belongs to ("قوات تابعة لإدارة الأمن العام" …
# "واعتقلت القوات ذاتها …"), normalised
_BELONGING = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين", "تابعون", "التابعون"})
# the nouns of an organised force (its forces, units, patrols, reinforcements, branch) that never stand for bands of
# armed men with no command of their own ("فلول النظام البائد" … "وبدأت القوات ذاتها حملة تمشيط"): the remnants an
# article names between a state force and its "القوات ذاتها" are the ones it hunts, not the force
_ORGANISED_NOUNS = frozenset({"قوات", "وحدات", "قوه", "دوريه", "دوريات", "تعزيزات", "جهاز", "فرع"})
_BANDS = frozenset({"syr_loyalists"})


# session 34 (ac16): a civilian car or bus (aliases.tsv) is the people hit only where it was hit: not the doers' own
# car, ridden ("يستقلون سيارة مدنية", "على متن سيارة مدنية") or their means ("اقتربوا بسيارة مدنية") where no word of
# a blast or a strike stands just before it ("انفجرت عبوة ناسفة بسيارة مدنية" is the car hit)
_CIVIL_VEHICLES = frozenset(norm_key(w) for w in ("سيارة مدنية", "سيارات مدنية", "حافلة مدنية"))
_RIDDEN = re.compile(r"(?:يستقل|تستقل|استقل|مستقل|على\s+متن|يقود|يقودون)\S*\s*$")
_HIT_BEFORE = re.compile(r"(?:انفجر|تفجير|عبو|زرع|لغم|مفخخ|استهد|قصف|غار|صاروخ|قذيف|مسير|طائر|رصاص|نار)")
_VEHICLE_REACH = 40  # characters before the car looked at


def _doers_vehicle(text: str, start: int, prefix: str) -> bool:
    """The civilian car at ``start`` is the one its doers rode or came in, not the one hit."""
    before = normalize(text[max(0, start - _VEHICLE_REACH):start - len(prefix)]).norm
    if _RIDDEN.search(before):
        return True
    return "ب" in prefix and not _HIT_BEFORE.search(" ".join(before.split()[-4:]))


# "حيوي" in any form right after a target with the state's adjective ("هدفاً إسرائيلياً حيوياً")
_VITAL_AFTER_RE = re.compile(r"[ًٌٍاة]{0,2}\s+(?:ال)?حيوي")


# "قيادي سابق في فصائل المعارضة", "عنصر سابق في "الجيش الحر"", "مقاتلين سابقين في صفوف …", "ضابط سابق بجيش
# النظام", a retired officer "ضابط متقاعد من جيش النظام السابق" (session 21, gm9): a person who once served the force
# is no member of it now; such a target is a civilian (ACLED: a former
# fighter, unarmed, killed or hurt is Violence against civilians), and the whole phrase is the mention (normalised
# text: the member noun, "سابق" in any form, the word of belonging, "أحد"/"إحدى" ("قيادياً سابقاً في أحد فصائل
# المعارضة"), a "صفوف"/"فصيل" and quotes)
_FORMER_MEMBER = re.compile(
    r"(?:^|(?<=[\s\"'«»“”،,.:؛(]))[وف]?(?:ال)?(?:عنصر|عناصر|عنصرا|عنصرين|عنصران|قيادي|قياديا|قياديين|قياديون|مقاتل|مقاتلا"
    r"|مقاتلين|مقاتلون|ضابط|ضابطا|ضباط|قائد|قائدا|عضو|عضوا|اعضاء|منتسب|منتسبا|منتسبين|مجند|مجندا|مجندين|متطوع)"
    r"\s+(?:ال)?(?:سابق|متقاعد)(?:ين|ون|ان|ا|ه)?\s+(?:(?:في|من|ضمن|لدي)\s+|ب)(?:احد(?:ي)?\s+)?(?:(?:صفوف|فصيل|فصائل|تشكيلات|ميليشيا|ميليشيات|مليشيا|مليشيات)\s+)?"
    r"[\s\"'«»“”]*$")
_QUOTE_CLOSE = ('"', '»', '”')
_FORMER_REACH = 60  # normalised characters looked back from the force's name


def _former_members(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                    norm_ends: list[tuple[int, int]]) -> dict[int, ActorEntry]:
    """A named armed force after "<member noun> سابق في" ("قيادي سابق في فصائل المعارضة") is a former member of it:
    the mention, widened over the member noun, names civilians.  Mentions inside the widened span are dropped.
    Returns the force each such mention (by its start) once served."""
    civ = actors().get("civilians")
    served: dict[int, ActorEntry] = {}
    if civ is None:
        return served
    drop: set[int] = set()
    for i, (_start, end, entry, _akey) in enumerate(found):
        if entry is None or entry.inter not in (1, 2, 3, 4, 8):
            continue
        nstart, nend = norm_ends[i]
        m = _FORMER_MEMBER.search(nt.norm[max(0, nstart - _FORMER_REACH):nstart])
        if m is None:
            continue
        new_nstart = max(0, nstart - _FORMER_REACH) + m.start()
        new_start = nt.orig_span(new_nstart, new_nstart + 1)[0]
        drop.update(k for k in range(len(found)) if k != i and found[k][0] >= new_start and found[k][1] <= end)
        if nt.original[end:end + 1] in _QUOTE_CLOSE and nt.original[new_start:end].count('"') % 2:
            end += 1  # "قيادي سابق في "الجيش الحر"": the closing quote of the force's name is the phrase's
        served[new_start] = entry
        found[i] = (new_start, end, civ, "")
        norm_ends[i] = (new_nstart, nend)
    if drop:
        found[:] = [f for k, f in enumerate(found) if k not in drop]
        norm_ends[:] = [n for k, n in enumerate(norm_ends) if k not in drop]
    return served


# a serving member of a named unit: a member noun, a few words of his post and "في"/"ب" before the unit's name ("ضابط
# هو "قائد سرية في لواء X"", "جندي في وحدة Y"), normalised text; the unit is his affiliation, no side of its own
_UNIT_MEMBER = re.compile(
    r"(?:^|(?<=[\s\"'«»“”،,.:؛(]))[وف]?(?:ال)?(?:عنصر|عناصر|عنصرا|ضابط|ضابطا|ضباط|قائد|قائدا|جندي|جنديا|جنود|مجند|مجندا"
    r"|رقيب|رقيبا|نقيب|نقيبا|رائد|رائدا|مقدم|مقدما|عقيد|عقيدا|قناص|قناصا)"
    r"(?:\s+[^\s،,.:؛]+){0,3}?\s+(?:في\s+|ب)[\s\"'«»“”]*$")
# the nouns of a unit of an army ("لواء", "وحدة", "فرقة", "كتيبة", "سرية"), normalised
_UNIT_NOUNS = ("لواء", "وحده", "فرقه", "كتيبه", "سريه")
_UNIT_REACH = 50  # normalised characters looked back from the unit's name


def _unit_members(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                  norm_ends: list[tuple[int, int]]) -> None:
    """A state's unit named after "<member noun> … في" ("قائد فرقة قناصة في لواء X", "جندي في وحدة Y") is where
    the man serves, a word of his title: no mention of a side, so the unit's name is no doer of the sentence's act
    ("بمقتل ضابط هو "قائد سرية في لواء X" جراء انفجار عبوة"); the man's side is read from his own words."""
    drop: set[int] = set()
    for i, (_start, _end, entry, _akey) in enumerate(found):
        if entry is None or entry.inter not in (1, 8):
            continue
        nstart, nend = norm_ends[i]
        name = nt.norm[nstart:nend]
        if not (name.startswith(_UNIT_NOUNS) or (name[1:].startswith(_UNIT_NOUNS) and name[0] in "وفب")):
            continue
        if _UNIT_MEMBER.search(nt.norm[max(0, nstart - _UNIT_REACH):nstart]):
            drop.add(i)
    if drop:
        found[:] = [f for k, f in enumerate(found) if k not in drop]
        norm_ends[:] = [n for k, n in enumerate(norm_ends) if k not in drop]


# "<fighters> من أبناء|أهالي <name>" in normalised text (group 1: the fighters' noun, group 2: the name's first word)
_FIGHTERS_FROM = re.compile(r"(?:^|(?<=[\s\"'«»“”،,.:؛(]))[وف]?(\S+)\s+من\s+(?:ابناء|اهالي)\s+[\"«“]?"
                            r"([^\s،,.:؛\"'«»“”()]+)")
# the named actors a "من أبناء" phrase may name instead of a town (a tribe, a clan): kept as they are
_FIGHTERS_KEEP = frozenset({"tribal"})


def _local_fighters(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                    norm_ends: list[tuple[int, int]]) -> None:
    """Armed men named by the town or the people they come from ("فتصدى لهم مقاتلون من أبناء طفس", "مسلحون من أهالي
    البلدة"; roles.tsv ``local_fighter``) are a communal militia: the whole phrase is its mention, and the mentions
    inside it (a bare "مسلحون", "أبناء المدينة") are dropped.  Not when a state's, a rebel's or a tribe's name stands
    there ("مقاتلون من أبناء العشائر")."""
    communal = actors().get("communal")
    if communal is None:
        return
    heads = role_words()["local_fighter"]
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    drop: set[int] = set()
    # (every match of _FIGHTERS_FROM holds "ابناء" or "اهالي": a text with neither is not searched for it)
    for m in _FIGHTERS_FROM.finditer(nt.norm) if "ابناء" in nt.norm or "اهالي" in nt.norm else ():
        if m.group(1).removeprefix("ال") not in heads:
            continue
        nstart, nend = m.start(1), m.end(2)
        start, end = nt.orig_span(nstart, nend)
        inside = [k for k, f in enumerate(found) if f[0] < end and start < f[1]]
        if any(found[k][2] is not None and (found[k][2].key in _FIGHTERS_KEEP or found[k][2].inter in (1, 2, 8))
               for k in inside):
            continue
        drop.update(inside)
        added.append(((start, end, communal, ""), (nstart, nend)))
    if drop:
        found[:] = [f for k, f in enumerate(found) if k not in drop]
        norm_ends[:] = [n for k, n in enumerate(norm_ends) if k not in drop]
    _merge_in(found, norm_ends, added)


# the gap between a civilian noun and a community word that tells where the civilian comes from ("شاب من أبناء
# المدينة", "رجلين من أبناء البلدة"), or the word of one of them before it ("أحد أبناء البلدة"), normalised text
_ORIGIN_GAP = re.compile(r"^[\s\"'«»“”]*من[\s\"'«»“”]*$")
_ONE_OF = re.compile(r"(?:^|(?<=[\s\"'«»“”،,.:؛(]))[وف]?(?:احد|احدي)\s+$")
# a few people counted out of the community ("اعتقلت الدورية ثلاثة من أبناء البلدة", "قُتل 4 من أبناء المدينة"):
# persons, civilians like "أحد أبناء البلدة" (not tens or hundreds: a crowd or a community's fighters)
_FEW_OF = re.compile(r"(?:^|(?<=[\s\"'«»“”،,.:؛(]))[وف]?(?:اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره"
                     r"|[2-9]|10)\s+من\s+$")


def _civilians_origin(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                      norm_ends: list[tuple[int, int]]) -> None:
    """A community word ("أبناء المدينة", "أبناء البلدة": a communal militia when it fights) that only tells where a
    civilian named before it comes from ("مقتل شاب من أبناء المدينة") or that is counted as one person ("أحد أبناء
    البلدة") names civilians, no militia (session 30, act30): the word is dropped after the civilian's own mention
    (which keeps its span: "ثلاثة شبان من أبناء البلدة" is "شبان"), or takes the civilians."""
    communal, civ = actors().get("communal"), actors().get("civilians")
    if communal is None or civ is None:
        return
    drop: set[int] = set()
    for i, (start, end, entry, akey) in enumerate(found):
        if entry is None or entry.key != communal.key or akey:
            continue
        nstart = norm_ends[i][0]
        if i > 0 and found[i - 1][2] is not None and found[i - 1][2].key == civ.key and i - 1 not in drop \
                and _ORIGIN_GAP.match(nt.norm[norm_ends[i - 1][1]:nstart]):
            drop.add(i)
        elif _ONE_OF.search(nt.norm[max(0, nstart - 8):nstart]) or _FEW_OF.search(nt.norm[max(0, nstart - 14):nstart]):
            found[i] = (start, end, civ, akey)
    if drop:
        found[:] = [f for k, f in enumerate(found) if k not in drop]
        norm_ends[:] = [n for k, n in enumerate(norm_ends) if k not in drop]


# "الشرطة العسكرية" in normalised text right after a police word, and the word after it that names the force's owner
# ("الشرطة العسكرية التابعة لـ"قسد"", "… الروسية"): the owner decides, not the area
_MILITARY_AFTER = re.compile(r"[\"»”]?\s+[\"«“]?العسكريه[\"»”]?(?=\s|$|[،,.:؛)])(\s+\S+)?")
_POLICE_GENERIC = "police_generic"
# the local forces whose areas have a military police of their own: the National Army (Turkey's side) and the SDF
_AREA_POLICE = {"tur": "sna", "sdf": "sdf"}


def _area_military_police(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                          norm_ends: list[tuple[int, int]]) -> None:
    """A bare "الشرطة العسكرية" with no owner named after it, in a report whose armed groups are those of one local
    force only, the National Army's factions ("العمشات", "الجيش الوطني") or the SDF's, is that force's military police
    (Afrin, Azaz and Al-Bab have the National Army's, Raqqa and Hasakah the SDF's): the mention is widened over
    "العسكرية" and takes that force; elsewhere it stays the state's police."""
    _owned_military_police(nt, found, norm_ends)
    sides = {_AREA_POLICE[e.side] for _s, _e, e, _a in found
             if e is not None and e.inter == 2 and e.side in _AREA_POLICE}
    if len(sides) != 1:
        return
    owner = actors().get(sides.pop())
    if owner is None:
        return
    forms = nationality_adjectives()
    for i, (start, _end, entry, akey) in enumerate(found):
        if entry is None or entry.key != _POLICE_GENERIC:
            continue
        nstart, nend = norm_ends[i]
        m = _MILITARY_AFTER.match(nt.norm, nend)
        if m is None:
            continue
        nxt = norm_key(m.group(1) or "")
        if nxt.startswith(("تابع", "التابع", "ل", "لل")) or nxt in forms:
            continue  # "الشرطة العسكرية التابعة لـ…", "… الروسية", "… للاحتلال": its owner is named
        new_nend = m.end(0) - len(m.group(1) or "")
        found[i] = (start, nt.orig_span(nstart, new_nend)[1], owner, akey)
        norm_ends[i] = (nstart, new_nend)


def _owned_military_police(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                           norm_ends: list[tuple[int, int]]) -> None:
    """"الشرطة العسكرية التابعة لـ<owner>" (session 30, act30): the bare police word is widened over "العسكرية", so
    that only the word of belonging stands between it and the owner's name and the two are joined into one mention
    of the owner (:func:`_merge_affiliations`), not left as the state's police."""
    possessive = role_words()["possessive"]
    for i, (start, _end, entry, akey) in enumerate(found):
        if entry is None or entry.key != _POLICE_GENERIC:
            continue
        nstart, nend = norm_ends[i]
        m = _MILITARY_AFTER.match(nt.norm, nend)
        if m is None or not m.group(1) or norm_key(m.group(1)) not in possessive:
            continue
        new_nend = m.end(0) - len(m.group(1))
        found[i] = (start, nt.orig_span(nstart, new_nend)[1], entry, akey)
        norm_ends[i] = (nstart, new_nend)


def _layer_ref(entry: ActorEntry, published: dt.date | None) -> ActorRef:
    """The mention's actor as of the report's day; a row named by the event's day
    (:attr:`ActorEntry.named_by_event_day`) keeps its own key, so the event stage names it by the event's day."""
    ref = entry.ref(published)
    if entry.named_by_event_day and ref.key != entry.key:
        return ActorRef(name=ref.name, inter=ref.inter, key=entry.key, group=ref.group)
    return ref


def _merge_in(found: list[tuple[int, int, ActorEntry | None, str]], norm_ends: list[tuple[int, int]],
              added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]]) -> None:
    """The mentions ``added`` (each with its normalised span) sorted into ``found`` and ``norm_ends`` in place."""
    if added:
        both = sorted([*zip(found, norm_ends, strict=True), *added], key=lambda x: x[0][0])
        found[:] = [f for f, _n in both]
        norm_ends[:] = [n for _f, n in both]


# A force noun with two coordinated nationality adjectives names both states' forces: "غارات سورية وروسية",
# "الضربات الجوية السورية - الروسية المشتركة", "سلاحا الجو السوري- الروسي".  The matcher finds the noun
# with the first adjective; the second adjective becomes a mention of its own state when the two states are
# allies (one ``side``) or the act is called joint ("المشتركة").
_JOINT = re.compile(r"\s*(?:[-–]\s*|و(?=\S))(\S+?)[\"'«»“”،,.:؛)]*(?:\s|$)")


def _joint_nationalities(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                         norm_ends: list[tuple[int, int]]) -> None:
    """Add a mention for the second of two coordinated nationality adjectives after a force noun."""
    forms = nationality_adjectives()
    table = actors()
    starts = {ns for ns, _ne in norm_ends}
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    for (_start, _end, entry, _akey), (ns, ne) in zip(found, norm_ends, strict=True):
        words = nt.norm[ns:ne].split()
        first = forms.get(words[-1], "") if entry is not None and len(words) > 1 else ""
        if not first:
            continue
        m = _JOINT.match(nt.norm, ne, min(len(nt.norm), ne + 40))
        if m is None or m.start(1) in starts:
            continue
        key = forms.get(m.group(1), "")
        other = table.get(key)
        if other is None or key in (first, getattr(entry, "key", "")):
            continue
        if not (other.side and other.side == table[first].side) \
                and not nt.norm[m.end():m.end() + 12].lstrip().startswith("المشترك"):
            continue  # states of two sides only in a joint act ("الدوريات الروسية - التركية المشتركة")
        a, b = nt.orig_span(m.start(1), m.end(1))
        added.append(((a, b, other, ""), (m.start(1), m.end(1))))
    _merge_in(found, norm_ends, added)


# A position or base named by its own name and then a state's adjective, "العسكري" allowed before it, is
# that state's: "موقع "الوادي" العسكري الإسرائيلي", "قاعدة "النخيل" الأميركية", "ثكنة برانيت الإسرائيلية".
# The noun is indefinite (a construct with the name), the name one to three words that name no actor (quoted
# when it opens with "ال": "نقاط المراقبة التركية" names no place), the adjective definite; the whole phrase
# becomes one mention of the state (its role: the target, events/frames.py).
_ASSET_NOUN = re.compile(r"(?:^|(?<=\s))[وفبل]?(\S+)(?=\s)")
_NAMED_ASSET = tuple(re.compile(rf"((?:\s+\S+){{{n}}})\s+(?:العسكري\S?\s+)?(ال\S+)") for n in (1, 2, 3))


# An indefinite unit, weapon or vehicle noun, one word of its own (a model, a kind) and then the state's
# indefinite adjective name that state's force too: "دبابة ميركافا إسرائيلية", "قوة راجلة إسرائيلية".
_UNIT_TAIL = re.compile(r"\s+([^\sا][^\s]{2,}|ا[^\sل][^\s]+)\s+([^\s\"'«»“”،,.:؛)]+)")
# the nouns whose nationality adjective names a country's land, not its forces ("الحدود اللبنانية")
_BORDER_WORDS = frozenset(norm_key(w) for w in ("الحدود", "حدود", "العاصمة", "الأراضي", "أراضي", "البلاد"))
_NOT_KIND = frozenset(norm_key(w) for w in ("على", "في", "من", "عن", "إلى", "ضد", "مع", "قرب", "بين", "عند",
                                             "نحو", "تجاه", "لدى", "بعد", "قبل", "خلال", "منذ", "عبر"))


def _named_assets(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                  norm_ends: list[tuple[int, int]]) -> None:
    """Add a mention of the state whose position or base the text names, or whose unit it names with a
    word of kind between the noun and the adjective (see above)."""
    nouns = asset_nouns()
    units = unit_nouns()
    forms = nationality_adjectives()
    table = actors()
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    for n in _ASSET_NOUN.finditer(nt.norm):
        word = n.group(1)
        if word in units:
            u = _UNIT_TAIL.match(nt.norm, n.end(1), min(len(nt.norm), n.end(1) + 50))
            state = table.get(forms.get(u.group(2), "")) if u is not None else None
            if u is not None and state is not None and state.inter in (1, 8) and u.group(1) not in forms \
                    and u.group(1) not in _NOT_KIND and not u.group(2).startswith("ال") \
                    and f"{u.group(1)} {u.group(2)}" not in outlet_name_keys() \
                    and not any(ns < u.end() and ne > n.start(1) for ns, ne in norm_ends):
                a, b = nt.orig_span(n.start(1), u.end(2))
                added.append(((a, b, state, ""), (n.start(1), u.end(2))))
                continue
        if word not in nouns:
            continue
        # the shortest name that a state's adjective follows ("قاعدة "عين الأسد" الأميركية": not "عين" + "الأسد")
        m, state = None, None
        for pattern in _NAMED_ASSET:
            m = pattern.match(nt.norm, n.end(1), min(len(nt.norm), n.end(1) + 60))
            if m is None:
                continue
            if any(w in _NOT_KIND or w.startswith("لل") or w in _BORDER_WORDS for w in m.group(1).split()):
                m = None  # "ثكنة "X" المتاخمة للحدود اللبنانية", "موقع في جنوبي العاصمة السورية": not the state's
                break
            state = table.get(forms.get(m.group(2).rstrip("\"'«»“”،,.:؛)"), ""))
            if state is not None:
                break
        if m is None or state is None or state.inter not in (1, 8):
            continue
        name = m.group(1).split()
        if any(w.startswith("ال") and w in forms for w in name) \
                or any(ns < m.end() and ne > n.start(1) for ns, ne in norm_ends):
            continue  # "قاعدة حميميم الروسية السورية": one adjective only; a span already named
        a, b = nt.orig_span(n.start(1), m.end(2))
        if name[0].startswith("ال") and not any(q in nt.original[a:b] for q in "\"«»“”"):
            continue  # "نقاط المراقبة التركية": a common noun, not a name (a name in "ال" is quoted)
        if n.group(1) in _SITE_WORDS and _after_attribution(nt.norm, n.start(1)):
            continue  # "أفاد موقع "فوكس نيوز" الأميركي": the news site a report cites, not a post
        added.append(((a, b, state, ""), (n.start(1), m.end(2))))
    _merge_in(found, norm_ends, added)


# "موقع" is a military post and a news site: right after a verb of saying ("وأشار موقع "X" الإسرائيلي", "بحسب ما
# ذكر موقع …"; the attribution cues of events/cues.tsv) it is the site the report cites.
_SITE_WORDS = frozenset({"موقع"})


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """The one-word attribution cues of ``events/cues.tsv`` (normalised)."""
    from rasd.events.lexicon import CUES_FILE

    return frozenset(norm_key(c[0]) for _, c in read_rows(CUES_FILE)
                     if len(c) > 1 and c[1] == "attribution" and " " not in c[0].strip())


def _after_attribution(norm: str, start: int) -> bool:
    """The word before ``start`` is a verb of saying, with و/ف or a pronoun ending ("ذكره")."""
    words = norm[max(0, start - 40):start].split()
    if not words:
        return False
    w = words[-1]
    cues = _attribution_words()
    forms = {w, w[1:] if w[:1] in "وف" else w}
    forms |= {f[:-1] for f in forms if f.endswith("ه")}
    return any(f in cues for f in forms)


# A dual base noun shared by a list of two names is a base of the actor whose base either name is
# (``aliases.tsv``: "قاعدة الشدادي"), or of the state whose dual adjective closes the list: "قاعدتي الشدادي
# وخراب الجير", "قاعدتي "حقل العمر" و"كونيكو" الأميركيتين".  The head, the names and the adjective become one
# mention of that actor (a position: the target, events/frames.py).
_DUAL_HEAD = re.compile(r"(?:^|(?<=\s))[وفبل]?(?:ال)?(\S+)(?=\s)")
_LIST_BREAK = re.compile(r"[،,.:؛;()\n]")
_WORD_RUN = re.compile(r"\S+")
_DUAL_NAME_WORDS = 3  # words at most in one name
_DUAL_STRIP = "\"'«»“”"
_NO_QUOTES = str.maketrans("", "", _DUAL_STRIP)


def _dual_bases(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                norm_ends: list[tuple[int, int]]) -> None:
    """Add a mention of the actor whose two bases a dual base noun names (see above)."""
    duals = asset_duals()
    bases = named_bases()
    forms = nationality_adjectives()
    table = actors()
    text = nt.norm
    if not any(d in text for d in duals):
        return  # most articles name no dual base noun: skip the word-by-word scan
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    for h in _DUAL_HEAD.finditer(text):
        singular = duals.get(h.group(1).strip(_DUAL_STRIP))
        if singular is None:
            continue
        # the words of the list up to a clause break: two names joined by "و", then maybe the adjective
        stop = _LIST_BREAK.search(text, h.end(), min(len(text), h.end() + 120))
        limit = stop.start() if stop else min(len(text), h.end() + 120)
        words = list(_WORD_RUN.finditer(text, h.end(), limit))[:2 * _DUAL_NAME_WORDS + 1]
        vals = [w.group().translate(_NO_QUOTES) for w in words]
        joint = next((k for k, v in enumerate(vals) if k > 0 and v.startswith("و") and (len(v) > 2 or v == "و")), -1)
        known_first = any(f"{singular} {' '.join(vals[:n])}" in bases for n in range(1, _DUAL_NAME_WORDS + 1))
        if joint < 0 or joint > _DUAL_NAME_WORDS + (2 if known_first else 0):
            continue  # a known first name may have its place after it ("قاعدتا X شمال سوريا وY جنوبها")
        # the second name: after a bare "و" (a quote stood between it and the name) or the "و" glued to it
        skip = joint + 1 if vals[joint] == "و" else joint
        second = vals[skip:] if skip > joint else [vals[joint][1:], *vals[joint + 1:]]
        key, end = "", -1
        for k in range(skip + 1, len(vals) if joint <= _DUAL_NAME_WORDS else 0):
            state = table.get(forms.get(vals[k], ""))
            if vals[k].startswith("ال") and (vals[k].endswith("تين") or vals[k].endswith("تان")) \
                    and state is not None and state.inter in (1, 8):
                key, end = state.key, words[k].end()  # "… الأميركيتين": the state of both
                break
        if not key and second:
            for name in (vals[:joint], second):
                key = key or next((bases[f"{singular} {' '.join(name[:n])}"] for n in range(len(name), 0, -1)
                                   if f"{singular} {' '.join(name[:n])}" in bases), "")
            # the list ends with its second name (the longest the bases know, else its first word)
            n2 = max((n for n in range(1, len(second) + 1) if f"{singular} {' '.join(second[:n])}" in bases),
                     default=1)
            end = words[skip + n2 - 1].end()
        entry = table.get(key)
        if entry is None or any(ns < end and ne > h.start(1) for ns, ne in norm_ends):
            continue
        a, b = nt.orig_span(h.start(1), end)
        added.append(((a, b, entry, ""), (h.start(1), end)))
    _merge_in(found, norm_ends, added)


# A vague army word followed by a nationality adjective of any gender and number, quotes allowed between
# them, names that state's forces: "الجنود الإسرائيليين", "جنديين إسرائيليين", "و"الجيش" الإسرائيليان" (the dual
# after two coordinated nouns).  The adjective joins the mention.  (A police word keeps its name: a state's
# police is not its military.)
_NATIONALITY_AFTER = re.compile(r"[\s\"'«»“”]*(\S+?)[\"'«»“”،,.:؛)]*(?:\s|$)")


# "الجيش الوطني" alone is the Syrian National Army (aliases.tsv), but many states call their own army so: followed by
# the nationality adjective of another country ("الجيش الوطني الصومالي", "الجيش الوطني الليبي") it is that state's
# army, and so is a bare "الجيش الوطني" in an article about a country abroad with no place in Syria and most of its
# places outside Turkey (a Somali agency's "قوات الجيش الوطني"; the SNA's commanders meeting in Ankara stay the SNA).
# Such a mention becomes the army word (state_generic): the adjective after it, else the event's country, names the
# country (rasd.events.stage._force_country); "الجيش الوطني السوري" stays the SNA.
_SNA = "sna"
_SYRIA_ISO3 = "SYR"
_SNA_HOSTS = frozenset({"Syria", "Turkey"})  # an article set in Turkey, its patron, may name the SNA bare
_WORD_AFTER = re.compile(r"[\s\"'«»“”]*([^\s\"'«»“”،,.:؛()]+)")


# the bare nominative "الإرهابيون" (normalised): a state's word for the armed opposition in Syria only
_BARE_TERRORISTS = "الارهابيون"


def _home_terrorists(doc: Document, nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                     norm_ends: list[tuple[int, int]]) -> None:
    """The bare nominative "الإرهابيون" names the armed opposition in Syria ("قصف الإرهابيون بلدة …"); in an article
    set abroad, with no place in Syria, it names no actor: the word of a foreign state or outlet for whoever it tells
    of (the group it names already, the men arrested, the fighters of a base's attack)."""
    if not doc.meta.get("foreign_article") \
            or any(getattr(p.value, "country", "") == HOME_COUNTRY for p in doc.layer("places")):
        return
    for i in range(len(found) - 1, -1, -1):
        entry = found[i][2]
        ns, ne = norm_ends[i]
        if entry is not None and [w.lstrip("وف") for w in nt.norm[ns:ne].split()] == [_BARE_TERRORISTS]:
            del found[i]
            del norm_ends[i]


def _foreign_national_army(doc: Document, nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                           norm_ends: list[tuple[int, int]]) -> None:
    """A "الجيش الوطني" of another country becomes the army word (see above)."""
    army = actors().get(_ARMY)
    if army is None:
        return
    found_in = [p.value.country for p in doc.layer("places") if getattr(p.value, "country", "")]
    most = max(found_in, key=lambda c: (found_in.count(c), -found_in.index(c))) if found_in else HOME_COUNTRY
    abroad = bool(doc.meta.get("foreign_article")) and HOME_COUNTRY not in found_in and most not in _SNA_HOSTS
    demonyms = demonym_iso3()
    for i, ((start, end, entry, akey), (ns, ne)) in enumerate(zip(found, norm_ends, strict=True)):
        words = nt.norm[ns:ne].split()
        if entry is None or entry.key != _SNA or len(words) != 2 or not words[0].endswith("جيش") \
                or words[1] != norm_key("الوطني"):
            continue
        m = _WORD_AFTER.match(nt.norm, ne)
        iso3 = demonyms.get(m.group(1), "") if m is not None else ""
        if iso3 == _SYRIA_ISO3 or not (iso3 or abroad):
            continue
        found[i] = (start, end, army, akey)


def _national_forces(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                     norm_ends: list[tuple[int, int]]) -> None:
    """A vague army mention right before a nationality adjective becomes that state's forces (see above)."""
    forms = nationality_adjectives()
    table = actors()
    starts = {ns for ns, _ne in norm_ends}
    for i, ((start, _end, entry, akey), (ns, ne)) in enumerate(zip(found, norm_ends, strict=True)):
        if entry is None or entry.inter != 1 or not entry.stands_for or not entry.name.startswith("Military") \
                or "{country}" not in entry.name:
            continue
        m = _NATIONALITY_AFTER.match(nt.norm, ne, min(len(nt.norm), ne + 40))
        state = table.get(forms.get(m.group(1), "")) if m is not None and m.start(1) not in starts else None
        if m is None or state is None or state.inter not in (1, 8):
            continue
        found[i] = (start, nt.orig_span(m.start(1), m.end(1))[1], state, akey)
        norm_ends[i] = (ns, m.end(1))


# An army named in scare quotes ("قتلى "الجيش"", "أعلن "الجيش""): the writer disputes the name, which the
# corpus's sources do only for the army of the occupation (the Israeli army, never the army of the place
# reported from, "قتلى "الجيش"" in a report from south Lebanon)
_SCARE_QUOTES = "\"«»“”"
_QUOTED_ARMY_WORDS = ("الجيش", "جيش")  # the longest first
_QUOTED_ARMY = "isr"


_GLOSS_OPEN = re.compile(r"\s*\(\s*[\"'«“]?")
_GLOSS_CLOSE = re.compile(r"[\"'»”]?\s*\)")
# the gloss in quotes alone, right after the name ('قوى الأمن الداخلي "الأسايش"', "وحدات حماية المرأة «YPJ»")
_GLOSS_QUOTE_OPEN = re.compile(r"\s*[\"«“]")
_GLOSS_QUOTE_CLOSE = re.compile(r"[\"»”]")


def _glossed(text: str, found: list[tuple[int, int, ActorEntry | None, str]]) -> None:
    """A name the outlet glosses in brackets or quotes with another, named actor ("قوى الأمن الداخلي (الأسايش)", the
    North-east's name for the Asayish, elsewhere the Syrian police): the gloss says which body it is, so the
    name is that actor."""
    for i in range(len(found) - 1):
        start, end, entry, akey = found[i]
        nstart, nend, gloss, _ = found[i + 1]
        if entry is None or gloss is None or gloss.generic or gloss.key == entry.key:
            continue
        m = _GLOSS_OPEN.match(text, end)
        if m is None or m.end() != nstart or _GLOSS_CLOSE.match(text, nend) is None:
            # (only after a definite name: after an indefinite head the quoted name is its owner, 'شرطة "قسد"')
            m = _GLOSS_QUOTE_OPEN.match(text, end)
            last = text[start:end].split()[-1:] or [""]
            if m is None or m.end() != nstart or _GLOSS_QUOTE_CLOSE.match(text, nend) is None \
                    or not (last[0].lstrip("وفبل").startswith("ال") or last[0].startswith("لل")):
                continue
        found[i] = (start, end, gloss, akey)


def _quoted_army(text: str, found: list[tuple[int, int, ActorEntry | None, str]]) -> None:
    """A vague army mention ("الجيش") inside scare quotes becomes the occupation's army (see above)."""
    army = actors().get(_QUOTED_ARMY)
    if army is None:
        return
    for i, (start, end, entry, akey) in enumerate(found):
        if entry is None or entry.key != "state_generic" or text[end:end + 1] not in _SCARE_QUOTES:
            continue
        word = text[start:end]
        core = next((w for w in _QUOTED_ARMY_WORDS if word.endswith(w)), None)
        if core is None or text[end - len(core) - 1:end - len(core)] not in _SCARE_QUOTES \
                or end - len(core) - 1 < start - 3:
            continue
        found[i] = (start, end, army, akey)


# the most characters between a state's force and the army word whose pronoun refers back to it
_OWNER_REACH = 80
# the head noun of a further item of a list, right before the army word in construct ("… الاحتلال وتجمعات جنوده",
# "… وانتشار جنوده"): the pronoun's owner is the side the list's first item named
_COORDINATED_HEAD = re.compile(r"(?:^|\s)و[^\s.،,؛:]{2,}\s+$")
_OWNER_SENTENCE_END = re.compile(r"[.!?؟\n،,؛:]")  # (a clause's end too: the owner is named in the troops' clause)


def _owners_troops(text: str, found: list[tuple[int, int, ActorEntry | None, str]], owned: set[int]) -> None:
    """A vague army word with a pronoun suffix in construct after the head noun of a list's further item ("تستهدف
    تجهيزات الاحتلال وتجمعات جنوده", "قصف مرابض مدفعية الاحتلال وانتشار جنوده") is the troops of the state force
    named last before it in its clause, not the army of the event's country (session 25, mend)."""
    for i, (start, end, entry, akey) in enumerate(found):
        if start not in owned or entry is None or entry.key != _ARMY \
                or not _COORDINATED_HEAD.search(text[max(0, start - 30):start]):
            continue
        before = [(b, other) for _a, b, other, _k in found
                  if other is not None and other.key != _ARMY and other.inter in (1, 8)
                  and b <= start and start - b <= _OWNER_REACH and not _OWNER_SENTENCE_END.search(text[b:start])]
        if before:
            found[i] = (start, end, max(before, key=lambda x: x[0])[1], akey)


# session 23 (FRESHIRQ): a force's spokesman introduced by his title, rank and name ("المتحدث باسم القوات المسلحة
# اليمنية، العميد X Y", "الناطق باسم الجيش، الأدميرال X Y") is then named by his family name alone as the subject of
# a verb of saying ("وأكد Y تنفيذ عملية", "وأوضح Y أنّ العملية الأولى استهدفت", "بحسب ما تابع Y"): that name
# speaks for the force, as the title did, so it is a mention of the force there (only after a verb of saying: the
# family name may be a common word elsewhere)
_SAYING_VERBS = frozenset(norm_key(w) for w in (
    "أكد", "أوضح", "أضاف", "قال", "أعلن", "تابع", "جدد", "شدد", "بين", "لفت", "أشار", "كشف", "ذكر", "يعلن", "يؤكد"))
_SPOKESMAN_INTER = frozenset({1, 2, 3, 8})


def _spokesman_named(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                     norm_ends: list[tuple[int, int]]) -> None:
    """Add a mention of the force for its spokesman's family name after a verb of saying (see above)."""
    by_start = {ns: (ne, f[2]) for f, (ns, ne) in zip(found, norm_ends, strict=True)}
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []
    seen: set[int] = set()
    for t in SPOKESMAN_TITLE.finditer(nt.norm):
        ne, entry = by_start.get(t.end(), (0, None))
        if entry is None or entry.generic or entry.inter not in _SPOKESMAN_INTER:
            continue
        r = SPOKESMAN_RANK_NAME.match(nt.norm, ne, min(len(nt.norm), ne + 60))
        if r is None:
            continue
        name = r.group(1)
        if name not in spokesman_family_names(nt.norm):
            continue  # "العميد نبيل عبد الله": a compound name, no family name of its own
        for o in re.finditer(rf"(?<=\s){re.escape(name)}(?=[\s\"'«»“”،,.:؛()]|$)", nt.norm[r.end():]):
            s, e = r.end() + o.start(), r.end() + o.end()
            before = nt.norm[max(0, s - 20):s].split()
            verb = before[-1] if before else ""
            if s in seen or (verb not in _SAYING_VERBS and not (verb[:1] in "وف" and verb[1:] in _SAYING_VERBS)) \
                    or any(ns < e and nend > s for ns, nend in norm_ends):
                continue
            seen.add(s)
            a, b = nt.orig_span(s, e)
            added.append(((a, b, entry, ""), (s, e)))
    _merge_in(found, norm_ends, added)


# "الاحتلال" alone is Israel's in the corpus's sources; a Kurdish outlet (ANHA, Hawar) that names "الاحتلال التركي"
# and then "الاحتلال" or "مسيّرة للاحتلال" means Turkey.  When a report names one other state as the occupation
# ("الاحتلال التركي", "قوات الاحتلال الأمريكي") and never Israel, its bare occupation words are that state's forces.
# session 27 (ACTKEY): a report on Syria's east names Israel's strikes and the US occupation both; there a bare word
# after the US occupation was named, with no word of Israel since ("قاعدة الاحتلال في الشدادي", "جنود الاحتلال
# داخل القاعدة"), is the US's (_local_occupier).
_OCCUPATION = norm_key("احتلال")
_ISRAEL_WORDS = tuple(norm_key(w) for w in ("إسرائيل", "صهيون"))
_BARE_OCCUPIER = "isr"
_ISRAEL_ENTITY = (*_ISRAEL_WORDS, norm_key("كيان"))  # "كيان الاحتلال" is Israel's wherever it stands


def _named_occupier(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                    norm_ends: list[tuple[int, int]]) -> None:
    """Bare occupation mentions become the one other occupying state the report names (see above)."""
    bare: list[int] = []
    named: set[str] = set()
    others: list[int] = []  # the mentions of another state's occupation ("قوات الاحتلال الأميركي")
    israel = actors().get(_BARE_OCCUPIER)
    own_side = israel.side if israel is not None else _BARE_OCCUPIER
    israel_named = False
    for i, ((_s, _e, entry, _a), (ns, ne)) in enumerate(zip(found, norm_ends, strict=True)):
        if entry is None:
            continue
        words = nt.norm[ns:ne].split()
        occupation = any(w.endswith(_OCCUPATION) for w in words)
        if entry.key == _BARE_OCCUPIER:
            if occupation and words[-1].endswith(_OCCUPATION):
                bare.append(i)
            else:
                israel_named = True  # Israel named by name or adjective
        elif occupation and entry.inter in (1, 8) and not entry.generic and entry.side != own_side:
            # another state's occupation ("الاحتلال التركي"), not Israel's own police or units ("شرطة الاحتلال")
            named.add(entry.key)
            others.append(i)
    if not bare or len(named) != 1:
        return  # two other occupiers named ("الاحتلال التركي والاحتلال الأميركي"): the bare word stays Israel's
    if israel_named or any(w in nt.norm for w in _ISRAEL_WORDS):
        _local_occupier(nt, found, norm_ends, bare, others)
        return
    state = actors()[named.pop()]
    for i in bare:
        start, end, _entry, akey = found[i]
        found[i] = (start, end, state, akey)


def _local_occupier(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                    norm_ends: list[tuple[int, int]], bare: list[int], others: list[int]) -> None:
    """In a report that names Israel and one other occupier, a bare occupation word takes the other state where the
    report named that state's occupation last, with no word of Israel between ("استهدفت المقاومة قاعدة
    الاحتلال الأميركي في حقل العمر … مساكن جنود الاحتلال داخل القاعدة": the US troops)."""
    for i in bare:
        start, end, _entry, akey = found[i]
        before = [j for j in others if found[j][1] <= start]
        if not before:
            continue
        j = max(before, key=lambda k: found[k][0])
        if any(found[k][0] > found[j][0] and found[k][1] <= start and found[k][2] is not None
               and found[k][2].key == _BARE_OCCUPIER and k not in bare for k in range(len(found))):
            continue  # Israel named by name between them
        if any(w in nt.norm[norm_ends[j][1]:norm_ends[i][1]] for w in _ISRAEL_ENTITY):
            continue  # Israel named between them, or the mention is its entity ("كيان الاحتلال")
        found[i] = (start, end, found[j][2], akey)


# A state named as the doer of its forces' act (states.tsv): a bare country or capital as the subject of an attack
# verb at the head of a clause ("شنّت إسرائيل غارات", "وقصفت تركيا", "بعد أن ضربت واشنطن"), and the forces or
# aircraft a ministry or command calls its own when it tells the act ("أعلنت وزارة الدفاع الأميركية أن قواتها",
# "قال البنتاغون إن طائراته").  The mention names the state's forces; the events stage gives its role (the verb
# before it makes it the attacker).  A country elsewhere (a place, a target, a capital in a political sentence) is
# no actor.
_SENTENCE_END = ".:!?؟\n"
_CLAUSE_OPENERS = frozenset(norm_key(w) for w in (
    "أن", "أنّ", "بعد", "قد", "وقد", "لقد", "ثم", "حين", "عندما", "كما", "وكما", "إذ", "حيث", "بعدما", "منذ", "فيما",
    "بينما", "إثر", "كذلك", "أيضاً", "أيضا", "اليوم", "أمس", "مساء", "فجر", "ليل", "صباح"))
_OWN_FORCES = r"\s+[وف]?ب?انه?\s*((?:قوات|طائرات|مقاتلات|سفن|مدمرات|قاذفات|مسيرات)(?:ها|ه))(?=[\s.،,]|$)"
_TELLER_REACH = 8  # words at most between the teller and its "أن"


def _clause_head(norm: str, start: int, joined: bool = False) -> bool:
    """Whether the word at ``start`` opens a clause: at the start of a sentence, or after a particle or a time word
    (a noun before it would be its subject).  After a comma a verb goes on a chain of acts whose subject came before
    ("قصفت المدفعية القرية، واستهدفت روسيا …" = it targeted Russia); a verb ``joined`` by "و"/"ف" opens a sentence
    only."""
    before = norm[max(0, start - 40):start].rstrip()
    if not before or before[-1] in _SENTENCE_END:
        return True
    if joined:
        return False
    return before.split()[-1] in _CLAUSE_OPENERS


_NAME_END = frozenset(".،,:؛")  # the marks a state's name may end on before its act's object


def _occurrences(text: str, name: str) -> Iterator[int]:
    """The offsets of ``name`` in ``text``, in order (overlapping ones too)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def _state_doers(nt: NormText, found: list[tuple[int, int, ActorEntry | None, str]],
                 norm_ends: list[tuple[int, int]]) -> None:
    """Add the mentions of states named as doers (see above)."""
    names = state_names()
    table = actors()
    verbs = role_words()["state_act"]
    norm = nt.norm
    added: list[tuple[tuple[int, int, ActorEntry | None, str], tuple[int, int]]] = []

    def covered(a: int, b: int) -> int | None:
        return next((i for i, (ns, ne) in enumerate(norm_ends) if ns < b and a < ne), None)

    for name, key in names["subject"].items():
        entry = table.get(key)
        if entry is None or name not in norm:
            continue
        last = 0
        for i in _occurrences(norm, name):
            # the verb right before ("شنت إسرائيل"): the whole word before the space run before the name
            end = i + len(name)
            if not (i and norm[i - 1].isspace()) or not (end == len(norm) or norm[end].isspace()
                                                         or norm[end] in _NAME_END):
                continue
            j = i
            while j and norm[j - 1].isspace():
                j -= 1
            k = j
            while k and not norm[k - 1].isspace():
                k -= 1
            if k == j or k < last:
                continue
            last = end
            verb = norm[k:j]
            bare = verb[1:] if verb[:1] in "وف" and verb[1:] in verbs else verb
            if bare not in verbs or not _clause_head(norm, k, bare != verb):
                continue
            if covered(i, end) is None:
                a, b = nt.orig_span(i, end)
                added.append(((a, b, entry, ""), (i, end)))
        # the subject first, with a past verb: "أن إسرائيل قصفت", "أن إسرائيل هي من نفذ الهجوم" (a present one after
        # the name tells a speaker's charge, "قال إن إسرائيل تهاجم الفلسطينيين", not an act)
        after = re.compile(rf"[وف]?({re.escape(name)})\s+(?:(?:هي|هو)\s+(?:من|التي|الذي)\s+)?(\S+)")
        last = 0
        for i in _occurrences(norm, name):
            start = i if not i or norm[i - 1].isspace() else (
                i - 1 if norm[i - 1] in "وف" and (i == 1 or norm[i - 2].isspace()) else -1)
            m = after.match(norm, start) if start >= last else None
            if m is None:
                continue
            last = m.end()
            if m.group(2) not in verbs or m.group(2).startswith("ت") or not _clause_head(norm, m.start()) \
                    or covered(m.start(1), m.end(1)) is not None:
                continue
            a, b = nt.orig_span(m.start(1), m.end(1))
            added.append(((a, b, entry, ""), (m.start(1), m.end(1))))
    for name, key in names["teller"].items():
        entry = table.get(key)
        if entry is None or name not in norm:
            continue
        teller = rf"(?:^|(?<=\s)|(?<=[وفل]))({re.escape(name)})(?:\s+[^\s.؛]+){{0,{_TELLER_REACH}}}?"
        for m in re.finditer(teller + _OWN_FORCES, norm):
            i = covered(m.start(2), m.end(2))
            if i is not None:
                start, end, _entry, _akey = found[i]
                found[i] = (start, end, entry, "")
            else:
                a, b = nt.orig_span(m.start(2), m.end(2))
                added.append(((a, b, entry, ""), (m.start(2), m.end(2))))
    _merge_in(found, norm_ends, added)


# A generic mention (``ActorEntry.generic``: ``stands_for`` in actors.tsv) tied to a named actor is that
# actor ("قوات الأمن التابعة لـ"الهيئة"", "مسلحون تابعون لما يسمى "الجيش الوطني"", "الفصائل الموالية لتركيا").
# The words between the vague group and the named actor: a possessive or patron adjective, then
# "لـ" / "من (قبل)" / "لما يسمى", quotes and commas (normalised text)
_QUOTES = "\"'«»“”"
_TIE = re.compile(rf"^[\s{_QUOTES}،,]*(\S+)\s*(?:من\s+(?:قبل\s+)?)?(?:لما\s+يسمي\s*)?(?:ل)?[\s{_QUOTES}]*$")


def _merge_affiliations(resolved: list[tuple[int, int, ActorEntry, bool]], norm_ends: list[tuple[int, int]],
                        nt: NormText) -> list[tuple[int, int, ActorEntry]]:
    """Join a vague group and the named actor it belongs to ("التابعة لـ") or is loyal to ("الموالية
    لـ", "المدعومة من") into one mention of that actor (of its ``proxy`` for a state patron)."""
    words = role_words()
    table = actors()
    out: list[tuple[int, int, ActorEntry]] = []
    i = 0
    while i < len(resolved):
        start, end, entry, vague = resolved[i]
        # a line break between the two ends the title before the text: two mentions (session 27, names)
        if vague and i + 1 < len(resolved) and not resolved[i + 1][3] \
                and "\n" not in nt.original[end:resolved[i + 1][0]]:
            gap = nt.norm[norm_ends[i][1]:norm_ends[i + 1][0]]
            tie = _TIE.match(gap)
            word = tie.group(1) if tie else ""
            word = word[1:] if word.startswith("و") and len(word) > 4 else word
            other = resolved[i + 1][2]
            target: ActorEntry | None = None
            if word in words["possessive"] or _BELONG_GAP.match(gap):
                target = other
            elif not word and _construct(gap, entry, other):
                target = other  # "جنود الاحتلال", "لجنود "جيش" الاحتلال": soldiers of that army
            elif _PARTITIVE_GAP.match(gap) and entry.inter in (2, 3, 4) and not other.generic \
                    and (other.inter in (2, 3, 4) or (other.inter == 1 and _REMNANT_GAP.search(gap))):
                # "مسلحون من حركة "الشباب"": gunmen of that group; "مجموعة مسلحة من بقايا ميليشيات النظام
                # البائد": an armed group of a fallen force's remnants (that force's loyalists, by the date)
                target = other
            elif word in words["patron"]:
                target = table.get(other.proxy) if other.proxy else (other if other.inter not in (1, 8) else None)
            elif _soldiers_of(gap, nt.norm[norm_ends[i][0]:norm_ends[i][1]], entry, other):
                target = other  # "إصابة جنديين من "الجيش" الإسرائيلي": soldiers of that army, one mention
            elif _foreign_post_force(gap, entry, other):
                target = other  # "الدفاعات الجوية في قاعدة التحالف الدولي": the coalition's air defences
            if target is not None:
                out.append((start, resolved[i + 1][1], target))
                i += 2
                continue
        if entry.inter in (2, 3, 4) and i + 1 < len(resolved) and resolved[i + 1][2].state_word \
                and _IN_UNIT_GAP.match(nt.norm[norm_ends[i][1]:norm_ends[i + 1][0]]):
            # an armed group, "في" and a state's bare unit word ("مجاهدو المقاومة الإسلامية في وحدات الدفاع
            # الجوي"): the group's own unit, not a state's force
            out.append((start, resolved[i + 1][1], entry))
            i += 2
            continue
        if not vague and i + 1 < len(resolved) and not resolved[i + 1][3] \
                and _APPOSED_PARENT.match(nt.norm[norm_ends[i][1]:norm_ends[i + 1][0]]):
            # a named force and, set off by a comma, the named force it belongs to ("قُتل عنصران من "اللواء
            # الثامن"، التابع لشعبة المخابرات العسكرية، …"): the parent only says whose the force is, one side
            out.append((start, resolved[i + 1][1], entry))
            i += 2
            continue
        if vague:
            proxy = _patron_name(nt, norm_ends[i][1], resolved[i + 1][0] if i + 1 < len(resolved) else None)
            if proxy is not None:
                out.append((start, proxy[0], proxy[1]))
                i += 1
                continue
        out.append((start, end, entry))
        i += 1
    return out


# a comma, then the adjective of belonging and "لـ" (normalised text): an apposition naming a force's parent; or,
# with or without the comma, the adjective of membership ("المنضوي في صفوف قسد", "المنضوية تحت مظلة …")
_APPOSED_PARENT = re.compile(rf"^[\s{_QUOTES}]*(?:[،,]\s*(?:ال)?تابع(?:ه|ين|ان|تين)?\s*ل"
                             rf"|[،,]?\s*(?:ال)?منضوي(?:ه|ين|ان|تين)?\s+(?:في\s+صفوف|تحت(?:\s+(?:رايه|مظله))?|ضمن)"
                             rf")[\s{_QUOTES}]*$")
_CONSTRUCT_GAP = re.compile(rf"^[\s{_QUOTES}]*$")
# "في" between an armed group (its name's last word may stand outside the mention: "المقاومة" of "المقاومة
# الإسلامية") and a unit word: its unit ("المقاومة الإسلامية في وحدات الدفاع الجوي")
_IN_UNIT_GAP = re.compile(rf"^[\s{_QUOTES}]*(?:\w+[\s{_QUOTES}]+)?في[\s{_QUOTES}]*$")
# a vague armed group, "من" and a named armed group, with the noun of an organisation before a quoted name: the
# group's members ("مسلحون من حركة "الشباب"", "5 إرهابيين من تنظيم "بي كا كا/ي ب ك""), or its remnants or
# ranks ("مجموعة مسلحة من بقايا ميليشيات النظام البائد", "مسلحون من فلول …", "عناصر من صفوف …")
_REMNANT_GAP = re.compile(r"(?<!\w)(?:بقايا|فلول)(?!\w)")
# a verb or participle of belonging, "لـ"/"إلى" and the noun of an organisation before its name (normalised text):
# the vague group is that group's men ("مسلحون يتبعون لفصيل "السلطان سليمان شاه"", "مسلحون ينتمون إلى تنظيم داعش")
_BELONG_GAP = re.compile(rf"^[\s{_QUOTES}،,]*(?:ممن\s+)?(?:يتبعون|يتبعان|يتبع|تتبع|ينتمون|ينتميان|ينتمي|تنتمي"
                         rf"|(?:ال)?منتمين|(?:ال)?منتمون)\s*(?:ل|الي\s+)"
                         rf"(?:(?:فصيل|تنظيم|حركه|جماعه|ميليشيا|ميليشيات)\s+)?[\s{_QUOTES}]*$")
_PARTITIVE_GAP = re.compile(rf"^[\s{_QUOTES}]*من(?:\s+(?:بقايا|فلول|صفوف))?"
                            rf"(?:\s+(?:تنظيم|حركه|جماعه|ميليشيا|ميليشيات|فصيل))?[\s{_QUOTES}]*$")

# nouns of a media outlet whose quoted name may be a common word ("قناة "المسيرة" اليمنية", "صحيفة "الثورة"")
_MEDIA_NOUNS = frozenset(norm_key(w) for w in ("قناة", "صحيفة", "وكالة", "إذاعة", "مجلة", "تلفزيون"))


def _media_name(text: str, start: int) -> bool:
    """A mention that opens a quoted name right after a media noun names the outlet, not a force or weapon."""
    before = text[max(0, start - 30):start]
    if not before.endswith(tuple(_QUOTES)):
        return False
    words = before.rstrip(_QUOTES).split()
    return bool(words) and norm_key(words[-1]) in _MEDIA_NOUNS


def _construct(gap: str, vague: ActorEntry, named: ActorEntry) -> bool:
    """A vague army word ("جنود", "الجنود", "جندي") right before a named state force, with nothing but
    spaces or quotes between them, is the first term of a construct: the soldiers of that force ("جنود
    الاحتلال" are Israel's, not the army of the country the event is in)."""
    return bool(_CONSTRUCT_GAP.match(gap)) and "{country}" in vague.name and vague.name.startswith("Military") \
        and not named.generic and named.inter in (1, 8)


# "من" alone between counted soldiers and a named state force, quotes allowed ("جنديين من "الجيش" الإسرائيلي")
_SOLDIERS_GAP = re.compile(rf"^[\s{_QUOTES}]*من[\s{_QUOTES}]*$")


def _soldiers_of(gap: str, word: str, vague: ActorEntry, named: ActorEntry) -> bool:
    """An indefinite vague army word ("جنديين", "جنود", "ضابطاً"; not "الجيش" nor "الجنود") and "من" right before a
    named foreign force (inter 8) are that force's men, as in a construct (:func:`_construct`): "إصابة جنديين من
    "الجيش" الإسرائيلي" names Israel's army, not the army of the country the event is in (session 26, mention).  A
    country's own army ("جنود من الجيش السوري") is what the vague word names already: the two stay apart."""
    return bool(_SOLDIERS_GAP.match(gap)) and not word.lstrip("وفبل").startswith("ال") \
        and "{country}" in vague.name and vague.name.startswith("Military") \
        and not named.generic and named.inter == 8


# session 44 (ac32): a base noun after "في" between a vague army word and a named foreign force (normalised text):
# "الدفاعات الجوية في قاعدة التحالف الدولي", "الجنود في معسكر القوات التركية" (not a bare "لـ": "تصدت الدفاعات
# الجوية لعدوان إسرائيلي" is the home army facing the foreign one)
_FOREIGN_POST_GAP = re.compile(rf"^[\s{_QUOTES}]*في\s+(?:ال)?(?:قاعده|مطار|معسكر|مقر)(?:\s+عسكريه)?\s*ل?"
                               rf"[\s{_QUOTES}]*$")


def _foreign_post_force(gap: str, vague: ActorEntry, named: ActorEntry) -> bool:
    """A vague army word ("الدفاعات الجوية", "الجنود") whose force the phrase after it says is a named foreign force's,
    at that force's base (:data:`_FOREIGN_POST_GAP`): that force's men, not the army of the country the
    event is in."""
    return bool(_FOREIGN_POST_GAP.match(gap)) and "{country}" in vague.name and vague.name.startswith("Military") \
        and not named.generic and named.inter == 8


_NAME_TIE = re.compile(rf"^[\s{_QUOTES}،,]*(\S+)\s+(من\s+(?:قبل\s+)?)?[{_QUOTES}]?(\S+)(?:\s+(\S+))?")
_TRAIL = "".join(sorted(set(_QUOTES + ".,،:؛;)")))


def _patron_name(nt: NormText, nend: int, next_start: int | None) -> tuple[int, ActorEntry] | None:
    """ "مسلحون موالون لإيران", "فصائل مدعومة من أنقرة": a patron word and the name of a state of
    ``patrons.tsv`` right after a vague group: the original end of the state's name and the state's proxy."""
    tie = _NAME_TIE.match(nt.norm[nend:nend + 80])
    if tie is None or tie.group(1) not in role_words()["patron"]:
        return None
    table = actors()
    names = patrons()
    first = tie.group(3)
    if not tie.group(2):  # "موالون لإيران", "الموالية للنظام": the name carries "لـ"
        if first.startswith("لل"):
            first = "ال" + first[2:]
        elif first.startswith("ل") and len(first) > 2:
            first = first[1:]
        else:
            return None
    first_end = nend + tie.end(3)
    cands = [(first.rstrip(_TRAIL), first_end - (len(first) - len(first.rstrip(_TRAIL))))]
    if tie.group(4) and first == first.rstrip(_TRAIL):
        second = tie.group(4).rstrip(_TRAIL)
        cands.insert(0, (f"{first} {second}", nend + tie.start(4) + len(second)))
    for name, name_end in cands:
        key = names.get(name)
        if key is None:
            continue
        b = nt.orig_span(nend, name_end)[1]
        if next_start is not None and next_start < b:
            return None  # the name is an actor mention itself: the pair rule decides
        return b, table[table[key].proxy]
    return None


def _feminine_nationality(words: str, forms: dict[str, str]) -> bool:
    """A mention of two words or more whose last word is a nationality adjective ("الاحتلال الإسرائيلي"): followed
    by "ة", the adjective agrees with a feminine head and still names the state."""
    parts = words.split()
    return len(parts) > 1 and norm_key(parts[-1]) in forms


def _nisba_adjective(text: str, start: int, end: int, prefix: str, entry: ActorEntry | None) -> bool:
    """A one-word definite name of a group in "ي" ("الجولاني") right after a definite word is a
    relative adjective of that word ("المجتمع الجولاني": of the Golan), not the group."""
    words = text[start:end].split()
    if entry is None or entry.inter == 7 or prefix or len(words) != 1:
        return False
    w = norm_key(words[0])
    if not (w.startswith("ال") and w.endswith("ي")):
        return False
    before = text[max(0, start - 40):start]
    if not before.endswith((" ", "\u00a0")) or not before.split():
        return False
    return norm_key(before.split()[-1]).startswith("ال")


# vague group words that are also adjectives ("الإرهابيين", "المسلحين", "مسلح"; anaphors carry their
# fallback key, "" for none): after a noun of an act of the same definiteness and number
# ("التفجيرين الإرهابيين", "الهجومين المسلحين", "بكمين مسلح", "هجوم مسلح") they describe the act
_ADJECTIVAL_KEYS = frozenset({"rebels", "unidentified", ""})


def _definite(word: str) -> bool:
    """A normalised word, proclitics included, carries the article ("بالهجوم", "للهجوم", "والمسلحين")."""
    core = word
    for _ in range(3):
        if core.startswith(("ال", "لل")):
            return True
        if len(core) <= 3 or core[0] not in "وفبكل":
            return False
        core = core[1:]
    return False


def _adjective_of_noun(text: str, start: int, end: int, prefix: str, payload: str) -> bool:
    """The one-word mention at ``start:end`` is an adjective of the noun of an act right before it
    (same definiteness and number: a dual or plural in "ين" after a dual in "ين", a singular after a
    singular noun), not a group of people."""
    words = text[start:end].split()
    if prefix or len(words) != 1 or payload not in _ADJECTIVAL_KEYS:
        return False
    w = norm_key(words[0])
    before = text[max(0, start - 40):start]
    if not before.endswith((" ", "\u00a0")) or not before.split():
        return False
    prev = norm_key(before.split()[-1])
    if _definite(w) != _definite(prev):
        return False
    # the noun before names an act ("التفجيرين", "الهجومين", "كمين"), not people ("المقاتلين الإرهابيين")
    acts = trigger_matcher().find(normalize(prev))
    if not acts and not w.endswith("ين") and len(before.split()) > 1 and prev.endswith("ي") and len(prev) > 3:
        # a singular nisba adjective between them ("نزاع عشائري مسلح", "هجوم إرهابي مسلح"): the noun before it
        # (the noun alone, or with its adjective: "نزاع عشائري" is the trigger)
        noun = norm_key(before.split()[-2])
        if _definite(noun) == _definite(w):
            acts = trigger_matcher().find(normalize(noun)) or trigger_matcher().find(normalize(f"{noun} {prev}"))
            prev = noun
    if w.endswith("ين"):
        # a definite dual or plural after a definite dual or plural ("هجوم مسلحين" is a construct: the
        # gunmen attacked)
        return bool(acts) and _definite(w) and prev.endswith("ين")
    # a singular after a singular noun, not a verb ("هاجم مسلح") nor a dual or plural, nor a plural in construct
    # ("قصف إرهابيو التنظيم", "بقصف إرهابيي التنظيم": the terrorists of the group shelled)
    acts = [m for m in acts if "verb" not in m.payloads[0].flags]
    return bool(acts) and not w.endswith(("ون", "ات", "و", "يي")) and not any(
        m.suffix in ("ين", "ان", "ات", "ون") for m in acts)


# session 42 (ac29): a state named as a border's "side" ("الجانب السوري") after a word of place or direction is
# that side of the border, a place: no force ("من" is left out: "جاء القصف من الجانب التركي" names who fired, and
# "مع" is whom a fight is with)
_SIDE_WORD = "الجانب"
_SIDE_PLACE_BEFORE = frozenset(norm_key(w) for w in (
    "على", "في", "إلى", "الى", "نحو", "باتجاه", "اتجاه", "داخل", "عبر", "تجاه", "صوب", "عند"))


def _side_as_place(text: str, start: int, end: int, prefix: str) -> bool:
    """ "على الجانب السوري", "باتجاه الجانب التركي", "في الجانب اللبناني", "بالجانب السوري": a state's "side" after a
    preposition of place or direction (or the proclitic "ب") is the side of the border, not its forces."""
    words = norm_key(text[start:end]).split()
    if len(words) != 2 or not words[0].lstrip("وفبل").startswith(_SIDE_WORD):
        return False
    if prefix.lstrip("وف") == "ب":
        return True
    before = text[max(0, start - 20):start].split()
    return bool(before) and norm_key(before[-1]).lstrip("و") in _SIDE_PLACE_BEFORE


# session 42 (ac29): the armed-men word as an adjective ("مسلحين", "المسلحون", "مسلح") and the plural endings
_ARMED_STEM = "مسلح"
_PLURAL_ENDS = ("ين", "ون")


def _armed_adjective(text: str, start: int, end: int, prefix: str,
                     found: list[tuple[int, int, ActorEntry | None, str]]) -> bool:
    """ "هاجم عشرات المستوطنين المسلحين", "مستوطنون مسلحون", "عناصر الحشد المسلحين": the armed-men word right after
    a named group of people (no civilians, no nationality), of the same definiteness and number, describes that
    group; it names no other armed men (a second, unknown side)."""
    words = text[start:end].split()
    if prefix or len(words) != 1 or not found:
        return False
    w = norm_key(words[0])
    core = w[2:] if w.startswith("ال") else w
    if not core.startswith(_ARMED_STEM) or len(core) > len(_ARMED_STEM) + 2:
        return False
    s0, e0, entry, _ = found[-1]
    if entry is None or entry.inter in (0, 7) or entry.key in ("nationals", "civilians") \
            or entry.key in _ADJECTIVAL_KEYS or text[e0:start].strip():
        return False
    prev = norm_key(text[s0:e0].split()[-1])
    return _definite(prev) == _definite(w) and prev.endswith(_PLURAL_ENDS) == w.endswith(_PLURAL_ENDS)


# words after which a nationality noun names people: prepositions of an act's object or of a part
# ("اعتدت … على الفلسطينيين", "بحق الفلسطينيين", "عشرات من الفلسطينيين")
_PEOPLE_AFTER = frozenset(norm_key(w) for w in ("على", "ضد", "بحق", "من", "بين", "عشرات", "مئات", "آلاف"))


def _nationals_named(text: str, start: int, prefix: str) -> bool:
    """A nationality noun ("فلسطينيين", "إسرائيليين"; actors.tsv key ``nationals``) names people, not the
    adjective of the noun before it, when it is counted ("25 فلسطينياً", "نحو 22 فلسطينياً"), follows the
    word of an act or a casualty ("استشهاد فلسطينيين", "اعتقال فلسطيني") or a preposition of the act's
    object ("على الفلسطينيين")."""
    if prefix:
        return False  # "وفلسطينيين", "للفلسطينيين": joined to another noun, or whom an act is for
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    prev = norm_key(before[-1].strip("\"'«»“”()،,"))
    if not prev:
        return False
    if prev.isdigit() or prev in _PEOPLE_AFTER or parse_number_words([prev]) is not None:
        return True
    return bool(trigger_matcher().find(normalize(prev)))


# a militia's noun and "من" before a civilians' word ("ميليشيا محلية من المزارعين", "ميليشيات من أبناء القرى"): the
# people the armed group is drawn from, who are no civilians when they fight or fall as its members
_MILITIA_OF = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:ميليشي|مليشي|ميلشي|ميليش|مليش)\S*"
                         r"(?:\s+[^\s،,.؛:؟!]+){0,5}\s+من\s*$")
_MILITIA_OF_REACH = 70  # characters before the civilians' word where the militia and "من" are looked for


# counting words before a counted noun: "عشرات العسكريين", "مئات الجنود"
_COUNT_WORDS = frozenset(norm_key(w) for w in ("عشرات", "مئات", "آلاف", "ألوف"))


def _counted(text: str, start: int, prefix: str) -> bool:
    """The noun at ``start`` is counted: a number ("175 عسكرياً", "نحو 200 عسكري", "خمسة عسكريين") or a counting
    word ("عشرات العسكريين") stands right before it."""
    if prefix:
        return False  # "وعسكريين", "للعسكريين": joined to another noun, or whom something is for
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    prev = norm_key(before[-1].strip("\"'«»“”()،,"))
    return bool(prev) and (prev.isdigit() or prev in _COUNT_WORDS or parse_number_words([prev]) is not None)


# the death or wounding of people, before ("استشهاد عسكري", "أصيب عسكريان") or after them ("أن عسكرياً سورياً استشهد"):
# "عسكري" there is a serviceman, not the adjective of a noun
_TOLL_WORDS = frozenset(norm_key(w) for w in (
    "استشهاد", "استشهد", "مقتل", "قتل", "إصابة", "أصيب", "جرح", "ارتقاء", "ارتقى", "مصرع", "لقي", "قضى", "قضت"))
_WORDS_SPLIT = re.compile(r"[\s،,.:؛]+")
_THAT = frozenset(norm_key(w) for w in ("أن", "أنّ", "بأن", "بأنّ", "وأن", "وأنّ", "إن", "إنّ"))
_TOLL_AFTER = frozenset(norm_key(w) for w in ("استشهد", "قتل", "أصيب", "جرح", "ارتقى", "لقي"))


def _toll_word(word: str, after: bool = False) -> bool:
    w = norm_key(word.strip("\"'«»“”()،,."))
    words = _TOLL_AFTER if after else _TOLL_WORDS
    return w in words or (w[:1] in ("و", "ل", "ب", "ف") and w[1:] in words)


def _toll_of(text: str, start: int, end: int, prefix: str) -> bool:
    """The servicemen word at ``start``..``end`` names the dead or wounded: a toll word stands right before it
    ("استشهاد عسكريين", "أصيب عسكري سوري", "إصابة عسكريين اثنين"), or a toll verb after it and its nationality
    adjective in a clause after "أنّ" ("أن عسكرياً سورياً استشهد")."""
    if prefix or text.startswith("ال", start):
        return False  # "بقتل العسكريين": men named before, whom a count or a toll of their own names
    before = _WORDS_SPLIT.split(text[max(0, start - 30):start].strip())  # "الحالي،استُشهد": a glued comma
    if before and _toll_word(before[-1]):
        return True
    after = text[end:end + 40].split()
    if after and not text[end:end + 1].isspace():
        after = after[1:]  # the rest of the word ("عسكرياً": the tanween)
    if after and len(after[0]) > 3 and after[0].endswith(("ياً", "يا", "ي", "يان")):
        after = after[1:]  # the nationality adjective ("عسكرياً سورياً")
    # the subject of a clause after "أنّ" only: "جيباً عسكرياً أصيب" is a vehicle
    return bool(after) and bool(before) and norm_key(before[-1]) in _THAT and _toll_word(after[0], after=True)


# group nouns (normalised) that an anaphor repeats with the article: "التنظيم" after "تنظيم داعش"
_GROUP_NOUNS = frozenset({"تنظيم", "حركه", "جماعه", "فصائل"})
# a proclitic before a group noun in construct ("لتنظيم داعش", "بتنظيم الدولة", "وتنظيم حراس الدين")
_GROUP_NOUN_PREFIX = re.compile(r"^(?:و|ف)?(?:ل|ب|ك)?")


def _named_with(text: str, start: int, end: int, head: str) -> bool:
    """The mention at ``start:end`` names its group with the noun ``head`` ("تنظيم "الدولة الإسلامية"",
    "خلية تابعة لتنظيم "داعش"", "تنظيم قسد"): the noun opens the mention or is the word just before it."""
    first = normalize(text[start:end].strip(_QUOTES)).norm.split()
    if first and head in (first[0], _GROUP_NOUN_PREFIX.sub("", first[0])):  # "فصائل": its "ف" is no proclitic
        return True
    before = normalize(text[max(0, start - 40):start]).norm.rstrip(_QUOTES + " ").split()
    return bool(before) and head in (before[-1].strip(_QUOTES), _GROUP_NOUN_PREFIX.sub("", before[-1].strip(_QUOTES)))


_BACKED_WORDS = 4  # words between a word of support and the side it backs ("دعماً للشعب والمقاومة في قطاع غزة")


def backed_side(text: str, start: int) -> bool:
    """The mention at ``start`` stands a few words after a word of support (``roles.tsv``, kind "supported"), in
    the same clause ("… دعماً للشعب والمقاومة في قطاع غزة", "… لإسناد المقاومة الفلسطينية"): the side an act backs,
    not one that acts (read on raw text: here, and by rasd.events.stage for the side a neighbour sentence lends)."""
    before = re.split(r"[،,.:؛!؟?\n]", text[max(0, start - 80):start])[-1]
    words = normalize(before).norm.split()[-_BACKED_WORDS - 1:]
    roles = role_words()
    at = max((k for k, w in enumerate(words) if w in roles["supported"]), default=None)
    # "دعماً لغزة ورفضاً للعدوان الإسرائيلي": a word of opposition after the support word names the side opposed
    return at is not None and not any(w in roles["opposed"] for w in words[at + 1:])


# the words that make armed men unknown ("مسلحين مجهولين", "مسلحون ملثمون", "مسلحين لم تعرف هويتهم"), normalised
# text right after the mention
_UNKNOWN_MEN = re.compile(r"مجهول|ملثم|مجهوله|لم\s+(?:تعرف|يعرف|تتضح)|مجهولي")
_UNKNOWN_REACH = 25


def _antecedent(found: list[tuple[int, int, ActorEntry | None, str]], i: int,
                ana: Anaphor, text: str = "", published: dt.date | None = None) -> ActorEntry | None:
    """The named group an anaphoric mention refers to: the nearest before it (or the nearest mention before it of
    the very actor it falls back to), else the first after.

    A candidate is judged as of the report's day: a group that has since become state forces (HTS's
    General Security, the state's General Security after December 2024) is no longer "التنظيم" or "المسلحين".
    The definite noun of an anaphor that repeats a group noun ("التنظيم", "عناصر التنظيم", "الفصائل") refers first to
    the group the article named with that noun ("تنظيم "الدولة الإسلامية"", "لتنظيم داعش"), wherever it
    stands, before a nearer group named otherwise ("قسد" in a report of an IS attack on the SDF)."""
    def ok(e: ActorEntry | None) -> bool:
        if e is None:
            return False
        now = e if e.named_by_event_day else e.on(published)
        return now.inter in ana.inter and e.key not in _NOT_ANTECEDENT and now.key not in _NOT_ANTECEDENT \
            and (not ana.only or e.key in ana.only)
    last = normalize(ana.surface).norm.split()[-1]
    head = last[2:] if last.startswith("ال") and last[2:] in _GROUP_NOUNS else ""
    if head and text:
        # a local armed group (inter 4) named with the very noun ("فصائل محلية مسلحة" … "مقاتلي الفصائل", "حركة
        # رجال الكرامة" … "الحركة") is the group the noun repeats, though the word alone falls back to rebels
        order = [*range(i - 1, -1, -1), *range(i + 1, len(found))]
        for j in order:
            e = found[j][2]
            if (ok(e) or (e is not None and not ana.only and e.inter == 4 and e.key not in _NOT_ANTECEDENT)) \
                    and _named_with(text, found[j][0], found[j][1], head):
                return found[j][2]
    for j in range(i - 1, -1, -1):
        e = found[j][2]
        if text and e is not None and backed_side(text, found[j][0]):
            continue  # "… دعماً للشعب والمقاومة في قطاع غزة": the side backed is no group that acts later
        if ok(e):
            return e
        if e is not None and e.key == ana.fallback and e.inter in ana.inter:
            # ("مسلحين مجهولين" … "المسلحين"): the nearest armed men named before are the unknown gunmen the
            # word falls back to; they are its antecedent, not a group named further back or later
            if text and not _UNKNOWN_MEN.search(text[found[j][0]:found[j][1] + _UNKNOWN_REACH]) \
                    and any(ok(found[k][2]) for k in range(j)):
                # (session 34, ac16) but bare armed men counted after a named group ("ضربة على ورشة يستخدمها مسلحو
                # "جبهة النصرة" … والقضاء على 7 مسلحين" … "محاولة المسلحين"): no unknown men, the group's own
                continue
            return e
    for j in range(i + 1, len(found)):
        if ok(found[j][2]) and not (text and backed_side(text, found[j][0])):
            return found[j][2]
    return None
