"""Session 11 (pol): Israel's police as an actor.  The outlets name it "شرطة الاحتلال", "الشرطة الإسرائيلية",
"شرطة كيان الاحتلال" and its Border Police "شرطة حرس الحدود": ACLED's Police Forces of Israel, state forces (1) in
Israel and an external force (8) in Jerusalem and the West Bank like Israel's army, never the army's opponent; a bare
"الشرطة" in Jerusalem is Israel's (no Palestinian police works there), elsewhere in Palestine the Palestinian police;
a police force that announces a toll tells it as a source.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rasd.actors.lexicon import actors
from rasd.document import ActorRef
from rasd.output.records import _output_name, to_record
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 12)
ISR_POLICE = "Police Forces of Israel (2009-)"


def _records(text: str) -> list[dict[str, Any]]:
    doc = extract_text(text, published=DAY)
    return [to_record(doc, ev) for ev in doc.events]


def _keys(text: str) -> list[str]:
    doc = extract_text(text, published=DAY)
    return [getattr(a.value, "key", "") for a in doc.layer("actors")]


@pytest.mark.parametrize("text, key", [
    ("اقتحمت شرطة الاحتلال باحات المسجد اليوم.", "isr_police"),
    ("واعتقلت الشرطة الإسرائيلية عدداً من المحتجين مساء اليوم.", "isr_police"),
    ("وقعت مواجهات بين المتظاهرين وشرطة كيان الاحتلال مساء اليوم.", "isr_police"),
    ("أصيب عنصران من شرطة حرس الحدود في عملية دهس اليوم.", "isr_border_police"),
])
def test_the_outlets_names_of_israels_police_are_its_police(text: str, key: str) -> None:
    assert key in _keys(text)


def test_occupation_police_in_jerusalem_is_israels_and_external() -> None:
    recs = _records("واعتقلت شرطة الاحتلال اليوم ثلاثة شبان من بلدة سلوان في القدس المحتلة.")
    police = [(r["actor1"], r["inter1"]) for r in recs if "Police" in r["actor1"]]
    assert police and all(p == (ISR_POLICE, 8) for p in police), [(r["actor1"], r["inter1"]) for r in recs]


def test_israels_police_at_home_is_a_state_force() -> None:
    recs = _records("وفرّقت شرطة الاحتلال بخراطيم المياه آلاف المتظاهرين في تل أبيب مساء اليوم.")
    sides = [(r["actor2"], r["inter2"]) for r in recs if r["event_type"] == "Protests"]
    assert sides and all(s == (ISR_POLICE, 1) for s in sides), sides


def test_a_bare_police_word_in_jerusalem_is_israels_but_palestinian_in_ramallah() -> None:
    jerusalem = _records("وأطلق شرطي النار على شاب فلسطيني عند باب العامود في القدس المحتلة اليوم.")
    names = [r["actor1"] for r in jerusalem if r["actor1"].startswith("Police")]
    assert names and all(n == ISR_POLICE for n in names), [r["actor1"] for r in jerusalem]
    ramallah = _records("واعتقلت الشرطة في رام الله اليوم شابين بتهمة سرقة محل تجاري.")
    names = [r["actor1"] for r in ramallah if r["actor1"].startswith("Police")]
    assert names and all(n == "Police Forces of Palestine" for n in names), [r["actor1"] for r in ramallah]


def test_israels_army_and_police_are_never_opponents() -> None:
    recs = _records("وأطلق جنود الاحتلال وعناصر من شرطة الاحتلال النار على شبان في حي الشيخ جراح "
                    "في القدس المحتلة اليوم.")
    assert recs
    assert any(r["assoc_actor_1"] == ISR_POLICE for r in recs), [(r["actor1"], r["assoc_actor_1"]) for r in recs]
    for r in recs:
        pair = (r["actor1"], r["actor2"])
        assert not (any(a.startswith("Police") for a in pair) and "Military Forces of Israel (2009-)" in pair), pair


def test_police_announcing_a_toll_is_a_source_not_a_party() -> None:
    recs = _records("وأعلنت شرطة الاحتلال وقوع 4 قتلى وعدد من الجرحى، في إطلاق نار قرب محطة حافلات في القدس.")
    assert recs
    pairs = [(r["actor1"], r["actor2"]) for r in recs]
    assert all(not a.startswith("Police") for p in pairs for a in p), pairs


def test_a_named_states_vague_force_takes_its_rows_code_abroad() -> None:
    police = ActorRef(name="Police Forces of Israel", inter=1, key="police_generic")
    abroad = _output_name(police, ["الشرطة الإسرائيلية"], "Palestine", DAY)
    home = _output_name(police, ["الشرطة الإسرائيلية"], "Israel", DAY)
    assert abroad is not None and (abroad.name, abroad.inter) == (ISR_POLICE, 8)
    assert home is not None and (home.name, home.inter) == (ISR_POLICE, 1)
    soldiers = ActorRef(name="Military Forces of Turkey", inter=1, key="state_generic")
    out = _output_name(soldiers, ["الجنود الأتراك"], "Syria", DAY)
    assert out is not None and out.inter == 8


def test_palestinian_and_other_police_keep_their_names() -> None:
    local = actors()["police_generic"].ref(DAY, "Palestine")
    out = _output_name(local, ["الشرطة"], "Palestine", DAY)
    assert out is not None and (out.name, out.inter) == ("Police Forces of Palestine", 1)
    syria = actors()["syr_police"].ref(DAY, "Syria")
    out = _output_name(syria, ["الشرطة السورية"], "Syria", DAY)
    assert out is not None and out.inter == 1


def test_police_describing_the_attackers_is_a_source() -> None:
    recs = _records("وأوضحت شرطة الاحتلال أن منفذي الهجوم ترجلا من سيارة وأطلقا النار على المارة في القدس المحتلة.")
    assert recs
    pairs = [(r["actor1"], r["actor2"]) for r in recs]
    assert all(not a.startswith("Police") for p in pairs for a in p), pairs


def test_a_faction_naming_its_own_attacker_stays_the_attacker() -> None:
    recs = _records("أعلنت كتائب القسام أن منفذ العملية التي استهدفت حاجزاً للاحتلال قرب نابلس هو أحد مقاتليها.")
    assert any(r["actor1"] == "Hamas Movement" for r in recs), [(r["actor1"], r["actor2"]) for r in recs]
