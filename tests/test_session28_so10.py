"""Session 28 (so10, monitors' bulletins): the shapes the monitors' items take.

- a period of "since" that opens the sentence and runs to its first comma, its start dated by a part of a past
  day ("ومنذ بدء الحملة فجر الخميس الماضي، وثّق المرصد مقتل …"): the running total of the period, no act of that
  day; "منذ بدء الهجوم فجر اليوم" stays today's;
- a protest word of demanding with a ransom after it ("مطالبين بفدية"): the kidnappers' demand, no protest;
- two siblings killed together ("قُتل شقيقان"): two dead, civilians ("شقيقان" only right after a toll word: "وهما
  شقيقان" tells who two people named before were);
- a monitor's verb of dying ("قضى مزارع"): the farmer is the side hit (not a count of the dead: "قضت على 40
  عسكرياً" is a fight's claim);
- a monitor's past verb of documenting with the act's noun as its object, on a named day ("وثّق المركز خطف …
  مساء الأحد"): the act reported; a month's tally under the same verb is still none.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, trigger_context, violent_events

from rasd.events.frames import kept_triggers

DAY = dt.date(2024, 3, 14)


def test_fronted_since_with_a_past_dawn_is_a_running_total() -> None:
    text = ("ومنذ بدء الحملة العسكرية فجر الخميس الماضي، وثّق المرصد مقتل 35 شخصاً جراء القصف المدفعي على قرى "
            "ريف مدينة تل رفعت.")
    assert violent_events(DAY, text) == []


def test_ransom_demand_is_no_protest() -> None:
    ctx = trigger_context("خطف مسلحون، مساء الثلاثاء، شاباً في بلدة الكرك، ثم اتصلوا بأهله مطالبين بفدية كبيرة.")
    assert ctx is not None
    kinds = [te.trigger.event_type for _m, te, _w in kept_triggers(ctx)]
    assert "Violence against civilians" in kinds
    assert "Protests" not in kinds


def test_two_brothers_shot_are_two_dead_civilians() -> None:
    ev = violent_events(DAY, "قُتل شقيقان مساء الثلاثاء برصاص مسلحين مجهولين في مدينة تلكلخ.")[0]
    assert ev.fatalities == 2
    assert ev.event_type == "Violence against civilians"


def test_two_brothers_as_what_the_attackers_were_are_no_civilians() -> None:
    text = "هاجم مسلحان حاجزاً للشرطة مساء الثلاثاء في مدينة تلكلخ، وقُتل المهاجمان، وهما شقيقان من المدينة."
    events = violent_events(DAY, text)
    assert events and all(e.event_type != "Violence against civilians" for e in events)  # (the attack is kept)


def test_two_brothers_as_the_object_are_civilians() -> None:
    ev = violent_events(DAY, "أطلق مسلحون مجهولون النار مساء الثلاثاء على الشقيقين في مدينة تلكلخ.")[0]
    assert ev.event_type == "Violence against civilians"


def test_a_farmer_dying_by_a_mine_is_the_side_hit() -> None:
    rows = record_rows("قضى مزارع صباح الثلاثاء بانفجار لغم أرضي قرب مدينة سراقب.", DAY)
    assert rows and rows[0]["inter2"] == 7
    assert "مزارع" in rows[0]["actor2_mentions"]


def test_documented_abduction_on_a_named_day_is_an_event() -> None:
    text = "وثّق المركز اختطاف طبيب من أبناء مدينة صلخد مساء يوم الأحد على يد عصابة مسلحة."
    assert [e.sub_event_type for e in violent_events(DAY, text)] == ["Abduction/forced disappearance"]


def test_documented_month_toll_is_still_no_event() -> None:
    assert violent_events(DAY, "ووثّقت الشبكة مقتل 42 مدنياً في محافظة حماة خلال شهر شباط الماضي.") == []
