"""Session 33 (mg15): a sentence that opens on a negated ordinal "first" ("ولم تكن هذه المحاولة الأولى، إذ …") and
then tells an earlier act of the kind by its own past verb, with a side it names, reports that act: the negation
says acts of the kind came before, it does not deny the act the sentence goes on to tell."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.output.records import records

DAY = dt.date(2024, 3, 20)  # a Wednesday


def _article(text: str) -> list[dict[str, object]]:
    """The records of an article whose first line is its title."""
    return records(article_doc(text, DAY))


def test_not_the_first_tells_the_earlier_act() -> None:
    text = ("عبوة ناسفة تستهدف سيارة في نوى\n\n"
            "انفجرت عبوة ناسفة صباح اليوم الأربعاء بسيارة مدنية على طريق نوى في ريف درعا الغربي.\n\n"
            "ولم تكن هذه المحاولة الأولى من نوعها، إذ نجا قيادي سابق في فصائل المعارضة من عبوة انفجرت بسيارته "
            "في شباط الماضي قرب مدينة جاسم.\n")
    rows = _article(text)
    assert any(r["location"] == "Jasim" for r in rows)
    assert any(r["location"] == "Nawa" for r in rows)


def test_negated_act_stays_no_event() -> None:
    text = ("هدوء حذر في نوى\n\n"
            "انفجرت عبوة ناسفة صباح اليوم الأربعاء بسيارة مدنية على طريق نوى في ريف درعا الغربي.\n\n"
            "ولم تشهد مدينة جاسم أي اشتباكات بين الفصائل خلال الأسبوع الماضي.\n")
    rows = _article(text)
    assert not any(r["location"] == "Jasim" for r in rows)


def test_not_first_without_earlier_verb_adds_nothing() -> None:
    text = ("عبوة ناسفة تستهدف سيارة في نوى\n\n"
            "انفجرت عبوة ناسفة صباح اليوم الأربعاء بسيارة مدنية على طريق نوى في ريف درعا الغربي.\n\n"
            "ولم يكن التفجير الأول من نوعه في ريف درعا الغربي خلال العام الجاري.\n")
    rows = _article(text)
    assert len([r for r in rows if r["event_type"] == "Explosions/Remote violence"]) == 1
