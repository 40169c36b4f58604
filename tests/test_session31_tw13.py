"""Session 31 (tw13): two acts in one sentence.  The target of the first clause striking back in the second is
another act even when the first names no attacker; factions named right after the attack verb are its subject;
a clause of "فيما" with another kind of act and no side named is an act of its own; a remote weapon told beside a
clash still belongs to it.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows

PUB = dt.date(2023, 11, 8)


def test_the_target_striking_back_is_another_event() -> None:
    text = ("سقطت صواريخ على قاعدة للقوات الأميركية قرب بلدة الشدادي مساء اليوم، فيما قصفت القوات الأميركية "
            "مواقع لقوات الدفاع الوطني في محيط البلدة.")
    events = event_rows(text, PUB)
    assert len(events) == 2
    assert any(e[2] == "usa" for e in events)


def test_factions_right_after_the_verb_are_its_subject() -> None:
    text = "استهدفت فصائل الفتح المبين بصاروخ موجه دبابة لقوات النظام قرب بلدة سرمين صباح اليوم."
    events = event_rows(text, PUB)
    assert len(events) == 1
    assert events[0][2] == "fateh_mubin"
    assert events[0][3] == "syr_gov"


def test_two_sides_shelling_each_other_at_one_town_are_two_events() -> None:
    text = ("قصفت قوات النظام بالصواريخ منازل المدنيين في بلدة سرمين صباح اليوم، في حين استهدفت فصائل الفتح المبين "
            "بصاروخ موجه آلية لقوات النظام على محور البلدة.")
    events = event_rows(text, PUB)
    assert len(events) == 2
    assert {e[2] for e in events} == {"syr_gov", "fateh_mubin"}


def test_another_kind_of_act_with_no_side_is_its_own_event() -> None:
    text = ("قتل مسلحون مجهولون شاباً برصاص في بلدة داعل مساء اليوم، فيما انفجرت عبوة ناسفة بسيارة قيادي سابق "
            "في البلدة ذاتها.")
    events = event_rows(text, PUB)
    assert len(events) == 2
    assert {e[0] for e in events} == {"Violence against civilians", "Explosions/Remote violence"}


def test_shells_falling_beside_a_clash_stay_in_the_clash() -> None:
    text = "اندلعت اشتباكات بين قوات النظام ومسلحين في بلدة طفس اليوم، فيما سقطت قذائف على أطراف البلدة."
    events = event_rows(text, PUB)
    assert len(events) == 1
    assert events[0][0] == "Battles"
