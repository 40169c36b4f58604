"""Session 14 (which acts become events): a policy or practice named by its act ("سياسة الاغتيالات",
"سياسات الاعتقال", "سياسة استهداف المنازل") is a way of acting that a speaker describes, not one act on one day
(``cues.tsv``, kind ``capability``: the act word right after the policy noun is no act); a real act told in the
same sentence after a policy word that names no act ("في إطار سياسة التصعيد، اغتالت …") stays an event.

A force's assault on a crowd named as its target ("اعتدت قوات الأمن على المحتجين") is the protest met with an
intervention (Protests / Protest with intervention, the crowd actor1 and the force actor2), never an armed clash
with the demonstrators as a side; the crowd's own stones keep the older reading (``frames._fill_actors``)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 2)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_policy_of_assassinations_in_a_statement_is_no_event() -> None:
    rows = _rows("وقال القيادي إنّ سياسة الاغتيالات الإسرائيلية لم تتوقف، والاحتلال مستمر بها ضد فصائل المقاومة "
                 "في الضفة.")
    assert rows == []


def test_policy_of_targeting_homes_going_on_daily_is_no_event() -> None:
    rows = _rows("وأكد الدفاع المدني في غزة أنّ سياسة استهداف المنازل المأهولة متواصلة بشكل يومي في حي الشجاعية "
                 "شرقي مدينة غزة.")
    assert rows == []


def test_policy_of_looting_recalled_is_no_event() -> None:
    rows = _rows("وذكرت الصحيفة اليوم أنّ الحكومة لجأت إلى سياسة نهب أراضي السكان في الجزيرة لتوسيع قاعدتها.")
    assert rows == []


def test_act_after_a_policy_word_naming_no_act_stays_an_event() -> None:
    rows = _rows("وفي إطار سياسة التصعيد، اغتالت طائرة مسيّرة إسرائيلية قيادياً في المقاومة بقصف سيارته في مدينة "
                 "جنين اليوم السبت.")
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence"


def test_force_assaulting_protesters_is_a_protest_with_intervention() -> None:
    rows = _rows("واعتدت قوات الأمن بالضرب على المحتجين في ساحة الكرامة بمدينة السويداء اليوم السبت.")
    assert len(rows) == 1
    r = rows[0]
    assert (r["event_type"], r["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert str(r["actor1"]).startswith("Protesters")
    assert r["actor2"]


def test_gas_fired_on_demonstrators_is_no_armed_clash() -> None:
    rows = _rows("واعتدت قوات الاحتلال بقنابل الغاز على المتظاهرين من سكان بلدة مجدل شمس، ما أدى إلى إصابة عدد منهم.")
    assert rows
    assert all(r["event_type"] != "Battles" for r in rows)
    assert any(r["sub_event_type"] == "Protest with intervention" for r in rows)
