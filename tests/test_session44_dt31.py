"""Session 44 (dt31): dates.  A sentence that opens on the lapse since an earlier act whose day its opening clause
names ("وبعد أيام من الغارة التي … في 26 تشرين الأول، أصيب ثلاثة أطفال صباح اليوم …") dates its own act by the time
after that clause; a sequel counted "بعد أقل من أسبوعين على اغتيال …" tells the earlier act as a done act, as "بعد
أسبوعين على" does; the dead of an act told before, described again ("العنصر القتيل كان قد التحق … في تموز 2018"),
is no act of the year of his past."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_opening_lapse_clause_day_is_the_earlier_acts_not_the_mine_blast() -> None:
    text = ("قصفت قوات النظام بالمدفعية أطراف بلدة كنصفرة في جبل الزاوية، مساء أمس، دون وقوع إصابات.\n\n"
            "وبعد أيام من الغارة الروسية التي استهدفت معسكراً لأحد الفصائل في جبل الدويلة في 20 من تشرين الأول "
            "الماضي، وأسفرت عن مقتل عدد من المقاتلين، أصيب طفلان صباح اليوم بانفجار لغم أرضي في أطراف مدينة سرمين.")
    rows = [r for r in record_rows(text, dt.date(2020, 11, 3)) if r["location"] == "Sarmin"]
    assert rows and rows[0]["event_date"] == "2020-11-03" and rows[0]["time_precision"] == 1


def test_sequel_less_than_two_weeks_after_an_assassination_is_its_own_event() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين أمام منزله في مدينة طفس، مساء أمس الإثنين.\n\n"
            "وتأتي هذه الحادثة بعد أقل من أسبوعين على اغتيال عنصر سابق في المعارضة برصاص مجهولين في بلدة "
            "المزيريب، يوم الأربعاء 2 حزيران الماضي.")
    rows = [r for r in record_rows(text, dt.date(2021, 6, 15)) if r["location"] == "Mzeireb"]
    assert rows and rows[0]["event_date"] == "2021-06-02"


def test_dead_man_described_again_is_not_an_act_of_his_past_year() -> None:
    text = ("قُتل عنصر في فرع الأمن العسكري التابع لقوات النظام، مساء أمس، برصاص مسلحين مجهولين قرب مقبرة مدينة "
            "الصنمين شمالي درعا.\n"
            "وأفاد المصدر بأن العنصر القتيل كان يقاتل في السابق في صفوف فصائل المعارضة، والتحق عقب اتفاق التسوية "
            "في آب 2018 بصفوف فرع الأمن العسكري، وكان يخدم ضمن مجموعة محلية تابعة للفرع في البلدة.")
    rows = record_rows(text, dt.date(2021, 4, 12))
    assert rows and all(not str(r["event_date"]).startswith("2018") for r in rows)
