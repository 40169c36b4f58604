"""Session 28 (HARD28, hard calls): a toll update told noun first ("أكدت المصادر أن حصيلة الهجوم على X ارتفعت إلى
أربعة قتلى") joins the act it updates instead of making a second record; arson told verb first with its subject
after the verb ("أضرم مجهولون النار في حقول …") is property destruction; the dual of a protest vigil
("وقفتين احتجاجيتين") is a protest."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.events.lexicon import trigger_matcher

DAY = dt.date(2023, 9, 6)  # a Wednesday


def test_toll_update_noun_first_joins_the_act() -> None:
    rows = record_rows("هاجم مسلحون من العشائر مساء أمس مواقع لقسد في بلدة ذيبان، ما أدى إلى مقتل عنصرين "
                       "وإصابة آخرين.\n"
                       "وفي وقت لاحق اليوم، قالت مصادر محلية إن حصيلة الهجوم على ذيبان ارتفعت إلى ثلاثة قتلى.", DAY)
    assert len(rows) == 1, rows
    assert rows[0]["fatalities"] == 3


def test_toll_update_verb_first_still_joins_the_act() -> None:
    rows = record_rows("هاجم مسلحون من العشائر مساء أمس مواقع لقسد في بلدة ذيبان، ما أدى إلى مقتل عنصرين "
                       "وإصابة آخرين.\n"
                       "وفي وقت لاحق اليوم، ارتفعت حصيلة الهجوم على ذيبان إلى ثلاثة قتلى.", DAY)
    assert len(rows) == 1, rows


def test_arson_verb_before_its_subject_is_property_destruction() -> None:
    rows = record_rows("أضرم مجهولون النار أمس في حقول قمح يملكها مزارعون قرب بلدة تل تمر.", DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [
        ("Strategic developments", "Looting/property destruction")]


def test_dual_vigil_is_a_protest_trigger() -> None:
    found = trigger_matcher().find(normalize("نظم الأهالي وقفتين احتجاجيتين أمام المبنى"))
    assert any(p.trigger.event_type == "Protests" for m in found for p in m.payloads)


def test_a_dual_vigil_organised_is_a_protest() -> None:
    rows = record_rows("نظم أهالي بلدة القريا وقفتين احتجاجيتين أمس الثلاثاء رفضاً لغلاء الأسعار.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"]
