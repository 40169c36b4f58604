"""Session 12 (tot): running totals, day summaries and toll updates are no acts of their own, and their
figures are no act's fatalities (ACLED codes acts, not tallies)."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on, trigger_context  # noqa: F401

from rasd.document import Document
from rasd.events.frames import sentence_frames
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 14)


def _background(text: str) -> str:
    ctx = trigger_context(text)
    assert ctx is not None
    return ctx.background


def _killed(text: str) -> list[int]:
    ctx = trigger_context(text)
    assert ctx is not None
    return [f.quantities.get("killed", 0) for f in sentence_frames(ctx)]


def test_toll_of_the_last_24_hours_is_a_total() -> None:
    text = "أعلنت وزارة الدفاع حصيلة خسائر العدو خلال الساعات الـ24 الأخيرة، مشيرةً إلى مقتل 300 عنصر على عدة جبهات."
    assert _background(text) == "total"


def test_dead_counted_over_48_hours_are_a_total() -> None:
    assert _background("سقوط 40 قتيلاً و70 جريحاً نتيجة القصف خلال الـ48 ساعة الماضية.") == "total"


def test_dead_of_the_day_at_hospitals_are_a_total() -> None:
    text = "وأفادت الوزارة اليوم بوصول 19 شهيداً و40 جريحاً إلى المستشفيات، نتيجة العدوان على المدينة، " \
           "خلال الساعات الـ24 الماضية."
    assert _background(text) == "total"


def test_recent_hours_without_a_day_are_no_total() -> None:
    assert _background("قتل 4 جنود في كمين نصبه مسلحون قرب البلدة خلال الساعات الماضية.") == ""


def test_running_total_after_an_act_keeps_the_act_not_the_total() -> None:
    text = "وأعلنت الوزارة أمس أنه بعد استشهاد شاب برصاص الجنود في المدينة، ارتفعت حصيلة الشهداء في المحافظة، " \
           "منذ مطلع العام، إلى 140 شهيداً."
    killed = _killed(text)
    assert killed, "the act of the sentence is kept"
    assert all(k < 140 for k in killed)


def test_dated_running_total_is_not_the_acts_toll() -> None:
    text = "وأعلن الجيش أمس أنه بعد مقتل جندي في الاشتباك، ارتفع عدد القتلى في صفوفه منذ السابع من تشرين الأول " \
           "إلى 220."
    assert all(k < 220 for k in _killed(text))


def test_toll_update_of_one_act_gives_its_dead() -> None:
    text = "ارتفعت حصيلة قتلى التفجير الذي ضرب السوق الشعبي في المدينة إلى 12 شخصاً."
    assert 12 in _killed(text)


def test_war_massacres_counted_since_the_war_began_are_no_event() -> None:
    text = "وأعلنت الوزارة اليوم أن الاحتلال ارتكب 500 مجزرة بحق العائلات منذ بدء العدوان على القطاع."
    assert not any(f.primary for f in sentence_frames(trigger_context(text)))  # type: ignore[arg-type]


def test_headline_count_of_a_day_summary_is_no_fatalities() -> None:
    title = "الوزارة: مقتل 260 مسلحاً.."
    body = ("أعلنت الوزارة حصيلة خسائر المسلحين خلال الساعات الـ24 الأخيرة، مشيرةً إلى مقتل 260 مسلحاً "
            "على عدة محاور.\n"
            "وقصفت المدفعية تجمعاً للمسلحين قرب بلدة الكرامة، ما أدى إلى مقتل 12 منهم.")
    doc = Document(id="t", text=title + "\n" + body, published=DAY, title=title)
    events = Pipeline()(doc).events
    assert events
    assert all(e.quantities.get("killed", 0) != 260 for e in events)


def test_bombardment_does_not_borrow_a_dropped_grenade() -> None:
    text = ("استشهد شاب في حي الزيتون شرقي مدينة غزة، اليوم، بعد إلقاء قنبلة من طائرة \"كواد كابتر\" عليه.\n"
            "وأفاد مراسلنا باستشهاد 6 مواطنين في قصف إسرائيلي طاول منزلاً في بلدة بيت لاهيا شمالي القطاع.")
    subs = [row[1] for row in event_rows(text, DAY)]
    assert "Grenade" in subs
    assert subs.count("Grenade") == 1


def test_toll_update_of_a_named_attack_is_no_event_alone() -> None:
    frames = sentence_frames(trigger_context(  # type: ignore[arg-type]
        "وأكدت السلطات ارتفاع عدد قتلى الهجوم على قاعة الأفراح في البلدة إلى 40 شخصاً."))
    assert frames and not any(f.primary for f in frames)


def test_a_killing_told_by_its_verb_is_not_a_toll_update() -> None:
    frames = sentence_frames(trigger_context(  # type: ignore[arg-type]
        "ارتفع عدد القتلى إلى 6 بعدما قصفت المدفعية سوق البلدة صباح اليوم."))
    assert any(f.primary for f in frames)
