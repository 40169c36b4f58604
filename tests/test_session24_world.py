"""Session 24 (WORLD): events abroad.  A state's report that calls the strikes of the enemy state it blames
"terrorist" ("حاول نظام كييف تنفيذ هجوم إرهابي بمسيّرات على موسكو") names that state's forces as the doer: the act
word is no unidentified armed group of the country hit, and the blamed forces are not the side hit.  Weapons foiled
over the country ("Disrupted weapons use") are the home forces' act against the blamed state's.  In Syria the
state's "terrorists" stay the armed opposition, and the foreign forces stationed there stay the side they hit.  A
police force that tells a shooting or its toll is its reporter, not a side of it (its own arrests stay its own).  A
missile or drone "launched from Yemen" at Israel with no attacker named is the Houthis'."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 8, 15)  # a Tuesday


def test_blamed_state_is_the_doer_of_the_terrorist_attack() -> None:
    rows = record_rows("أعلنت وزارة الدفاع الروسية، اليوم الثلاثاء، أن نظام كييف حاول تنفيذ هجوم إرهابي بطائرات "
                       "مسيرة على أهداف في مدينة كورسك.", DAY)
    assert rows
    assert all(r["actor1"] == "Military Forces of Ukraine (2019-)" for r in rows), rows
    assert not any("Unidentified" in str(r["actor1"]) + str(r["actor2"]) for r in rows)


def test_foiled_attack_is_the_home_forces_act_against_the_blamed_state() -> None:
    rows = record_rows("أسقطت الدفاعات الجوية الروسية فجر اليوم مسيرة فوق بيلغورود.\nوكانت وزارة الدفاع الروسية "
                       "قد أعلنت، الأحد الماضي، إحباط هجوم إرهابي نفذه نظام كييف بطائرة مسيرة قرب بريانسك.", DAY)
    foiled = [r for r in rows if r["sub_event_type"] == "Disrupted weapons use" and r["location"] == "Bryansk"]
    assert foiled, rows
    assert foiled[0]["actor1"] == "Military Forces of Russia (2000-)"
    assert foiled[0]["actor2"] == "Military Forces of Ukraine (2019-)"


def test_terrorist_attack_on_foreign_forces_in_syria_keeps_them_hit() -> None:
    rows = record_rows("قتل جنديان روسيان اليوم الثلاثاء في هجوم إرهابي استهدف القوات الروسية في ريف حماة.", DAY)
    assert rows
    assert not any(r["actor1"] == "Military Forces of Russia (2000-)" for r in rows), rows


def test_police_telling_a_shooting_is_no_side_of_it() -> None:
    rows = record_rows("قتل شخصان وأصيب خمسة آخرون في إطلاق نار خلال حفل في مدينة شيكاغو الأميركية، وقالت الشرطة "
                       "إن المهاجم فرّ من المكان.", DAY)
    assert rows
    assert not any("Police" in str(r["actor1"]) + str(r["actor2"]) for r in rows), rows


def test_police_in_a_headline_telling_a_toll_is_no_side() -> None:
    rows = record_rows("الشرطة الأميركية تفيد بمقتل ثلاثة أشخاص في إطلاق نار داخل متجر في مدينة شيكاغو.", DAY)
    assert rows
    assert not any("Police" in str(r["actor1"]) + str(r["actor2"]) for r in rows), rows


def test_police_telling_its_own_arrests_stays_the_arresting_side() -> None:
    rows = record_rows("قالت الشرطة الفرنسية إن 40 شخصاً اعتُقلوا خلال تظاهرة في مدينة ليون أمس.", DAY)
    assert any(r["actor1"] == "Police Forces of France" or r["actor2"] == "Police Forces of France" for r in rows), rows


def test_drone_launched_from_yemen_at_israel_is_the_houthis() -> None:
    rows = record_rows("انفجرت مسيّرة أُطلقت من اليمن فوق مدينة إيلات فجر اليوم، وأصيب شخصان بجروح.", DAY)
    assert rows
    assert rows[0]["actor1"] == "Military Forces of Yemen (2017-) Houthi", rows
