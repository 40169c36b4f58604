"""Session 33 (dp15, one act, two records): a scraped page's masthead (the outlet's name, a menu) above the headline
hides the headline, whose undated act then made a record of its own on the publication day; a headline's "وارتفاع
الحصيلة إلى …" and a group's claim a day later ("وتبنّى التنظيم الهجوم صباح اليوم") told the act again on another day;
a town's report that names no side beside the strike on a site of that town is the same strike."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.io.readers import headline_line
from rasd.output.records import records

TUESDAY = dt.date(2021, 9, 7)


def test_a_masthead_above_the_headline_is_no_title() -> None:
    assert headline_line(["شبكة المدينة", "غارات روسية تضرب أطراف سرمين.. وجرحى مدنيون", "قال مراسلنا إن …"]) \
        == "غارات روسية تضرب أطراف سرمين.. وجرحى مدنيون"
    assert headline_line(["موقع الجنوب", "الرئيسية / أخبار / درعا", "مقتل شاب برصاص مجهولين في بلدة طفس غربي درعا",
                          "قُتل شاب …"]) == "مقتل شاب برصاص مجهولين في بلدة طفس غربي درعا"


def test_a_first_line_that_is_the_headline_stays_the_title() -> None:
    assert headline_line(["قصف على كفرنبل", "قصفت المدفعية البلدة صباح اليوم، ما أدى إلى جرح مدني."]) \
        == "قصف على كفرنبل"
    assert headline_line(["انفجار عبوة ناسفة يقتل عنصرين في ريف درعا", "نص الخبر"]) \
        == "انفجار عبوة ناسفة يقتل عنصرين في ريف درعا"


def test_the_headline_under_a_masthead_retells_the_body_act() -> None:
    text = ("شبكة المدينة\n\n"
            "الطيران الروسي يقصف أطراف سرمين.. وإصابات بين المدنيين\n\n"
            "شنّ الطيران الحربي الروسي، يوم الإثنين، غارات جوية على الأطراف الشرقية لمدينة سرمين في ريف إدلب، "
            "ما أدى إلى إصابة ثلاثة مدنيين بجروح.\n\n"
            "وقالت فرق الدفاع المدني إنها أسعفت المصابين إلى مشفى قريب.")
    rows = [r for r in records(article_doc(text, TUESDAY)) if r["location"] == "Sarmin"]
    assert [r["event_date"] for r in rows] == ["2021-09-06"]


def test_a_headline_toll_update_joins_the_blast() -> None:
    text = ("تشييع ضحايا التفجير في منبج.. وارتفاع الحصيلة إلى ستة قتلى\n\n"
            "انفجرت سيارة مفخخة مساء الأحد قرب سوق شعبي في مدينة منبج بريف حلب الشرقي، ما أدى إلى مقتل أربعة "
            "مدنيين وإصابة عشرة آخرين.\n\n"
            "وفي صباح اليوم التالي، توفي مصابان متأثرين بجراحهما، لترتفع الحصيلة إلى ستة قتلى.")
    rows = records(article_doc(text, dt.date(2025, 2, 4)))
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2025-02-02"


def test_a_claim_told_the_next_morning_is_the_attack_of_the_night() -> None:
    text = ("قُتل عنصران من قوات سوريا الديمقراطية، ليل الإثنين، بهجوم شنّه مسلحون من تنظيم داعش على حاجز عند "
            "مدخل بلدة ذيبان شرقي دير الزور، ودار اشتباك قصير بين الطرفين.\n\n"
            "وتبنّى التنظيم الهجوم صباح اليوم عبر معرّفاته، زاعماً مقتل خمسة عناصر.")
    rows = [r for r in record_rows(text, dt.date(2023, 5, 23)) if r["location"] == "Thiban"]
    assert [r["event_date"] for r in rows] == ["2023-05-22"]


def test_two_alike_raids_a_day_apart_stay_two() -> None:
    text = ("استهدفت طائرات حربية روسية صباح الأحد مدجنة على الطرف الجنوبي لمدينة سرمين، ما أدى إلى مقتل مدنيين "
            "اثنين.\n\n"
            "وشنّت الطائرات الروسية يوم الإثنين غارات جديدة على الطرف الشرقي لمدينة سرمين، ما أدى إلى إصابة ثلاثة "
            "مدنيين.")
    days = sorted(str(r["event_date"]) for r in record_rows(text, TUESDAY) if r["location"] == "Sarmin")
    assert days == ["2021-09-05", "2021-09-06"]
