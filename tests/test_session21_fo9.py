"""Session 21 (fo9): fresh local-outlet articles of 2020-24.  The wounded taken to a hospital in another town by a
passive or plural verb ("نُقلا إلى المشفى الوطني في مدينة X") are not hit there; the subject of a sequel ("وتأتي
المظاهرات بعد يوم من اعتقال …") is the news told before, and a lapse of whole days dates the act it recalls; a clause
of the pluperfect after a comma that tells what the victim had done ("…، كان قد أجرى التسوية عام 2018") does not
make the act background; "من أكثر الهجمات دموية منذ …" compares, as "الأعنف منذ" does."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, on: dt.date) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_passive_dual_taken_to_hospital_in_another_town() -> None:
    rows = _rows("وفي مدينة نوى، انفجرت صباح اليوم عبوة ناسفة لدى مرور دورية للشرطة، ما أدى إلى إصابة شرطيين، "
                 "نُقلا على إثرها إلى المشفى الوطني في مدينة الصنمين.", dt.date(2022, 6, 14))
    assert [r["location"] for r in rows] == ["Nawa"]


def test_plural_rushed_to_hospital_in_another_town() -> None:
    """Guard (passes on the old code): the blast's own town is named first and kept."""
    rows = _rows("قتل شاب وأصيب ثلاثة آخرون بانفجار لغم في بلدة داعل ظهر اليوم، وأسعفوا إلى مشفى في مدينة "
                 "الصنمين.", dt.date(2022, 6, 14))
    assert rows and all(r["location"] != "As-Sanamayn" for r in rows)


def test_sequel_subject_is_not_the_recalled_arrest() -> None:
    rows = _rows("وتأتي المظاهرات بعد يوم واحد من اعتقال عناصر الأمن ناشطين اثنين في مدينة سرمدا.",
                 dt.date(2024, 3, 8))
    assert [(r["sub_event_type"], r["event_date"]) for r in rows] == [("Arrests", "2024-03-07")]


def test_sequel_two_days_after_an_assassination_dates_it() -> None:
    rows = _rows("وجاءت الوقفة الاحتجاجية بعد يومين من اغتيال مسلحين مجهولين قيادياً سابقاً في مدينة طفس.",
                 dt.date(2023, 5, 10))
    assert [(r["event_type"], r["event_date"]) for r in rows] == [("Violence against civilians", "2023-05-08")]


def test_sequel_after_days_without_a_count_stays_uncoded_guard() -> None:
    """Guard (passes on the old code): "بعد أيام من" gives no day, and the act stays uncoded."""
    rows = _rows("وتأتي الاحتجاجات بعد أيام من اغتيال مسلحين مجهولين قيادياً سابقاً في مدينة طفس.",
                 dt.date(2023, 5, 10))
    assert not rows


def test_pluperfect_clause_about_the_victim_is_not_background() -> None:
    rows = _rows("اغتال مسلحون مجهولون، مساء الأحد، شاباً من أبناء بلدة المزيريب، كان قد انضم إلى اتفاق التسوية "
                 "عام 2018، بإطلاق النار عليه قرب منزله.", dt.date(2021, 9, 13))
    assert len(rows) == 1 and rows[0]["event_date"] == "2021-09-12" and rows[0]["historical"] is False


def test_opening_pluperfect_stays_background_guard() -> None:
    """Guard (passes on the old code): a sentence that opens on the pluperfect recalls an earlier act."""
    rows = _rows("وكان مسلحون مجهولون قد اغتالوا في آذار 2020 قيادياً سابقاً في بلدة المزيريب.", dt.date(2021, 9, 13))
    assert rows and rows[0]["historical"] is True


def test_one_of_the_deadliest_since_compares() -> None:
    rows = _rows("وكانت الشبكة قد وثقت في 9 كانون الثاني الماضي مقتل 12 راعياً بهجوم لمسلحين على تجمع لهم في بادية "
                 "تدمر، في واحدة من أكثر الهجمات دموية منذ مطلع العام الفائت.", dt.date(2023, 2, 20))
    assert [r["event_date"] for r in rows] == ["2023-01-09"]


def test_more_than_a_count_since_stays_a_total_guard() -> None:
    """Guard (passes on the old code): "أكثر من 500 … منذ بداية العام" is a running total, not one attack."""
    rows = _rows("وقتل أكثر من 500 مدني منذ بداية العام بقصف قوات النظام على ريف إدلب الجنوبي.", dt.date(2023, 2, 20))
    assert not rows


def test_civil_defence_volunteer_killed_is_one_civilian() -> None:
    rows = _rows("قُتل متطوع في الدفاع المدني، مساء السبت، بقذيفة مدفعية أطلقتها قوات النظام على بلدة البارة.",
                 dt.date(2021, 6, 14))
    assert len(rows) == 1 and rows[0]["fatalities"] == 1 and rows[0]["inter2"] == 7


def test_step_told_of_the_victim_in_the_pluperfect_is_no_event() -> None:
    """Guard (passes on the old code for this sentence): the victim's past step is not a change of his group."""
    rows = _rows("وجاء التوتر بعد يومين من اغتيال قيادي سابق في الفصائل، كان قد انضم إلى التسوية عام 2018، برصاص "
                 "مسلحين مجهولين أمام منزله في بلدة المزيريب.", dt.date(2024, 4, 15))
    assert all(r["sub_event_type"] != "Change to group/activity" for r in rows)
