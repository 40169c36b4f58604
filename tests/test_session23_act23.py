"""Session 23 (ACT23): who was hit, and the words that name the actors.  The base or post an attack hit, told as
the event's place with its base noun ("قاعدة عين الأسد"), is a mention of the force there (actor2); a base "of the
coalition" named by its owner alone ("قاعدة للتحالف") is the coalition's; the drone of an unclaimed attack on a
foreign base names the unidentified attacker; the dead counted as martyrs ("6 شهداء", "عشرات الشهداء") of an attack
whose sentences name no side hit are civilians, not where they are soldiers or fighters."""

from __future__ import annotations

import datetime as dt

from helpers import one_record, record_rows

DAY = dt.date(2024, 2, 7)  # a Wednesday


def _one(text: str) -> dict[str, object]:
    return one_record(text, DAY)




def test_base_told_as_the_place_names_the_forces_hit() -> None:
    r = _one("أعلنت المقاومة الإسلامية في العراق، اليوم الأربعاء، أن مقاتليها استهدفوا الاحتلال الأميركي في قاعدة "
             "عين الأسد بالصواريخ.")
    assert r["inter2"] == 8
    assert any("قاعدة عين الأسد" in m for m in r["actor2_mentions"])  # type: ignore[union-attr]


def test_base_after_attack_noun_names_the_forces_hit() -> None:
    r = _one("قالت فصائل عراقية اليوم إنها نفذت هجوماً بالصواريخ على قوات الاحتلال الأميركي، مستهدفةً قاعدة عين "
             "الأسد غربي الأنبار.")
    assert r["inter2"] == 8
    assert any("قاعدة عين الأسد" in m for m in r["actor2_mentions"])  # type: ignore[union-attr]


def test_base_of_the_coalition_is_the_coalition() -> None:
    r = _one("قُتل متعاقد أميركي اليوم الأربعاء بعد أن ضربت طائرة مسيرة قاعدة للتحالف قرب الحسكة.")
    assert r["actor2"] == "Global Coalition Against Daesh"
    assert "قاعدة للتحالف" in r["actor2_mentions"]  # type: ignore[operator]


def test_drone_names_the_unknown_attacker_of_a_base() -> None:
    r = _one("أصيب جنديان أميركيان اليوم الأربعاء في هجوم بطائرة من دون طيار على قاعدة للتحالف في ريف الحسكة.")
    assert r["inter1"] == 3
    assert r["actor1_mentions"] == ["طائرة من دون طيار"]


def test_counted_martyrs_of_a_blast_are_civilians() -> None:
    r = _one("تبنى تنظيم داعش التفجير الذي وقع أمس الثلاثاء في منطقة السيدة زينب، وأودى بحياة 6 شهداء.")
    assert r["inter2"] == 7
    assert r["actor2_mentions"] == ["6 شهداء"]


def test_tens_of_martyrs_in_strikes_are_civilians() -> None:
    r = _one("سقط عشرات الشهداء اليوم الأربعاء في غارات إسرائيلية على خان يونس جنوبي قطاع غزة.")
    assert r["inter2"] == 7
    assert "عشرات الشهداء" in r["actor2_mentions"]  # type: ignore[operator]


def test_martyrs_among_them_soldiers_are_no_civilians() -> None:
    """Guard: the dead counted with the soldiers among them are no civilians (also passes on the old code)."""
    r = _one("استهدفت غارات إسرائيلية اليوم الأربعاء مواقع قرب مدينة السفيرة، وأدت إلى ارتقاء 12 شهيداً بينهم "
             "عسكريون سوريون.")
    assert r["inter2"] != 7


def test_martyrs_of_a_named_group_are_no_civilians() -> None:
    """Guard: the dead counted as a group's men are that group's (also passes on the old code)."""
    rows = record_rows("قصفت طائرة مسيرة إسرائيلية سيارة في بلدة الناقورة اليوم الأربعاء، ما أدى إلى سقوط 3 شهداء من "
                       "عناصر حزب الله.", DAY)
    assert all(r["inter2"] != 7 for r in rows)


def test_town_shelled_is_no_armed_target() -> None:
    """Guard: a town shelled names no force there (also passes on the old code)."""
    rows = record_rows("قصفت مدفعية الاحتلال الإسرائيلي اليوم الأربعاء أطراف بلدة كفركلا جنوبي لبنان.", DAY)
    assert rows and all(not r["actor2_mentions"] for r in rows)
