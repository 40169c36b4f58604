"""Session 22 (G3TYPE): event types and actors of regional attack reports (invented sentences)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_DAY = dt.date(2023, 11, 6)


def test_drone_as_possessor_of_the_attack_is_a_drone_strike() -> None:
    # "هجوم مسيّرة": the drone's attack, not a march nor a generic attack on civilians
    rows = record_rows("قتل مدنيان اليوم في هجوم مسيرات على قرية في ريف حلب.", _DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [
        ("Explosions/Remote violence", "Air/drone strike")]


def test_drone_attack_on_a_position_is_no_armed_clash() -> None:
    # guard (passes on the old code too)
    rows = record_rows("أصيب جندي في هجوم مسيّرة على موقع عسكري في ريف إدلب اليوم.", _DAY)
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]


def test_ukrainian_drone_killing_civilians_is_a_remote_attack() -> None:
    rows = record_rows("مقتل ثلاثة مدنيين بهجوم مسيرة أوكرانية في بيلغورود.", _DAY)
    assert [(r["event_type"], r["actor1"]) for r in rows] == [
        ("Explosions/Remote violence", "Military Forces of Ukraine (2019-)")]


def test_sides_listed_after_taarrada_are_all_hit() -> None:
    # "تعرّض X، وY لـ…": both listed forces are the side hit, neither the attacker
    rows = record_rows("تعرّضت القوات الأميركية، وقوات التحالف الدولي لهجوم في ريف الحسكة اليوم.", _DAY)
    assert len(rows) == 1
    assert rows[0]["actor1"] == ""
    assert rows[0]["inter2"] == 8 and "قوات التحالف الدولي" in rows[0]["actor2_mentions"]


def test_many_attacks_since_a_date_in_a_statement_of_today_are_a_tally() -> None:
    # a count of attacks "since" a date is a tally even when the statement is dated today
    rows = record_rows("أعلن مسؤول في وزارة الدفاع الأميركية اليوم الاثنين تعرّض القوات الأميركية وقوات التحالف الدولي "
                       "لنحو 40 هجوماً منذ 17 تشرين الأول.", _DAY)
    assert rows == []


def test_one_attack_today_is_still_an_event() -> None:
    # guard: a single attack of today stays an event
    rows = record_rows("أعلن مسؤول عسكري اليوم الاثنين تعرض القوات الأميركية لهجوم صاروخي في ريف الحسكة.", _DAY)
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]


def test_ordinal_day_of_a_war_is_no_count_of_attacks() -> None:
    # guard: "في اليوم الـ 169 للعدوان" numbers the war's day, it counts no acts
    rows = record_rows("قصفت طائرات الاحتلال اليوم منزلاً في رفح، في اليوم الـ 169 للعدوان المستمر منذ السابع من "
                       "تشرين الأول.", dt.date(2024, 3, 23))
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
