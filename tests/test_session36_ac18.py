"""Session 36 (ac18): actors.  The accusative forms of the people an act hits or holds ("رجلاً"), passers-by,
patients and a former commander named bare ("قيادياً سابقاً") are civilians; gunmen tied to a group by a verb of
belonging ("مسلحون يتبعون لفصيل X", "ينتمون إلى تنظيم Y") are that group's men; a bare definite force noun as the
subject of an act ("واعتقلت القوات …", "بأن القوة اعتقلت …") is the force the article named before; the fallen army
named as the old owner of sites struck after its fall is no side; townsfolk right after a verb of saying are
witnesses, not victims."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 10)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_a_man_held_is_the_civilian_arrested() -> None:
    rows = [r for r in _rows("اعتقلت دورية من الأمن العام أمس رجلاً في مدينة الصنمين.")
            if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_a_passer_by_shot_dead_is_an_attack_on_a_civilian() -> None:
    rows = _rows("قُتل أحد المارة أمس برصاص مسلحين مجهولين على طريق بلدة اليادودة في ريف درعا الغربي.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_a_man_taken_and_a_passer_by_hurt_are_civilians() -> None:
    rows = [r for r in _rows("خطف مسلحون مجهولون أمس رجلاً مسناً من أمام منزله في مدينة نوى.")
            if r["event_type"] == "Violence against civilians"]
    assert rows and rows[0]["inter2"] == 7
    rows = [r for r in _rows("أصيب أحد المارة أمس بانفجار عبوة ناسفة زرعها مجهولون قرب سوق مدينة جاسم.")
            if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["inter2"] == 7


def test_a_former_commander_named_bare_is_a_civilian() -> None:
    rows = [r for r in _rows("اغتال مسلحون مجهولون أمس قيادياً سابقاً أمام منزله في مدينة طفس.", dt.date(2023, 6, 10))
            if r["event_type"] == "Violence against civilians"]
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_gunmen_of_a_group_by_a_verb_of_belonging_are_its_men() -> None:
    day = dt.date(2022, 10, 25)
    rows = _rows("خطف مسلحون يتبعون لفصيل السلطان سليمان شاه أمس رجلاً في ناحية شيخ الحديد.", day)
    assert rows and rows[0]["inter1"] == 2 and rows[0]["inter2"] == 7
    assert rows[0]["actor1"] == "Syrian National Army"
    rows = _rows("قتل مسلحون ينتمون إلى تنظيم داعش أمس شاباً يرعى الأغنام في بادية السخنة.", day)
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert str(rows[0]["actor1"]).startswith("Islamic State") and rows[0]["inter2"] == 7


def test_a_bare_force_noun_after_its_verb_is_the_force_named_before() -> None:
    text = ("بدأت قوات تابعة لإدارة الأمن العام أمس حملة تمشيط في ريف جبلة. "
            "واعتقلت القوات تسعة أشخاص من أهالي بلدة عين شقاق.")
    rows = [r for r in _rows(text, dt.date(2025, 2, 18)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7
    assert "القوات" in rows[0]["actor1_mentions"]
    # an adjective after the noun makes a name of its own, not a reference back
    rows = [r for r in _rows("اعتقلت القوات الأمنية أمس شابين في مدينة جبلة.", dt.date(2025, 2, 18))
            if r["sub_event_type"] == "Arrests"]
    assert rows and "القوات الأمنية" in rows[0]["actor1_mentions"]


def test_the_fallen_armys_old_sites_name_no_side() -> None:
    day = dt.date(2025, 3, 12)
    rows = _rows("شنت طائرات إسرائيلية أمس غارات على مواقع عسكرية كانت تتبع لجيش النظام البائد في محيط مدينة الكسوة.",
                 day)
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 0
    # the fallen regime's armed remnants are a side of their own
    rows = _rows("قصفت قوات الأمن العام أمس مواقع لفلول النظام البائد قرب بلدة عين شقاق.", day)
    assert rows and {rows[0]["inter1"], rows[0]["inter2"]} == {1, 3}


def test_townsfolk_who_tell_the_strike_are_no_side_of_it() -> None:
    rows = _rows("قال سكان لموقع محلي إن طائرات إسرائيلية استهدفت أمس موقعاً عسكرياً قرب مدينة طرطوس.",
                 dt.date(2025, 7, 9))
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 0
