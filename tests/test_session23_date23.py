"""Session 23, DATE23: the event's own day.

- a morning news bulletin ("نشرة الثامنة صباحاً" posted at 08:00) sums up the night and the day before, as an article of
  the small hours does: the acts its lines tell with no day of their own are of the day before (ACLED coders date them
  so); an evening bulletin, a morning article that is no bulletin, and a morning bulletin whose lines name a bare dawn
  ("بقصف فجراً على …": its own morning) keep the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)  # a Sunday

# invented bulletin lines, one story each, none with a day of its own
LINES = ("قصف مدفعي إسرائيلي يستهدف أطراف بلدة الخيام في جنوب لبنان.\n"
         "مسيّرة أميركية تستهدف سيارة قرب مدينة البوكمال شرقي سوريا وتقتل شخصين.\n")


def _days(title: str, hour: int | None, text: str = LINES) -> set[str]:
    doc = Document(id="t", text=text, title=title, published=DAY, published_hour=hour)
    rows = records(Pipeline()(doc))
    assert rows, "the lines tell events"
    return {str(r["event_date"]) for r in rows}


@pytest.mark.parametrize(("title", "hour"), [("نشرة الثامنة صباحاً", 8), ("نشرة السابعة صباحًا", 7),
                                             ("نشرة العاشرة صباحاً", 10)])
def test_undated_lines_of_a_morning_bulletin_are_of_the_day_before(title: str, hour: int) -> None:
    assert _days(title, hour) == {"2024-05-11"}


def test_a_line_that_names_its_day_keeps_it_in_a_morning_bulletin() -> None:
    """Pure guard: "صباح اليوم" names the bulletin's own day."""
    text = "غارة إسرائيلية صباح اليوم تستهدف منزلاً في بلدة الخيام في جنوب لبنان وتقتل شخصين.\n"
    assert _days("نشرة الثامنة صباحاً", 8, text) == {"2024-05-12"}


def test_a_bare_dawn_keeps_a_morning_bulletin_on_its_day() -> None:
    """Pure guard: "فجراً" in a line of a morning bulletin is the dawn of the bulletin's own day."""
    text = LINES.replace("تستهدف سيارة", "تستهدف فجراً سيارة")
    assert text != LINES
    assert _days("نشرة الثامنة صباحاً", 8, text) == {"2024-05-12"}


@pytest.mark.parametrize(("title", "hour"), [("نشرة الثامنة", 20), ("نشرة الظهيرة", 15),
                                             ("قصف على الجنوب اللبناني", 8)])
def test_evening_bulletin_and_morning_article_keep_the_publication_day(title: str, hour: int) -> None:
    """Pure guard: an evening or afternoon bulletin, and a morning article that is no bulletin."""
    assert _days(title, hour) == {"2024-05-12"}

