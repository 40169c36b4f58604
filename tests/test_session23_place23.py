"""Session 23 (place23): the event's place among the places a sentence names.  The place that closes the subject of
a verb of speech right before its "إنّ/أنّ" is the speaker's seat ("قالت حركة X في العراق إن …"), not the place of
the act the statement reports; a border phrase after the first item of a list of places ("في X عند الحدود
العراقية السورية، وفي Y") does not end the list; "اعتداءات أميركية" / "عدوان أميركي" are air strikes."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 1, 24)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _locations(text: str) -> set[object]:
    return {r["location"] for r in _rows(text)}


def test_speaker_seat_yields_to_the_reported_place() -> None:
    assert _locations("وقالت حركة النجباء في العراق إن اغتيال القائد بقصف أميركي جريمة في سوريا.") == {"Syria"}


def test_speaker_seat_yields_with_anna() -> None:
    assert _locations("وأكدت فصائل المقاومة في لبنان أن اغتيال القيادي بغارة إسرائيلية جريمة في سوريا.") == {"Syria"}


def test_speaker_seat_alone_is_kept() -> None:
    """Guard (passes on the old code): the seat is the place when the clause names no other."""
    assert _locations("وقال الدفاع المدني في غزة إن 20 فلسطينياً استشهدوا بغارة إسرائيلية.") == {"Gaza Strip"}


def test_border_phrase_does_not_end_a_list_of_places() -> None:
    text = ("وتعرضت مقار للحشد الشعبي أمس لغارات أميركية في القائم عند الحدود العراقية السورية، "
            "وفي جرف النصر شمال بابل.")
    assert {"Al-Qa'im", "Jurf al-Nasr"} <= _locations(text)


def test_american_aggression_is_an_air_strike() -> None:
    rows = _rows("وتعرضت مقار للحشد الشعبي أمس لاعتداءات أميركية في القائم.")
    types = [(r["event_type"], r["sub_event_type"]) for r in rows]
    assert types == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_town_seat_stays_the_place() -> None:
    """Guard (passes on the old code): a town after the speaker is where a local body tells of what happened around
    it, so it keeps its rank (only a country yields)."""
    text = "وقال الهلال الأحمر في بلدة طمون إن قوات الاحتلال اعتقلت شاباً جريحاً، فيما نقل مصاب آخر إلى مستشفى في طوباس."
    assert _locations(text) == {"Tammun"}
