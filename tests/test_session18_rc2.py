"""Session 18 (RECENT): recent acts told late or in the pluperfect are current news, not background — a sequel
("وتأتي الحادثة بعد أيام من مقتل …، يوم الخميس الماضي") that gives the act it follows a day of the last few; a
pluperfect whose subject is the act ("وكانت اشتباكات قد اندلعت، ليل السبت") or whose verb of carrying out opens the
act's clause ("قد شنت، أمس، حملة …، اعتقلت خلالها"); and an act dated only from an earlier one lies that long after
it ("وبعد يومين من الهجوم، …", "غداة الهجوم")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

MONDAY = dt.date(2025, 6, 16)
SATURDAY = dt.date(2025, 3, 22)


# paragraphs of comment that put the sentence under test after the lead (the headline and first paragraphs tell
# the news whatever its day)
_PAD = ("\n\nوأفاد مراسل محلي بأن المنطقة تشهد توتراً متزايداً منذ أسابيع.\n\n"
        "ودعا وجهاء المدينة إلى ضبط السلاح المنفلت.\n\n")


def _rows(text: str, on: dt.date) -> list[dict[str, object]]:
    return record_rows(text.replace("\n\n", _PAD, 1), on)


def _of(rows: list[dict[str, object]], event_type: str, place: str) -> dict[str, object]:
    return next(r for r in rows if r["event_type"] == event_type and r["location"] == place)


def test_days_after_an_attack_date_the_act_two_days_on() -> None:
    text = ("قتل ثلاثة عناصر من قسد بهجوم شنه مسلحون على حاجز في بلدة ذيبان، يوم الثلاثاء 18 آذار.\n\n"
            "وبعد يومين من الهجوم، داهمت قسد منازل في ذيبان واعتقلت عشرة أشخاص.")
    row = _of(_rows(text, SATURDAY), "Strategic developments", "Thiban")
    assert row["event_date"] == "2025-03-20"


def test_three_days_after_in_words() -> None:
    text = ("قتل مدنيان بقصف مدفعي على بلدة ذيبان، يوم الإثنين 17 آذار.\n\n"
            "وبعد ثلاثة أيام على القصف، اعتقلت قسد خمسة أشخاص في بلدة البصيرة.")
    row = _of(_rows(text, SATURDAY), "Strategic developments", "Basira")
    assert row["event_date"] == "2025-03-20"


def test_the_morrow_of_an_attack_is_the_day_after() -> None:
    text = ("قتل ثلاثة عناصر من قسد بهجوم شنه مسلحون على حاجز في بلدة ذيبان، يوم الثلاثاء 18 آذار.\n\n"
            "وفي مدينة الميادين، أصيب عنصران من وزارة الدفاع بانفجار عبوة ناسفة بسيارتهما، غداة هجوم ذيبان.")
    row = _of(_rows(text, SATURDAY), "Explosions/Remote violence", "Al Mayadin")
    assert row["event_date"] == "2025-03-19"


def test_guard_a_sequel_after_days_names_the_earlier_act() -> None:
    # pure guard: "ويأتي ذلك بعد يومين من …" names an earlier act, not one two days after the day told before
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة جاسم، مساء أمس الأحد.\n\n"
            "ويأتي ذلك بعد يومين من اغتيال رجل برصاص مجهولين في مدينة الصنمين.")
    dates = {r["event_date"] for r in _rows(text, MONDAY)}
    assert "2025-06-17" not in dates


def test_sequel_with_last_friday_is_current() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة جاسم، مساء أمس الأحد.\n\n"
            "وتأتي هذه الحادثة بعد أيام من مقتل رجل برصاص مجهولين في مدينة الصنمين، يوم الجمعة الماضي.")
    row = _of(_rows(text, MONDAY), "Violence against civilians", "As-Sanamayn")
    assert row["event_date"] == "2025-06-13" and row["historical"] is False


def test_came_after_an_attack_yesterday_is_current() -> None:
    text = ("اندلعت اشتباكات بين عناصر من الأمن العام ومسلحين محليين في مدينة نوى، اليوم الإثنين.\n\n"
            "وجاءت الاشتباكات بعد هجوم نفذه مسلحون على حاجز للأمن العام في مدينة طفس، مساء أمس.")
    row = _of(_rows(text, MONDAY), "Battles", "Tafas")
    assert row["historical"] is False


def test_pluperfect_clash_of_saturday_night_is_current() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة جاسم، مساء أمس الأحد.\n\n"
            "وكانت اشتباكات قد اندلعت، ليل السبت، بين عناصر من الأمن العام ومجموعة مسلحة في مدينة نوى.")
    row = _of(_rows(text, MONDAY), "Battles", "Nawa")
    assert row["historical"] is False


def test_pluperfect_campaign_of_yesterday_is_current() -> None:
    text = ("قُتل مدني برصاص مسلحين مجهولين في مدينة جبلة، اليوم الإثنين.\n\n"
            "وكانت قوات الأمن العام قد شنت، أمس الأحد، حملة تمشيط في قرى ريف القرداحة، اعتقلت خلالها سبعة أشخاص.")
    rows = [r for r in _rows(text, MONDAY) if r["event_type"] == "Strategic developments"]
    assert rows and all(r["historical"] is False for r in rows)


def test_guard_pluperfect_of_last_month_stays_background() -> None:
    # pure guard: a pluperfect of weeks back is background
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة جاسم، مساء أمس الأحد.\n\n"
            "وكانت اشتباكات قد اندلعت، في أيار الماضي، بين عناصر من الأمن العام ومجموعة مسلحة في مدينة نوى.")
    rows = [r for r in _rows(text, MONDAY) if r["location"] == "Nawa"]
    assert all(r["historical"] for r in rows)
