"""Session 42 (ac28): Yemen's sides in the sets written blind.  The Houthis as their opponents name them ("مليشيا
الحوثي", "قصف حوثي") and as the Sanaa media name their own forces ("الجيش واللجان الشعبية"); the STC's southern
forces and the recognised government's forces, state forces of other factions of the same state (two sides, never
one: ``_same_side`` reads the faction after the years); AQAP by its full name; the Saudi-led coalition; and a bomb
whose only "attacker" is a vague army word of the country of the named force it hit (the soldiers hit, not an
attacker of their own country)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def _names(rows: list[dict[str, object]]) -> set[str]:
    return {str(r["actor1"]) for r in rows} | {str(r["actor2"]) for r in rows}


def test_two_factions_of_a_divided_state_are_two_sides() -> None:
    from rasd.actors import lexicon
    from rasd.events.frames import _same_side

    table = lexicon.actors()
    assert not _same_side(table["yem_houthi"], table["yem_south"])
    assert not _same_side(table["yem_gov"], table["yem_houthi"])
    assert _same_side(table["syr_gov"], table["syr_4th_div"])


def test_houthi_attack_repelled_by_southern_forces_names_both_sides() -> None:
    text = ("تصدت القوات الجنوبية مساء الاثنين لهجوم شنته ميليشيا الحوثي على مواقعها في مديرية قعطبة شمال محافظة "
            "الضالع، وأجبرت المهاجمين على التراجع بعد مواجهات استمرت ساعتين.")
    rows = _rows(text, dt.date(2023, 4, 11), "Battles")
    assert rows
    r = rows[0]
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Yemen (2017-) Houthi",
                                           "Military Forces of Yemen (2017-) Southern Transitional Council"}


def test_government_forces_clash_with_the_houthis() -> None:
    text = ("اندلعت اشتباكات عنيفة فجر اليوم بين قوات الحكومة الشرعية ومسلحي الحوثي في مديرية حيس جنوبي محافظة "
            "الحديدة، ما أسفر عن مقتل أربعة من الطرفين.")
    rows = _rows(text, dt.date(2022, 11, 3), "Battles")
    assert rows
    assert {"Military Forces of Yemen (2016-) Government", "Military Forces of Yemen (2017-) Houthi"} <= _names(rows)


def test_houthi_adjective_names_the_shelling_side() -> None:
    text = "أصيب ثلاثة مدنيين بينهم امرأة، مساء أمس، جراء قصف مدفعي حوثي استهدف حياً سكنياً شرقي مدينة تعز."
    rows = _rows(text, dt.date(2022, 9, 20), "Explosions/Remote violence")
    assert rows
    assert rows[0]["actor1"] == "Military Forces of Yemen (2017-) Houthi"
    assert rows[0]["inter2"] == 7


def test_sanaa_media_name_their_forces_army_and_committees() -> None:
    text = ("خاضت قوات الجيش واللجان الشعبية اليوم اشتباكات عنيفة مع مرتزقة العدوان في جبهة الكسارة بمديرية صرواح "
            "غربي محافظة مأرب، أسفرت عن مقتل عدد منهم.")
    rows = _rows(text, dt.date(2021, 3, 2), "Battles")
    assert rows
    assert {"Military Forces of Yemen (2017-) Houthi", "Military Forces of Yemen (2016-) Government"} <= _names(rows)


def test_saudi_led_coalition_air_strike() -> None:
    text = ("شنت مقاتلات تحالف دعم الشرعية صباح اليوم سلسلة غارات على تجمعات للمسلحين الحوثيين في مديرية صرواح غربي "
            "محافظة مأرب.")
    rows = _rows(text, dt.date(2021, 3, 2), "Explosions/Remote violence")
    assert rows
    assert rows[0]["actor1"] == "Military Forces of Saudi Arabia (2015-)"
    assert rows[0]["inter1"] == 8


def test_vague_soldiers_hit_by_a_bomb_are_the_named_forces_men() -> None:
    text = ("أبين: مقتل جنديين بعبوة ناسفة في مودية\n\n"
            "عدن - خاص\n\n"
            "قُتل جنديان من قوات دفاع شبوة وأصيب ثالث، صباح اليوم الأربعاء، بانفجار عبوة ناسفة زُرعت على جانب "
            "طريق فرعي في مديرية مودية شرقي محافظة أبين، أثناء مرور دورية عسكرية.")
    rows = _rows(text, dt.date(2023, 10, 4), "Explosions/Remote violence")
    assert rows
    for r in rows:
        assert r["actor1"] != "Military Forces of Yemen"
        assert r["actor2"] == "Military Forces of Yemen (2017-) Southern Transitional Council"


def test_aqap_by_its_full_name() -> None:
    text = ("هاجم مسلحون من تنظيم القاعدة في جزيرة العرب فجر اليوم نقطة عسكرية لقوات الحزام الأمني في مديرية "
            "المحفد بمحافظة أبين، ما أدى إلى مقتل جندي.")
    rows = _rows(text, dt.date(2024, 1, 9), "Battles")
    assert rows
    names = _names(rows)
    assert "AQAP: Al Qaeda in the Arabian Peninsula" in names
    assert "Military Forces of Yemen (2017-) Southern Transitional Council" in names
    assert rows[0]["location"] == "Al-Mahfad"
