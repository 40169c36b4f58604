"""Event merging, session 4 (events/stage.py, time/assign.py, geo/assign.py): one event per date, place,
actor pair and type.  A sentence that names only the target of an attack tells the same attack; the
civilians one sentence names and the armed target another names are one target; an undated sentence of
a report on "Friday and Saturday" joins it; the places one sentence is split into never join one event
twice; a strike on civilians does not join a clash; the time that goes with the act wins over the time
of a funeral or a statement; an event begun by a general word takes the weapon a later sentence names;
an armed group's bare "attack" does not take another side's weapon; each place of a sentence that
reports several acts takes the act of its own clause.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Event, PlaceRef, Span, TimeValue
from rasd.events.frames import ActorMention, Frame
from rasd.events.stage import _can_merge, _news_day, _retype_generic
from rasd.pipeline import extract_text
from rasd.time.assign import INHERITED, event_date

PUB = dt.date(2024, 3, 10)  # a Sunday
TODAY = TimeValue(PUB, 1, "day", "relative")
SENT = Span(0, 10, "sentence")


def _place(id_: str) -> PlaceRef:
    return PlaceRef(id=id_, name_en=id_, name_ar="", level="community", lat=36.0, lon=40.0, admin1="Hasakeh")


def _actor(key: str) -> ActorRef:
    return actors()[key].ref(PUB, "Syria")


def _mention(key: str | None) -> ActorMention | None:
    return ActorMention(Span(0, 1, "actor"), actors()[key]) if key else None


def _frame(etype: str, sub: str, a1: str | None = None, a2: str | None = None, generic: bool = False) -> Frame:
    f = Frame(SENT, etype, sub, "ASSAULT", "", 1.0)
    f.actor1, f.actor2, f.generic_type = _mention(a1), _mention(a2), generic
    return f


def _event(etype: str, sub: str, a1: str | None, a2: str | None, place: PlaceRef) -> Event:
    return Event(etype, sub, date=TODAY, place=place,
                 actor1=_actor(a1) if a1 else None, actor2=_actor(a2) if a2 else None)


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")


def _merges(ev: Event, f: Frame, a1: str | None, a2: str | None, place: PlaceRef, reply: bool = False) -> bool:
    return _can_merge(ev, f, TODAY, place, False, _actor(a1) if a1 else None, _actor(a2) if a2 else None,
                      reply=reply)


def test_a_sentence_naming_only_the_target_tells_the_same_attack() -> None:
    """"تعرّض موقع للجيش لعدوان جوي": the army read as the only side is the strike's target, not a reply."""
    p = _place("P1")
    ev = _event(*AIR, "isr", "syr_gov", p)
    assert _merges(ev, _frame(*AIR, "syr_gov"), "syr_gov", None, p)
    # a reply says so, and a sentence that names both sides the other way round is the reply
    assert not _merges(ev, _frame(*AIR, "syr_gov"), "syr_gov", None, p, reply=True)
    assert not _merges(ev, _frame(*AIR, "syr_gov", "isr"), "syr_gov", "isr", p)


def test_civilians_and_an_armed_target_of_one_attacker_at_one_place_are_one_target() -> None:
    p = _place("P1")
    ev = _event(*AIR, "tur", "coalition", p)
    assert _merges(ev, _frame(*AIR, "tur", "civilians"), "tur", "civilians", p)
    # another attacker, or another place, stays apart
    assert not _merges(ev, _frame(*AIR, "isr", "civilians"), "isr", "civilians", p)
    assert not _merges(ev, _frame(*AIR, "tur", "civilians"), "tur", "civilians", _place("P2"))


def test_a_strike_on_civilians_does_not_join_a_clash() -> None:
    p = _place("P1")
    clash = _event(*CLASH, None, None, p)
    assert not _merges(clash, _frame(*SHELL, "isr", "civilians"), "isr", "civilians", p)
    assert _merges(clash, _frame(*SHELL, "isr", "syr_gov"), "isr", "syr_gov", p)


def test_a_night_or_two_days_of_the_news_are_news_days() -> None:
    doc = extract_text("نص قصير.", published=PUB)
    two = TimeValue(PUB - dt.timedelta(days=2), 1, "range", "weekday", end=PUB - dt.timedelta(days=1))
    old = TimeValue(PUB - dt.timedelta(days=9), 1, "range", "weekday", end=PUB - dt.timedelta(days=8))
    assert _news_day(doc, two)
    assert not _news_day(doc, old)


def test_undated_details_of_a_two_day_report_join_it_without_a_duplicate() -> None:
    """The first strike of "Friday and Saturday" detailed in an undated sentence is that report's event;
    the second place of the same sentence stays an event of its own (never a second record of the first)."""
    text = ("استهدفت طائرات مسيرة تركية يومي الجمعة والسبت مناطق سيطرة قسد في ريف الحسكة.\n\n"
            "وطال الاستهداف الأول سيارة عسكرية في بلدة تل تمر، فيما استهدفت المسيرة الثانية مقرا في مدينة رأس العين.")
    doc = extract_text(text, published=PUB)
    got = sorted((e.place.name_en if e.place else "", e.date.iso() if e.date else "") for e in doc.events)
    # the second strike of "Friday and Saturday", told in an undated paragraph, is Saturday's
    assert got == [("Ras Al Ain", "2024-03-09"), ("Tal Tamer", "2024-03-08"), ("Tal Tamer", "2024-03-09")]


def test_the_time_of_the_act_wins_over_the_time_of_the_funeral() -> None:
    text = "وشيّع أهالي بلدة جاسم، اليوم الأحد، ضحايا القصف الذي استهدف البلدة بالصواريخ أمس السبت."
    doc = extract_text(text, published=PUB)
    k = text.index("القصف")
    sent = doc.layer("sentences")[0]
    with_act, _h = event_date(doc, [sent], [Span(k, k + len("القصف"), "trigger")])
    plain, _h = event_date(doc, [sent])
    assert with_act is not None and with_act.date == PUB - dt.timedelta(days=1)
    assert plain is not None and plain.date == PUB


def test_a_reply_keeps_the_time_of_the_statement() -> None:
    text = "وأعلن الجيش، اليوم الأحد، أنه قصف مواقع المسلحين ردّاً على هجوم شنوه أمس السبت."
    doc = extract_text(text, published=PUB)
    k = text.index("قصف")
    got, _h = event_date(doc, [doc.layer("sentences")[0]], [Span(k, k + 3, "trigger")])
    assert got is not None and got.date == PUB


def test_a_date_taken_from_the_paragraph_is_marked_inherited() -> None:
    text = "سقطت قذائف على بلدة تل رفعت صباح أمس. وأصيب ثلاثة مدنيين بجروح بالغة في البلدة."
    doc = extract_text(text, published=PUB)
    second = doc.layer("sentences")[1]
    got, _h = event_date(doc, [second])
    assert got is not None and got.kind == INHERITED and got.date == PUB - dt.timedelta(days=1)


def test_an_event_begun_by_a_general_word_takes_the_weapon_named_later() -> None:
    text = ("استهدفت القوات التركية مدينة رأس العين صباح اليوم.\n\n"
            "وقالت مصادر محلية إن طائرة مسيرة تركية ضربت مدينة رأس العين اليوم.\n\n"
            "واستهدفت القوات التركية بلدة تل تمر بقذائف المدفعية اليوم.")
    subs = [e.sub_event_type for e in extract_text(text, published=PUB).events]
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_an_armed_groups_bare_attack_keeps_its_type() -> None:
    """The article's one weapon (an Israeli air strike) is not the weapon of HTS's "attack" on the army."""
    frames = [_frame(*AIR, "isr", "syr_gov"), _frame(*CLASH, "hts", "syr_gov", generic=True),
              _frame(*CLASH, None, "syr_gov", generic=True)]
    _retype_generic(frames)
    assert (frames[1].event_type, frames[1].sub_event_type) == CLASH
    assert frames[1].generic_type
    # an "attack" that names no attacker refers back to the strike
    assert (frames[2].event_type, frames[2].sub_event_type) == AIR


def test_each_place_takes_the_act_of_its_clause() -> None:
    text = ("استهدفت قسد بلدة الشحيل في ريف دير الزور عبر طائرة مسيرة محملة بالقنابل، كما سيطرت على نقاط "
            "عسكرية قرب بلدة ذيبان، حيث اندلعت اشتباكات.")
    got = sorted((e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events)
    assert got == sorted([AIR, CLASH])
