"""Session 15, two governorates' countrysides in one phrase: an act told of "ريفي X وY", "ريف X وريف Y" or
"محافظتي X وY" is one event in each (ACLED is atomic by place); the toll the sentence tells stays with the first;
a coastal governorate's countryside (Latakia, Tartus) is its inland area point, not the port city; two
governorates and no day ("منذ أيام") sum up a campaign (one event), and protests over a bare pair of countrysides
stay one event."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 10)


def _rows(text: str) -> list[tuple[str, str, float | None, int]]:
    out = []
    for e in extract_text(text, published=DAY).events:
        p = e.place
        out.append((e.event_type, p.admin1 if p else "", p.lat if p else None, e.fatalities))
    return out


def test_a_strike_on_a_bare_pair_of_countrysides_is_one_event_in_each() -> None:
    rows = _rows("قصف الطيران الحربي أمس السبت مقرات للمسلحين في ريفي حماة وإدلب.")
    assert sorted(r[1] for r in rows) == ["Hama", "Idlib"]
    assert all(r[0] == "Explosions/Remote violence" for r in rows)
    # no day: the sentence sums up some days of raids, one event
    assert len(_rows("ومنذ أيام، قصف الطيران الحربي مقرات للمسلحين في ريفي حماة وإدلب.")) == 1
    # protests over a bare pair of countrysides stay one event
    assert len(_rows("وخرجت أمس السبت مظاهرات تطالب بالإفراج عن المعتقلين في ريفي حلب وإدلب.")) == 1


def test_two_countrysides_each_with_its_noun_are_one_event_in_each() -> None:
    rows = _rows("ودارت أمس السبت معارك عنيفة بين الجيش والمسلحين على جبهتي ريف حماة الشمالي وريف إدلب الجنوبي.")
    assert sorted(r[1] for r in rows) == ["Hama", "Idlib"]
    assert all(r[0] == "Battles" for r in rows)


def test_a_toll_of_a_strike_on_two_countrysides_stays_with_the_first() -> None:
    rows = _rows("وقُتل جندي أمس السبت في غارة جوية استهدفت موقعين للجيش في ريفي درعا والقنيطرة.")
    assert sorted((r[1], r[3]) for r in rows) == [("Daraa", 1), ("Quneitra", 0)]


def test_a_coastal_governorates_countryside_is_inland() -> None:
    rows = _rows("قصفت المدفعية أمس السبت مواقع للمسلحين في ريف اللاذقية.")
    assert [r[1] for r in rows] == ["Latakia"]
    lat = rows[0][2]
    assert lat is not None and lat > 35.55  # the governorate's area point, not Latakia city on the shore (35.53)
