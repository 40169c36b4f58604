"""Session 32, fatalities (ft14): a toll told only as one side's allegation ("زاعماً مقتل", "على حد قوله") counts
no one; a word of death under a negation ("من دون تسجيل أي حالة وفاة") is no unnumbered dead; the dual of a
parent's children with his or her pronoun ("سيدة وطفلاها") counts two more; a pluperfect death without "قد" ("وكان مدني
استشهد") counts one."""

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


def test_a_toll_the_attacker_alleges_counts_no_one() -> None:
    evs = _violent("هاجم مسلحون اليوم حاجزاً للشرطة في مدينة الميادين وأصابوا عنصرين بجروح، وتبنى التنظيم الهجوم "
                   "زاعماً مقتل سبعة عناصر.")
    assert all(e.fatalities == 0 for e in evs)


def test_a_toll_closed_by_ala_hadd_qawlihi_counts_no_one() -> None:
    evs = _violent("قال متحدث عسكري إن الطائرات قصفت اليوم مقراً قرب مدينة سرمدا وقتلت 12 مسلحاً، على حد قوله.")
    assert all(e.fatalities == 0 for e in evs)


def test_an_allegation_in_another_clause_leaves_the_dead_counted() -> None:
    # the claim is of the target, the deaths are the writer's own report
    evs = _violent("زعم الجيش أنه استهدف مستودعاً للأسلحة، ما أدى إلى مقتل أربعة مدنيين في قصف على بلدة سرمين اليوم.")
    assert max(e.fatalities for e in evs) == 4


def test_a_negated_death_is_no_unnumbered_toll() -> None:
    evs = _violent("أصيب ثلاثة جنود بجروح اليوم إثر انفجار عبوة ناسفة بدوريتهم قرب بلدة نوى، "
                   "من دون تسجيل أي حالة وفاة.")
    assert all(e.fatalities == 0 for e in evs)


def test_a_mother_and_her_two_children_are_three_dead() -> None:
    evs = _violent("قُتلت امرأة وطفلاها اليوم جراء قصف مدفعي استهدف منزلهم في مدينة أريحا.")
    assert max(e.fatalities for e in evs) == 3


def test_a_pluperfect_death_without_qad_counts_one() -> None:
    # "وكان مدني قُتل": one dead; the three after "وأصيب" are wounded
    evs = _violent("وكان مدني استشهد وأصيب أربعة آخرون في العاشر من نيسان الماضي جراء قصف صاروخي على قرية جورين.")
    assert max(e.fatalities for e in evs) == 1


def test_deaths_of_an_untold_number_stay_unnumbered() -> None:
    # "لم يتم التعرف على هوية القتلى": the dead are told, only who they were is not
    evs = _violent("قتل مدنيون اليوم بقصف طائرات حربية على سوق شعبي في مدينة سرمين، ولم يتم التعرف على هوية القتلى.")
    assert max(e.fatalities for e in evs) > 0
