"""Session 23 (ACTSITE): the side hit when a group of the "axis" front attacks an object of the Israeli army.  A
post, barracks or base of the event's place in Israel, or in land Israel holds (the Shebaa Farms), or a post whose
next word makes it Israel's ("مواقع الاحتلال", "تجمعاً لجنود العدو"), names the Israeli army as actor2, the post's
words its mention; a settlement is a mention of that army only where the army is already the side hit; an Israeli
strike on a Lebanese village keeps its side hit as before."""

from __future__ import annotations

import datetime as dt

from helpers import one_record, record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _one(text: str) -> dict[str, object]:
    return one_record(text, DAY)


def _mentions(r: dict[str, object]) -> list[str]:
    return list(r["actor2_mentions"])  # type: ignore[call-overload]


def test_barracks_in_israel_names_the_israeli_army() -> None:
    r = _one("أعلن حزب الله، اليوم الثلاثاء، أن مقاتليه قصفوا ثكنة زرعيت بصاروخين موجهين وأصابوها إصابة مباشرة.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("ثكنة زرعيت" in m for m in _mentions(r))


def test_quoted_post_name_keeps_its_closing_quote() -> None:
    r = _one("قالت المقاومة الإسلامية في لبنان اليوم الثلاثاء إنها هاجمت موقع \"المالكية\" بقذائف المدفعية.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert "موقع \"المالكية\"" in _mentions(r)


def test_post_in_the_shebaa_farms_is_the_israeli_army() -> None:
    r = _one("أكد حزب الله في بيان اليوم الثلاثاء أن مجاهديه استهدفوا موقع رويسات العلم في مزارع شبعا "
             "اللبنانية المحتلة بالصواريخ.")
    assert r["inter2"] == 8
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("رويسات العلم" in m for m in _mentions(r))


def test_gathering_of_enemy_soldiers_names_the_israeli_army() -> None:
    r = _one("أعلن حزب الله اليوم الثلاثاء أن عناصره قصفوا تجمعاً لجنود العدو قرب المطلة بالصواريخ.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("تجمع" in m and "العدو" in m for m in _mentions(r))


def test_settlement_joins_the_israeli_soldiers_hit() -> None:
    r = _one("استهدف حزب الله اليوم الثلاثاء مبنى يتمركز فيه جنود الاحتلال في مستوطنة المطلة بالصواريخ.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("مستوطنة المطلة" in m for m in _mentions(r))


def test_settlement_alone_names_its_garrison() -> None:
    """Session 24 (act) changed this guard: rockets of the axis on a settlement of Israel hit Israel's forces there
    (the held-out coding of the Lebanese front), the settlement's words their mention; a city stays with no side hit
    (tests/test_session24_act.py)."""
    r = _one("أطلق حزب الله اليوم الثلاثاء رشقة صاروخية على مستوطنة المطلة.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("مستوطنة المطلة" in m for m in _mentions(r))


def test_israeli_strike_on_a_lebanese_village_is_unchanged() -> None:
    """Guard: the other direction keeps no Israeli army as its side hit."""
    r = _one("شنّت طائرة مسيّرة إسرائيلية اليوم الثلاثاء غارة على بلدة عيتا الشعب جنوبي لبنان.")
    assert r["actor1"] == "Military Forces of Israel (2009-)"
    assert r["actor2"] != "Military Forces of Israel (2009-)"


def test_later_post_of_a_dual_list_names_the_israeli_army() -> None:
    rows = record_rows("أعلن حزب الله اليوم الثلاثاء أن مقاتليه قصفوا موقعي المالكية وبركة ريشا "
                       "بالأسلحة الصاروخية.", DAY)
    hit = [r for r in rows if r["location"] != "Malkia"]
    assert hit, rows
    for r in hit:
        assert r["actor2"] == "Military Forces of Israel (2009-)"
        assert any("بركة ريشا" in m for m in _mentions(r)), r["actor2_mentions"]


def test_post_of_held_land_named_beside_a_lebanese_place() -> None:
    r = _one("أعلن حزب الله اليوم الثلاثاء أنه قصف موقع السماقة في تلال كفرشوبا اللبنانية المحتلة بالصواريخ.")
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert any("موقع السماقة" in m for m in _mentions(r))


def test_city_fired_on_beside_a_post_keeps_no_army() -> None:
    """Guard: the post that a list names after a city is the next act's target, not the city's."""
    rows = record_rows("أعلنت سرايا القدس اليوم الثلاثاء قصف مدينة عسقلان برشقة صاروخية، وموقع كيسوفيم "
                       "بقذائف الهاون.", DAY)
    city = [r for r in rows if r["location"] == "Ashkelon"]
    assert city and city[0]["actor2"] == "", rows
