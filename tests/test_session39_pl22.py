"""Session 39 (pl22): places.  Quneitra's al-Hamidiyah beside Homs's namesake; the Hamrin ridge in Iraq; a city's
bank ("الجانب الأيمن من مدينة الموصل") is no origin; Damascus after the participle of a charge ("متهمةً دمشق")
and the second city of a two-city dateline ("بيروت/دمشق (د ب أ) -") are no place of the act; a headline's act "near"
a governorate's capital ("غارات قرب دمشق") is the body's act at the town near it, one record at the town."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 9, 17)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_quneitra_hamidiyah_is_not_the_homs_namesake() -> None:
    text = ("جرّفت جرافات تابعة للجيش الإسرائيلي، صباح اليوم الأربعاء، عشرات الدونمات من الأراضي الزراعية "
            "وأشجار الزيتون على أطراف بلدة الحميدية في ريف القنيطرة الأوسط، بحسب مزارعين من البلدة.")
    rows = _rows(text)
    assert rows and {r["location"] for r in rows} == {"Al-Hamidiyah (Quneitra)"}


def test_hamrin_ridge_in_iraq() -> None:
    text = ("أعلنت قيادة العمليات المشتركة العراقية أن طائرات F-16 قصفت، ظهر اليوم الأربعاء، مخبأً لمسلحي تنظيم "
            "داعش في سلسلة جبال حمرين، ما أدى إلى مقتل أربعة منهم.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Hamrin Mountains"]


def test_a_city_bank_is_no_origin() -> None:
    text = ("بغداد - واع\n\nقالت وزارة الداخلية العراقية إن مفارزها ألقت القبض، اليوم الأربعاء، على خمسة مطلوبين "
            "بتهم إرهاب في الجانب الأيسر من مدينة الموصل.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert [r["location"] for r in rows] == ["Mosul"]


def test_damascus_after_the_participle_of_a_charge() -> None:
    text = ("قالت قوات سوريا الديمقراطية في بيان اليوم الأربعاء إن مقاتليها صدّوا هجوماً لمسلحين على نقاطها في ريف "
            "دير الزور الشرقي بعد اشتباك استمر ساعة، متهمة دمشق وطهران بتحريك المهاجمين.")
    rows = _rows(text)
    assert rows and "Damascus" not in {r["location"] for r in rows}
    assert "Tehran" not in {r["location"] for r in rows}


def test_second_city_of_a_two_city_dateline() -> None:
    text = ("بيروت/دمشق (د ب أ) - قال المرصد السوري لحقوق الإنسان إن سبعة جنود من القوات الحكومية قُتلوا اليوم "
            "الأربعاء في كمين نصبه مسلحون من تنظيم داعش لحافلة عسكرية في بادية السخنة بريف حمص الشرقي.")
    rows = _rows(text)
    assert rows and "Damascus" not in {r["location"] for r in rows}


def test_headline_near_the_capital_is_the_body_town() -> None:
    text = ("غارات إسرائيلية قرب دمشق توقع ثلاثة قتلى\n\n"
            "دمشق – «الوطن العربي»: قُتل ثلاثة عسكريين وأصيب خمسة آخرون، فجر اليوم الأربعاء، جراء غارات "
            "إسرائيلية استهدفت مواقع عسكرية في محيط مدينة الكسوة جنوب العاصمة السورية دمشق، بحسب مصادر محلية.\n\n"
            "وقالت المصادر إن الطائرات الإسرائيلية أطلقت صواريخها من فوق الجولان المحتل.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Kisweh"]


def test_outlet_quoted_after_la_is_no_place() -> None:
    text = ("القنيطرة: «الشرق الأوسط»\n\n"
            "قال سكان من بلدة جباتا الخشب لـ«الشرق الأوسط» إن قوة إسرائيلية دخلت البلدة فجر اليوم الأربعاء "
            "واعتقلت شابين من أبنائها بعد تفتيش منازلهم.")
    rows = _rows(text)
    assert rows and "Middle East" not in {r["location"] for r in rows}
