"""Session 31 (dp13, one act told twice): what the attackers did in the course of their attack (weapons taken, a
vehicle burnt, their retreat) is part of the attack; a place where the shelling force is based ("المتمركزة على
محاور X") or where the planes took off ("أقلعت من قاعدة X في محافظة Y") is the origin of the fire, no second event
there; and the other party's version of the act, told with bare act words after "من جهتها، قالت …", is that act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 11, 20)  # a Sunday


def _kinds(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["location"]) for r in rows if not r["historical"]]


def test_the_attackers_spoils_and_retreat_are_part_of_their_attack() -> None:
    text = ("هاجمت خلايا تنظيم داعش فجر اليوم نقطة لقوات النظام قرب مدينة السخنة واشتبكت مع عناصرها لساعة. "
            "وأفادت مصادر أن المهاجمين استولوا على ذخائر من النقطة وأحرقوا عربة عسكرية قبل انسحابهم إلى البادية.")
    rows = record_rows(text, DAY)
    assert [r["event_type"] for r in rows] == ["Battles"]


def test_a_looting_told_alone_stays_an_event() -> None:
    rows = record_rows("استولى مسلحون مجهولون اليوم على مستودع للقمح في مدينة السخنة ونهبوا محتوياته.", DAY)
    assert any(r["sub_event_type"] == "Looting/property destruction" for r in rows)


def test_the_base_of_the_shelling_force_is_its_origin() -> None:
    text = ("قُتل مدنيان اليوم بقصف مدفعي لقوات النظام على مدينة أريحا. "
            "وقال مراسل محلي إن قوات النظام المتمركزة على محاور جبل الأربعين أطلقت عشر قذائف سقطت بين المنازل.")
    rows = record_rows(text, DAY)
    assert [r["location"] for r in rows] == ["Ariha"]


def test_the_base_the_planes_took_off_from_is_their_origin() -> None:
    text = ("قُتل مدنيان اليوم بغارات جوية روسية على بلدة بنش في ريف إدلب. "
            "وأفاد مراسل بأن مقاتلات روسية أقلعت من قاعدة حميميم في محافظة اللاذقية وشنت غارات على منازل البلدة.")
    rows = record_rows(text, DAY)
    assert [r["location"] for r in rows] == ["Bennsh"]


def test_the_other_partys_version_is_the_same_strike() -> None:
    text = ("قُتل عنصران من الأسايش اليوم إثر استهداف طائرة مسيّرة تركية سيارتهما قرب مدينة عامودا. "
            "من جهتها، قالت قيادة الأسايش في بيان إن الاحتلال التركي استهدف عناصرها قرب عامودا.")
    rows = record_rows(text, DAY)
    assert _kinds(rows) == [("Explosions/Remote violence", "Amuda")]


def test_a_reply_told_by_the_other_party_stays_apart() -> None:
    text = ("قصفت قوات النظام اليوم بقذائف المدفعية بلدة كفرنبل في ريف إدلب. "
            "من جهتها، قالت الفصائل إنها قصفت مواقع قوات النظام في محيط كفرنبل بالصواريخ.")
    rows = record_rows(text, DAY)
    assert len([r for r in rows if r["event_type"] == "Explosions/Remote violence"]) == 2
