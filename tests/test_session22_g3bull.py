"""Session 22 (g3bull): news bulletins and round-ups.  The bare "الضفة" of bulletin lines is the West Bank (a region
with a point), not when an adjective or a river follows (a river bank); a plural of places with a pronoun after a
listed town ("مدن X وقراها") is that town's own villages, no second place; a massacre named by a nationality
("مجزرة إسرائيلية") names its attacker like a strike does; and a bulletin line of two items ("N شهداء في مجازر
إسرائيلية في X والمقاومة تدمر دبابتين في Y") gives each item its own record, side and place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places

DAY = dt.date(2024, 3, 5)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _places(text: str) -> list[str]:
    return [s.value.name_en for s in find_places(normalize(text)) if s.value is not None]


def test_bare_west_bank_of_a_bulletin_line_has_a_point() -> None:
    rows = _rows("قوات الاحتلال تعتقل عشرين فلسطينياً في الضفة.")
    assert rows and rows[0]["location"] == "West Bank" and rows[0]["latitude"] is not None


def test_bare_west_bank_after_a_conjunction() -> None:
    assert "West Bank" in _places("مواجهات عنيفة مع قوات الاحتلال في مخيمات الضفة والقدس المحتلة.")


def test_guard_a_river_bank_is_no_west_bank() -> None:
    # guard: the everyday noun before an adjective or a river
    assert "West Bank" not in _places("انتشرت القوات على الضفة الشرقية لنهر الفرات قرب البلدة.")
    assert "West Bank" not in _places("سقطت القذائف على الضفة المقابلة من النهر.")
    assert "West Bank" not in _places("عبرت القوات إلى الضفة اليسرى للنهر.")


def test_villages_of_a_listed_town_are_no_second_place() -> None:
    rows = _rows("خرجت مظاهرات في مدن درعا وقراها للمطالبة بالإفراج عن المعتقلين.")
    assert len(rows) == 1 and rows[0]["location"] == "Dar'a"


def test_massacre_named_by_nationality_names_the_attacker() -> None:
    rows = _rows("استشهاد 12 فلسطينياً في مجزرة إسرائيلية بحق عائلة في دير البلح.")
    assert rows and rows[0]["actor1"] == "Military Forces of Israel (2009-)"


def test_bulletin_line_of_a_toll_and_another_side_acting() -> None:
    rows = _rows("عشرات الشهداء في مجازر إسرائيلية جديدة في جباليا والمقاومة تستهدف دبابة في حي الزيتون.")
    by_place = {r["location"]: r for r in rows}
    assert set(by_place) == {"Jabalia", "Zeitoun (Gaza City)"}
    assert by_place["Jabalia"]["actor1"] == "Military Forces of Israel (2009-)"
    assert by_place["Zeitoun (Gaza City)"]["actor1"] == "Unidentified Armed Group (Palestine)"


def test_present_verb_of_destroying_a_tank_opens_the_other_item() -> None:
    rows = _rows("استشهاد خمسة فلسطينيين بقصف إسرائيلي في خان يونس والمقاومة تدمر دبابتين في رفح.")
    rafah = [r for r in rows if r["location"] == "Rafah"]
    assert rafah and rafah[0]["event_type"] == "Battles"
    assert rafah[0]["actor1"] == "Unidentified Armed Group (Palestine)"


def test_guard_soldiers_killed_and_the_side_that_killed_them_stay_one_act() -> None:
    # guard: a toll with no attacker of its own before the side's act is that act's toll
    rows = _rows("مقتل جنديين إسرائيليين والمقاومة تعلن تدمير دبابة في بيت حانون.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 2
