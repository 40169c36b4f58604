"""Session 27 (TAKEN): one record for several events.  An attack told "N times" on one day at one place is that
day's event (ACLED: the acts of one day at one place between one pair of sides are one event), not a count of
acts to drop, so it no longer folds into, or vanishes beside, the acts told around it; a count of acts over a week
or with no day stays a summary.  Shells on the woods or farmland of several villages ("أحراج X وY وZ",
"خراج X وY") are one event at each village, the villages the gazetteer lacks placed at the known one."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 8)  # a Wednesday


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["event_date"]), str(r["location"]), str(r["actor1"])) for r in record_rows(text, DAY)]


def test_attack_counted_in_times_on_one_day_is_an_event() -> None:
    rows = _rows("هاجم مسلحون اليوم ثكنة للجيش في مدينة تدمر 4 مرات خلال اليوم.")
    assert [loc for _, loc, _ in rows] == ["Tadmor"]


def test_attack_counted_in_times_beside_another_place_keeps_both() -> None:
    rows = _rows("وأمس، قصف مسلحون حاجزاً للجيش في بلدة السخنة بريف حمص.\n"
                 "واستهدف المسلحون أيضاً حاجزاً في مدينة تدمر عدة مرات، أمس الثلاثاء.")
    assert sorted(loc for _, loc, _ in rows) == ["Sokhneh", "Tadmor"]


def test_guard_times_counted_over_a_week_stay_a_summary() -> None:
    assert _rows("استهدف مسلحون حاجزاً للجيش في مدينة تدمر 6 مرات خلال الأسبوع الماضي.") == []


def test_guard_times_counted_with_no_day_stay_a_summary() -> None:
    assert _rows("وكان مسلحون قد استهدفوا حاجزاً للجيش في مدينة تدمر 5 مرات.") == []


def test_shells_on_the_woods_of_several_villages_are_one_event_at_each() -> None:
    rows = record_rows("قال المراسل إن مدفعية الاحتلال قصفت اليوم أحراج دير ميماس والقليعة جنوبي لبنان.", DAY)
    assert len(rows) == 2
    assert sorted(m for r in rows for m in r["location_mentions"]) == ["القليعة", "دير ميماس"]  # type: ignore[attr-defined]


def test_guard_heights_in_a_list_of_farmland_are_no_village() -> None:
    rows = record_rows("أطلقت مسيّرة إسرائيلية اليوم صاروخين على خراج كفرشوبا ومرتفعات بلدة حلتا.", DAY)
    assert all("مرتفعات" not in r["location_mentions"] for r in rows)  # type: ignore[operator]
