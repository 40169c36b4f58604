"""Session 9, numbers: parts of a toll, ranks and roles of one victim, fatha-marked duals, casualty words
inside names, counts of places, numbers of thousands and a war's running total."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import number_values, one_violent, violent_events

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 14)
_violent = partial(violent_events, DAY)
_one = partial(one_violent, DAY)
_values = number_values


def test_a_part_after_bainahum_is_not_added_to_the_toll() -> None:
    # a number after "بينهم" is part of the toll before it
    ev = _one("قصفت طائرات حربية اليوم سوقا شعبيا في البلدة، ما أدى إلى استشهاد 12 مدنيا، بينهم 5 أطفال.")
    assert ev.fatalities == 12
    # a dual after "بينهم" too
    ev = _one("استهدفت قذائف صاروخية اليوم حيا سكنيا في المدينة، وأسفرت عن 6 قتلى، بينهم امرأتان، وعدد من الجرحى.")
    assert ev.fatalities == 6


def test_a_part_of_the_wounded_is_not_added_and_the_dead_are_counted() -> None:
    # "بينهم 3 بجروح خطرة" is a part of the 9 wounded; the dead after it are a toll of their own
    ev = _one("قصفت مدفعية الجيش اليوم أطراف القرية ما أسفر عن إصابة 9 أشخاص بينهم 3 بجروح خطرة، ومقتل 4 مدنيين.")
    assert ev.quantities.get("injured") == 9
    assert ev.fatalities == 4


def test_a_rank_or_role_after_a_casualty_word_is_one_person() -> None:
    ev = _one("أعلن الجيش اليوم مقتل رقيب أول في اشتباك مع مسلحين قرب الحدود.")
    assert ev.fatalities == 1
    ev = _one("استشهد القائد الميداني في غارة جوية استهدفت سيارته اليوم جنوب المدينة.")
    assert ev.fatalities == 1
    # a dual and a coordinated singular rank: three dead
    ev = _one("اعترف الجيش اليوم بمقتل ضابطين ورقيب في معارك عنيفة مع المقاتلين شمال المدينة.")
    assert ev.fatalities == 3


def test_a_dual_marked_with_a_fatha_counts_two() -> None:
    # "مدنيَين" (with the fatha) is the dual; without it the form reads as a plural and stays unnumbered
    ev = _one("شنت طائرات حربية اليوم غارة على مطار المدينة أدت إلى استشهاد مدنيَين وإصابة آخرين.")
    assert ev.fatalities == 2
    ev = _one("شنت طائرات حربية اليوم غارة على مطار المدينة أدت إلى استشهاد مدنيين وإصابة آخرين.")
    assert ev.fatalities == 3


def test_a_martyr_word_in_a_group_name_reports_no_death() -> None:
    ev = _one("أعلنت كتائب شهداء الأقصى اليوم أن مقاتليها خاضوا اشتباكات عنيفة مع قوات الاحتلال في مدينة جنين.")
    assert ev.fatalities == 0
    assert "killed" not in ev.quantities


def test_a_number_after_fi_counts_places_not_people() -> None:
    text = "تواصلت الاعتقالات اليوم حيث تم اعتقال 40 متظاهرا في 4 جامعات في أنحاء البلاد."
    evs = extract_text(text, published=DAY).events
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests
    assert arrests[0].quantities.get("arrested") == 40


def test_digits_of_thousands_read_as_one_number() -> None:
    assert _values("ارتفع العدد إلى 41 ألفاً و208 أشخاص") == [41208]
    assert _values("قرابة 7 آلاف نازح") == [7000]
    assert _values("نحو ١٢ ألف جريح") == [12000]
    assert _values("ثلاثة آلاف") == [3000]


def test_a_war_total_in_thousands_is_no_events_toll() -> None:
    ev = _one("قصفت طائرات الاحتلال اليوم منزلا في المخيم ما أدى إلى استشهاد 4 فلسطينيين، "
              "وارتفعت حصيلة العدوان إلى 33 ألفاً و412 شهيداً و75 ألفاً و600 جريح.")
    assert ev.fatalities == 4
    assert "injured" not in ev.quantities
