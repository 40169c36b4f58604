"""Actor filling: unnamed groups named by the event's sentences, the second side of a clash, bases
as targets, group words used as adjectives of an act."""

from __future__ import annotations

import datetime as dt

from helpers import actor_doc

from rasd.actors import lexicon
from rasd.actors.lexicon import actors
from rasd.arabic.normalize import norm_key
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events.stage import _clash_opponents, _name_vague_sides
from rasd.pipeline import extract_text

_DAY = TimeValue(dt.date(2023, 6, 10), 1, "day")
_NO_TEXT = Document("t", "")  # hand-made events cite no sentence


def _place(pid: str = "P1", admin1: str = "Idlib") -> PlaceRef:
    return PlaceRef(pid, "Town", "بلدة", "community", 35.0, 36.0, admin1=admin1)


def _ref(key: str) -> ActorRef:
    return actors()[key].ref(dt.date(2023, 6, 10))


def _doc(text: str, names: list[tuple[str, str]]) -> Document:
    return actor_doc(text, names, dt.date(2023, 6, 10))


def _names(text: str) -> list[str]:
    doc = extract_text(text, published=dt.date(2023, 6, 10))
    return [doc.span_text(s) for s in doc.layer("actors")]


# ------------------------------------------------------------ unnamed side named by the sentences


def test_unnamed_attackers_take_the_group_the_same_sentence_names() -> None:
    text = "صدت القوات الحكومية هجوماً شنه مقاتلون تابعون لجماعة حراس الدين على قرية في الريف."
    doc = _doc(text, [("القوات الحكومية", "syr_gov"), ("مقاتلون", "unidentified"), ("حراس الدين", "hurras")])
    ev = Event("Battles", "Armed clash", date=_DAY, place=_place(), actor1=_ref("syr_gov"),
               actor2=_ref("unidentified"), actor1_mentions=["القوات الحكومية"], actor2_mentions=["مقاتلون"],
               evidence=[Span(0, len(text), "sentence")])
    _name_vague_sides(doc, [ev])
    assert ev.actor2 is not None and ev.actor2.key == "hurras"
    assert "حراس الدين" in ev.actor2_mentions and "مقاتلون" in ev.actor2_mentions
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"


def test_unnamed_side_is_kept_when_named_groups_are_of_two_sides() -> None:
    text = "اشتبك مقاتلون مع الجيش قرب مواقع لهيئة تحرير الشام وأخرى لقوات سوريا الديمقراطية."
    doc = _doc(text, [("مقاتلون", "unidentified"), ("الجيش", "syr_gov"), ("هيئة تحرير الشام", "hts"),
                      ("قوات سوريا الديمقراطية", "sdf")])
    ev = Event("Battles", "Armed clash", date=_DAY, place=_place(), actor1=_ref("unidentified"),
               actor2=_ref("syr_gov"), evidence=[Span(0, len(text), "sentence")])
    _name_vague_sides(doc, [ev])
    assert ev.actor1 is not None and ev.actor1.key == "unidentified"


def test_a_group_allied_to_the_other_side_never_names_the_unnamed_one() -> None:
    # the Turkish army is the other side; the National Army is its ally, so it cannot be its foe
    text = "قصف الجيش التركي مسلحين قرب مواقع فصائل الجيش الوطني في الريف الشمالي."
    doc = _doc(text, [("الجيش التركي", "tur"), ("مسلحين", "unidentified"), ("الجيش الوطني", "sna")])
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", date=_DAY, place=_place(),
               actor1=_ref("tur"), actor2=_ref("unidentified"), evidence=[Span(0, len(text), "sentence")])
    _name_vague_sides(doc, [ev])
    assert ev.actor2 is not None and ev.actor2.key == "unidentified"


# ------------------------------------------------------------ the second side of a clash


def _clash(a1: str | None, a2: str | None, start: int, place: PlaceRef | None = None,
           date: TimeValue = _DAY) -> Event:
    return Event("Battles", "Armed clash", date=date, place=place or _place(),
                 actor1=_ref(a1) if a1 else None, actor2=_ref(a2) if a2 else None,
                 actor1_mentions=[a1] if a1 else [], actor2_mentions=[a2] if a2 else [],
                 evidence=[Span(start, start + 10, "sentence")])


def test_clash_with_one_side_takes_the_opponent_of_that_side_the_same_day() -> None:
    first = _clash("syr_gov", "hts", 0)
    second = _clash("ahrar", None, 50, place=_place("P2"))  # same governorate, an ally of HTS
    _clash_opponents([first, second], _NO_TEXT)
    assert second.actor2 is not None and second.actor2.key == "syr_gov"
    assert "syr_gov" in second.actor2_mentions


def test_clash_opponent_is_not_taken_from_another_day_or_area() -> None:
    first = _clash("syr_gov", "hts", 0)
    other_day = _clash("hts", None, 50, date=TimeValue(dt.date(2023, 6, 20), 1, "day"))
    far = _clash("hts", None, 90, place=_place("P9", admin1="Daraa"))
    _clash_opponents([first, other_day, far], _NO_TEXT)
    assert other_day.actor2 is None and far.actor2 is None


def test_clash_opponent_needs_the_known_side_in_the_other_clash() -> None:
    first = _clash("syr_gov", "hts", 0)
    unrelated = _clash("sdf", None, 50)
    _clash_opponents([first, unrelated], _NO_TEXT)
    assert unrelated.actor2 is None


# ------------------------------------------------------------ lexicon


def test_named_bases_are_targets_wherever_they_stand() -> None:
    roles = lexicon.generated_roles()
    assert roles.get(norm_key("قاعدة التنف")) == "target"
    assert roles.get(norm_key("قاعدة الشدادي")) == "target"
    assert actors()[dict((norm_key(s), k) for s, k in lexicon.aliases())[norm_key("قاعدة التنف")]].inter == 8


def test_group_word_after_a_dual_act_noun_is_an_adjective() -> None:
    assert "الإرهابيين" not in _names("دان المجلس التفجيرين الإرهابيين اللذين وقعا أمس في المدينة.")
    # after a noun of people it still names the group
    assert "الإرهابيين" in _names("لاحقت الوحدات الإرهابيين الفارين إلى الجبال.")


def test_truffle_gatherers_are_civilians() -> None:
    doc = extract_text("قتل مسلحون عدداً من جامعي الكمأة في البادية.", published=dt.date(2023, 3, 1))
    found = {(doc.span_text(s), s.value.inter) for s in doc.layer("actors")}
    assert ("جامعي الكمأة", 7) in found
