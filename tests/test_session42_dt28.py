"""Session 42 (dt28): the day of an act against the day it is told.  A man who dies today of wounds of an attack
told with its own earlier day ("توفي اليوم … متأثراً بإصابته، بعد تعرّضه لإطلاق نار مساء الثلاثاء") is coded on
the attack's day; an agency's dateline ("رام الله 26-6-2025 وفا-") is the day the story was filed, not the day of
the act its sentence then dates; and the lead's act told again in detail after a sentence of an earlier step (a
sweep begun the day before) keeps the lead's day rather than the day it inherits."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 3, 9)  # a Thursday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_death_of_wounds_today_is_coded_on_the_day_of_the_shooting() -> None:
    text = ("فارق الحياة صباح اليوم الخميس المختار سليمان العلي متأثراً بإصابته برصاص في الصدر، بعد تعرضه لإطلاق "
            "نار مساء يوم الثلاثاء الماضي على يد مسلحين مجهولين في بلدة الشحيل بريف دير الزور الشرقي.")
    rows = [r for r in _rows(text) if r["location"] == "Shheil"] or _rows(text)
    assert rows and all(r["event_date"] == "2023-03-07" for r in rows)


def test_death_of_wounds_with_no_earlier_day_keeps_the_day_told() -> None:
    text = ("توفي صباح اليوم الخميس شاب متأثراً بإصابته برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور "
            "الشرقي، بحسب مصادر محلية.")
    rows = _rows(text)
    assert rows and rows[0]["event_date"] == "2023-03-09"


def test_dateline_date_is_not_the_day_of_the_act() -> None:
    text = ("نابلس 9-3-2023 وفا- أحرق مستعمرون، مساء أمس الأربعاء، مركبتين في قرية بورين جنوب نابلس، وأصابوا "
            "ثلاثة مواطنين بجروح.")
    rows = _rows(text)
    assert rows and all(r["event_date"] == "2023-03-08" for r in rows)


def test_dateline_alone_still_dates_the_act() -> None:
    text = ("نابلس 9-3-2023 وفا- هاجم مستعمرون منازل المواطنين في قرية بورين جنوب نابلس، وأحرقوا مركبتين وأصابوا "
            "ثلاثة مواطنين بجروح.")
    rows = _rows(text)
    assert rows and rows[0]["event_date"] == "2023-03-09"



def test_pluperfect_recall_with_full_date_and_result_is_an_event_of_that_day() -> None:
    text = ("قصفت طائرات حربية إسرائيلية، فجر اليوم الخميس، مواقع في محيط مطار حلب الدولي، ما أدى إلى خروجه عن "
            "الخدمة.\n\n"
            "وكانت إسرائيل قد استهدفت مطار حلب الدولي في السابع من أيلول 2022، ما أدى إلى أضرار في المدرج.")
    rows = [r for r in _rows(text) if r["event_date"] == "2022-09-07"]
    assert rows
