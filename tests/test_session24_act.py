"""Session 24 (act): the two sides of a clash on Israel's fronts, and the Israeli army's units as the side hit.  A clash
in Palestine or Lebanon that names Israel's forces alone was fought with the resistance of the place; one that names
an armed group of the "axis" front alone was fought with Israel's forces; a group's fighters named by its pronoun
("مقاوموها") are that group; a brigade of the Israeli army ("لواء غولاني") is Israel's forces."""

from __future__ import annotations

import datetime as dt

from helpers import one_record, record_rows

DAY = dt.date(2024, 3, 5)  # a Tuesday


def _one(text: str) -> dict[str, object]:
    return one_record(text, DAY)


def test_israeli_raid_with_clashes_has_the_resistance_as_other_side() -> None:
    r = _one("دخلت قوات الاحتلال مخيم طولكرم اليوم الثلاثاء، فاندلعت مواجهات حادة دامت حتى الظهر.")
    assert r["sub_event_type"] == "Armed clash"
    assert r["actor1"] == "Military Forces of Israel (2009-)"
    assert r["actor2"] == "Unidentified Armed Group (Palestine)"
    assert r["interaction"] == 38


def test_group_fighting_alone_fought_the_israeli_forces() -> None:
    r = _one("خاضت سرايا القدس اليوم الثلاثاء اشتباكات عنيفة في مخيم جنين.")
    assert r["actor1"] == "PIJ: Palestinian Islamic Jihad"
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert r["interaction"] == 28


def test_fighters_named_by_pronoun_are_the_group() -> None:
    r = _one("وأعلنت كتائب القسام اليوم الثلاثاء أن مقاوميها خاضوا اشتباكات مسلحة مع قوات الاحتلال في بيت لاهيا.")
    assert r["actor1"] == "Hamas Movement"
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert "مقاوميها" in r["actor1_mentions"]  # type: ignore[operator]


def test_brigade_headquarters_hit_is_the_israeli_army() -> None:
    r = _one("استهدف حزب الله اليوم الثلاثاء مقر لواء غولاني شمالي عكا بمسيرات انقضاضية.")
    assert r["actor1"] == "Hezbollah"
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert r["interaction"] == 13
    assert "لواء غولاني" in r["actor2_mentions"]  # type: ignore[operator]


def test_said_it_shelled_takes_the_doer_of_the_sentence_before() -> None:
    rows = record_rows("أعلنت سرايا القدس اليوم الثلاثاء أن مجاهديها اشتبكوا مع جنود الاحتلال في خان يونس. "
                       "كما أكدت أنها قصفت مستوطنة سديروت برشقة صاروخية.", DAY)
    shelling = [r for r in rows if r["location"] == "Sderot"]
    assert shelling and shelling[0]["actor1"] == "PIJ: Palestinian Islamic Jihad"


def test_massed_forces_after_also_are_the_side_hit() -> None:
    rows = record_rows("ودمرت سرايا القدس اليوم الثلاثاء آلية إسرائيلية بعبوة ناسفة في حي الزيتون. واستهدفت أيضاً "
                       "تحشيدات الاحتلال في محيط موقع صوفا بضربات صاروخية.", DAY)
    sufa = [r for r in rows if r["location"] == "Sufa"]
    assert sufa and sufa[0]["actor1"] == "PIJ: Palestinian Islamic Jihad"
    assert sufa[0]["actor2"] == "Military Forces of Israel (2009-)"


def test_settlement_fired_on_by_the_resistance_names_the_israeli_forces() -> None:
    r = _one("استهدفت المقاومة الإسلامية في لبنان اليوم الثلاثاء مستوطنة كريات شمونة بصواريخ الكاتيوشا.")
    assert r["actor1"] == "Hezbollah"
    assert r["actor2"] == "Military Forces of Israel (2009-)"
    assert "مستوطنة كريات شمونة" in r["actor2_mentions"]  # type: ignore[operator]


def test_city_fired_on_names_no_side_hit() -> None:
    r = _one("استهدفت كتائب القسام اليوم الثلاثاء مدينة أسدود برشقة صاروخية.")
    assert r["actor1"] == "Hamas Movement"
    assert r["actor2"] == ""


def test_quoted_second_post_of_a_dual_is_the_israeli_army() -> None:
    rows = record_rows('دكت كتائب القسام القوات الإسرائيلية في جباليا اليوم الثلاثاء. واستهدفت موقعي "الكاميرا" '
                       'و"كيسوفيم" برشقات صاروخية مركزة.', DAY)
    assert all(r["actor2"] == "Military Forces of Israel (2009-)" for r in rows), rows


def test_stabbing_of_soldiers_is_a_clash_not_violence_against_civilians() -> None:
    r = _one("أصيب جنديان إسرائيليان بجروح اليوم الثلاثاء في عملية طعن عند حاجز قلنديا.")
    assert r["sub_event_type"] == "Armed clash"
    assert r["civilian_targeting"] == ""
    assert r["interaction"] == 38
