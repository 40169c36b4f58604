"""Session 15 (one act told with two days): a report that opens its sentence with the day of writing ("أعلن
الجيش، اليوم الإثنين، اعتقال …") and the sentence right after it that gives the act an earlier day ("وقال إن
قواته اعتقلته يوم السبت") are one record, dated to the act, even where that day lies far enough back to read as
recalled.  An earlier day told apart, after other sentences, or as background ("ويأتي ذلك بعد …") stays apart."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

MONDAY = dt.date(2023, 9, 25)


def _of(rows: list[dict[str, object]], event_type: str) -> list[dict[str, object]]:
    return [r for r in rows if r["event_type"] == event_type]


def test_an_arrest_announced_today_and_made_on_saturday_is_one_record_of_saturday() -> None:
    rows = _of(record_rows(
        "الجيش الأميركي يعتقل قيادياً في تنظيم داعش شرقي سوريا.\n"
        "قوات أميركية تنفذ عملية إنزال في ريف دير الزور.\n"
        "أعلن الجيش الأميركي، اليوم الإثنين، اعتقال قيادي في تنظيم داعش في ريف دير الزور.\n"
        "وقال الجيش الأميركي إن قواته اعتقلت القيادي في تنظيم داعش بعد عملية إنزال في ريف دير الزور، يوم السبت.",
        MONDAY), "Strategic developments")
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2023-09-23" and rows[0]["historical"] is False


def test_a_claim_of_yesterday_and_the_blast_of_the_day_before_are_one_record() -> None:
    rows = _of(record_rows(
        "تفجير في ريف دمشق يوقع ضحايا.\n"
        "حصيلة جديدة لضحايا التفجير في السيدة زينب.\n"
        "وتتواصل التحقيقات في المنطقة.\n"
        "وأعلن تنظيم داعش، أمس الأحد، مسؤوليته عن التفجير الذي استهدف منطقة السيدة زينب جنوبي دمشق.\n"
        "وأدى التفجير، الذي وقع يوم السبت، إلى مقتل 5 أشخاص من جراء انفجار عبوة ناسفة في منطقة السيدة زينب.",
        MONDAY), "Explosions/Remote violence")
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2023-09-23" and rows[0]["fatalities"] == 5


def test_a_renewed_clash_today_and_an_attack_two_days_before_told_apart_stay_two() -> None:
    rows = _of(record_rows(
        "تجدد الاشتباكات بين الفصائل في ريف حلب.\n"
        "اشتباكات عنيفة في قرى شرقي حلب.\n"
        "أفاد مراسلنا، اليوم الأحد، بتجدد الاشتباكات بين هيئة تحرير الشام والجيش الوطني في قرى شرقي حلب.\n"
        "وقال مراسلنا إن الجيش التركي نشر دبابات في بعض النقاط.\n"
        "وقبل يومين، شن الجيش الوطني هجوماً معاكساً على مواقع هيئة تحرير الشام قرب معبر الحمران.",
        dt.date(2023, 9, 24)), "Battles")
    assert len(rows) == 2

