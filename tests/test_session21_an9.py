"""Session 21 (an9): records made from analysis and statistics.  A count of acts over a whole month or year written
in words ("أكثر من عشرين غارة خلال الشهر الماضي") or standing on a noun of acts ("أربعين عملية ومحاولة اغتيال"), or
the verb of an act with a vague count for its object over such a span ("فكّكت عدداً منها خلال العام الماضي"), is a
tally, no event; incidents in the plural and scattered ("حوادث متفرقة لانفجار ألغام") with no day of their own are
several acts summed up; and a sentence opening on years passed since an act, the years written in words ("بعد خمس
سنوات على اتفاق التسوية …"), names that act as old, no act of the news."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 20)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_month_count_of_strikes_in_words_is_a_tally() -> None:
    assert _rows("وشن الطيران الحربي أكثر من عشرين غارة خلال الشهر الماضي على مواقع في ريف إدلب الجنوبي.") == []


def test_year_count_of_attacks_in_words_is_a_tally() -> None:
    assert _rows("ونفذت خلايا التنظيم خلال العام الماضي نحو خمسين هجوماً على حواجز الجيش في ريف دير الزور الشرقي.") == []


def test_count_standing_on_a_noun_of_acts_is_a_tally() -> None:
    text = ("وبحسب أرقام منظمات حقوقية، شهد ريف درعا الغربي خلال شهر آذار الماضي أكثر من ثلاثين عملية ومحاولة "
            "اغتيال، أسفرت عن مقتل ما يزيد على عشرين شخصاً.")
    assert _rows(text) == []


def test_vague_object_of_an_act_over_a_year_is_a_tally() -> None:
    text = ("وتحمّل السلطات خلايا داعش المسؤولية، وتقول إنها فككت عدداً منها خلال العام الماضي، ولا سيما بعد العملية "
            "الأمنية التي نفذها الجيش في مدينة طفس في آب/أغسطس 2022 وأسفرت عن مقتل قيادات في التنظيم.")
    assert not [r for r in _rows(text) if r["sub_event_type"] == "Disrupted weapons use"]


def test_scattered_incidents_of_a_month_are_no_event() -> None:
    assert _rows("كما شهد شهر شباط 2023 حوادث متفرقة لانفجار ألغام بالرعاة في بادية حمص الشرقية.") == []


def test_several_separate_incidents_summed_up_are_no_event() -> None:
    assert _rows("توفي 17 مدنياً وأصيب آخرون في عدة حوادث منفصلة في محافظات حمص وحماة ودير الزور.") == []


def test_years_in_words_since_a_settlement_name_it_as_old() -> None:
    text = ("بعد خمس سنوات على اتفاق التسوية الذي أعاد مدينة بصرى الشام إلى سيطرة الدولة صيف عام 2018، لا تزال "
            "المدينة تعيش على وقع الاغتيالات شبه اليومية.")
    assert not [r for r in _rows(text) if r["sub_event_type"] == "Agreement"]


def test_strikes_counted_today_stay_guard() -> None:
    """Guard (passes on the old code): a few strikes told with their day are one event."""
    rows = _rows("وشن الطيران الحربي ثلاث غارات على بلدة كفرنبل بريف إدلب صباح اليوم.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]


def test_many_strikes_of_the_day_stay_guard() -> None:
    """Guard (passes on the old code): many strikes with no span of a month or a year are the day's event."""
    rows = _rows("وشن الطيران الحربي أكثر من عشرين غارة على بلدة كفرنبل بريف إدلب اليوم.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]


def test_scattered_cases_far_after_a_dated_act_keep_it_guard() -> None:
    """Guard (passes on the old code): incidents named in a clause of their own, far after an act told with its
    date, leave that act."""
    text = ("وقُتل 3 جنود أميركيين وأصيب نحو 40 آخرين في قصف بطائرة مسيرة طاول قاعدة التنف في نهاية شهر كانون "
            "الثاني 2024، في ما أصيب أكثر من 130 جندياً في حالات مختلفة.")
    assert _rows(text)


def test_near_daily_shelling_is_a_habit() -> None:
    text = "وتتعرض قرى ريف حلب الغربي لقصف شبه يومي من قبل قوات النظام، رغم سريان اتفاق التهدئة الموقع في آذار 2020."
    assert _rows(text, dt.date(2023, 6, 10)) == []


def test_near_daily_beside_a_shelling_of_today_keeps_it_guard() -> None:
    """Guard (passes on the old code): an act of the day told beside the near-daily habit stays."""
    rows = _rows("وقصفت قوات النظام اليوم بلدة كنصفرة في جبل الزاوية، ضمن القصف شبه اليومي على المنطقة.",
                 dt.date(2023, 6, 10))
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"]
