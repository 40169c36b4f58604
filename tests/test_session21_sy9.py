"""Session 21 (sy9): words other writers use for the same acts — bursts of machine-gun fire ("رشقات رشاشة",
"رشقة نارية") are shooting, not a stone-throwing riot; the passive of taking someone away ("اقتيد") is an arrest
like its active; "قضى" with no object tells a death; civil disobedience ("عصياناً مدنياً") is a strike; "تعرّض"
reaches its noun across a long description of the victim; a body found by a past verb of finding with the marks
of shots on it is a killing even with no day in the sentence; a span of years served counts no people."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 4)


def test_bursts_of_gunfire_are_shooting_not_a_riot() -> None:
    rows = record_rows("تعرضت نقطة عسكرية في بلدة نوى مساء اليوم لرشقات نارية من قبل مجهولين.", DAY)
    assert rows and rows[0]["event_type"] == "Battles"
    assert rows[0]["inter1"] != 5


def test_machine_gun_bursts_on_a_checkpoint_after_a_long_victim() -> None:
    rows = record_rows("تعرّض حاجز تابع لقوى الأمن الداخلي عند المدخل الشمالي لمدينة جاسم في ريف درعا الشمالي، فجر "
                       "اليوم، لرشقات رشاشة أطلقها مسلحون مجهولون قبل أن يلوذوا بالفرار.", DAY)
    assert rows and rows[0]["event_type"] == "Battles" and rows[0]["inter1"] == 3


def test_passive_taking_away_is_an_arrest() -> None:
    rows = record_rows("اقتيد شاب يوم الاثنين من حاجز قرب مدينة شهبا إلى جهة مجهولة.", DAY)
    assert rows and rows[0]["sub_event_type"] == "Arrests"
    assert rows[0]["event_date"] == "2025-03-03"


def test_qada_with_the_act_after_ba_counts_the_dead() -> None:
    rows = record_rows("قضى ثلاثة مدنيين اليوم بقصف مدفعي استهدف بلدة المزيريب.", DAY)
    assert rows and rows[0]["fatalities"] == 3


def test_qada_reaches_its_cause_past_the_dead_ones_age() -> None:
    rows = record_rows("قضى شاب يبلغ من العمر عشرين عاماً، مساء اليوم، جراء انفجار لغم في أطراف مدينة نوى.", DAY)
    assert rows and rows[0]["fatalities"] == 1


def test_qada_of_years_spent_is_no_death() -> None:
    """"قضى" with a span of time right after it is "spent", whatever cause follows (the old reach took "بسبب")."""
    rows = record_rows("قصفت قوات النظام اليوم مدينة نوى، وكان معتقل سابق قضى 20 عاما في السجن بسبب مواقفه.", DAY)
    assert all(r["fatalities"] == 0 for r in rows)


def test_years_spent_in_prison_count_nobody() -> None:
    """Guard: the years a person spent are no toll ("قضى 5 أعوام في السجون")."""
    rows = record_rows("اعتقلت قوات الأمن اليوم أسيرا محررا قضى 12 عاما في السجون في مدينة نوى.", DAY)
    assert rows and rows[0]["fatalities"] == 0
    rows = record_rows("اعتقلت قوى الأمن اليوم في مدينة نوى شابين صدر بحقهما حكم لمدة 6 شهور.", DAY)
    assert rows and rows[0]["quantities"].get("arrested") != 6


def test_civil_disobedience_is_a_strike() -> None:
    rows = record_rows("نفذ أهالي مدينة الصنمين اليوم عصيانا مدنيا شاملا وأغلقوا المحال التجارية.", DAY)
    assert rows and rows[0]["event_type"] == "Protests"


def test_a_call_for_civil_disobedience_is_no_protest() -> None:
    """Guard: a call for it reports nothing."""
    assert not record_rows("ودعا ناشطون إلى إعلان الإضراب العام وصولا إلى العصيان المدني في مدينة جاسم.", DAY)


def test_body_found_with_marks_without_a_day() -> None:
    rows = record_rows("عثر مزارعون على جثة رجل في أرض زراعية قرب بلدة المزيريب وعليها آثار تعذيب وطلقات نارية.", DAY)
    assert rows and rows[0]["event_type"] == "Violence against civilians" and rows[0]["fatalities"] == 1


def test_a_retold_body_found_stays_undated() -> None:
    """Guard: a pluperfect retelling with no day is not taken as today's killing."""
    assert not record_rows("وكان الأهالي قد عثروا على جثة شاب في بلدة المزيريب وعليها آثار تعذيب.", DAY)
