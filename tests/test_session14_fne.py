"""Session 14 (false events outside Syria: tallies are no act): the day word that dates a statement ("أعلن
الجيش، أمس الأحد، أنّ عدد قتلاه منذ بدء الحرب بلغ …") does not make the running total it gives an act of that day,
so the war's count neither swells the toll of an act told beside it nor becomes an event of its own; hundreds or
thousands arrested over a period ("N فلسطيني اعتقلهم الاحتلال منذ …") are a count of the arrested, no raid."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 12, 27)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_war_count_dated_by_its_statement_does_not_swell_a_clash_toll() -> None:
    rows = _rows("أقر جيش الاحتلال اليوم بمقتل 3 جنود في معارك مع المقاومة شمالي قطاع غزة.\n"
                 "وأعلن الجيش، اليوم الأربعاء، أنّ عدد قتلاه منذ بدء الحرب بلغ 480 قتيلاً.")
    assert len(rows) == 1
    assert rows[0]["fatalities"] == 3


def test_war_count_given_yesterday_is_not_the_toll_of_todays_clash() -> None:
    rows = _rows("خاضت كتائب القسام اشتباكات عنيفة مع قوات الاحتلال المتوغلة في مدينة غزة.\n"
                 "وأمس، اعترف الاحتلال بأنّ عدد قتلاه منذ بدء الحرب وصل إلى 480 قتيلاً.")
    assert len(rows) == 1
    assert rows[0]["fatalities"] == 0


def test_count_of_dead_and_captives_since_the_war_is_no_event() -> None:
    rows = _rows("وكان المتحدث باسم جيش الاحتلال قد أعلن، أمس الأحد، أنّ عدد الجنود القتلى منذ بدء الحرب وصل "
                 "إلى 300، وبلغ عدد الأسرى الإسرائيليين في غزة 220.")
    assert rows == []


def test_arrest_count_since_a_date_in_a_dated_statement_is_no_event() -> None:
    rows = _rows("6100 فلسطيني اعتقلهم الاحتلال في الضفة منذ السابع من أكتوبر\n"
                 "وأوضحت الهيئة، في بيان صحافي اليوم السبت، أنّ حصيلة الاعتقالات بعد السابع من تشرين الأول/أكتوبر "
                 "بلغت نحو 6100 أسير، وتشمل من جرى اعتقاله أثناء مداهمة قوات الاحتلال للمنازل.")
    assert rows == []


def test_hundreds_arrested_over_years_is_no_event() -> None:
    assert _rows("واعتقلت الشرطة منذ عام 2019 مئات الناشطين في البلاد.") == []


def test_a_large_raid_of_the_day_and_an_old_arrest_stay_events() -> None:
    rows = _rows("اعتقلت قوات الاحتلال اليوم 120 فلسطينياً في حملة مداهمات في الخليل.")
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Arrests"
    rows = _rows("واعتقلت قوات الاحتلال الشاب أحمد منذ 3 أشهر في نابلس.")
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Arrests"


def test_statement_of_the_day_about_an_act_stays_an_event() -> None:
    rows = _rows("وأعلنت الوزارة اليوم أنّ غارة إسرائيلية قتلت 4 مواطنين في خان يونس.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 4

