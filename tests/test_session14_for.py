"""Session 14 (whole records of conflict news outside Syria): an armed group with no name of its own that fires on
a place in Israel is not "Unidentified Armed Group (Israel)".  ACLED names the unknown attacker after the country
it fires from: the resistance on the Lebanese front (the north of Israel, or sentences that name Lebanon or the
Islamic Resistance) is Hezbollah, fire from Lebanon told with no attacker an unidentified group of Lebanon, and
the resistance firing on the Gaza envelope the Palestinian factions.  An attacker named by a word of its own
("مسلح") inside Israel keeps its name."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)
ISRAEL_GROUP = "Unidentified Armed Group (Israel)"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _in_israel(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["country"] == "Israel"]


def test_resistance_on_the_northern_front_is_hezbollah() -> None:
    rows = _in_israel(_rows("والمقاومة الإسلامية تقصف ثكنة برانيت بصواريخ الكاتيوشا، اليوم الثلاثاء."))
    assert rows, rows
    assert all(r["actor1"] == "Hezbollah" for r in rows), [r["actor1"] for r in rows]


def test_rockets_from_lebanon_with_no_attacker_are_an_unidentified_group_of_lebanon() -> None:
    rows = _in_israel(_rows("وذكر مراسلنا، اليوم الثلاثاء، أن ثلاثة صواريخ أطلقت من لبنان وأصابت موقع "
                            "\"المرج\" الإسرائيلي."))
    assert rows, rows
    assert all(r["actor1"] == "Unidentified Armed Group (Lebanon)" for r in rows), [r["actor1"] for r in rows]


def test_resistance_firing_on_the_gaza_envelope_is_the_palestinian_factions() -> None:
    rows = _in_israel(_rows("والمقاومة تقصف مستوطنة سديروت برشقة صاروخية، اليوم الثلاثاء."))
    assert rows, rows
    assert all(r["actor1"] == "Unidentified Armed Group (Palestine)" for r in rows), [r["actor1"] for r in rows]


def test_no_group_in_israel_is_named_after_israel_when_the_front_is_known() -> None:
    rows = _in_israel(_rows("وفي جبهة الإسناد اللبنانية، المقاومة تستهدف تجمعاً لجنود الاحتلال في مستوطنة "
                            "المطلة، اليوم الثلاثاء."))
    assert rows, rows
    assert all(ISRAEL_GROUP not in (r["actor1"], r["actor2"]) for r in rows), [r["actor1"] for r in rows]


def test_fire_on_a_northern_post_in_a_sentence_that_names_hezbollah_is_hezbollah() -> None:
    rows = _in_israel(_rows("وإلى جانب هذه العملية، استهدف حزب الله ثكنة \"برانيت\" بالصواريخ "
                            "وموقع \"المالكية\" بالقذائف، اليوم الثلاثاء."))
    assert rows, rows
    assert all(r["actor1"] == "Hezbollah" for r in rows), [r["actor1"] for r in rows]
