"""Session 29 (ar11, arrests, abductions and assassinations): the owner of a checkpoint whose men made an arrest is
the arrester ("اعتقل عناصر حاجز تابع لـ X"); the doer after "إقدام عناصر من X على اعتقال"; the army a
conscription sweep takes its men to is no side; a tribal notable and his clan are the civilian victim, not a tribal
militia; "حالات الاعتقال" names a kind of case, no arrest."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 4)  # a Wednesday


def _sides(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows]


def test_men_of_a_checkpoint_owned_by_a_branch_made_the_arrest() -> None:
    rows = record_rows("اعتقل عناصر حاجز تابع لإدارة المخابرات الجوية يوم الاثنين سيدة عند مدخل مدينة القطيفة.", DAY)
    assert _sides(rows) == [("Arrests", 1, 7)]
    assert any("المخابرات الجوية" in m for m in rows[0]["actor1_mentions"])


def test_men_from_a_checkpoint_made_the_arrest() -> None:
    rows = record_rows("اعتقل عناصر من حاجز للمخابرات الجوية يوم الاثنين سيدة عند مدخل مدينة القطيفة.", DAY)
    assert [(r["inter1"], r["inter2"]) for r in rows] == [(1, 7)]


def test_men_of_a_group_who_undertook_an_arrest_made_it() -> None:
    rows = record_rows("وثق المرصد يوم الاثنين إقدام عناصر من هيئة تحرير الشام على اعتقال مدرّس في مدينة بنش.", DAY)
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Arrests", 2)]
    assert any("تحرير الشام" in m for m in rows[0]["actor1_mentions"])


def test_the_army_of_a_conscription_sweep_is_no_side() -> None:
    rows = record_rows("اعتقلت الشرطة العسكرية يوم الاثنين خمسة شبان على حاجز مدينة إزرع، بهدف سوقهم إلى الخدمة "
                       "الإلزامية في صفوف جيش النظام.", DAY)
    assert _sides(rows) == [("Arrests", 1, 7)]


def test_a_notable_of_a_clan_killed_is_a_civilian() -> None:
    rows = record_rows("اغتال مسلحون مجهولون مساء الاثنين وجيهاً من عشيرة البوسرايا في بلدة ذيبان.", DAY)
    assert _sides(rows) == [("Attack", 3, 7)]
    rows = record_rows("اغتال مسلحون مجهولون مساء الاثنين أحد وجهاء عشيرة العكيدات في بلدة ذيبان.", DAY)
    assert _sides(rows) == [("Attack", 3, 7)]


def test_the_sheikh_of_a_clan_is_a_civilian() -> None:
    rows = record_rows("قتل مسلحون مجهولون مساء الاثنين شيخ عشيرة البكارة في بلدة ذيبان.", DAY)
    assert [(r["sub_event_type"], r["inter2"]) for r in rows] == [("Attack", 7)]


def test_fighters_of_a_clan_still_fight() -> None:
    rows = record_rows("اشتبك مقاتلون من عشيرة العكيدات مع قسد يوم الاثنين في بلدة ذيبان.", DAY)
    assert any(r["actor1"] == "Tribal Militia (Syria)" or r["actor2"] == "Tribal Militia (Syria)" for r in rows)


def test_cases_of_arrest_a_report_documents_are_no_arrest() -> None:
    rows = record_rows("نشرت المنظمة اليوم الأربعاء تقريرها الخاص بتوثيق حالات الاعتقال في البلاد، وقالت إنها "
                       "سجلت 180 حالة اعتقال خلال شهر أيلول.", DAY)
    assert rows == []


def test_an_arrest_on_the_same_day_is_kept() -> None:
    rows = record_rows("اعتقلت قوات النظام اليوم الأربعاء ثلاثة شبان في مدينة الصنمين.", DAY)
    assert _sides(rows) == [("Arrests", 1, 7)]
