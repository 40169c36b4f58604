"""Session 35 (lf17): round-ups and long forms.  What a speaker forecasts, threatens or (in the plural) plans is no
act ("يرجّح محللون أن …", "مهدداً باستهداف …", "والطلاب يعتزمون تنظيم وقفة"); arrests a tally counts over a
period (hundreds written in words, or a speaker's own count, "أحصينا منذ …") are no raid of the day; a relative
clause on a definite act noun ("القصف الذي استهدف البلدة") re-tells that act; a recap's line ("ملخص اليوم: …")
re-tells the entries above it; a live blog's present tense reports an arrest or a protest after its subject."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 11)  # a Tuesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_a_forecast_attack_is_no_act() -> None:
    rows = _rows("ويرجّح مراقبون أن يشنّ الجيش هجوماً على مواقع قسد في مدينة الطبقة خلال الأيام المقبلة.")
    assert rows == []


def test_a_threat_told_by_a_participle_is_no_act() -> None:
    rows = _rows("وقال القيادي إن مقاتليه جاهزون للرد، مهدداً بقصف مواقع الجيش في بلدة الصنمين.")
    assert rows == []


def test_a_plan_in_the_plural_after_its_subject_is_no_protest() -> None:
    rows = _rows("وقال أحد المنظمين إن الطلاب يعتزمون تنظيم وقفة أمام مبنى جامعة حلب للمطالبة بخفض الرسوم.")
    assert [r for r in rows if r["event_type"] == "Protests"] == []


def test_hundreds_arrested_since_a_date_written_in_words_are_a_tally() -> None:
    rows = _rows("ووفق إحصاء لناشطين، قُتل منذ مطلع العام خمسة وعشرون شخصاً في ريف درعا، فيما اعتُقل نحو أربعمئة "
                 "شخص في حملات دهم شنّتها الأجهزة الأمنية في بلدة نوى.")
    assert [r for r in rows if r["sub_event_type"] == "Arrests"] == []


def test_a_speakers_own_count_since_a_month_holds_no_raid() -> None:
    rows = _rows("أحصينا منذ آب الماضي أكثر من ثلاثين مداهمة في بلدة انخل، واعتُقل خلالها خمسة عشر شاباً أُطلق "
                 "سراح أغلبهم لاحقاً.")
    assert [r for r in rows if r["sub_event_type"] == "Arrests"] == []


def test_a_relative_clause_on_the_definite_shelling_retells_it() -> None:
    rows = _rows("قصفت مدفعية الجيش السوري صباح اليوم مواقع لقسد في بلدة دير حافر شرقي حلب. "
                 "وقالت قسد في بيان إن القصف المدفعي الذي استهدف دير حافر أسفر عن إصابة مدنيين اثنين.")
    shells = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert len(shells) == 1, shells


def test_a_recap_line_retells_the_entries_above() -> None:
    text = ("09:30\nمراسلنا: مدفعية الجيش تقصف مواقع لقسد في بلدة دير حافر شرقي حلب.\n\n"
            "18:00\nملخص اليوم: رد الجيش بقصف مدفعي على دير حافر أصاب ثلاثة مدنيين، وسط ترقب لما ستحمله الأيام "
            "المقبلة.\n")
    shells = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert len(shells) == 1, shells
    assert shells[0]["inter2"] == 2


def test_a_live_blogs_present_tense_reports_an_arrest() -> None:
    rows = _rows("15:10\nوزارة الداخلية: وحدات الأمن الداخلي تلقي القبض على ثلاثة مطلوبين في مدينة حماة.\n")
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_a_live_blogs_present_tense_reports_a_protest() -> None:
    rows = _rows("11:20\nعشرات الأهالي يتجمعون أمام مبنى المحافظة في مدينة درعا ويرفعون صور أبنائهم المعتقلين.\n")
    assert [r["event_type"] for r in rows] == ["Protests"]


def test_a_wave_of_protests_going_on_since_a_month_is_no_protest() -> None:
    rows = _rows("وتتواصل الاحتجاجات في مدينة السويداء منذ أواخر آب الماضي، على خلفية تدهور الأوضاع المعيشية.")
    assert [r for r in rows if r["event_type"] == "Protests"] == []


def test_a_monitors_count_of_many_attacks_is_a_tally() -> None:
    rows = _rows("وقال التقرير إن الاغتيالات بقيت السمة الأبرز للشهر في ريف حماة، إذ وثّق 18 عملية ومحاولة اغتيال، "
                 "أسفرت عن مقتل 12 شخصاً.")
    assert rows == []


def test_an_earlier_act_recalled_with_no_time_of_its_own_is_no_record() -> None:
    rows = _rows("وقُتل عنصر من قسد اليوم برصاص مجهولين في بلدة ذيبان. "
                 "وكان مسلحون مجهولون قد اغتالوا مختار بلدة الشحيل في وقت سابق.")
    assert all(r["event_date"] for r in rows), rows
    assert [r["location"] for r in rows] == ["Thiban"]
