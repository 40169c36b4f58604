"""Session 7, the lead's review of the blind comparison: allied factions named together as the agents of
one act are associates, never each other's target."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 1, 9)


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(r["actor1"], r["actor2"], r["assoc_actor_1"])
            for r in records(extract_text(text, published=DAY), timestamp=0)
            if r["disorder_type"] == "Political violence"]


def test_two_factions_joined_after_the_attack_verb_share_the_act() -> None:
    sides = _sides("استهدفت كتائب الشهيد عز الدين القسام وسرايا القدس دبابتين للاحتلال شرقي حي الزيتون.")
    assert sides
    a1, a2, assoc = sides[0]
    assert a1 == "Hamas Movement"
    assert a2.startswith("Military Forces of Israel")
    assert "PIJ" in assoc


def test_sides_of_a_clash_joined_after_between_stay_opponents() -> None:
    sides = _sides("دارت اشتباكات عنيفة بين قوات النظام وقسد قرب بلدة الصور في ريف دير الزور.")
    assert sides
    a1, a2, _ = sides[0]
    assert {a1, a2} == {"Military Forces of Syria (2000-2024)", "QSD: Syrian Democratic Forces"}


def test_no_battle_of_the_syria_corpus_is_marked_civilian_targeting(shared_dir) -> None:  # type: ignore[no-untyped-def]
    # a battle is fought between armed sides (ACLED); a civilian-targeting flag carried in by a merged frame
    # whose victims were civilians is dropped when the record stays a battle with an armed second side
    from rasd.io.readers import iter_records, record_document
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    flagged = []
    for rec in iter_records(shared_dir / "corpus" / "almayadeen-syria.jsonl"):
        doc = record_document(rec, "syria", None)
        assert not isinstance(doc, Exception)
        for r in records(pipe(doc), timestamp=0):
            if r["event_type"] == "Battles" and r["civilian_targeting"] and str(r["inter2"]) != "7":
                flagged.append((r["doc_id"], r["actor1"], r["actor2"]))
    assert not flagged


def test_a_wars_rising_toll_told_today_is_no_event_and_adds_no_dead() -> None:
    text = ("أغارت طائرات الاحتلال فجر اليوم على منزل في حي الشيخ رضوان بمدينة غزة، ما أدى إلى استشهاد خمسة مدنيين.\n"
            "وأعلنت وزارة الصحة اليوم ارتفاع حصيلة الشهداء إلى 30500 منذ بدء العدوان على القطاع قبل خمسة أشهر.")
    recs = [r for r in records(extract_text(text, published=DAY), timestamp=0)
            if r["disorder_type"] == "Political violence"]
    assert recs
    assert all(r["fatalities"] < 100 for r in recs)


def test_a_soldiers_death_told_with_the_rising_toll_after_it_stays_an_event() -> None:
    text = "أعلن جيش الاحتلال اليوم مقتل جندي في معارك شمالي قطاع غزة، لترتفع حصيلة قتلاه إلى 600 منذ بدء الحرب."
    recs = [r for r in records(extract_text(text, published=DAY), timestamp=0)
            if r["disorder_type"] == "Political violence"]
    assert recs and recs[0]["fatalities"] < 100
