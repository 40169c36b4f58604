"""Session 27 (DUP: one event told twice, one row of the table).

- two records of one type, one day, one place and sides that can be one are one event (ACLED codes one event a
  day, a place, a pair of sides and a type); a fight is the same fight in either order of its sides;
- a fight whose side one report leaves unnamed ("استشهد أحد جنوده") and another names ("اشتباك مع الجيش
  الإسرائيلي") at that place that day is one fight, when the unnamed side has no other candidate;
- a strike told in the very same sentences at a site and at the town the site lies in is one strike;
- kept apart: another place, another day, a place the gazetteer lacks put at a known neighbour's point.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

from rasd.document import ActorRef, Event, PlaceRef, Span, TimeValue
from rasd.events.stage import _same_record

DAY = dt.date(2024, 6, 9)
EGYPT = "Military Forces of Egypt (2014-)"
ISRAEL = "Military Forces of Israel (2009-)"


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def _fights(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in recs if r["sub_event_type"] == "Armed clash"]


def test_a_soldier_killed_by_an_unnamed_side_is_the_fight_told_beside_it() -> None:
    recs = _fights(_records(
        "أعلن الجيش المصري اليوم الأحد مقتل أحد جنوده بعد تبادل لإطلاق النار مع الجيش الإسرائيلي عند معبر رفح.\n"
        "وأكد الجيش المصري اليوم الأحد استشهاد أحد جنوده عند معبر رفح."))
    assert len(recs) == 1, recs
    assert {recs[0]["actor1"], recs[0]["actor2"]} == {EGYPT, ISRAEL}, recs
    assert recs[0]["fatalities"] == 1, recs


def test_gunmen_who_shot_at_the_soldiers_there_that_day_are_the_named_army() -> None:
    recs = _fights(_records(
        "أعلن الجيش المصري اليوم الأحد مقتل أحد جنوده في اشتباك مع قوات الجيش الإسرائيلي عند معبر رفح.\n"
        "وقال متحدث عسكري مصري إن مسلحين أطلقوا النار على الجنود المصريين عند معبر رفح اليوم الأحد."))
    assert len(recs) == 1, recs
    assert {recs[0]["actor1"], recs[0]["actor2"]} == {EGYPT, ISRAEL}, recs


def test_the_same_words_at_another_crossing_stay_apart() -> None:
    recs = _fights(_records(
        "أعلن الجيش المصري اليوم الأحد مقتل أحد جنوده في اشتباك مع قوات الجيش الإسرائيلي عند معبر رفح.\n"
        "وقال متحدث عسكري مصري إن مسلحين أطلقوا النار على الجنود المصريين عند معبر كرم أبو سالم اليوم الأحد."))
    assert len(recs) == 2, recs


def test_the_same_words_of_the_day_before_stay_apart() -> None:
    recs = _fights(_records(
        "أعلن الجيش المصري اليوم الأحد مقتل أحد جنوده في اشتباك مع قوات الجيش الإسرائيلي عند معبر رفح.\n"
        "وأكد الجيش المصري أمس السبت استشهاد أحد جنوده عند معبر رفح."))
    assert sorted(r["event_date"] for r in recs) == ["2024-06-08", "2024-06-09"], recs


def test_two_named_groups_in_one_camp_stay_two_fights() -> None:
    recs = _fights(_records(
        "خاضت سرايا القدس اليوم الأحد اشتباكات مع قوات الاحتلال في مخيم جنين.\n"
        "كما خاضت كتائب القسام اليوم الأحد اشتباكات مع قوات الاحتلال في مخيم جنين."))
    assert len(recs) == 2, recs


# ------------------------------------------------------------------ the rule on records built by hand

_SENTENCE = Span(0, 80, "sentence")
_TOWN = PlaceRef("city:khan-yunis", "Khan Yunis", "خان يونس", "city", 31.34, 34.30, country="Palestine", iso=275)
_SITE = PlaceRef("site:nasser", "Nasser Medical Complex (Khan Yunis)", "مجمع ناصر الطبي", "site", 31.35, 34.29,
                 country="Palestine", iso=275)
_KIBBUTZ = PlaceRef("city:beeri", "Be'eri", "بئيري", "foreign_city", 31.42, 34.49, country="Israel", iso=376)
_STAND_IN = PlaceRef("city:beeri#كيبوتس متخيل", "Be'eri", "كيبوتس متخيل", "foreign_city", 31.42, 34.49,
                     country="Israel", iso=376)
_ISRAEL = ActorRef(ISRAEL, 1, "isr")


def _shelling(place: PlaceRef, evidence: list[Span], day: dt.date = DAY) -> Event:
    return Event("Explosions/Remote violence", "Shelling/artillery/missile attack", date=TimeValue(day, 1, "day"),
                 place=place, actor1=_ISRAEL, evidence=list(evidence))


def test_a_site_and_its_town_in_the_same_sentence_are_one_strike() -> None:
    assert _same_record(_shelling(_SITE, [_SENTENCE]), _shelling(_TOWN, [_SENTENCE]))


def test_a_site_and_its_town_told_in_other_sentences_stay_apart() -> None:
    assert not _same_record(_shelling(_SITE, [_SENTENCE]), _shelling(_TOWN, [Span(81, 160, "sentence")]))


def test_one_place_one_day_one_side_is_one_row_and_another_day_is_not() -> None:
    assert _same_record(_shelling(_TOWN, [_SENTENCE]), _shelling(_TOWN, [Span(81, 160, "sentence")]))
    assert not _same_record(_shelling(_TOWN, [_SENTENCE]), _shelling(_TOWN, [_SENTENCE], DAY - dt.timedelta(1)))


def test_a_place_the_gazetteer_lacks_is_not_its_neighbour() -> None:
    assert not _same_record(_shelling(_KIBBUTZ, [_SENTENCE]), _shelling(_STAND_IN, [_SENTENCE]))
