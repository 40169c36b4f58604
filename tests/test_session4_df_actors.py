"""Event actors, session 4: plural names of armed groups and a missile attack's nationality, residential
quarters as the civilians hit, the attacker of a strike told in the same sentence as another, actors
taken from other sentences cited in the evidence, the people who staged a protest."""

from __future__ import annotations

import datetime as dt

from helpers import actor_doc

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.events.stage import _clash_opponents, _fill_attackers, _gather_mentions, _protest_subject
from rasd.pipeline import extract_text

_DAY = TimeValue(dt.date(2024, 2, 11), 1, "day")
_FALLBACK = TimeValue(dt.date(2024, 2, 12), 1, "day", "published")


def _ref(key: str) -> ActorRef:
    return actors()[key].ref(dt.date(2024, 2, 11))


def _place(pid: str, admin1: str) -> PlaceRef:
    return PlaceRef(pid, pid, pid, "community", 36.0, 40.0, admin1=admin1)


def _names(text: str) -> dict[str, str]:
    doc = extract_text(text, published=dt.date(2024, 2, 11))
    return {doc.span_text(s): s.value.key for s in doc.layer("actors") if isinstance(s.value, ActorRef)}


def _doc(text: str, names: list[tuple[str, str]]) -> Document:
    return actor_doc(text, names, dt.date(2024, 2, 11))


def _sentence(text: str, opening: str) -> Span:
    """The sentence of ``text`` that opens with ``opening``, up to its full stop."""
    i = text.index(opening)
    return Span(i, text.index(".", i) + 1, "sentence")


# ------------------------------------------------------------------ lexicon


def test_plural_armed_organisations_are_the_armed_opposition() -> None:
    names = _names("قصفت التنظيمات المسلحة بلدة في ريف حماة الشمالي صباح اليوم.")
    # (session 41: the armed groups named only as such, the opposition until the regime's fall)
    assert names.get("التنظيمات المسلحة") == "armed_groups"


def test_a_missile_or_air_aggression_takes_its_nationality() -> None:
    names = _names("تصدت الدفاعات الجوية للعدوان الصاروخي الإسرائيلي على ريف دمشق، "
                   "بعد ساعات من عدوان جوي تركي على ريف الحسكة.")
    # "للعدوان …": the mention starts inside the word, after the preposition
    assert [v for k, v in names.items() if k.endswith("عدوان الصاروخي الإسرائيلي")] == ["isr"]
    assert names.get("عدوان جوي تركي") == "tur"


def test_residential_quarters_hit_by_a_strike_are_the_civilians_it_targets() -> None:
    doc = extract_text("استهدفت طائرات حربية أميركية الأحياء السكنية في مدينة الميادين صباح اليوم.",
                       published=dt.date(2024, 2, 11))
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].actor2 is not None and strikes[0].actor2.key == "civilians"
    assert "الأحياء السكنية" in strikes[0].actor2_mentions


# ------------------------------------------------------------------ attackers from a shared sentence


_TWO = ("بدأ الجيش التركي التصعيد بطائرتين مسيرتين. "
        "أصابت الأولى سيارة لقسد قرب البلدة الأولى، فيما ضربت الثانية مقراً لقسد في البلدة الثانية.")


def _strike(place: PlaceRef, date: TimeValue, sentences: list[Span], actor1: str | None,
            mentions: list[str]) -> Event:
    return Event("Explosions/Remote violence", "Air/drone strike", date=date, place=place,
                 actor1=_ref(actor1) if actor1 else None, actor2=_ref("sdf"),
                 actor1_mentions=list(mentions), actor2_mentions=["قسد"], evidence=list(sentences))


def test_a_strike_told_in_the_sentence_of_another_takes_its_attacker_and_cites_it() -> None:
    doc = _doc(_TWO, [("الجيش التركي", "tur"), ("قسد", "sdf")])
    lead, both = _sentence(_TWO, "بدأ الجيش"), _sentence(_TWO, "أصابت الأولى")
    first = _strike(_place("A", "Hasakah"), _DAY, [lead, both], "tur", ["الجيش التركي"])
    # another governorate and only the publication date: no earlier event of its day and area
    second = _strike(_place("B", "Raqqa"), _FALLBACK, [both], None, [])
    _fill_attackers(doc, [first, second])
    assert second.actor1 is not None and second.actor1.key == "tur"
    assert second.actor1_mentions == ["الجيش التركي"]
    # the sentence that names the attacker is part of the evidence now
    assert [(s.start, s.end) for s in second.evidence] == [(lead.start, lead.end), (both.start, both.end)]


def test_no_attacker_from_a_sentence_mate_of_another_day_or_none_shared() -> None:
    doc = _doc(_TWO, [("الجيش التركي", "tur"), ("قسد", "sdf")])
    lead, both = _sentence(_TWO, "بدأ الجيش"), _sentence(_TWO, "أصابت الأولى")
    first = _strike(_place("A", "Hasakah"), _DAY, [lead, both], "tur", ["الجيش التركي"])
    other_day = _strike(_place("B", "Raqqa"), TimeValue(dt.date(2024, 2, 9), 1, "day"), [both], None, [])
    apart = _strike(_place("C", "Raqqa"), _FALLBACK, [Span(len(_TWO) - 5, len(_TWO), "sentence")], None, [])
    _fill_attackers(doc, [first, other_day, apart])
    assert other_day.actor1 is None and apart.actor1 is None


def test_the_opponent_taken_from_another_clash_is_cited() -> None:
    text = "اشتبك الجيش السوري مع هيئة تحرير الشام في البلدة. وهاجمت حركة أحرار الشام نقطة قريبة."
    doc = _doc(text, [("الجيش السوري", "syr_gov"), ("هيئة تحرير الشام", "hts"), ("أحرار الشام", "ahrar")])
    s1, s2 = _sentence(text, "اشتبك"), _sentence(text, "وهاجمت")
    first = Event("Battles", "Armed clash", date=_DAY, place=_place("A", "Idlib"), actor1=_ref("syr_gov"),
                  actor2=_ref("hts"), actor1_mentions=["الجيش السوري"], actor2_mentions=["هيئة تحرير الشام"],
                  evidence=[s1])
    second = Event("Battles", "Armed clash", date=_DAY, place=_place("B", "Idlib"), actor1=_ref("ahrar"),
                   actor1_mentions=["أحرار الشام"], evidence=[s2])
    _clash_opponents([first, second], doc)
    assert second.actor2 is not None and second.actor2.key == "syr_gov"
    assert (s1.start, s1.end) in {(s.start, s.end) for s in second.evidence}


# ------------------------------------------------------------------ who staged a protest


def _protest(text: str, word: str) -> tuple[Document, Event]:
    doc = Document("t", text)
    i = text.index(word)
    ev = Event("Protests", "Peaceful protest", date=_DAY, actor1=_ref("protesters"), actor1_mentions=[word],
               evidence=[Span(0, len(text), "sentence")], triggers=[Span(i, i + len(word), "trigger")])
    return doc, ev


def test_the_people_who_staged_a_protest_name_its_protesters() -> None:
    doc, ev = _protest("وفي المدينة نظّم معلمو المدارس وقفة احتجاجية أمام مبنى المحافظة.", "وقفة احتجاجية")
    assert _protest_subject(doc, ev) == "معلمو المدارس"
    _gather_mentions(doc, [ev])
    assert ev.actor1_mentions[0] == "معلمو المدارس"


def test_no_protesters_from_a_time_word_another_clause_or_no_staging_verb() -> None:
    for text in ("نفّذ اليوم وقفة احتجاجية أمام المبنى.",
                 "نظم المجلس اجتماعاً، وقفة احتجاجية تلت ذلك في الساحة.",
                 "شهدت الساحة طلاب الجامعة وقفة احتجاجية."):
        doc, ev = _protest(text, "وقفة احتجاجية")
        assert _protest_subject(doc, ev) is None, text
