"""One event per day: a sentence that takes its day from the report before it and a sentence that names
another day are two events, and an act recalled from days before is never folded into today's news
(ACLED: one event per date, place, actor pair and type)."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (fixture)

from rasd.document import Event
from rasd.pipeline import extract_text

FRIDAY = dt.date(2024, 3, 15)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=FRIDAY).events


def _days_at(events: list[Event], place_id: str) -> list[str]:
    return sorted(e.date.iso() for e in events if e.date is not None and e.place is not None
                  and e.place.id == place_id)


def test_inherited_day_and_a_named_yesterday_are_two_events() -> None:
    # the second paragraph goes on with Friday's report; the third names Thursday: two shellings of one town
    events = _events(
        "قصفت مدفعية الجيش السوري، اليوم الجمعة، مواقع لهيئة تحرير الشام في بلدة كفرنبل بريف إدلب الجنوبي.\n\n"
        "كما قصفت مدفعية الجيش السوري مواقع للهيئة في بلدة البارة.\n\n"
        "وأمس الخميس، قصفت مدفعية الجيش السوري مواقع لهيئة تحرير الشام في البارة.")
    assert _days_at(events, "town:idl-bara") == ["2024-03-14", "2024-03-15"]


def test_background_day_is_not_merged_into_undated_news() -> None:
    # an undated report of fighting (publication day) and the same sides' clash "last Wednesday" at the
    # same quarter: two events, the earlier one background
    events = _events(
        "اشتباكات بين الجيش السوري ومسلحين في درعا البلد\n\n"
        "تدور اشتباكات عنيفة بين الجيش السوري ومسلحين في حي درعا البلد.\n\n"
        "وأفاد مصدر محلي بأن الاشتباكات تتركز قرب الجامع العمري.\n\n"
        "والأربعاء الماضي، اشتبك الجيش السوري مع مسلحين في درعا البلد، ما أدى إلى مقتل ثلاثة منهم.")
    assert _days_at(events, "nbhd:dra-balad") == ["2024-03-13", "2024-03-15"]
    wednesday = next(e for e in events if e.date is not None and e.date.iso() == "2024-03-13")
    assert wednesday.historical
    assert not any(e.historical for e in events if e is not wednesday)


def test_recalled_strike_is_not_folded_into_todays_reply() -> None:
    # today's rocket reply on the base (its day inherited) and a strike on the same base on the 14th, told
    # with a general word: two events
    events = _events(
        "قصف أميركي على شاحنات قرب البوكمال\n\n"
        "مصادر محلية تفيد بأن طائرات أميركية قصفت شاحنات قرب البوكمال.\n\n"
        "وأوضحت المصادر أن القصف أصاب ست شاحنات.\n\n"
        "وفي وقت سابق اليوم، أفادت مصادر محلية بأن طائرات أميركية قصفت شاحنات قرب البوكمال.\n\n"
        "وقالت المصادر إنه جرى الرد بقصف القاعدة الأميركية في حقل العمر بعشرة صواريخ.\n\n"
        "وفي 14 آذار، استهدفت المقاومة قاعدة حقل العمر في ريف دير الزور.")
    assert _days_at(events, "site:omar-field") == ["2024-03-14", "2024-03-15"]


def test_headline_without_time_joins_the_report_of_yesterday() -> None:
    # the publication date of an undated headline is only a fallback: it and the lead that names the evening
    # before are one event, on the day the lead gives
    events = _events(
        "استهداف قاعدة أميركية في حقل العمر بريف دير الزور\n\n"
        "أفادت مصادر محلية، مساء أمس، بأن صواريخ سقطت داخل القاعدة الأميركية في حقل العمر بريف دير الزور.")
    assert _days_at(events, "site:omar-field") == ["2024-03-14"]
    assert len(events) == 1


def test_continuation_naming_the_province_by_its_capital_joins_the_region_report() -> None:
    # "في إدلب" after strikes on a region of Idlib province, the day inherited: the same strikes, whose
    # target the second sentence names
    events = _events(
        "نفّذت طائرات حربية سورية، اليوم الجمعة، غارات جوية على مواقع في جبل الزاوية جنوب إدلب.\n\n"
        "وقالت المصادر إن الغارات الجوية استهدفت مقرات لهيئة تحرير الشام في إدلب.")
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.id == "region:jabal-zawiya"
    assert events[0].actor2 is not None and events[0].actor2.key == "hts"
