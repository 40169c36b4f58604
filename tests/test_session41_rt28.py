"""Session 41 (rt28): acts told again or told as background.  A further clause ("مشيراً إلى أنّ …") that tells a
later step with no act of its own (the body handed over, the burial) gives the act told again before it no day of
its own: the retelling goes on with the act's day and joins it.  A lead that counts the days of an act going on
("في ثالث أيام الاقتحام") makes the evening before part of the news, no background."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import record_rows, sentence_at, time_doc, trigger_at

from rasd.time.assign import WEAK_KINDS, event_date

DAY = dt.date(2025, 3, 19)  # a Wednesday
make_doc = partial(time_doc, published=DAY)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_body_handed_over_today_does_not_date_the_retold_shooting() -> None:
    doc = make_doc("قُتل شاب، مساء أمس الثلاثاء، برصاص عناصر من حرس الحدود التركي أثناء محاولته اجتياز الحدود قرب "
                   "مدينة سلقين.\n"
                   "وأضاف المصدر أن الشاب كان مع خمسة أشخاص آخرين، استطاع الباقون الرجوع إلى الجانب السوري بعد أن "
                   "أطلق عناصر الدورية الرصاص بشكل مباشر باتجاههم، مشيراً إلى أن أهله استلموا جثته صباح اليوم "
                   "ودُفن في قريته.\n")
    doc.add("triggers", [trigger_at(doc, "برصاص"), trigger_at(doc, "الرصاص بشكل")])
    v, _ = event_date(doc, [sentence_at(doc, "وأضاف المصدر")], [trigger_at(doc, "الرصاص بشكل")])
    assert v is None or v.kind in WEAK_KINDS  # no day of its own: the events stage joins it to the act told


def test_evening_before_is_news_in_a_lead_counting_the_days_of_a_raid() -> None:
    text = ("ثلاثة شهداء في ثالث أيام اقتحام الاحتلال لمخيم الفارعة\n\n"
            "ارتفع عدد الشهداء في مخيم الفارعة جنوبي طوباس إلى ثلاثة، بعد استشهاد شاب برصاص الاحتلال صباح اليوم "
            "الأربعاء، في ثالث أيام العدوان المتواصل على المخيم.\n\n"
            "وصباح اليوم، اندلعت اشتباكات بين مقاومين وقوات الاحتلال في أزقة المخيم.\n\n"
            "وأفاد مراسلنا بأنّ طائرة مسيّرة إسرائيلية قصفت، مساء أمس، مجموعة من الشبان في المخيم، ما أدى إلى "
            "استشهاد اثنين منهم.")
    rows = [r for r in _rows(text) if r["event_date"] == "2025-03-18"]
    assert rows and not any(r["historical"] for r in rows)
