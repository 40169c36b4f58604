"""Session 41 (iq27): Lebanon and Iraq in their own outlets.  Iraqi briefs place an act in a sub-district ("ناحية
X") beside its province, within a range or a valley ("ضمن سلسلة جبال X"); the
Security Media Cell's statements open on the day they were issued ("أعلنت الخلية، اليوم الثلاثاء، مقتل …") and tell
the act's own day in the body; a headline joins two acts at two places ("… في X والقبض على مطلوب في Y"); a clan
dispute is recalled as "a similar dispute" of an earlier month; a dead officer is named with his rank."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def test_iraqi_sub_district_named_with_its_head_word() -> None:
    text = ("أفاد مصدر محلي، اليوم الخميس، بمقتل رجلين في نزاع عشائري مسلح اندلع فجر اليوم في ناحية كميت التابعة "
            "لمحافظة ميسان.")
    rows = _rows(text, dt.date(2022, 11, 3), "Battles")
    assert rows and rows[0]["location"] == "Kumait (Maysan)"


def test_similar_dispute_of_last_month_is_an_event_of_its_own() -> None:
    text = ("قتل شخصان في نزاع عشائري مسلح اندلع مساء أمس في ناحية كميت شمالي العمارة.\n\n"
            "وكانت الناحية قد شهدت في تموز الماضي نزاعاً مماثلاً بين عشيرتين أسفر عن مقتل ثلاثة أشخاص.")
    rows = _rows(text, dt.date(2022, 8, 20), "Battles")
    days = sorted(str(r["event_date"]) for r in rows)
    assert len(rows) == 2, rows
    assert days[0].startswith("2022-07") and days[1] == "2022-08-19"


def test_rank_of_a_counted_officer_counts_no_one() -> None:
    text = ("هاجم مسلحون من داعش ليلة أمس نقطة للجيش العراقي قرب قضاء الطارمية، ما أدى إلى مقتل ضابط برتبة ملازم "
            "أول وجندي.")
    rows = _rows(text, dt.date(2024, 2, 6), "Battles")
    assert rows and rows[0]["fatalities"] == 2


def test_headline_place_of_the_second_act_is_not_the_first_acts() -> None:
    text = "مقتل أربعة إرهابيين بقصف جوي في جبال مكحول واعتقال متهم في تكريت"
    rows = _rows(text, dt.date(2024, 5, 14), "Explosions/Remote violence")
    assert rows and rows[0]["location"] == "Makhoul Mountains"


def test_range_within_a_province_is_more_precise_than_the_province() -> None:
    text = ("قالت خلية الإعلام الأمني إن طائرات القوة الجوية العراقية قصفت أمس الأحد وكراً لداعش ضمن سلسلة جبال حمرين "
            "في محافظة ديالى، ما أسفر عن مقتل ثلاثة إرهابيين.")
    rows = _rows(text, dt.date(2024, 3, 4), "Explosions/Remote violence")
    assert rows and rows[0]["location"] == "Hamrin Mountains"


def test_security_statement_lead_joins_the_bodys_act() -> None:
    # the lead tells the statement's day and both acts; the body tells the attack's own day, the dead officer by his
    # rank, and the strikes "ضمن سلسلة جبال حمرين": one attack in the district, one strike in the range
    text = ("مقتل ضابط وجندي بهجوم لداعش في الطارمية.. وغارات على أوكار التنظيم في حمرين\n\n"
            "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل ضابط وجندي من الجيش العراقي بهجوم نفذته عصابات داعش "
            "على موقع عسكري في قضاء الطارمية شمالي بغداد، فيما أكدت تنفيذ غارات جوية على أوكار للتنظيم في "
            "جبال حمرين.\n\n"
            "وأوضحت الخلية في بيان تلقته وسائل الإعلام، أن \"مجموعة من عصابات داعش الإرهابية هاجمت مساء الاثنين "
            "موقعاً تابعاً للفرقة الثامنة في الجيش العراقي في الطارمية، ما أدى إلى مقتل ضابط برتبة نقيب وجندي، "
            "وإصابة جنديين آخرين\"، مبينة أن \"القطعات ردت على مصادر النيران\".\n\n"
            "وتابع البيان أن \"طائرات F-16 العراقية نفذت أمس الثلاثاء غارتين على أوكار لداعش ضمن سلسلة جبال حمرين "
            "في محافظة ديالى، أسفرتا عن مقتل خمسة إرهابيين\".")
    rows = record_rows(text, dt.date(2024, 10, 9))
    fights = [r for r in rows if r["event_type"] == "Battles"]
    strikes = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert len(fights) == 1 and len(strikes) == 1, rows
    assert fights[0]["event_date"] == "2024-10-07" and fights[0]["location"] == "Tarmiyah"
    assert strikes[0]["event_date"] == "2024-10-08" and strikes[0]["location"] == "Hamrin Mountains"
