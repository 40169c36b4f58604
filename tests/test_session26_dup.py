"""Session 26 (DUP: duplicates and stray records).

- a sentence with no day of its own that tells, in the pluperfect, how an act just reported happened ("وكانت قوة
  خاصة قد أطلقت النار على السيارة، ما أدى إلى استشهادهما") is that act's detail: it joins the act's record (its
  day, type and sides), not a second, undated record;
- a pluperfect sentence with a day of its own, or at another town, stays an act of its own.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 14)


def _rows(text: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=11)
    return list(records(Pipeline()(doc)))


def test_an_undated_pluperfect_detail_joins_the_act_told_before_it() -> None:
    rows = _rows("واستشهد شابان، أمس، برصاص قوات الاحتلال في مدينة قلقيلية. "
                 "وكانت وحدة خاصة من جيش الاحتلال قد أطلقت النار على مركبة الشابين قرب دوار المدينة، "
                 "ما أدى إلى استشهادهما.")
    assert len(rows) == 1, [(r["event_date"], r["sub_event_type"], r["location"]) for r in rows]
    assert rows[0]["event_date"] == "2024-03-13" and rows[0]["location"] == "Qalqilya", rows[0]
    assert len(rows[0]["evidence"]) == 2  # type: ignore[arg-type]


def test_a_pluperfect_act_with_a_day_of_its_own_stays_apart() -> None:
    rows = _rows("واستشهد شاب، اليوم الخميس، برصاص قوات الاحتلال في مدينة قلقيلية. "
                 "وكانت قوات الاحتلال قد اقتحمت المدينة، الثلاثاء الماضي، واعتقلت خمسة شبان من منازلهم.")
    days = sorted(str(r["event_date"]) for r in rows)
    assert "2024-03-14" in days and "2024-03-12" in days, days


def test_a_pluperfect_act_at_another_town_stays_apart() -> None:
    rows = _rows("واستشهد شاب، اليوم الخميس، برصاص قوات الاحتلال في مدينة قلقيلية. "
                 "وكانت قوات الاحتلال قد أطلقت النار على شاب آخر في مدينة الخليل، ما أدى إلى إصابته.")
    places = {str(r["location"]) for r in rows}
    assert "Qalqilya" in places and "Hebron" in places, [(r["event_date"], r["location"]) for r in rows]


def test_a_scuffle_of_protesters_with_the_police_is_the_protest_not_a_battle() -> None:
    rows = _rows("تظاهر آلاف المحتجين في مدينة تل أبيب، اليوم الخميس، ضد خطة الحكومة. "
                 "واندلعت مواجهات بين المتظاهرين وقوات الشرطة في المدينة، وأصيب شرطيان.")
    kinds = [(r["event_type"], r["sub_event_type"], r["actor2"]) for r in rows]
    assert len(rows) == 1 and rows[0]["event_type"] == "Protests", kinds
    assert rows[0]["sub_event_type"] == "Protest with intervention", kinds
    assert str(rows[0]["actor2"]).startswith("Police Forces of Israel"), kinds


def test_an_armed_groups_clash_beside_a_protest_stays_a_battle() -> None:
    rows = _rows("خرج المئات في مسيرة غاضبة في مدينة جنين، اليوم الخميس، فيما اندلعت اشتباكات مسلحة بين مقاومين "
                 "وقوات الاحتلال في مخيم جنين.")
    types = {str(r["event_type"]) for r in rows}
    assert {"Protests", "Battles"} <= types, types
