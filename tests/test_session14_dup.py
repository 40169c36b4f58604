"""Session 14 (one act, one record): an act that two sentences of an article tell apart, far from each other,
with the same type, sides, place and day is one record (the recall of a massacre further on; a report and its
quote); a record that only toll words type ("مجزرة المخيم", "وذهب ضحيته 11 شهيداً": triggers.tsv ``outcome``
and casualty words) at the place and on the day of a remote attack on civilians is that attack's toll, not a
second act of violence against civilians."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 5)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def _violent(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["event_type"] in ("Explosions/Remote violence", "Violence against civilians",
                                                   "Battles")]


def test_massacre_condemned_is_the_shelling_of_the_school() -> None:
    rows = _violent(_rows(
        "وفي بيان لها، استنكرت وزارة الخارجية المجزرة التي ارتكبها الاحتلال أمس بحق النازحين في مدرسة الأمل في "
        "مدينة دير البلح وسط القطاع، وراح ضحيتها أكثر من 30 شهيداً.\n"
        "ودعت الوزارة المجتمع الدولي إلى التحرك العاجل.\n"
        "وارتكب الاحتلال أمس السبت مجزرة جديدة بعد قصفه مدرسة الأمل التي تؤوي نازحين غربي دير البلح، ما أدى إلى "
        "استشهاد أكثر من 35 فلسطينياً.", dt.date(2024, 7, 28)))
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence" and rows[0]["location"] == "Deir al-Balah"
    assert rows[0]["civilian_targeting"] == "Civilian targeting"


def test_toll_sentence_right_after_a_strike_is_no_act_of_its_own() -> None:
    rows = _violent(_rows(
        "واستهدف قصف صاروخي ملعباً لكرة القدم في بلدة مجدل شمس مساء السبت الماضي. وذهب ضحيته 12 شهيداً من أطفال "
        "البلدة، إضافة إلى إصابة نحو 20 آخرين.", dt.date(2023, 11, 6)))
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence" and rows[0]["fatalities"] == 12


def test_a_massacre_recalled_twice_is_one_record() -> None:
    rows = _violent(_rows(
        "قتل مستوطن إسرائيلي وأصيب آخران اليوم الاثنين في عملية إطلاق نار قرب مدينة أريحا.\n"
        "وجاءت العملية بعد أيام من مجزرة نابلس التي ارتكبتها القوات الإسرائيلية الأسبوع الماضي، وأدت إلى "
        "استشهاد 11 فلسطينياً.\n"
        "وقال مسؤول في الحركة إن المقاومة ستواصل الرد على جرائم الاحتلال.\n"
        "ويوم الأربعاء الماضي، استشهد 11 فلسطينياً برصاص قوات الاحتلال في مدينة نابلس.", dt.date(2023, 11, 6)))
    nablus = [r for r in rows if r["location"] == "Nablus"]
    assert len(nablus) == 1 and nablus[0]["time_precision"] == 1

