"""Session 34 (dt16, dates and the historical flag): a period told in the clause that says who is among the people an
act hit dates their past, not the act; a death of wounds announced days after the act is a toll update of that act,
on the act's own day; an act of a few days back whose toll an update raises is news, not background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

THURSDAY = dt.date(2025, 3, 20)
TUESDAY = dt.date(2024, 5, 14)
MONDAY = dt.date(2024, 2, 12)


def test_a_period_in_the_among_clause_is_not_the_arrest_day() -> None:
    text = ("داهمت دوريات الأمن العام، أمس، قرية حرف المسيترة في ريف جبلة.\n"
            "واعتقلت الدوريات 9 أشخاص من أهالي القرية، بينهم مجندون سابقون سلّموا أسلحتهم خلال الأسابيع الماضية، "
            "وصادرت بنادق صيد من بعض المنازل.")
    rows = record_rows(text, THURSDAY)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests
    assert {r["event_date"] for r in arrests} == {"2025-03-19"}


def test_a_death_of_wounds_announced_later_joins_the_act_on_its_day() -> None:
    text = ("انفجار عبوة بدورية للشرطة قرب نوى\n"
            "وفي حادثة منفصلة، انفجرت عبوة ناسفة قبل ثلاثة أيام بسيارة تقل عناصر من الشرطة على الطريق بين مدينة نوى "
            "وبلدة الشيخ سعد غربي درعا، ما أدى إلى إصابة أربعة عناصر بجروح.\n"
            "وأعلنت قيادة الشرطة، مساء أمس الأربعاء، وفاة أحد العناصر الأربعة متأثراً بجروحه التي أصيب بها جراء "
            "الانفجار، لترتفع حصيلة التفجير إلى قتيل وثلاثة جرحى.")
    rows = [r for r in record_rows(text, THURSDAY) if r["event_type"] == "Explosions/Remote violence"]
    assert "2025-03-19" not in [r["event_date"] for r in rows]  # the announcement's day is no act's
    assert [r["fatalities"] for r in rows if r["event_date"] == "2025-03-17"] == [1]


def test_a_toll_update_makes_its_act_news() -> None:
    text = ("غارة على ميس الجبل وقصف على الخيام\n"
            "شنّ الطيران الحربي الإسرائيلي، فجر اليوم الاثنين، غارة على منزل في بلدة ميس الجبل جنوبي لبنان، ما أدى إلى "
            "تدميره.\n"
            "وكانت المدفعية الإسرائيلية قد قصفت أمس الأحد أطراف بلدة الخيام بعدد من القذائف من دون إصابات.\n"
            "وفي سياق متصل، ارتفعت حصيلة الغارة التي استهدفت منزلاً في بلدة عيترون يوم الأربعاء إلى أربعة قتلى، بعد "
            "وفاة رجل متأثراً بجروحه، بحسب ما أعلنت وزارة الصحة أمس.")
    rows = [r for r in record_rows(text, MONDAY) if r["location"] == "Aitaroun"]
    assert [(r["event_date"], r["historical"]) for r in rows] == [("2024-02-07", False)]

