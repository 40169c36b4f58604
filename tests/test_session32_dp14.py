"""Session 32 (dp14, one act told twice): a paragraph that dates its act ("مساء أمس") and ends on the start of a
lasting period ("في إطار حملة أطلقتها القوات منذ يومين") hands the next paragraph the act's day, not that start: the
next paragraph, telling the same fight with no day of its own, is the same record, not a second one two days back."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 5, 12)  # a Thursday


def test_the_next_paragraph_keeps_the_acts_day_not_the_campaigns_start() -> None:
    text = ("قُتل عنصران من الشرطة، مساء أمس الأربعاء، في اشتباك مع مسلحين مجهولين في مدينة طفس بريف درعا، "
            "في إطار حملة أمنية بدأتها القوات في المنطقة منذ ثلاثة أيام.\n\n"
            "وقال مصدر محلي إن دورية للشرطة تعرضت لإطلاق نار من أطراف طفس، واندلعت اشتباكات استمرت ساعة "
            "انتهت بمقتل مسلحَين اثنين.")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] == "Battles"]
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2022-05-11"


def test_a_like_fight_on_a_day_of_its_own_stays_apart() -> None:
    text = ("قُتل عنصران من الشرطة، مساء أمس الأربعاء، في اشتباك مع مسلحين مجهولين في مدينة طفس بريف درعا، "
            "في إطار حملة أمنية بدأتها القوات في المنطقة منذ ثلاثة أيام.\n\n"
            "وكانت دورية أخرى للشرطة قد تعرضت يوم الإثنين لإطلاق نار من أطراف طفس، واندلعت اشتباكات مع مسلحين "
            "انتهت بإصابة عنصر.")
    days = sorted(str(r["event_date"]) for r in record_rows(text, DAY) if r["event_type"] == "Battles")
    assert days == ["2022-05-09", "2022-05-11"]


def test_a_shooting_retold_with_the_victims_side_is_one_record() -> None:
    text = ("قُتل قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في مدينة طفس بريف درعا، مساء أمس الأربعاء. "
            "وقال مصدر محلي إن مسلحين على دراجة نارية أطلقوا النار على القيادي الذي التحق باللواء الثامن أمام منزله "
            "في طفس، ما أدى إلى مقتله على الفور.")
    rows = [r for r in record_rows(text, DAY) if r["location"] == "Tafas"]
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2022-05-11"


def test_a_clash_after_a_killing_at_the_same_town_stays_apart() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا، مساء أمس الأربعاء. "
            "واندلعت بعد ذلك اشتباكات عنيفة بين مسلحين محليين وقوات النظام في طفس استمرت ساعتين.")
    types = sorted(str(r["event_type"]) for r in record_rows(text, DAY) if r["location"] == "Tafas")
    assert types == ["Battles", "Violence against civilians"]
