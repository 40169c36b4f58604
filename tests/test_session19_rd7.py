"""Session 19 (ROUND7): round-ups — one sentence, several towns, each with its own toll.  A list of tolls told before
the act ("قتل شابان في X وآخر في Y برصاص مجهولين", "قتل 4 في X و2 في Y خلال اشتباكات", "قتل اثنان في X، فيما أصيب
3 آخرون في Y جراء هجومين") is one event per town with the toll told for that town; so is a list of tolls told after
an act at the regions that hold the towns ("استهدف نقاطاً في ريفي A وB، ما أدى إلى مقتل 3 في X، وإصابة 2 في Y"), and
a split whose places share one clause takes each place's own count ("ما أدى إلى مقتل 4 في X وإصابة 3 آخرين في
Y"), not zero.  A toll told once of two places with no count of each, or a place after the act word, is no list.
"ريفي دمشق وحمص": the countryside of Damascus is the governorate Rif Dimashq, which holds the towns of the toll."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 20)


def _tolls(text: str, on: dt.date = DAY) -> dict[str, int]:
    return {str(r["location"]): int(str(r["fatalities"])) for r in record_rows(text, on)}


def test_two_dead_in_one_town_and_another_in_the_next() -> None:
    tolls = _tolls("قُتل شابان في مدينة طفس وآخر في بلدة المزيريب برصاص مسلحين مجهولين مساء أمس.")
    assert tolls == {"Tafas": 2, "Mzeireb": 1}


def test_bare_count_before_each_town() -> None:
    tolls = _tolls("قُتل 3 مدنيين في نوى و2 في جاسم جراء قصف مدفعي مساء أمس.")
    assert tolls == {"Nawa": 3, "Jasim": 2}


def test_dead_in_one_town_while_others_wounded_in_another() -> None:
    tolls = _tolls("وفي ريف دير الزور، قُتل عنصران من قسد في بلدة البصيرة، فيما أصيب 3 آخرون في بلدة ذيبان، "
                   "جراء هجومين نفذتهما خلايا تنظيم داعش ليل أمس.")
    assert tolls == {"Basira": 2, "Thiban": 0}


def test_killed_and_wounded_joined_by_and_with_the_shelling_after() -> None:
    tolls = _tolls("استشهد مدنيان في مدينة محردة وأُصيب 4 آخرون في مدينة السقيلبية جراء قصف المسلحين بالقذائف "
                   "الصاروخية صباح اليوم.")
    assert tolls == {"Muhradah": 2, "As-Suqaylabiyah": 0}


def test_towns_of_the_toll_stand_for_the_regions_of_the_strike() -> None:
    tolls = _tolls("شنّ الاحتلال الإسرائيلي فجر اليوم عدواناً جوياً استهدف عدداً من النقاط في ريفي حمص وحماة، ما أدى "
                   "إلى استشهاد 3 عسكريين في محيط مدينة القصير، وإصابة جنديين في مدينة مصياف.")
    assert tolls == {"Al-Qusayr": 3, "Masyaf": 0}


def test_split_towns_sharing_a_clause_keep_their_own_tolls() -> None:
    tolls = _tolls("قصفت القوات التركية اليوم عدداً من القرى في ريف حلب الشمالي، ما أدى إلى مقتل 4 مدنيين في تل رفعت "
                   "وإصابة 3 آخرين في قرية كفرنايا.")
    assert tolls == {"Tall Refaat": 4, "Kafrnaya": 0}


def test_guard_place_after_the_act_word_is_its_target() -> None:
    """Guard (passes on the old code too): a place after the act word is the act's target, no list item."""
    tolls = _tolls("قُتل 3 مدنيين في نوى جراء قصف مدفعي استهدف جاسم مساء أمس.")
    assert tolls == {"Nawa": 3}


def test_guard_one_toll_for_two_towns_is_no_list() -> None:
    """Guard (passes on the old code too): two towns with no count of each are no list of tolls."""
    rows = record_rows("قُتل 3 مدنيين في نوى وجاسم جراء قصف مدفعي مساء أمس.", DAY)
    assert len(rows) == 1


def test_dual_countryside_of_damascus_is_rif_dimashq() -> None:
    rows = record_rows("شنّ الاحتلال الإسرائيلي فجر اليوم عدواناً جوياً استهدف عدداً من النقاط في ريفي دمشق وحمص، ما أدى "
                       "إلى استشهاد 3 عسكريين في محيط مدينة القصير، وإصابة جنديين في منطقة الكسوة.", DAY)
    assert {str(r["location"]): int(str(r["fatalities"])) for r in rows} == {"Al-Qusayr": 3, "Kisweh": 0}
