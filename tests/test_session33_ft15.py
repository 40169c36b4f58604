"""Session 33, fatalities (ft15): the figure a toll rises to in a clause of purpose ("لترتفع حصيلة القصف إلى 3",
"ليرتفع عدد قتلى الهجوم إلى 4") is the act's new total: it holds the death told with it in the same sentence
("توفي أحد الجرحى"), never adds to it (ACLED: a toll update replaces the count)."""

from __future__ import annotations

import datetime as dt

from helpers import VIOLENT

from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 20)


def _violent(text: str) -> list[Event]:
    evs = [e for e in extract_text(text, published=DAY).events if e.event_type in VIOLENT]
    assert evs, text
    return evs


def test_a_wounded_man_who_died_with_the_risen_figure_is_not_added_to_it() -> None:
    evs = _violent("سقطت قذائف مدفعية صباح اليوم على بلدة الأتارب غربي حلب، فقُتل مدني وجُرح ثلاثة آخرون.\n\n"
                   "وبعد ساعات توفي أحد الجرحى متأثراً بإصابته، لترتفع حصيلة القصف إلى 2 قتلى.")
    assert max(e.fatalities for e in evs) == 2


def test_the_risen_figure_of_a_purpose_clause_replaces_the_first_count() -> None:
    evs = _violent("انفجرت عبوة ناسفة مساء اليوم بسيارة عسكرية قرب مدينة نوى، وأصيب فيها أربعة عناصر.\n\n"
                   "وفي وقت لاحق فارق أحد المصابين الحياة، ليرتفع عدد قتلى التفجير إلى 1.")
    assert max(e.fatalities for e in evs) == 1


def test_a_first_count_with_no_rise_is_kept() -> None:
    evs = _violent("قصفت قوات النظام اليوم أطراف بلدة سرمين بالمدفعية، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة.")
    assert max(e.fatalities for e in evs) == 3


def test_a_sides_count_after_a_result_rise_is_not_the_acts_toll() -> None:
    evs = _violent("قُتل جندي من قوات النظام اليوم بهجوم على حاجز قرب بلدة سرمين، ليرتفع عدد قتلى قوات النظام إلى 40.")
    assert max(e.fatalities for e in evs) == 1
