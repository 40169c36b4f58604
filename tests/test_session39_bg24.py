"""Session 39 (bg24): background acts.  Fighting told as going on ("واستمرت الاشتباكات") on the day before the
publication day, at a place where the news tells another act, is the story's own day, not a background the
article recalls, though it is told after a lead that names only the publication day."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_LEAD = ("تجددت صباح اليوم الخميس المواجهات المسلحة في بلدة الصنمين بريف درعا، بين مسلحين محليين وعناصر من الأمن "
         "العام، ما أسفر عن مقتل ثلاثة أشخاص، وفق مصادر محلية.\n"
         "وقالت المصادر إن قوات الأمن العام أغلقت الطرق المؤدية إلى البلدة ومنعت حركة المدنيين منذ ساعات الصباح.\n"
         "ودعا وجهاء المنطقة إلى التهدئة وضبط النفس، وطالبوا الجهات الرسمية بحماية الأهالي ومحاسبة المتورطين.\n")


def test_act_of_the_day_before_told_after_the_lead_is_news() -> None:
    text = _LEAD + ("واستمرت الاشتباكات طوال نهار أمس الأربعاء في الصنمين، واستخدمت فيها الأسلحة الرشاشة وقذائف "
                    "الهاون.")
    rows = record_rows(text, dt.date(2025, 3, 13))
    eve = [r for r in rows if r["event_date"] == "2025-03-12"]
    assert eve, rows
    assert not any(r["historical"] for r in eve)


def test_act_of_the_day_before_at_another_place_stays_background() -> None:
    text = _LEAD + ("وأمس الأربعاء، استهدف مسلحون مجهولون حاجزا لقوات الأمن العام في بلدة طفس بالأسلحة الرشاشة، ما أدى "
                    "إلى مقتل عنصرين.")
    rows = record_rows(text, dt.date(2025, 3, 13))
    eve = [r for r in rows if r["event_date"] == "2025-03-12"]
    assert eve and all(r["historical"] for r in eve), rows


def test_act_of_last_month_stays_background() -> None:
    text = _LEAD + ("وكانت اشتباكات مماثلة قد اندلعت في الخامس من شباط الماضي في بلدة طفس، إثر هجوم شنه مسلحون على "
                    "حاجز أمني عند مدخل البلدة.")
    rows = record_rows(text, dt.date(2025, 3, 13))
    old = [r for r in rows if r["event_date"] == "2025-02-05"]
    assert old and all(r["historical"] for r in old), rows
