"""Event typing, session 6: a device made safe is a disrupted weapon, a strike the air defences stopped only
in part is the strike, and the historical flag of pluperfect reports and of acts weeks back.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows

from rasd.pipeline import extract_text

PUB = dt.date(2024, 2, 14)  # a Wednesday

STRIKE = "Explosions/Remote violence"
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _types(text: str) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, PUB)]


def test_defusing_several_bombs_is_a_disrupted_weapon() -> None:
    text = ("أعلنت وزارة الدفاع السورية اليوم أن وحدات الهندسة قامت بتفكيك عدة عبوات ناسفة زرعها مسلحون "
            "على طريق قرب بلدة المزيريب في ريف درعا الغربي.")
    types = _types(text)
    assert DISRUPTED in types
    assert (STRIKE, "Remote explosive/landmine/IED") not in types


def test_a_bomb_that_went_off_is_still_an_explosion() -> None:
    text = "انفجرت اليوم عبوة ناسفة بسيارة عسكرية قرب بلدة المزيريب في ريف درعا الغربي، ما أدى إلى مقتل جنديين."
    assert (STRIKE, "Remote explosive/landmine/IED") in _types(text)


def test_defences_that_downed_only_some_missiles_report_the_strike() -> None:
    text = ("تصدت الدفاعات الجوية السورية فجر اليوم لصواريخ عدوان إسرائيلي استهدف مواقع في ريف دمشق، "
            "وأسقطت معظمها، واقتصرت الأضرار على الماديات.")
    types = _types(text)
    assert (STRIKE, "Air/drone strike") in types
    assert DISRUPTED not in types


def test_defences_that_downed_the_missiles_report_a_disrupted_weapon() -> None:
    text = "أسقطت الدفاعات الجوية السورية فجر اليوم طائرة مسيرة في أجواء ريف حماة الشمالي."
    types = _types(text)
    assert DISRUPTED in types
    assert all(t != STRIKE for t, _ in types)


def test_a_pluperfect_report_of_this_morning_is_news() -> None:
    text = ("دوي انفجارات في قاعدة أميركية بريف الحسكة\n"
            "سمعت اليوم انفجارات داخل القاعدة الأميركية في الشدادي بريف الحسكة الجنوبي.\n"
            "وكانت فصائل عراقية قد أعلنت أنها استهدفت، صباح اليوم، قاعدة حقل العمر في ريف دير الزور "
            "بطائرتين مسيرتين.\n")
    events = extract_text(text, published=PUB).events
    omar = [e for e in events if e.place is not None and "Omar" in e.place.name_en]
    assert omar and not any(e.historical for e in omar)


def test_a_pluperfect_report_of_an_earlier_day_stays_background() -> None:
    text = ("اشتباكات في ريف إدلب الجنوبي\n"
            "اندلعت اليوم اشتباكات بين الجيش السوري ومسلحين على محور بلدة كفرنبل في ريف إدلب.\n"
            "وكانت فصائل مسلحة قد هاجمت الأسبوع الماضي مواقع للجيش في محيط بلدة سراقب.\n")
    events = extract_text(text, published=PUB).events
    assert any(e.historical for e in events)


def test_an_act_two_weeks_back_is_background() -> None:
    text = ("قصف على قرى في ريف دير الزور\n"
            "قصفت قسد اليوم بقذائف الهاون قرية بقرص في ريف دير الزور الشرقي، ما أدى إلى إصابة مدنيين.\n"
            "وقبل أسبوعين، اندلعت اشتباكات عنيفة بين مقاتلي العشائر وقسد في بلدة ذيبان بريف دير الزور.\n")
    events = extract_text(text, published=PUB).events
    clash = [e for e in events if e.event_type == "Battles"]
    assert clash and all(e.historical for e in clash)
    assert any(not e.historical for e in events if e.event_type == STRIKE)


def test_a_strike_word_with_some_missiles_downed_is_the_strike() -> None:
    text = ("تصدت الدفاعات الجوية السورية ليلة أمس لصواريخ اعتداء إسرائيلي استهدف مطار المزة العسكري "
            "في دمشق، وأسقطت بعضها.")
    assert (STRIKE, "Air/drone strike") in _types(text)
