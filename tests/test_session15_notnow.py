"""Session 15 (acts that are not today's acts): "اليوم" followed by a number or an ordinal counts a war's or a
campaign's days ("في اليوم الـ150 من الحرب"); it is no word of the news day, so a sentence that only tells the war
going on on that counted day makes no event, while a strike told on such a day stays an event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_DAY = dt.date(2024, 3, 5)


def _types(text: str) -> list[str]:
    return [str(r["event_type"]) for r in record_rows(text, _DAY)]


def test_the_counted_day_of_the_war_with_fighting_going_on_is_no_event() -> None:
    text = ("أعلن المتحدث باسم الحركة، اليوم الأربعاء، عن موقف جديد من المفاوضات. ويأتي هذا الإعلان في اليوم "
            "الـ150 من الحرب، حيث تواصل فصائل المقاومة خوض الاشتباكات العنيفة ضد قوات الاحتلال في قطاع غزة.")
    assert _types(text) == []


def test_the_counted_day_with_the_number_written_apart_is_no_event() -> None:
    assert _types("في اليوم الـ 150 للحرب، تواصل قوات الاحتلال قصف مناطق متفرقة من قطاع غزة.") == []


def test_a_strike_told_on_the_counted_day_stays_an_event() -> None:
    assert _types("شنّت طائرات الاحتلال غارات على مدينة رفح في اليوم الـ150 من العدوان على قطاع غزة.") == [
        "Explosions/Remote violence"]


def test_the_news_day_still_dates_going_on_fighting() -> None:
    text = "تتواصل الاشتباكات العنيفة، اليوم الثلاثاء، بين المقاومة وقوات الاحتلال في مدينة خان يونس."
    assert _types(text) == ["Battles"]
