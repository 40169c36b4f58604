"""Session 21 (tf9): the first wave's type and fold rules kept to their own cases. A reminder whose place "saw"
acts over a span of weeks or months ("يُشار إلى أن X شهدت في الأسابيع الماضية احتجاجات") tells a wave, no one act;
a burning that names no side of its own on the day and at the place of a riot is that riot's damage; an execution's
dead are no toll of a clash told in the same sentence; an arrest told "after his arrest" folds only into a killing,
not into a beating; and a clash that names only the side hit (settlers killed) does not join an attack whose
attacker is that side's ally."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 2, 10)
NEW_ERA = dt.date(2025, 6, 10)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_reminder_of_protests_over_past_weeks_is_a_wave_no_event() -> None:
    doc = article_doc("خبر عن درعا\nقتل شاب في مدينة نوى أمس.\n\nويشار إلى أن مدينة السويداء شهدت في الأسابيع "
                      "الماضية احتجاجات ضد الحكومة.", NEW_ERA)
    assert not [r for r in records(doc) if r["location"] == "As-Sweida"]


def test_reminder_of_a_dated_act_is_still_recalled() -> None:
    """Guard: a reminder of one dated act ("شهدت في آذار 2023 اغتيال …") stays a recalled event."""
    doc = article_doc("خبر عن درعا\nقتل شاب في مدينة نوى أمس.\n\nيُذكر أن بلدة داعل شهدت في آذار 2023 اغتيال "
                      "قيادي سابق في المعارضة على يد مجهولين.", NEW_ERA)
    assert [r for r in records(doc) if r["location"] == "Da'el"]


def test_burning_without_a_side_on_a_riots_night_is_the_riot() -> None:
    rows = records(article_doc("اندلعت أعمال شغب في مدينة حمص مساء أمس احتجاجاً على مقتل شاب برصاص الشرطة.\n\n"
                               "واستمر إضرام النيران في الإطارات وحاويات القمامة في أحياء مدينة حمص ليل أمس.",
                               NEW_ERA))
    assert ("Strategic developments", "Looting/property destruction") not in _types(rows)
    assert ("Riots", "Violent demonstration") in _types(rows)


def test_arson_by_named_gunmen_stays_property_destruction() -> None:
    """Guard: arson whose perpetrators are named is an act of its own (tp9's case)."""
    rows = record_rows("أقدم مسلحون صباح اليوم على إضرام النار في أربعة منازل في قرية عريقة بريف السويداء، دون وقوع "
                       "إصابات.", NEW_ERA)
    assert _types(rows) == [("Strategic developments", "Looting/property destruction")]


def test_executed_dead_are_no_toll_of_the_clash_told_beside() -> None:
    rows = record_rows("ذكر المرصد أن التنظيم أعدم أكثر من خمسين من المدنيين في بادية حمص، والجيش يعلن مقتل جندي "
                       "خلال المعارك.", DAY)
    assert all(r["fatalities"] < 50 for r in rows if r["event_type"] == "Battles")


def test_executed_dead_by_the_plural_verb_are_no_clash_toll() -> None:
    rows = record_rows("أعلنت الجهات المحلية أن المسلحين أعدموا عشرين من النازحين داخل مدرسة في مدينة الرقة، والجيش "
                       "يقر بمقتل جندي خلال الاشتباكات.", DAY)
    assert all(r["fatalities"] < 20 for r in rows if r["event_type"] == "Battles")


def test_execution_toll_stays_with_the_attack() -> None:
    """Guard: the executed are still counted by the killing of civilians itself."""
    rows = record_rows("قالت مصادر محلية إن قوات النظام أعدمت 12 شاباً في بلدة الحراك، فيما قتل عنصر من قوات النظام "
                       "خلال المعارك مع فصائل المعارضة.", DAY)
    assert [r["fatalities"] for r in rows if r["event_type"] == "Violence against civilians"] == [12]


def test_arrest_after_a_beating_is_an_act_of_its_own() -> None:
    rows = record_rows("واعتدت قوات الأمن على ناشط بالضرب واعتقلته في مدينة جبلة أمس، إضافة إلى اقتياد شاب آخر إلى "
                       "جهة مجهولة بعد اعتقاله.", NEW_ERA)
    assert ("Strategic developments", "Arrests") in _types(rows)


def test_settlers_killed_in_a_shooting_do_not_join_the_armys_attack() -> None:
    doc = article_doc("هجوم في القدس\nأصيب فلسطيني برصاص قوات الاحتلال في القدس المحتلة أمس.\n\nوأفادت وسائل إعلام "
                      "إسرائيلية بوقوع عدد من القتلى في صفوف المستوطنين في هجوم بإطلاق نار قرب كنيس في القدس المحتلة "
                      "أمس.", DAY)
    rows = records(doc)
    army = [r for r in rows if r["actor1"] == "Military Forces of Israel (2009-)"]
    assert army and all(r["fatalities"] == 0 for r in army)
