"""Session 15 (acts of the article's own day told as background): an act the text itself dates "today" ("في وقت
سابق اليوم", "فجر اليوم", "صباح اليوم") is part of the article's news even when told in the pluperfect ("وكانت … قد
…"); the coders flag no act of the publication day as historical.  Not when "today" dates a further clause after the
act ("كان … قد خطفهم …، وأفرج عنهم اليوم") or a count since a past start ("منذ بدء الحرب")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 13)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY, 18)


def test_a_pluperfect_act_of_earlier_today_is_news() -> None:
    text = ("قصفت المقاومة الإسلامية في لبنان مساء اليوم الأربعاء موقع المالكية بقذائف المدفعية. "
            "وكانت المقاومة قد استهدفت، في وقت سابق اليوم، مستوطنة المطلة بالأسلحة الصاروخية وحققت إصابات مباشرة.")
    rows = [r for r in _rows(text) if r["location"] == "Metula"]
    assert rows
    assert all(r["event_date"] == DAY.isoformat() and r["historical"] is False for r in rows)


def test_a_pluperfect_strike_of_this_morning_is_news() -> None:
    text = ("أطلقت المقاومة الإسلامية في لبنان اليوم صواريخ على مستوطنة كريات شمونة. "
            "وكانت مسيّرة إسرائيلية قد استهدفت، صباح اليوم، سيارة قرب بلدة كفرشوبا جنوبي لبنان.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows
    assert all(r["event_date"] == DAY.isoformat() and r["historical"] is False for r in rows)


def test_an_earlier_day_in_the_pluperfect_stays_background() -> None:
    text = ("أطلقت المقاومة الإسلامية في لبنان اليوم صواريخ على مستوطنة كريات شمونة. "
            "وكانت المقاومة قد استهدفت، أمس الثلاثاء، مستوطنة المطلة بالأسلحة الصاروخية.")
    rows = [r for r in _rows(text) if r["location"] == "Metula"]
    assert rows and all(r["historical"] is True for r in rows)


def test_today_of_a_further_clause_leaves_the_earlier_act_background() -> None:
    text = ("شيّع الأهالي اليوم شهيدين في مدينة جنين. "
            "وكانت قوات الاحتلال قد اعتقلت 5 شبان من بلدة يعبد، وأفرجت عنهم مساء اليوم.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert rows and all(r["historical"] is True for r in rows)
