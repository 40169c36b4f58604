"""Session 7, splitting: a dual noun of two countrysides given a side ("ريفي X الجنوبي وY الشمالي") or of two
governorates told one by one ("في كل من محافظتي X وY") names two places, one event at each (ACLED codes one event per
place); a bare pair ("ريفي X وY") is one event in each, too (session 15); a dual noun of towns that
stands before the act word ("تعرضت بلدتا X وY لقصف") names both of them."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2023, 11, 9)


def _rows(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.place.admin1 if e.place else "") for e in extract_text(text, published=DAY).events]


def test_bare_dual_countryside_is_one_event_in_each() -> None:
    rows = _rows("أغار الطيران الحربي أمس الأحد على تجمعات للمسلحين في ريفي إدلب واللاذقية.")
    assert sorted(r[1] for r in rows) == ["Idlib", "Latakia"]


def test_dual_countryside_with_a_side_is_one_event_in_each() -> None:
    rows = _rows("قصفت المدفعية أمس الأحد مواقع المسلحين في ريفي حماة الشمالي وإدلب الجنوبي.")
    assert len(rows) == 2
    assert {r[1] for r in rows} == {"Hama", "Idlib"}
    assert all(r[0] == "Explosions/Remote violence" for r in rows)


def test_each_of_two_governorates_is_one_event_in_each() -> None:
    rows = _rows("وسجّل المرصد أمس الأحد اشتباكات بين مسلحين وقوات الأمن في كل من محافظتي درعا والسويداء.")
    assert len(rows) == 2
    assert {r[1] for r in rows} == {"Daraa", "As-Suwayda"}


def test_one_countryside_stays_one_event() -> None:
    rows = _rows("أغار الطيران الحربي أمس الأحد على تجمعات للمسلحين في ريف إدلب.")
    assert len(rows) == 1


def test_a_village_located_by_a_dual_countryside_stays_one_event() -> None:
    rows = _rows("قصفت المدفعية أمس الأحد بلدة كنصفرة في ريفي إدلب واللاذقية.")
    assert len(rows) == 1
    assert rows[0][1] == "Idlib"


def test_dual_towns_before_the_act_word_are_two_events() -> None:
    text = "وتعرضت بلدتا كفرنبل وكنصفرة أمس الأحد لقصف مدفعي عنيف."
    places = {e.place.name_en for e in extract_text(text, published=DAY).events if e.place}
    assert len(places) == 2
