"""Session 24 (REV: review of the session's code, identical output).

- one list of truce words serves the unnamed-fire reading and the clash sides of Israel's fronts;
- one helper says a shooting told as an attack on people hit an armed side (the early reading of the folds, and the
  wider one of :func:`detect_events` that adds a state's soldiers hit by an armed group);
- one helper folds an act told twice and keeps the right day (:func:`_fold_twins`, :func:`_fold_vague_twins`);
- one helper says the text calls a place by a head noun (the town "المدينة" points back to);
- one helper says a side is the subject of a verb of saying (a speaker reporting another's act, the police telling
  a shooting).

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import norm_key
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events import frames
from rasd.events import stage as ev_stage
from rasd.geo import assign as geo_assign
from rasd.pipeline import extract_text

_PLACE = PlaceRef(id="city:x", name_en="Town X", name_ar="", level="city", lat=32.2, lon=35.2, country="Palestine",
                  iso=275, geo_precision=1)


def _ref(key: str, inter: int) -> ActorRef:
    return ActorRef(key=key, name=key, inter=inter)


def _attack(actor1: ActorRef | None, actor2: ActorRef | None, day: int = 12, precision: int = 1) -> Event:
    granularity = "day" if precision == 1 else "week"
    return Event("Violence against civilians", "Attack", date=TimeValue(dt.date(2024, 3, day), precision, granularity),
                 place=_PLACE, actor1=actor1, actor2=actor2)


def test_truce_words_are_shared() -> None:
    for text in ("اشتباكات رغم وقف إطلاق النار في البلدة", "دعوات إلى وقف فوري لإطلاق النار"):
        key = norm_key(text)
        assert ev_stage._TRUCE.search(key), text
        assert ev_stage._FIRE_EXCLUDED.search(key), text
    exchange = norm_key("تبادل المقاتلون والجنود إطلاق النار قرب الحاجز")
    assert ev_stage._FIRE_EXCLUDED.search(exchange)
    assert not ev_stage._TRUCE.search(exchange)


def test_attack_on_an_armed_side() -> None:
    group, soldiers, state = _ref("pij", 2), _ref("isr", 8), _ref("isr", 8)
    assert ev_stage._attack_on_armed_side(_attack(state, group))
    assert ev_stage._clash_typed(_attack(state, group)) == ("Battles", "Armed clash")
    # soldiers hit by an armed group or by an unnamed attacker: only in the wider reading of detect_events
    for doer in (group, None):
        ev = _attack(doer, soldiers)
        assert not ev_stage._attack_on_armed_side(ev)
        assert ev_stage._attack_on_armed_side(ev, soldiers=True)
        assert ev_stage._clash_typed(ev) == ("Violence against civilians", "Attack")
    # soldiers of one state hit by another state's forces, and civilians hit: no clash
    assert not ev_stage._attack_on_armed_side(_attack(state, soldiers), soldiers=True)
    assert not ev_stage._attack_on_armed_side(_attack(state, _ref("civilians", 7)), soldiers=True)
    assert not ev_stage._attack_on_armed_side(_attack(state, None), soldiers=True)


def test_fold_twin_keeps_the_precise_day() -> None:
    doc = Document(id="t", text="")
    week, day = _attack(_ref("isr", 8), None, day=14, precision=2), _attack(_ref("isr", 8), None, day=11)
    ev_stage._fold_twin(week, day, {}, doc)
    assert week.date is not None and (week.date.date, week.date.precision) == (dt.date(2024, 3, 11), 1)
    first, later = _attack(_ref("isr", 8), None, day=11), _attack(_ref("isr", 8), None, day=13)
    ev_stage._fold_twin(first, later, {}, doc)
    assert first.date is not None and first.date.date == dt.date(2024, 3, 11)


def test_place_called_by_its_head_noun() -> None:
    text = "دهمت القوات بلدة قباطية ثم مخيم الفارعة وحي الزيتون"
    doc = Document(id="t", text=text)
    head = geo_assign.re.compile(r"(?:^|\s)[وفبل]?بلدة\s+$")

    def span(word: str) -> Span:
        k = text.index(word)
        return Span(k, k + len(word), "place")

    assert geo_assign._called_by(doc, span("قباطية"), head, "بلدة")  # the noun before the name
    camp = geo_assign.re.compile(r"(?:^|\s)[وفبل]?مخيم\s+$")
    assert geo_assign._called_by(doc, span("مخيم الفارعة"), camp, "مخيم")  # the noun opening the name
    assert not geo_assign._called_by(doc, span("الزيتون"), head, "بلدة")


def test_said_by_a_subject_of_a_verb_of_saying() -> None:
    doc = extract_text("وقالت الشرطة إن مسلحاً أطلق النار على المارة في ساحة بمدينة ليون الفرنسية.")
    said = [frames._said_by(ctx, a) for ctx in ev_stage.sentence_contexts(doc) for a, _ in ctx.actors
            if doc.text[a.start:a.end] == "الشرطة"]
    assert said == [True]
    doc = extract_text("واعتقلت الشرطة مسلحاً أطلق النار على المارة في ساحة بمدينة ليون الفرنسية.")
    said = [frames._said_by(ctx, a) for ctx in ev_stage.sentence_contexts(doc) for a, _ in ctx.actors
            if doc.text[a.start:a.end] == "الشرطة"]
    assert said == [False]
