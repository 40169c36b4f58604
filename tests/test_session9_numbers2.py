"""Session 9, numbers (second round): a toll broken down after "هم", a dual with its agreeing adjective,
"between dead and wounded" totals, death words without a cause ("توفي", "الإجهاز على"), the title
"الشهيد" before a name, a casualty verb that opens its own clause with its own number, nations counted
by a number, and the dual "فلسطينان" written with one ya."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import VIOLENT, one_violent

from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 14)
_one = partial(one_violent, DAY)


def _with_deaths(text: str) -> Event:
    evs = [e for e in extract_text(text, published=DAY).events if e.event_type in VIOLENT and e.fatalities]
    assert evs, text
    return evs[0]


def test_a_breakdown_after_hum_is_not_added() -> None:
    # "هم 5 مدنيين و2 من الحراس" names who the 7 dead were; neither part adds to the toll
    ev = _one("انفجرت سيارة مفخخة اليوم قرب سوق البلدة، ما أسفر عن سقوط 7 قتلى هم 5 مدنيين و2 من الحراس.")
    assert ev.fatalities == 7


def test_a_later_coordinated_count_far_from_the_part_still_adds() -> None:
    # "و15 مصابا" several words after the part "بينهم 3" is a toll of its own
    ev = _one("أطلق مسلحون النار اليوم على حافلة في الطريق الدولي، ما أدى إلى إصابة 10 ركاب آخرين، بينهم 3 "
              "في حالة حرجة جدا و15 مصابا بالهلع.")
    assert ev.quantities.get("injured") == 25


def test_an_adjective_agreeing_with_a_dual_counts_no_one_more() -> None:
    ev = _one("أطلقت قوات الاحتلال النار اليوم قرب الحاجز، وأصيب مستوطنان إسرائيليان بجروح طفيفة.")
    assert ev.quantities.get("injured") == 2


def test_between_martyr_and_wounded_is_a_combined_total() -> None:
    ev = _one("قصفت المدفعية اليوم حيا سكنيا في البلدة، ووصل إلى المستشفى 25 شخصا بين شهيد وجريح.")
    assert ev.fatalities == 0
    assert "killed" not in ev.quantities


def test_death_words_without_a_cause() -> None:
    ev = _one("هاجم مسلحون اليوم قرية في الريف الشرقي، وتوفي أربعة مدنيين متأثرين بجروحهم.")
    assert ev.fatalities == 4
    ev = _one("أعلنت فصائل المقاومة اليوم الإجهاز على 5 جنود خلال اشتباك في المدينة.")
    assert ev.fatalities == 5
    ev = _with_deaths("أطلق جنود الاحتلال الرصاص اليوم على المارة في البلدة، واستشهدت شاب برصاص الجنود.")
    assert ev.fatalities == 1


def test_the_title_al_shahid_is_no_new_death() -> None:
    ev = _one("اقتحمت قوات الاحتلال اليوم البلدة، وأصيبت شقيقة الشهيد خالد يوسف برصاص الجنود.")
    assert ev.fatalities == 0
    # nor does it turn the wounded after "وهم" into dead
    ev = _one("قصف الطيران اليوم البلدة، ما أدى إلى استشهاد 4 مواطنين وإصابة 11، وهم الشهيد سعيد أحمد "
              "والشهيد رامي خليل والشهيد ماهر ناصر والشهيد وليد حسن.")
    assert ev.fatalities == 4
    assert ev.quantities.get("injured") == 11


def test_a_verb_with_its_own_number_does_not_count_the_number_before() -> None:
    ev = _one("انفجر لغم أرضي في البادية، إذ توفي، يوم السبت، 9 مدنيين، وأصيب 6 آخرون بجروح.")
    assert ev.fatalities == 9
    assert ev.quantities.get("injured") == 6


def test_a_nation_counted_by_a_number() -> None:
    ev = _with_deaths("اندلعت اشتباكات اليوم بين قوات الاحتلال ومقاومين في المخيم، استشهد على إثرها 7 فلسطينيين "
              "وأصيب آخرون برصاص الجنود.")
    assert ev.fatalities == 7


def test_a_dual_written_with_one_ya() -> None:
    ev = _one("قصفت طائرات الاحتلال اليوم منزلا في المخيم، واستشهد فلسطينان في القصف.")
    assert ev.fatalities == 2
