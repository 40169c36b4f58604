"""Session 21 (cb9): civilians are never a side of a battle (ACLED).  A battle record whose second side came out as
civilians once its parts were gathered (residents in a clause about the fighting, people displaced by it) leaves that
side unnamed; a state force's fire that hurt people with no fight told is an attack on civilians; townsfolk named as
the fight's other end ("بين عناصر قسد وأهالي البلدة") took up arms and stay its side."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.actors.lexicon import actors
from rasd.document import Document, Event, Span

DAY = dt.date(2024, 3, 5)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _battle(text: str, mention: str) -> Event:
    """A battle record of the Israeli army against civilians over the whole ``text``, passed through the rule."""
    from rasd.events.stage import _civilians_no_side  # (imported here: the old code lacks it)

    doc = Document(id="t", text=text, published=DAY)
    ev = Event("Battles", "Armed clash", actor1=actors()["isr"].ref(DAY, "Palestine"),
               actor2=actors()["civilians"].ref(DAY, "Palestine"), evidence=[Span(0, len(text), "sentence")])
    ev.actor2_mentions = [mention]
    _civilians_no_side(doc, ev)
    return ev


def test_residents_in_a_clause_about_the_fighting_are_no_side() -> None:
    rows = _rows("شهدت مدينة أم درمان معارك عنيفة اليوم، فيما تطلق المدفعية قذائفها في أحياء مكتظة بالسكان.")
    assert rows and rows[0]["event_type"] == "Battles"
    assert not str(rows[0]["actor2"]).startswith("Civilians")
    assert rows[0]["civilian_targeting"] == ""


def test_residents_displaced_by_a_clash_are_no_side() -> None:
    rows = _rows("دارت اشتباكات بين الجيش والمتمردين في مدينة غوما اليوم، ونزح آلاف السكان.")
    assert rows and rows[0]["event_type"] == "Battles"
    assert not str(rows[0]["actor2"]).startswith("Civilians")


def test_force_fire_that_hurt_people_with_no_fight_is_an_attack_on_civilians() -> None:
    ev = _battle("أصيب شابان برصاص جنود الاحتلال خلال اقتحامهم البلدة فجر اليوم، حيث هدموا منزلاً.", "شابان")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor2 is not None and ev.actor2.inter == 7


def test_opening_fire_at_people_is_an_attack_on_civilians() -> None:
    ev = _battle("أطلقت قوات الاحتلال النار على راعيين قرب السياج، فقتلت أحدهما.", "راعيين")
    assert ev.event_type == "Violence against civilians"


def test_fire_during_a_told_fight_stays_a_battle_with_no_civilian_side() -> None:
    ev = _battle("أصيب أربعة مواطنين برصاص الاحتلال خلال اقتحام المخيم، ما أدى إلى اندلاع اشتباكات مسلحة.",
                      "مواطنين")
    assert ev.event_type == "Battles" and ev.actor2 is None and ev.actor2_mentions == []


def test_townsfolk_named_as_the_fights_other_end_stay_its_side() -> None:
    """Guard (passes on the old code): armed locals named as the other end of the clash keep their side."""
    rows = _rows("اندلعت اشتباكات عنيفة بين عناصر قسد وأهالي بلدة الشحيل في ريف دير الزور اليوم.")
    assert rows and rows[0]["event_type"] == "Battles"
    assert str(rows[0]["actor2"]).startswith("Civilians")
