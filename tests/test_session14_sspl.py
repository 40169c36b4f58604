"""Session 14 (several events in one article): a paragraph that opens on a connective of simultaneity and a verb of
continuing ("بالتزامن، يواصل الجيش اعتداءاته …، حيث قصفت …") tells the acts of the time of writing.  It does not
take the day of a recalled act told in the paragraph before it ("… الهجوم الذي جرى الخميس الماضي"), which made
today's shelling a background act of that day and merged it with that day's records; in an article posted just
after midnight on the evening's acts, the time of writing is the evening the lead names."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

# invented: the lead tells today's attacks of the resistance; a later paragraph recalls an attack of last Thursday
# shown in footage; the next one opens on "in parallel, the attacks go on" and tells the shelling of two villages
LEAD = ("المقاومة تستهدف موقعين للاحتلال\n"
        "استهدفت المقاومة الإسلامية في لبنان، {when}، موقع \"المالكية\" الإسرائيلي بالأسلحة الصاروخية، محققةً "
        "إصابة مباشرة.\n"
        "كما استهدفت المقاومة ثكنة \"زرعيت\" بالقذائف المدفعية.\n")
RECALL = ("في الأثناء، عرضت المقاومة شريطاً يوثّق هجوم مقاتليها على ثكنة للجنود في مستوطنة \"المطلة\"، الذي "
          "جرى الخميس الماضي.\n")
GOES_ON = ("بالتزامن، يواصل جيش الاحتلال اعتداءاته على البلدات الحدودية في الجنوب، حيث قصفت مدفعيته أطراف "
           "بلدتي حولا ومركبا.\n")


def _rows(text: str, day: dt.date, hour: int | None) -> list[dict[str, object]]:
    return record_rows(text, day, hour)


def _shelling(rows: list[dict[str, object]], town: str) -> list[dict[str, object]]:
    return [r for r in rows if r["location"] == town and r["sub_event_type"] == "Shelling/artillery/missile attack"]


def test_going_on_after_a_connective_is_of_the_time_of_writing() -> None:
    day = dt.date(2024, 5, 14)  # a Tuesday
    rows = _rows(LEAD.format(when="اليوم الثلاثاء") + RECALL + GOES_ON, day, 15)
    for town in ("Houla", "Markaba"):
        found = _shelling(rows, town)
        assert found, f"the shelling of {town} is an event"
        assert all(r["event_date"] == "2024-05-14" and r["historical"] is False for r in found)


def test_going_on_after_a_connective_stays_apart_from_the_recalled_act() -> None:
    day = dt.date(2024, 5, 14)
    rows = _rows(LEAD.format(when="اليوم الثلاثاء") + RECALL + GOES_ON, day, 15)
    recalled = [r for r in rows if r["event_date"] == "2024-05-09"]
    assert recalled, "the recalled attack keeps its own day"
    assert all(r["location"] not in ("Houla", "Markaba") for r in recalled)


def test_going_on_in_an_article_of_the_small_hours_is_of_the_evening_the_lead_names() -> None:
    day = dt.date(2024, 5, 13)  # a Monday, posted at 1 a.m. on Sunday evening's acts
    rows = _rows(LEAD.format(when="مساء الأحد") + RECALL + GOES_ON, day, 1)
    found = _shelling(rows, "Houla")
    assert found, "the shelling of Houla is an event"
    assert all(r["event_date"] == "2024-05-12" and r["historical"] is False for r in found)


def test_going_on_of_a_day_article_keeps_the_publication_day() -> None:
    day = dt.date(2024, 5, 14)
    rows = _rows(LEAD.format(when="اليوم الثلاثاء") + GOES_ON, day, 15)
    found = _shelling(rows, "Houla")
    assert found and all(r["event_date"] == "2024-05-14" for r in found)


def test_going_on_in_an_article_of_the_morning_keeps_the_publication_day() -> None:
    # the lead names yesterday evening's act, but the article is of the morning: the shelling that goes on (no
    # connective) is of today, as before; only an article of the small hours is still on the lead's evening
    day = dt.date(2024, 5, 13)
    going_on = GOES_ON.replace("بالتزامن، يواصل", "ويواصل")
    assert going_on != GOES_ON
    rows = _rows(LEAD.format(when="مساء أمس الأحد") + going_on, day, 10)
    found = _shelling(rows, "Houla")
    assert found and all(r["event_date"] == "2024-05-13" for r in found)
