"""Session 16 (SAME): tolls carried across the words of a report — "قضى/قضوا" is a death only with its cause
after it, and a toll that rises to a new figure holds the death that raised it."""

from __future__ import annotations

import datetime as dt

from helpers import violent_events

DAY = dt.date(2023, 6, 14)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in violent_events(DAY, text)]


def test_died_of_after_the_toll_head() -> None:
    assert _tolls("ارتفع إلى 5 عدد المدنيين الذين قضوا جراء غارة جوية روسية على بلدة كفرنبل صباح اليوم.") == [5]


def test_died_verb_before_its_subject() -> None:
    assert _tolls("قضى ثلاثة مدنيين، بينهم امرأة، إثر قصف مدفعي لقوات النظام على مدينة سرمين اليوم.") == [3]


def test_died_of_wounds() -> None:
    assert _tolls("قضى 2 من المدنيين متأثرين بجراحهم جراء قصف قوات النظام على بلدة النيرب اليوم.") == [2]


def test_spent_years_is_no_death() -> None:
    # guard: "قضى" with a span of time is "spent", no toll
    assert _tolls("قصفت قوات النظام مدينة سرمين اليوم، وكان 3 من سكانها قد قضوا سنوات في السجن.") == [0]


def test_court_ruling_is_no_death() -> None:
    # guard: "قضت المحكمة بسجن … بسبب" is a ruling, no toll
    assert _tolls("قصفت قوات النظام مدينة سرمين اليوم، وقضت المحكمة بسجن 3 رجال بسبب الاحتجاج.") == [0]


def test_rise_holds_the_death_that_raised_it() -> None:
    assert _tolls("ارتفع إلى 4 عدد المواطنين الذين قتلوا جراء قصف مدفعي نفذته قوات النظام صباح اليوم على "
                  "مدينة سرمين، بعد وفاة طفلة متأثرة بجراحها.") == [4]


def _attackers(text: str) -> list[tuple[str, str]]:
    return [(e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "") for e in violent_events(DAY, text)]


def test_fronted_similar_strike_keeps_the_subject() -> None:
    rows = _attackers("وبقصف مماثل، استهدفت قوات النظام بعدة قذائف أطراف بلدة النيرب، ما أدى إلى سقوط قتيل.")
    assert rows and rows[0][0] == "syr_gov"


def test_fronted_other_attack_keeps_the_subject() -> None:
    rows = _attackers("وفي هجوم آخر، استهدفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة اليوم، ما أدى إلى مقتل رجل.")
    assert rows and rows[0][0] == "syr_gov"


def test_strike_noun_subject_unchanged() -> None:
    # guard: a strike noun right before the verb is still its subject ("قصف صاروخي استهدف قوات X")
    rows = _attackers("قصف صاروخي استهدف قوات النظام في مدينة سراقب اليوم، ما أدى إلى مقتل عنصرين.")
    assert rows and rows[0][0] != "syr_gov"


def test_similar_shelling_takes_the_earlier_attacker() -> None:
    text = ("قُتل رجلان اليوم جراء قصف مدفعي لقوات النظام استهدف بلدة البارة جنوبي إدلب.\n"
            "في المقابل، استهدفت فصائل المعارضة بقذائف المدفعية مواقع لقوات النظام في مدينة كفرنبل.\n"
            "ويأتي ذلك بعد أيام على مقتل طفل بقصف مماثل على قرية سفوهن في الرابع من حزيران الحالي.")
    rows = [(e.actor1.key if e.actor1 else "", e.place.name_en if e.place else "")
            for e in violent_events(dt.date(2021, 6, 10), text)]
    assert ("syr_gov", "Sfuhun") in rows


_ACT = "قُتل رجل وطفل اليوم جراء قصف مدفعي لقوات النظام على بلدة النيرب شرقي إدلب، وأصيب ثلاثة آخرون.\n"


def test_later_sentence_toll_rises_to_a_figure() -> None:
    assert _tolls(_ACT + "وارتفع عدد القتلى إلى 3 بعد وفاة أحد الجرحى.") == [3]


def test_later_sentence_wounded_man_died() -> None:
    assert _tolls(_ACT + "وفارق الجريح الثالث الحياة لاحقاً في المشفى.") == [3]


def test_later_sentence_died_of_wounds_and_rise_in_words() -> None:
    assert _tolls(_ACT + "وتوفيت امرأة متأثرة بجراحها لاحقاً، ليرتفع عدد الضحايا إلى ثلاثة.") == [3]


def test_later_sentence_one_of_the_wounded() -> None:
    assert _tolls(_ACT + "وقضى أحد المصابين متأثراً بجراحه مساءً.") == [3]


def test_running_total_is_not_the_act_toll() -> None:
    # guard: a rise "since" a start is a running total, not this act's toll
    assert _tolls(_ACT + "وارتفع عدد الشهداء منذ بداية الشهر إلى 4.") == [2]


def test_rise_beyond_dead_and_wounded_is_not_the_act_toll() -> None:
    # guard: a figure above the act's dead and wounded together is some other count
    assert _tolls(_ACT + "وارتفع عدد الضحايا إلى 40.") == [2]
