"""How merged events get their actors (events/stage.py): orientation of joining frames, one side per
slot, and attackers taken from a claim of responsibility or from the article's other events."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Event, PlaceRef, Span, TimeValue
from rasd.events.frames import ActorMention, Frame
from rasd.events.stage import (
    _absorb,
    _fill_attackers,
    article_claimant,
    responsibility_words,
    validate_responsibility,
)
from rasd.pipeline import extract_text

TEXT = "نص تجريبي قصير لا يذكر أي هجوم ولا أي جهة."  # offsets of the mentions below fall inside it


def _mention(key: str, start: int = 0) -> ActorMention:
    entry = actors()[key]
    return ActorMention(Span(start, start + 3, "actor"), entry)


def _ref(key: str) -> ActorRef:
    return actors()[key].ref(dt.date(2023, 5, 7))


def _frame(a1: str | None, a2: str | None, etype: str = "Explosions/Remote violence",
           sub: str = "Shelling/artillery/missile attack") -> Frame:
    return Frame(Span(0, len(TEXT), "sentence"), etype, sub, "", "", 1.0,
                 actor1=_mention(a1, 0) if a1 else None, actor2=_mention(a2, 4) if a2 else None)


def _join(ev: Event, f: Frame) -> None:
    a1 = _ref(f.actor1.entry.key) if f.actor1 else None
    a2 = _ref(f.actor2.entry.key) if f.actor2 else None
    _absorb(ev, f, a1, a2, ev.date, ev.place, [], TEXT)


def _event(a1: str | None, a2: str | None, sub: str = "Shelling/artillery/missile attack") -> Event:
    ev = Event("Explosions/Remote violence", sub, date=TimeValue(dt.date(2023, 5, 7), 1, "day"))
    ev.actor1 = _ref(a1) if a1 else None
    ev.actor2 = _ref(a2) if a2 else None
    return ev


def test_pair_joining_in_swapped_order_is_flipped() -> None:
    # the event knows its attacker Y only; a frame (X, Y) names Y as its target: X is Y's opponent
    ev = _event("usa", None)
    _join(ev, _frame("iraq_resistance", "usa"))
    assert ev.actor1 is not None and ev.actor1.key == "usa"
    assert ev.actor2 is not None and ev.actor2.key == "iraq_resistance"


def test_event_with_target_only_takes_the_frame_reading() -> None:
    # (—, X) joined by (X, Y): X is the attacker the frame names, Y its target
    ev = _event(None, "hts")
    _join(ev, _frame("hts", "syr_gov"))
    assert ev.actor1 is not None and ev.actor1.key == "hts"
    assert ev.actor2 is not None and ev.actor2.key == "syr_gov"


def test_frame_naming_none_of_the_event_actors_keeps_its_order() -> None:
    # (Y, —) joined by (X, —): nothing ties X to the target slot
    ev = _event("syr_gov", None)
    _join(ev, _frame("rebels", None))
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"
    assert ev.actor2 is None


def test_actor2_is_never_on_the_side_of_actor1() -> None:
    # the air force is a unit of the same army (another lexicon key, one side)
    ev = _event("syr_gov", None)
    _join(ev, _frame(None, "syr_air"))
    assert ev.actor2 is None
    _join(ev, _frame(None, "rebels"))
    assert ev.actor2 is not None and ev.actor2.key == "rebels"


def _place(pid: str, admin1: str) -> PlaceRef:
    return PlaceRef(pid, pid, pid, "city", 35.0, 36.0, admin1=admin1)


def test_attacker_from_earlier_event_of_same_day_type_and_governorate() -> None:
    doc = extract_text(TEXT, published=dt.date(2023, 5, 7))
    first, second = _event("syr_air", "rebels", "Air/drone strike"), _event(None, "hts", "Air/drone strike")
    first.place, second.place = _place("p1", "Idlib"), _place("p2", "Idlib")
    first.evidence, second.evidence = [Span(0, 5, "evidence")], [Span(10, 15, "evidence")]
    first.actor1_mentions = ["طائرات سورية"]
    _fill_attackers(doc, [first, second])
    assert second.actor1 is not None and second.actor1.key == "syr_air"
    assert second.actor1_mentions == ["طائرات سورية"]


@pytest.mark.parametrize("change", ["date", "governorate", "later", "same_side"])
def test_no_attacker_is_borrowed_across_days_places_or_sides(change: str) -> None:
    doc = extract_text(TEXT, published=dt.date(2023, 5, 7))
    first, second = _event("syr_air", "rebels", "Air/drone strike"), _event(None, "hts", "Air/drone strike")
    first.place, second.place = _place("p1", "Idlib"), _place("p2", "Idlib")
    first.evidence, second.evidence = [Span(0, 5, "evidence")], [Span(10, 15, "evidence")]
    if change == "date":
        second.date = TimeValue(dt.date(2023, 5, 6), 1, "day")
    elif change == "governorate":
        second.place = _place("p2", "Hama")
    elif change == "later":  # only an event reported before lends its attacker
        first.evidence, second.evidence = second.evidence, first.evidence
    else:
        second.actor2 = _ref("syr_gov")
    _fill_attackers(doc, [first, second])
    assert second.actor1 is None


_BOMB = "انفجرت عبوة ناسفة زرعت على جانب طريق في مدينة حمص مساء الخميس، ما أدى إلى مقتل ثلاثة أشخاص. "


def test_claim_of_responsibility_gives_the_attacker() -> None:
    doc = extract_text(_BOMB + "وأعلن تنظيم داعش، اليوم الأحد، مسؤوليته عن التفجير الذي ضرب مدينة حمص.",
                       published=dt.date(2023, 5, 7))
    bombs = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and all(e.actor1 is not None and e.actor1.key == "is" for e in bombs)
    assert any("داعش" in m for m in bombs[0].actor1_mentions)


def test_claim_about_another_place_does_not_name_the_attacker() -> None:
    doc = extract_text(_BOMB + "وأعلن تنظيم داعش، اليوم الأحد، مسؤوليته عن التفجير الذي ضرب مدينة الرقة.",
                       published=dt.date(2023, 5, 7))
    bombs = [e for e in doc.events if e.place is not None and "حمص" in e.place.name_ar]
    # the bomb stays with an unknown perpetrator (ACLED's unidentified armed group), never the claimant
    assert bombs and all(e.actor1 is not None and e.actor1.key == "unidentified" for e in bombs)


@pytest.mark.parametrize("sentence", [
    "ونفى تنظيم داعش مسؤوليته عن التفجير.",  # a denial
    "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.",  # nobody claims
    "وقال المحافظ إن الحكومة تبنت خطة جديدة لإعادة الإعمار.",  # adopting a plan, no attack
])
def test_no_claimant_without_a_claim_of_an_attack(sentence: str) -> None:
    doc = extract_text(_BOMB + sentence, published=dt.date(2023, 5, 7))
    assert article_claimant(doc) is None


def test_responsibility_words_load_and_validate() -> None:
    assert validate_responsibility() == []
    words = responsibility_words()
    assert "مسؤوليته" in words and "تبني" not in words  # the bare form is also the noun "adoption"


def test_a_span_of_known_days_becomes_one_event_per_day() -> None:
    import datetime as dt

    from rasd.document import Event, TimeValue
    from rasd.events.stage import split_days

    ev = Event("Explosions/Remote violence", "Air/drone strike", fatalities=5, quantities={"injured": 4},
               date=TimeValue(dt.date(2023, 3, 9), 1, "range", "weekday", dt.date(2023, 3, 10)))
    days = split_days(ev)
    assert [d.date.iso() for d in days] == ["2023-03-09", "2023-03-10"]
    assert all(d.date.precision == 1 and d.date.granularity == "day" for d in days)
    assert [d.fatalities for d in days] == [3, 2]  # never more than the reported total
    assert days[0].quantities == {"injured": 4} and days[1].quantities == {}
    # a long or non-violent span stays one event
    long = Event("Battles", "Armed clash", date=TimeValue(dt.date(2023, 3, 1), 2, "range", "absolute",
                                                          dt.date(2023, 3, 20)))
    assert split_days(long) == [long]
    deal = Event("Strategic developments", "Agreement", date=ev.date)
    assert split_days(deal) == [deal]


# ---------------------------------------------------------------- vague actors give way to specific ones

_REPORT = "قصفت قوات النظام السوري مواقع لهيئة تحرير الشام قرب بلدة كفرنبل، وقال مصدر إن الجيش تقدم."


def _report_mention(key: str, surface: str) -> ActorMention:
    start = _REPORT.index(surface)
    return ActorMention(Span(start, start + len(surface), "actor"), actors()[key])


def _summary_join(ev: Event, a1: tuple[str, str] | None, a2: tuple[str, str] | None,
                  etype: str = "Explosions/Remote violence") -> None:
    """Join a frame of the precise report (at a town) to an event first read at a governorate."""
    m1 = _report_mention(*a1) if a1 else None
    m2 = _report_mention(*a2) if a2 else None
    f = Frame(Span(0, len(_REPORT), "sentence"), etype, "Shelling/artillery/missile attack", "", "", 1.0,
              actor1=m1, actor2=m2)
    town = PlaceRef("SY070300", "Kafr Nobol", "كفرنبل", "city", 35.61, 36.56, admin1="Idleb")
    _absorb(ev, f, _ref(m1.entry.key) if m1 else None, _ref(m2.entry.key) if m2 else None,
            ev.date, town, [], _REPORT)


def _summary_event(a1: str | None, a2: str | None, etype: str = "Explosions/Remote violence") -> Event:
    ev = _event(a1, a2)
    ev.event_type = etype
    ev.place = PlaceRef("SY07", "Idleb", "إدلب", "governorate", 35.9, 36.6, admin1="Idleb")
    ev.actor1_mentions = ["الجيش"] if a1 == "state_generic" else []
    return ev


def test_vague_state_force_gives_way_to_the_named_force() -> None:
    ev = _summary_event("state_generic", None)
    _summary_join(ev, ("syr_gov", "قوات النظام السوري"), None)
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"
    assert ev.actor1_mentions[0] == "قوات النظام السوري" and "الجيش" in ev.actor1_mentions


def test_vague_pair_joined_in_swapped_order_takes_both_named_actors() -> None:
    # ("الجيش", "مسلحون") joined by (HTS, Syrian forces): HTS attacked the army, so the slots swap
    ev = _summary_event("state_generic", "unidentified")
    _summary_join(ev, ("hts", "هيئة تحرير الشام"), ("syr_gov", "قوات النظام السوري"))
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"
    assert ev.actor2 is not None and ev.actor2.key == "hts"
    assert ev.actor2_mentions[0] == "هيئة تحرير الشام"


def test_named_actor_never_gives_way_to_a_vague_one() -> None:
    ev = _summary_event("syr_gov", "hts")
    _summary_join(ev, ("state_generic", "الجيش"), ("unidentified", "مواقع"))
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"
    assert ev.actor2 is not None and ev.actor2.key == "hts"


def test_vague_army_is_not_a_foreign_state_force() -> None:
    # "الجيش" of a Syrian event is Syria's army; Russian forces are another side
    ev = _summary_event("state_generic", None)
    _summary_join(ev, ("rus", "قوات النظام السوري"), None)
    assert ev.actor1 is not None and ev.actor1.key == "state_generic"


def test_strategic_development_never_swaps_on_a_vague_actor() -> None:
    # agreements and deployments merge whatever their actors: no loose reading of the pair
    ev = _summary_event("syr_gov", None, etype="Strategic developments")
    _summary_join(ev, ("hts", "هيئة تحرير الشام"), ("state_generic", "الجيش"), etype="Strategic developments")
    assert ev.actor1 is not None and ev.actor1.key == "syr_gov"
    assert ev.actor2 is None


def test_headline_with_vague_actors_takes_the_report_actors() -> None:
    text = ("مقتل خمسة جنود بهجوم لمسلحين في البادية السورية مساء الثلاثاء\n\n"
            "قُتل خمسة عناصر من قوات النظام السوري، مساء الثلاثاء، في هجوم شنه عناصر تنظيم داعش "
            "على نقطة عسكرية قرب مدينة تدمر في ريف حمص الشرقي.")
    doc = extract_text(text, published=dt.date(2023, 8, 9))
    clashes = [e for e in doc.events if e.event_type == "Battles"]
    assert len(clashes) == 1
    keys = {clashes[0].actor1.key if clashes[0].actor1 else None,
            clashes[0].actor2.key if clashes[0].actor2 else None}
    assert keys == {"is", "syr_gov"}


# ---------------------------------------------------------------- the other side from a neighbouring sentence

_DRONE = ("استهدفت طائرة مسيرة مقراً لـ\"قسد\" في بلدة عامودا بريف الحسكة اليوم الأحد، "
          "ما أدى إلى مقتل ثلاثة عناصر.\n\n")


def _strike(text: str) -> Event:
    doc = extract_text(text, published=dt.date(2024, 3, 5))
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    return strikes[0]


def test_agreement_takes_the_mediator_named_in_the_sentence_before() -> None:
    doc = extract_text(
        "وصل وفد من القوات الروسية إلى مدينة الحسكة يوم الثلاثاء للتوسط بين الجيش السوري و\"قسد\" "
        "بعد أيام من التوتر.\n\nوالتقى الوفد قادة قوات سوريا الديمقراطية في المدينة وتم الاتفاق "
        "على فتح الطرق وإنهاء الحصار.", published=dt.date(2024, 3, 5))
    (ev,) = [e for e in doc.events if e.sub_event_type == "Agreement"]
    assert ev.actor1 is not None and ev.actor1.key == "sdf"
    assert ev.actor2 is not None and ev.actor2.key == "rus"
    assert ev.actor2_mentions == ["القوات الروسية"]


def test_strike_takes_the_attacker_the_next_sentence_names_beside_the_target() -> None:
    ev = _strike(_DRONE + "وتتهم \"قسد\" الجيش التركي بالوقوف وراء الطائرة.")
    assert ev.actor1 is not None and ev.actor1.key == "tur"
    assert ev.actor1_mentions == ["الجيش التركي"]


def test_no_attacker_from_a_denial_another_place_or_civilians() -> None:
    denial = _strike(_DRONE + "ونفى الجيش التركي أي علاقة له بالطائرة التي ضربت مقر \"قسد\".")
    elsewhere = _strike(_DRONE + "ويشكو \"قسد\" و الجيش التركي من توتر في مدينة دمشق.")
    civilians = _strike(_DRONE + "ويقول أهالي البلدة إن المدنيين و\"قسد\" يخشون تكرار الضربات.")
    for ev in (denial, elsewhere, civilians):
        assert ev.actor1 is None and ev.actor1_mentions == []
        assert ev.actor2 is not None and ev.actor2.key == "sdf"


# ---------------------------------------------------------------- round 7: direction of attacks, corroborated mentions

def _site(pid: str, level: str = "community") -> PlaceRef:
    return PlaceRef(pid, pid, pid, level, 35.0, 38.0, "Syria", 760, "Deir ez-Zor", "", "", "", 1)


_DAY = TimeValue(dt.date(2023, 5, 7), 1, "day")


def test_a_reply_strike_is_not_merged_into_the_strike_it_answers() -> None:
    from rasd.events.stage import _can_merge
    ev = Event("Explosions/Remote violence", "Air/drone strike", date=_DAY, place=_site("p1"))
    ev.actor1 = _ref("usa")
    f = _frame("iraq_resistance", "usa")
    assert not _can_merge(ev, f, _DAY, _site("p1"), False, _ref("iraq_resistance"), _ref("usa"))
    # the same attacker again joins, and a clash has no direction
    g = _frame("usa", None)
    assert _can_merge(ev, g, _DAY, _site("p1"), False, _ref("usa"), None)
    clash = Event("Battles", "Armed clash", date=_DAY, place=_site("p1"))
    clash.actor1, clash.actor2 = _ref("usa"), _ref("iraq_resistance")
    h = _frame("iraq_resistance", "usa", "Battles", "Armed clash")
    assert _can_merge(clash, h, _DAY, _site("p1"), False, _ref("iraq_resistance"), _ref("usa"))


_Item = tuple[Frame, PlaceRef | None, list[str], TimeValue | None, bool]


def _left(start: int, place: PlaceRef | None, date: TimeValue | None = _DAY, hist: bool = False) -> _Item:
    f = Frame(Span(start, start + 10, "sentence"), "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "", "", 0.2, primary=False)
    return (f, place, [], date, hist)


def test_two_weak_mentions_of_one_act_at_one_place_and_day_report_it() -> None:
    from rasd.events.stage import _corroborated
    groups = _corroborated([_left(0, _site("p1")), _left(50, _site("p2")), _left(90, _site("p1"))])
    assert [[it[0].sentence.start for it in g] for g in groups] == [[0, 90]]
    # one sentence alone, two mentions of one sentence, history, a broad place or no known day: none
    assert _corroborated([_left(0, _site("p1"))]) == []
    assert _corroborated([_left(0, _site("p1")), _left(0, _site("p1"))]) == []
    assert _corroborated([_left(0, _site("p1"), hist=True), _left(40, _site("p1"), hist=True)]) == []
    gov = _site("g1", "governorate")
    assert _corroborated([_left(0, gov), _left(40, gov)]) == []
    month = TimeValue(dt.date(2023, 5, 1), 2, "month")
    assert _corroborated([_left(0, _site("p1"), month), _left(40, _site("p1"), month)]) == []
    # another day at the same place is another event
    other = TimeValue(dt.date(2023, 5, 6), 1, "day")
    assert _corroborated([_left(0, _site("p1")), _left(40, _site("p1"), other)]) == []


def test_a_bomb_with_no_named_attacker_is_coded_to_an_unidentified_armed_group() -> None:
    import datetime as dt

    from rasd.pipeline import extract_text

    doc = extract_text("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية تابعة لقوات النظام على طريق بلدة جاسم "
                       "في ريف درعا الشمالي، ما أدى إلى مقتل ثلاثة عناصر.", published=dt.date(2024, 3, 2))
    bombs = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and bombs[0].actor1 is not None
    assert bombs[0].actor1.name == "Unidentified Armed Group (Syria)" and bombs[0].actor1.inter == 3
    assert not bombs[0].actor1_mentions  # the act word is no name of the attacker


def test_an_air_strike_with_no_named_attacker_gets_no_made_up_attacker() -> None:
    import datetime as dt

    from rasd.pipeline import extract_text

    doc = extract_text("استهدفت غارة جوية مساء أمس موقعاً لهيئة تحرير الشام في بلدة سرمين بريف إدلب، "
                       "ما أدى إلى مقتل عنصرين.", published=dt.date(2024, 3, 2))
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 is None


def test_every_name_of_an_events_actor_in_its_sentences_is_kept_as_evidence() -> None:
    doc = extract_text("قصفت قوات النظام صباح اليوم بلدة كفرنبل في ريف إدلب الجنوبي بقذائف المدفعية، "
                       "في ثالث قصف يشنه الجيش السوري على البلدة منذ مطلع الأسبوع.",
                       published=dt.date(2024, 3, 2))
    shelling = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].actor1 is not None
    joined = " ".join(shelling[0].actor1_mentions)
    assert "قوات النظام" in joined and "الجيش السوري" in joined
