"""Event stage: triggers → per-sentence frames → merged article events (``doc.events``).

1. one pass of each lexicon matcher (triggers, context cues, quantity words) over the normalised text;
2. per sentence, :func:`rasd.events.frames.sentence_frames` decides which events it reports;
3. each frame gets its date (``rasd.time.assign.event_date``) and place (``rasd.geo.assign.event_place``);
4. frames are merged following ACLED: one event per (date, place, actor pair, type); a remote weapon
   used in a clash and casualties without their own attack join the clash of that day and place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from copy import copy
from functools import lru_cache

from rasd.actors.lexicon import ActorEntry, actors
from rasd.arabic.matcher import Match
from rasd.arabic.normalize import normalize
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events.frames import DEMO, VIOLENT, ActorMention, Frame, SentenceContext, sentence_frames
from rasd.events.lexicon import (
    TRIGGERS_FILE,
    _parse_trigger,
    _rows,
    cue_matcher,
    quantity_matcher,
    trigger_matcher,
)
from rasd.geo.assign import contains, event_place, target_places
from rasd.time.assign import event_date

# weapons that, used the same day and place as a clash, are part of the clash (ACLED)
_JOINS_CLASH = frozenset({"Shelling/artillery/missile attack", "Grenade"})


def _bucket(items: Iterable[Match], starts: list[int], n: int) -> list[list[Match]]:
    out: list[list[Match]] = [[] for _ in range(n)]
    for m in items:
        i = bisect_left(starts, m.start + 1) - 1
        if 0 <= i < n:
            out[i].append(m)
    return out


def _bucket_spans(items: Iterable[Span], starts: list[int], n: int) -> list[list[Span]]:
    out: list[list[Span]] = [[] for _ in range(n)]
    for s in items:
        i = bisect_left(starts, s.start + 1) - 1
        if 0 <= i < n:
            out[i].append(s)
    return out


def sentence_contexts(doc: Document) -> list[SentenceContext]:
    """One :class:`SentenceContext` per sentence that holds a trigger (lexicons matched once)."""
    nt = doc.meta.get("norm")
    if nt is None:
        nt = normalize(doc.text)
        doc.meta["norm"] = nt
    sents = doc.layer("sentences")
    if not sents:
        return []
    trig = trigger_matcher().find(nt)
    if not trig:
        return []
    cues = cue_matcher().find(nt)
    qwords = quantity_matcher().find(nt)
    starts = [s.start for s in sents]
    n = len(sents)
    t_by = _bucket(trig, starts, n)
    c_by = _bucket(cues, starts, n)
    q_by = _bucket(qwords, starts, n)
    num_by = _bucket_spans(doc.layer("numbers"), starts, n)
    time_by = _bucket_spans(doc.layer("times"), starts, n)
    table = actors()
    act_by: list[list[tuple[Span, ActorEntry]]] = [[] for _ in range(n)]
    for a in doc.layer("actors"):
        i = bisect_left(starts, a.start + 1) - 1
        entry = table.get(getattr(a.value, "key", ""))
        if 0 <= i < n and entry is not None:
            act_by[i].append((a, entry))
    toks = doc.layer("tokens")
    tok_starts = [t.start for t in toks]
    tok_vals = [t.value for t in toks]
    out: list[SentenceContext] = []
    for i, sent in enumerate(sents):
        if not t_by[i]:
            continue
        out.append(SentenceContext(sent, nt, tok_starts, tok_vals, toks,
                                   [m for m in t_by[i] if m.end <= sent.end], c_by[i], q_by[i], num_by[i],
                                   act_by[i], time_by[i]))
    return out


def detect_frames(doc: Document) -> list[Frame]:
    """All event frames of the document, sentence by sentence (no merging)."""
    frames: list[Frame] = []
    for ctx in sentence_contexts(doc):
        frames.extend(sentence_frames(ctx))
    return frames


def _ref(m: ActorMention | None, date: TimeValue | None, place: PlaceRef | None) -> ActorRef | None:
    if m is None:
        return None
    country = place.country if place and place.country else "Syria"
    return m.entry.ref(date.date if date else None, country)


def _compatible_actor(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is None or b is None or a.key == b.key or a.name == b.name


def _same_place(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """One place, or one holds the other (a town and its governorate, "سوريا" and a town)."""
    return a is None or b is None or a.id == b.id or contains(a, b) or contains(b, a)


def _narrower(old: PlaceRef | None, new: PlaceRef | None) -> bool:
    """``new`` is a more precise place inside ``old`` (the event moves there)."""
    return old is not None and new is not None and old.id != new.id and contains(old, new) \
        and not contains(new, old)


def _same_date(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.iso() == b.iso()


def _can_merge(ev: Event, f: Frame, date: TimeValue | None, place: PlaceRef | None, historical: bool,
               a1: ActorRef | None, a2: ActorRef | None) -> bool:
    if ev.historical != historical or not _same_date(ev.date, date):
        return False
    same_type = ev.event_type == f.event_type and (
        ev.sub_event_type == f.sub_event_type or f.event_type in VIOLENT)
    joins = ev.event_type == "Battles" and f.event_type in VIOLENT and (
        f.casualty_only or f.sub_event_type in _JOINS_CLASH)
    if not (same_type or joins):
        return False
    if f.event_type == "Strategic developments":
        # one agreement (or troop movement) per day, wherever it was negotiated
        return True
    if not _same_place(ev.place, place):
        return False
    pair_ok = _compatible_actor(ev.actor1, a1) and _compatible_actor(ev.actor2, a2)
    swapped = _compatible_actor(ev.actor1, a2) and _compatible_actor(ev.actor2, a1)
    return pair_ok or swapped


def _fatalities(ev: Event, unnumbered: bool) -> int:
    if "killed" in ev.quantities:
        return ev.quantities["killed"]
    return 3 if unnumbered else 0


def detect_events(doc: Document) -> None:
    """Add the ``triggers`` layer and fill ``doc.events``."""
    frames = detect_frames(doc)
    _retype_generic(frames)
    doc.add("triggers", [t for f in frames if f.primary for t in f.triggers])
    events: list[Event] = []
    unnumbered: dict[int, bool] = {}
    # frames that report an event alone first, then those with a specific type, so that further
    # mentions and casualty-only frames find the event they belong to
    order = sorted(range(len(frames)), key=lambda k: (not frames[k].primary, frames[k].casualty_only, k))
    jobs: list[tuple[Frame, PlaceRef | None, list[str]]] = []
    for k in order:
        f = frames[k]
        acts = [t for t in f.triggers if t.value.key not in _casualty_keys()]
        several = target_places(doc, f.sentence, acts) if f.event_type in VIOLENT + DEMO else []
        if several:  # one sentence, several places: one event per place (ACLED)
            jobs.extend((copy(f), place, mentions) for place, mentions in several)
        else:
            jobs.append((f, *event_place(doc, [f.sentence], f.triggers[0] if f.triggers else None)))
    for f, place, loc_mentions in jobs:
        date, hist_t = event_date(doc, [f.sentence])
        historical = f.historical or hist_t
        a1, a2 = _ref(f.actor1, date, place), _ref(f.actor2, date, place)
        target = next((ev for ev in events if _can_merge(ev, f, date, place, historical, a1, a2)), None)
        if target is None and not f.primary:
            continue
        if target is None:
            target = Event(f.event_type, f.sub_event_type, date=date, place=place, historical=historical,
                           plover_type=f.plover_type, plover_mode=f.plover_mode)
            events.append(target)
        elif target.event_type != f.event_type and not f.casualty_only and f.event_type == "Battles":
            target.event_type, target.sub_event_type = f.event_type, f.sub_event_type
        _absorb(target, f, a1, a2, date, place, loc_mentions, doc.text)
        unnumbered[id(target)] = unnumbered.get(id(target), False) or f.unnumbered_deaths
    for ev in events:
        ev.evidence.sort(key=lambda s: s.start)
        ev.triggers.sort(key=lambda s: s.start)
        if ev.event_type in VIOLENT:
            ev.fatalities = _fatalities(ev, unnumbered.get(id(ev), False))
        if ev.event_type == "Violence against civilians" or (
                ev.actor2 is not None and ev.actor2.inter == 7 and ev.event_type in VIOLENT):
            ev.civilian_targeting = True
        ev.confidence = min(0.95, 0.4 + 0.1 * len(ev.evidence) + (0.1 if ev.actor1 else 0.0)
                            + (0.1 if ev.place else 0.0))
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    doc.events.extend(events)


@lru_cache(maxsize=1)
def _casualty_keys() -> frozenset[str]:
    """Keys of the death/injury triggers ("استشهاد"): a result of an act, not an act of its own."""
    out = set()
    for _, cells in _rows(TRIGGERS_FILE):
        try:
            entry = _parse_trigger(cells)
        except (ValueError, IndexError):
            continue
        if "casualty" in entry.flags:
            out.add(entry.trigger.key)
    return frozenset(out)


def _retype_generic(frames: list[Frame]) -> None:
    """A frame typed from a general word ("الاستهداف", "العدوان") takes the weapon type the article names
    elsewhere (the strike it refers back to), when the article names one kind of weapon only."""
    explicit = {(f.event_type, f.sub_event_type, f.plover_mode) for f in frames
                if f.event_type == "Explosions/Remote violence" and not f.generic_type}
    if len(explicit) != 1:
        return
    etype, sub, mode = next(iter(explicit))
    for f in frames:
        if f.generic_type and not f.casualty_only:
            f.event_type, f.sub_event_type, f.plover_mode = etype, sub, mode
            f.generic_type = False


def _absorb(ev: Event, f: Frame, a1: ActorRef | None, a2: ActorRef | None, date: TimeValue | None,
            place: PlaceRef | None, loc_mentions: list[str], doc_text: str) -> None:
    """Add one frame's evidence and fields to an event."""
    text = f.sentence
    if not any(s.start == text.start for s in ev.evidence):
        ev.evidence.append(Span(text.start, text.end, "evidence"))
    ev.triggers.extend(f.triggers)
    narrower = _narrower(ev.place, place)
    if (ev.place is None or narrower) and place is not None:
        ev.place = place
    if ev.date is None and date is not None:
        ev.date = date
    for m in loc_mentions:
        if m not in ev.location_mentions:
            if narrower:  # the precise place's name first
                ev.location_mentions.insert(0, m)
            else:
                ev.location_mentions.append(m)
    # actors: keep the orientation of the event
    if a1 is not None and ev.actor2 is not None and a1.key == ev.actor2.key and (
            ev.actor1 is None or (a2 is not None and a2.key == ev.actor1.key)):
        a1, a2 = a2, a1
        f.actor1, f.actor2 = f.actor2, f.actor1
        f.assoc1, f.assoc2 = f.assoc2, f.assoc1
    if ev.actor1 is None and a1 is not None:
        ev.actor1 = a1
    if ev.actor2 is None and a2 is not None and (ev.actor1 is None or a2.key != ev.actor1.key):
        ev.actor2 = a2
    for mention, ref, mentions in ((f.actor1, a1, ev.actor1_mentions), (f.actor2, a2, ev.actor2_mentions)):
        if mention is None or ref is None:
            continue
        side = ev.actor1 if mentions is ev.actor1_mentions else ev.actor2
        if side is not None and (side.key == ref.key or side.name == ref.name):
            _add_mention(mentions, mention, doc_text)
    for assoc, side_ref, mentions, out in ((f.assoc1, ev.actor1, ev.actor1_mentions, ev.assoc_actor_1),
                                           (f.assoc2, ev.actor2, ev.actor2_mentions, ev.assoc_actor_2)):
        for m in assoc:
            ref = m.entry.ref(ev.date.date if ev.date else None, ev.place.country if ev.place else "Syria")
            _add_mention(mentions, m, doc_text)
            if side_ref is not None and ref.name != side_ref.name and all(r.name != ref.name for r in out):
                out.append(ref)
    for k, v in f.quantities.items():
        ev.quantities[k] = max(ev.quantities.get(k, 0), v)
    for a in f.attribution:
        _add_source(ev.attribution, a)
    if f.claimed_by and not ev.claimed_by:
        ev.claimed_by = f.claimed_by
    if f.civilian_targeting:
        ev.civilian_targeting = True
    if not ev.plover_type:
        ev.plover_type, ev.plover_mode = f.plover_type, f.plover_mode


def _add_mention(mentions: list[str], m: ActorMention, text: str) -> None:
    s = text[m.span.start:m.span.end]
    if s not in mentions:
        mentions.append(s)


def _source_key(name: str) -> tuple[str, ...]:
    return tuple(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in name.split())


def _add_source(sources: list[str], name: str) -> None:
    """Add a cited source unless it repeats one already there ("القيادي" after "قيادي سابق")."""
    key = _source_key(name)
    for i, old in enumerate(sources):
        ok = _source_key(old)
        if ok[: len(key)] == key:
            return
        if key[: len(ok)] == ok:
            sources[i] = name
            return
    sources.append(name)
