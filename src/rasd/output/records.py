"""Turn pipeline events into records that follow spec/event-record.md.

Columns 1–31 are ACLED's export columns in ACLED's order (:data:`ACLED_COLUMNS`); the rest
are rasd's own (:data:`RASD_COLUMNS`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import time
from functools import lru_cache
from typing import Any

from rasd.actors.lexicon import (
    BORDER_GUARD,
    OCCUPYING_ARMY,
    ActorEntry,
    actors,
    aliases,
    anaphoric_mention,
    occupying_army,
)
from rasd.arabic.normalize import norm_key
from rasd.document import ActorRef, Document, Event, PlaceRef
from rasd.io.outlets import outlet_for_name, outlet_for_url, outlet_in_text

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
RASD_COLUMNS = [
    "doc_id", "historical", "claimed_by", "attribution", "actor1_mentions", "actor2_mentions",
    "location_mentions", "pcode", "quantities", "evidence", "confidence", "plover",
]
ALL_COLUMNS = ACLED_COLUMNS + RASD_COLUMNS

EVENT_TYPES: dict[str, list[str]] = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}

# ACLED's regions of the countries the gazetteer knows (foreign.tsv's country rows, ISO 3166 numeric)
_REGIONS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("Middle East", (760, 422, 400, 368, 376, 275, 792, 364, 682, 634, 784, 887, 414, 512, 48)),
    ("Northern Africa", (818, 729, 12, 434, 504, 788, 478)),
    ("Western Africa", (466, 562, 566, 854, 384, 686)),
    ("Middle Africa", (148, 180)),
    ("Eastern Africa", (231, 232, 262, 706, 404, 800)),
    ("Southern Africa", (710,)),
    ("South Asia", (586, 4, 50, 356)),
    ("Southeast Asia", (360, 458, 608, 764, 704)),
    ("East Asia", (156, 158, 392, 408, 410)),
    ("Caucasus and Central Asia", (31, 51, 398, 860)),
    ("Europe", (643, 250, 826, 276, 804, 196, 752, 208, 40, 56, 100, 112, 203, 246, 300, 348, 372, 380, 440, 528, 578,
                616, 620, 642, 688, 703, 724, 756)),
    ("North America", (840, 124)),
    ("Central America", (484,)),
    ("Caribbean", (192,)),
    ("South America", (32, 68, 76, 152, 170, 218, 604, 862)),
    ("Oceania", (36,)),
)
_REGION_BY_ISO = {iso: region for region, isos in _REGIONS for iso in isos}

_VERBS = {
    "Battles": "clashed with",
    "Explosions/Remote violence": "carried out a remote attack on",
    "Violence against civilians": "attacked",
    "Protests": "protested",
    "Riots": "rioted",
    "Strategic developments": "",
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type == "Protests":
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    return "Political violence"


def interaction(inter1: int, inter2: int) -> int:
    if not inter1:
        return 0
    if not inter2:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def _join(refs: list[ActorRef], main: ActorRef | None = None) -> str:
    """The associated actors' names, each once and never the main actor's own name again."""
    seen: list[str] = [main.name] if main is not None else []
    for a in refs:
        if a.name not in seen:
            seen.append(a.name)
    return "; ".join(seen[1:] if main is not None else seen)


# --- names settled when the record is written ------------------------------------------------------------
# The event stage merges and compares actors by name, so two namings wait until the record is written:
# - a vague state force ("الجيش", "جنود", "الشرطة": "Military Forces of Syria") takes the time-bounded name
#   ACLED gives that country's forces ("Military Forces of Syria (2000-2024)"), when the lexicon has one;
# - a bare word of the resistance ("المقاومة", "فصائل المقاومة": anaphora.tsv) in an event in Palestine is
#   the Palestinian factions, whatever group of another country an earlier headline named;
# - a vague army word ("الجيش", "جنوده", "جنود", "جندي احتياط") in an event in a country whose only army on
#   the ground is another state's (ACLED codes no military forces of Palestine) names that state's forces;
#   a word of the security forces ("قوات الأمن": the Palestinian Authority's) keeps the country's name
#   (rasd.actors.lexicon.occupying_army, which the event stage applies to each mention as it merges);
# - a vague state force named after a state with a row of its own ("الشرطة الإسرائيلية", "الجنود الأتراك") takes
#   that row's name and inter code;
# - a state's forces, external forces (inter 8) abroad, are state forces (inter 1) in their own country
#   (ACLED: "Military Forces of Israel" in an event in Israel), whichever mention named them; a state's police,
#   state forces at home, is an external force abroad (Israel's police in Jerusalem or the West Bank).
# normalised stems of smuggling ("مهربين", "المهربون", "عصابات التهريب"): a side so named is a band of smugglers
_SMUGGLER_STEMS = tuple(norm_key(w) for w in ("مهرب", "تهريب"))
_LOCAL_RESISTANCE = {"Palestine": "pal_resistance"}
_LOCAL_GROUPS = {"Palestine": frozenset({"pal_resistance", "hamas"})}
_POLICE = "Police Forces of "
_POLICED_CITIES = {("Palestine", "Jerusalem"): "isr_police"}  # city → the police that works there


@lru_cache(maxsize=1)
def _bounded_states() -> dict[str, ActorEntry]:
    """The lexicon's state forces with a time-bounded name, by the name without its bound
    ("Military Forces of Syria" → the Syrian army's row)."""
    out: dict[str, ActorEntry] = {}
    for e in actors().values():
        base = _unbounded(e.name)
        if e.inter in (1, 8) and not e.group and not e.generic and base != e.name:
            if base.startswith(("Military Forces of ", "Police Forces of ")):
                out.setdefault(base, e)
    return out


def _output_name(ref: ActorRef | None, mentions: list[str], country: str, date: dt.date | None,
                 police: str = "") -> ActorRef | None:
    """``ref`` under the name ACLED gives it in a record of ``country`` (see above); ``police``: the key of the
    police force of the event's city when it is another state's (:func:`_city_police`)."""
    if ref is None:
        return None
    table = actors()
    if police in table and ref.key == "police_generic" and _unbounded(ref.name) == f"{_POLICE}{country}":
        ref = table[police].ref(date, country)  # "الشرطة", "شرطي" in Jerusalem: Israel's police
    local = _LOCAL_RESISTANCE.get(country, "")
    if local in table and ref.inter in (2, 3) and ref.key not in _LOCAL_GROUPS[country] \
            and mentions and all(anaphoric_mention(m) for m in mentions):
        e = table[local]
        return ActorRef(name=e.ref(date, country).name, inter=e.inter, key=e.key, group=e.group)
    guard = any(BORDER_GUARD in norm_key(m) for m in mentions) and not _home_forces(ref.name, country)
    # (a border guard the event stage named after the nationality the report gives it keeps it)
    army = None if guard else occupying_army(ref.key, country, mentions)
    if army is not None:
        return army.ref(date, country)
    entry = table.get(ref.key)
    band = table.get(entry.abroad) if entry is not None and entry.collective and entry.abroad else None
    if band is not None and any(w in norm_key(m) for m in mentions for w in _SMUGGLER_STEMS):
        # "مجموعات مسلحة" that the same report calls smugglers ("مقتل أربعة من المهربين"): an armed band nobody
        # names, not the armed opposition
        b = band.ref(date, country)
        return ActorRef(name=b.name, inter=b.inter, key=band.key, group=band.group)
    bounded = _bounded_states().get(ref.name) if entry is not None and (entry.generic or entry.state_word) else None
    if bounded is not None:
        # the named state's forces, external (8) or state forces (1) as its own row says ("الشرطة الإسرائيلية",
        # "الجنود الأتراك": the forces of Israel or Turkey, external outside their country, see below)
        ref = ActorRef(name=bounded.ref(date, country).name, inter=bounded.inter, key=ref.key, group=ref.group)
    if ref.inter == 8 and _home_forces(ref.name, country):
        # a state's forces act as state forces (1) in their own country; external (8) only outside it
        return ActorRef(name=ref.name, inter=1, key=ref.key, group=ref.group)
    if ref.inter == 1 and country and (bounded is not None or (entry is not None and not entry.generic)) \
            and _unbounded(ref.name).startswith(_POLICE) and not _home_forces(ref.name, country):
        # a state's police outside its country (Israel's in Jerusalem and the West Bank) is an external force, as
        # its army would be; a vague police named only after the event's place keeps its code
        return ActorRef(name=ref.name, inter=8, key=ref.key, group=ref.group)
    return ref


def _city_police(place: PlaceRef | None) -> str:
    """The key of the police force of a city that another state polices (East Jerusalem, which Israel annexed
    and where no Palestinian police works: "مواجهات بين الشرطة والمستوطنين في القدس", "أطلق شرطي النار"), ""
    elsewhere.  A place inside the city is named after it ("Silwan (Jerusalem)")."""
    if place is None:
        return ""
    city = place.name_en.rsplit(" (", 1)[-1].rstrip(")") if place.name_en.endswith(")") else place.name_en
    return _POLICED_CITIES.get((place.country, city), "")


def _article_police(doc: Document, country: str) -> str:
    """The key of another state's police that the article names by its own name ("الشرطة الإسرائيلية", "شرطة
    الاحتلال") while it never names ``country``'s own ("الشرطة الفلسطينية", "شرطة غزة"): its bare "الشرطة" is that
    force again (soldiers and police investigators of Israel at odds), not ``country``'s police; "" when it names
    none, two of them or ``country``'s own."""
    own = _OWN_POLICE.get(country)
    if own is None:
        return ""
    cache: dict[str, str] = doc.meta.setdefault("article_police", {})  # once per document and country
    if country not in cache:
        text = norm_key(doc.text)
        found = set() if own.search(text) else \
            {key for key, words in _foreign_police(country).items() if words.search(text)}
        cache[country] = next(iter(found)) if len(found) == 1 else ""
    return cache[country]


# the words that name a country's own police ("الشرطة الفلسطينية", "شرطة غزة", "الشرطة التابعة لحماس"), normalised
_OWN_POLICE = {"Palestine": re.compile(norm_key("شرطة") + r"\S*\s+(?:\S+\s+)?(?:" + "|".join(
    norm_key(w) for w in ("الفلسطينية", "الفلسطيني", "غزة", "بغزة", "حماس", "لحماس", "السلطة")) + ")")}


@lru_cache(maxsize=4)
def _foreign_police(country: str) -> dict[str, re.Pattern[str]]:
    """The police rows (not generic) of the state whose army holds ``country`` (``OCCUPYING_ARMY``: Israel's in
    Palestine) by key, each with a pattern of its surfaces (normalised)."""
    table = actors()
    army = table.get(OCCUPYING_ARMY.get(country, ""))
    words: dict[str, list[str]] = {}
    for w, key in aliases():
        e = table.get(key)
        if army is not None and e is not None and not e.generic and _unbounded(e.name).startswith(_POLICE) \
                and e.side and e.side == army.side and not _home_forces(e.name, country) and len(w) > 4:
            words.setdefault(e.name, []).append(re.escape(norm_key(w)))
    first = {e.name: k for k, e in reversed(list(table.items()))}
    return {first[name]: re.compile(r"(?<!\S)[وفبل]?(?:" + "|".join(ws) + r")(?!\S)") for name, ws in words.items()}


def _police_named(ref: ActorRef | None, out: ActorRef) -> bool:
    """A bare police word renamed after the police the article names (:func:`_article_police`), not a vague army
    word: a police force, which may stand against its state's army ("مواجهات بين الجنود ومحققي الشرطة")."""
    return ref is not None and ref.key == "police_generic" and _unbounded(out.name).startswith(_POLICE)


def _home_forces(name: str, country: str) -> bool:
    """``name`` is ACLED's name of ``country``'s own military or police ("Military Forces of Israel (2009-)"
    in Israel)."""
    return bool(country) and _unbounded(name) in (f"Military Forces of {country}", f"Police Forces of {country}")


def _one_state(a: ActorRef, b: ActorRef) -> bool:
    """One name, or state forces of one side of actors.tsv (Israel's army and its police)."""
    if a.name == b.name:
        return True
    ea, eb = _row_of(a), _row_of(b)
    return ea is not None and eb is not None and bool(ea.side) and ea.side == eb.side \
        and ea.inter in (1, 8) and eb.inter in (1, 8)


def _row_of(ref: ActorRef) -> ActorEntry | None:
    """The lexicon row of ``ref``: a vague state force named after a state with a row of its own ("الشرطة" in
    Israel: Police Forces of Israel) is that row."""
    entry = actors().get(ref.key)
    if entry is not None and entry.generic:
        return _bounded_states().get(_unbounded(ref.name), entry)
    return entry


def _unbounded(name: str) -> str:
    """ACLED's actor name without its time bound ("Military Forces of Syria (2000-2024)" → "Military Forces of
    Syria"); a name with none unchanged."""
    return name.rsplit(" (", 1)[0] if name.endswith(")") and " (" in name else name


def _sources(doc: Document) -> tuple[str, str]:
    outlet = outlet_for_url(doc.url) or (outlet_for_name(doc.source) if doc.source else None)
    if outlet is None and not doc.source:
        if "outlet" not in doc.meta:  # once per document
            doc.meta["outlet"] = outlet_in_text(doc.text)
        outlet = doc.meta["outlet"]
    if outlet:
        return outlet.name_en, outlet.source_scale
    return doc.source, ""


def event_id(doc: Document, ev: Event) -> str:
    first = ev.evidence[0].start if ev.evidence else 0
    place = ev.place.id if ev.place else ""
    date = ev.date.iso() if ev.date else ""
    key = f"{doc.id}|{ev.event_type}|{ev.sub_event_type}|{date}|{place}|{first}"
    iso3 = "SYR"
    if ev.place and ev.place.iso not in (None, 760):
        iso3 = {422: "LBN", 400: "JOR", 368: "IRQ", 376: "ISR", 275: "PSE", 792: "TUR"}.get(ev.place.iso, "XXX")
    return f"{iso3}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def summary(ev: Event, actor1: ActorRef | None = None, actor2: ActorRef | None = None) -> str:
    """One-sentence English note built from the record's own fields (``actor1``/``actor2``: the names the
    record gives the event's actors, default the event's own)."""
    when = f"On {ev.date.iso()}" if ev.date else "On an unknown date"
    where = ""
    if ev.place:
        where = f" in {ev.place.name_en}" + (f" ({ev.place.admin1})" if ev.place.admin1 and
                                            ev.place.admin1 != ev.place.name_en else "")
    actor1 = actor1 if actor1 is not None else ev.actor1
    actor2 = actor2 if actor2 is not None else ev.actor2
    a1 = actor1.name if actor1 else "unidentified actors"
    a2 = actor2.name if actor2 else ""
    verb = _VERBS.get(ev.event_type, "")
    if ev.event_type == "Strategic developments" or not verb:
        core = f"{ev.sub_event_type.lower()} involving {a1}" + (f" and {a2}" if a2 else "")
        text = f"{when}{where}, {core}."
    elif a2 and ev.event_type not in ("Protests", "Riots"):
        text = f"{when}, {a1} {verb} {a2}{where} ({ev.sub_event_type.lower()})."
    else:
        text = f"{when}, {a1} {verb or 'acted'}{where} ({ev.sub_event_type.lower()})."
    if ev.fatalities:
        text = text[:-1] + f"; {ev.fatalities} reported killed."
    if ev.historical:
        text += " Background event recalled by the article."
    return text


# a crowd of Israelis: settlers (the outlets' word for Israeli civilians), Israeli protesters, the captives' families
_ISRAELI_CROWD = re.compile(
    r"(?:^|[\s\"«(])(?:[وفبل]|لل|ال|وال|بال)*مستوطن(?:ون|ين|و)(?!\w)"
    r"|(?:متظاهر|محتج)\w*\s+(?:ال)?[إا]سرائيلي(?:ون|ين)"
    r"|[أا]هالي\s+(?:ال)?[أا]سرى\s+(?:ال)?[إا]سرائيليين|عائلات\s+(?:ال)?[أا]سرى\s+(?:ال)?[إا]سرائيليين")
# a Palestinian crowd or the settlers as what is protested ("رفضاً لاقتحامات المستوطنين")
_PALESTINIAN_CROWD = re.compile(r"فلسطيني(?:ون|ين)|مقدسي(?:ون|ين)|[إا]قتحام|اعتداءات|هجمات|هجوم")
_JERUSALEM = "city:jerusalem"
_WEST_JERUSALEM = "القدس الغربية"


def _crowd_place(doc: Document, ev: Event) -> PlaceRef | None:
    """Where a protest or riot is coded: a crowd of Israelis in Jerusalem (rallies at the Knesset, the courts, the
    prime minister's house: "خرج المستوطنون في تظاهرات في القدس", "مواجهات بين المستوطنين وشرطة الاحتلال في
    القدس") demonstrates in West Jerusalem, which ACLED codes in Israel; the gazetteer's Jerusalem is the city's
    Palestinian side.  Any other event keeps its place."""
    place = ev.place
    if place is None or place.id != _JERUSALEM or ev.event_type not in ("Protests", "Riots"):
        return place
    texts = [doc.text[sp.start:sp.end] for sp in ev.evidence]
    if not any(_ISRAELI_CROWD.search(t) for t in texts) or any(_PALESTINIAN_CROWD.search(t) for t in texts):
        return place
    from rasd.geo.gazetteer import get_gazetteer  # the output layer reads the gazetteer only here

    g = get_gazetteer()
    west = g.lookup(_WEST_JERUSALEM)
    return g.to_ref(west[0], precision=place.geo_precision, role=place.role) if west else place


def _moved(ref: ActorRef | None, old: str, new: str, ev: Event) -> ActorRef | None:
    """An actor named after the country of a place the event has left ("Protesters (Palestine)",
    "Police Forces of Palestine") renamed after its new one; any other actor as it was."""
    if ref is None:
        return None
    entry = actors().get(ref.key)
    if entry is None or not (entry.name.endswith("(Syria)") or "{country}" in entry.name) \
            or not (ref.name.endswith(f"({old})") or ref.name.endswith(f" {old}")):
        return ref
    named = entry.ref(ev.date.date if ev.date else None, new)
    return dataclasses.replace(ref, name=named.name)


def _elsewhere(ref: ActorRef | None, out: ActorRef | None, names: list[str], mentions: list[str]) -> list[str]:
    """The side's names elsewhere in the article not among its own words, while the record keeps the actor they
    name (not one renamed after its words or dropped as the other side's own forces)."""
    if ref is None or out is None or out.name != ref.name:
        return []
    return [m for m in names if m not in mentions]


def to_record(doc: Document, ev: Event, timestamp: int | None = None) -> dict[str, Any]:
    """The full record (all columns of the contract, in order) for one event."""
    source, scale = _sources(doc)
    place = _crowd_place(doc, ev)
    if place is not ev.place and ev.place is not None and place is not None:
        ev = dataclasses.replace(ev, place=place, actor1=_moved(ev.actor1, ev.place.country, place.country, ev),
                                 actor2=_moved(ev.actor2, ev.place.country, place.country, ev))
    date = ev.date
    country = place.country if place else "Syria"
    day = date.date if date else None
    mentions1, mentions2 = list(ev.actor1_mentions), list(ev.actor2_mentions)
    city_police = _city_police(place)
    police = city_police or _article_police(doc, country)
    actor1 = _output_name(ev.actor1, mentions1, country, day, police)
    actor2 = _output_name(ev.actor2, mentions2, country, day, police)
    # the police an article names, told bare again, fighting its state's army: a clash of two forces
    fought = bool(police) and not city_police and ev.event_type == "Battles" and actor1 is not None \
        and actor2 is not None and actor1.name != actor2.name \
        and (_police_named(ev.actor1, actor1) or _police_named(ev.actor2, actor2))
    if actor1 is not None and actor2 is not None and _one_state(actor1, actor2) and not fought:
        # a vague army word renamed above as the other side's own forces (its army beside its police) is not
        # its opponent
        if ev.actor2 is not None and ev.actor2.name != actor2.name:
            actor2, mentions2 = None, []
        elif ev.actor1 is not None and ev.actor1.name != actor1.name:
            actor1, mentions1 = None, []
    assoc1 = [r for a in ev.assoc_actor_1 if (r := _output_name(a, [], country, day, police)) is not None]
    assoc2 = [r for a in ev.assoc_actor_2 if (r := _output_name(a, [], country, day, police)) is not None]
    inter1 = actor1.inter if actor1 else 0
    inter2 = actor2.inter if actor2 else 0
    rec: dict[str, Any] = {
        "event_id_cnty": event_id(doc, ev),
        "event_date": date.date.isoformat() if date else "",
        "year": date.date.year if date else None,
        "time_precision": date.precision if date else 3,
        "disorder_type": disorder_type(ev.event_type, ev.sub_event_type),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": actor1.name if actor1 else "",
        "assoc_actor_1": _join(assoc1, actor1),
        "inter1": inter1,
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": _join(assoc2, actor2),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if ev.civilian_targeting else "",
        "iso": place.iso if place and place.iso is not None else (760 if not place else None),
        "region": _REGION_BY_ISO.get(place.iso if place and place.iso else 760, "") if (
            not place or place.iso) else "",
        "country": country,
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": place.admin3 if place else "",
        "location": place.name_en if place else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        # a country known with no place in it (rasd.events.stage): no point, no precision
        "geo_precision": place.geo_precision if place and (place.lat is not None or place.name_en) else None,
        "source": source,
        "source_scale": scale,
        "notes": ev.notes or summary(ev, actor1, actor2),
        "fatalities": ev.fatalities,
        "tags": "; ".join(ev.tags),
        "timestamp": int(time.time()) if timestamp is None else timestamp,
        "doc_id": doc.id,
        "historical": ev.historical,
        "claimed_by": ev.claimed_by,
        "attribution": list(ev.attribution),
        # the side's names elsewhere in the article after its own words (rasd.events.stage._article_names)
        "actor1_mentions": mentions1 + _elsewhere(ev.actor1, actor1, ev.actor1_elsewhere, mentions1),
        "actor2_mentions": mentions2 + _elsewhere(ev.actor2, actor2, ev.actor2_elsewhere, mentions2),
        "location_mentions": list(ev.location_mentions),
        "pcode": place.pcode if place else "",
        "quantities": dict(ev.quantities),
        "evidence": [{"start": s.start, "end": s.end, "text": doc.text[s.start:s.end]} for s in ev.evidence],
        "confidence": round(ev.confidence, 3),
        "plover": plover(ev),
    }
    return rec


# sub-event types that name the means (PLOVER mode): (PLOVER type, mode when none fits, modes that fit)
_SUB_PLOVER: dict[str, tuple[str, str, frozenset[str]]] = {
    "Air/drone strike": ("ASSAULT", "aerial", frozenset({"aerial", "drone"})),
    "Shelling/artillery/missile attack": ("ASSAULT", "explosives", frozenset({"explosives", "heavy-weapons"})),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives", frozenset({"explosives"})),
    "Grenade": ("ASSAULT", "explosives", frozenset({"explosives"})),
    "Suicide bomb": ("ASSAULT", "explosives", frozenset({"explosives", "suicide-attack"})),
    "Chemical weapon": ("ASSAULT", "CBRN", frozenset({"CBRN"})),
    "Abduction/forced disappearance": ("ASSAULT", "abduct", frozenset({"abduct"})),
    "Sexual violence": ("ASSAULT", "sexual", frozenset({"sexual"})),
    "Arrests": ("COERCE", "arrest", frozenset({"arrest"})),
    "Peaceful protest": ("PROTEST", "demo", frozenset({"demo", "strike"})),
    "Violent demonstration": ("PROTEST", "riot", frozenset({"riot"})),
    "Mob violence": ("PROTEST", "riot", frozenset({"riot"})),
}


def plover(ev: Event) -> dict[str, str]:
    """The event's PLOVER type and mode, kept consistent with its final ACLED sub-event type: a merge can
    change the sub-type after the trigger's mapping was taken ("استهدف" → shelling with no mode), and a
    sub-type that names the means fixes the mode (shelling → explosives, air strike → aerial)."""
    fixed = _SUB_PLOVER.get(ev.sub_event_type)
    if fixed is not None:
        ptype, default, fits = fixed
        if ev.plover_type != ptype or ev.plover_mode not in fits:
            return {"event_type": ptype, "mode": default}
    return {"event_type": ev.plover_type, "mode": ev.plover_mode} if ev.plover_type else {}


def records(doc: Document, timestamp: int | None = None) -> list[dict[str, Any]]:
    return [to_record(doc, ev, timestamp) for ev in doc.events]
