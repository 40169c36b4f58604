"""Session 26 (VICTIM: the side hit told as the sentence's subject).

- a weapon or an act followed by a verb of launching, waging or carrying out with its object pronoun and then a side
  ("صواريخ أطلقها حزب الله", "الصواريخ التي أطلقتها المقاومة") names that side as the attacker, unless the weapon
  was shot down or intercepted (the interceptor is ACLED's actor1) or is a means the sentence's doer used;
- the owner of a target, a bus or a vehicle ("هدفاً عسكرياً للجيش", "تعرّضت حافلة للمستوطنين لإطلاق نار") is the side
  hit, never the attacker;
- the people named right after a death or injury word are the mention of the side hit ("أصيب الصحافي …"), not the
  verb itself;
- an attack on Israeli civilians told as an operation of unnamed assailants ("في عملية إطلاق نار") is the
  unidentified armed group's;
- a weapon that another side once fired ("مستخدمين قذائف أطلقها الاحتلال") leaves the doer named before it.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 10)
ISRAEL = "Military Forces of Israel (2009-)"
HEZBOLLAH = "Hezbollah"
SETTLERS = "Settlers (Israel)"
UNKNOWN_PS = "Unidentified Armed Group (Palestine)"


def _records(text: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return list(records(Pipeline()(doc)))


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["sub_event_type"]), str(r["actor1"]), str(r["actor2"])) for r in _records(text)]


def test_the_launcher_after_a_weapon_and_its_pronoun_is_the_attacker() -> None:
    rows = _rows("أصيب جنديان إسرائيليان اليوم بصواريخ أطلقها حزب الله على ثكنة برانيت في الجليل الأعلى.")
    assert rows and all(a1 == HEZBOLLAH and a2 == ISRAEL for _, a1, a2 in rows), rows


def test_a_launcher_of_weapons_shot_down_is_not_the_interceptor() -> None:
    # ACLED's disrupted weapons use: the side that stopped the weapon is actor1
    rows = _rows("أسقطت الدفاعات الجوية السورية اليوم طائرات مسيّرة أطلقتها المجموعات المسلحة باتجاه مطار حميميم.")
    assert rows and all(a1 != "Opposition Rebels (Syria)" for _, a1, _ in rows), rows


def test_the_owner_of_a_target_is_the_side_hit() -> None:
    rows = _rows("قصفت الطائرة المسيّرة هدفاً عسكرياً للجيش الإسرائيلي في إيلات اليوم.")
    assert rows and all(a1 != ISRAEL for _, a1, _ in rows), rows


def test_a_settlers_bus_fired_at_is_hit_not_the_attacker() -> None:
    rows = _rows("تعرّضت حافلة للمستوطنين لإطلاق نار قرب مستوطنة أرئيل شمال سلفيت اليوم، من دون وقوع إصابات.")
    assert rows and all(a1 != SETTLERS and a2 == SETTLERS for _, a1, a2 in rows), rows


def test_the_wounded_journalist_is_the_mention_of_the_side_hit() -> None:
    recs = _records("أصيب الصحافي محمد سالم برصاص الاحتلال خلال تغطيته اقتحام مخيم جنين اليوم.")
    assert recs and recs[0]["actor1"] == ISRAEL, recs
    assert "أصيب" not in recs[0]["actor2_mentions"] and "الصحافي" in recs[0]["actor2_mentions"], recs[0]


def test_an_unclaimed_shooting_on_israelis_is_an_unidentified_groups() -> None:
    rows = _rows("إصابة إسرائيليين في عملية إطلاق نار في بلدة حوارة جنوبي نابلس مساء اليوم.")
    assert rows and all(a1 == UNKNOWN_PS for _, a1, _ in rows), rows


def test_a_weapon_fired_earlier_by_another_side_leaves_the_doer() -> None:
    # the doer before the weapon stays the attacker; the side that once fired the weapon is no party
    rows = _rows("فجّر مقاتلو كتائب القسام عبوة بقوة إسرائيلية في رفح اليوم، مستخدمين قذائف أطلقها الاحتلال "
                 "ولم تنفجر.")
    assert rows and all(a1 == "Hamas Movement" for _, a1, _ in rows), rows


def test_the_wounded_named_after_a_count_and_not_their_wounds() -> None:
    recs = _records("أصيب نحو عشرين شاباً في مواجهات مع قوات الاحتلال في بلدة بيتا جنوب نابلس اليوم.")
    assert recs and all("نحو" not in r["actor1_mentions"] and "نحو" not in r["actor2_mentions"] for r in recs), recs


def test_a_strike_on_a_named_target_keeps_its_attacker() -> None:
    # "X targeted Y" stays as it reads: the attacker before the verb, the owner of the target after it
    rows = _rows("استهدفت المقاومة الإسلامية هدفاً عسكرياً لجيش الاحتلال قرب مستوطنة المطلة بالصواريخ اليوم.")
    assert rows and all(a2 == ISRAEL and a1 != ISRAEL for _, a1, a2 in rows), rows
