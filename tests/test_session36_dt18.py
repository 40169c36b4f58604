"""Session 36 (dt18, dates and the historical flag): a year in a relative clause that says what a person once did
("قيادي سابق، من الذين أجروا التسوية عام 2018") dates the person's past, not the act; a monitor's monthly report
whose summary names its month under heading lines keeps its incidents of that month as news; a live blog's entries
of the day before are its news, not background; a sequel whose subject names today ("وتأتي حادثة اليوم بعد ثلاثة أيام
من انفجار …", the count in words) dates the earlier act that far back; and a background act with no date at all gives
no record."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Event, PlaceRef, TimeValue
from rasd.events.stage import _undated_retelling


def _rows(text: str, published: dt.date, sub_event: str) -> list[tuple[object, object]]:
    return [(r["event_date"], r["historical"]) for r in record_rows(text, published)
            if r["sub_event_type"] == sub_event]


def test_a_year_in_a_relative_clause_of_a_person_is_not_the_act_date() -> None:
    text = ("تقرير المرصد الأسبوعي عن محافظة درعا\n"
            "بتاريخ 12 آذار 2023، أقدم مسلحون مجهولون على إطلاق النار على قيادي سابق في فصائل المعارضة، من الذين "
            "أجروا التسوية عام 2018، أثناء خروجه من منزله في بلدة اليادودة غربي درعا، ما أدى إلى مقتله.\n")
    assert _rows(text, dt.date(2023, 3, 14), "Attack") == [("2023-03-12", False)]


def test_a_monthly_report_under_heading_lines_keeps_its_month_as_news() -> None:
    text = ("الشبكة السورية لرصد الانتهاكات\n"
            "حصيلة شهر أيلول 2022\n"
            "أولاً: الحصيلة العامة\n"
            "رصدت الشبكة خلال شهر أيلول 2022 مقتل 61 مدنياً في مختلف المحافظات السورية، بينهم تسعة أطفال وخمس "
            "نساء، إضافة إلى عشرات الجرحى.\n"
            "ثانياً: أبرز الحوادث\n"
            "في 4 أيلول 2022، قصفت قوات النظام بالمدفعية الثقيلة قرية البارة في جبل الزاوية جنوبي إدلب، ما أدى إلى "
            "مقتل رجل وإصابة ابنه بجروح.\n")
    assert _rows(text, dt.date(2022, 10, 6), "Shelling/artillery/missile attack") == [("2022-09-04", False)]


def test_a_live_blogs_entries_of_the_day_before_are_news() -> None:
    text = ("مباشر | تطورات الجنوب السوري\n"
            "آخر تحديث: الخميس\n"
            "09:30\n"
            "مراسلنا: دورية إسرائيلية تتوغل في أطراف بلدة الرفيد بريف القنيطرة الجنوبي وتنسحب بعد ساعة.\n"
            "00:45\n"
            "وزارة الخارجية السورية تدين الغارات وتعدها انتهاكاً جديداً للسيادة.\n"
            "22:10\n"
            "طائرات حربية إسرائيلية تشن، مساء أمس الأربعاء، غارات على مواقع عسكرية في محيط مدينة الكسوة جنوبي "
            "دمشق، ما أدى إلى مقتل عنصرين من الجيش السوري.\n")
    rows = _rows(text, dt.date(2025, 6, 12), "Air/drone strike")
    assert rows == [("2025-06-11", False)]


def test_a_sequel_whose_subject_names_today_dates_the_earlier_act_back() -> None:
    text = ("قُتل عنصران من الأمن العام، اليوم الاثنين، بهجوم مسلح على حاجز عند مدخل بلدة المسيفرة شرقي درعا.\n"
            "وتأتي حادثة اليوم بعد ثلاثة أيام من انفجار عبوة ناسفة بسيارة عسكرية قرب بلدة الكرك الشرقي، أسفر عن "
            "إصابة عنصرين.\n")
    rows = _rows(text, dt.date(2025, 5, 12), "Remote explosive/landmine/IED")
    assert [d for d, _ in rows] == ["2025-05-09"]


def test_an_undated_background_act_at_the_place_of_a_dated_record_gives_no_record() -> None:
    town = PlaceRef(id="C1643", name_en="Mare'", name_ar="مارع", level="community", lat=36.48, lon=37.20)
    news = Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 date=TimeValue(dt.date(2022, 9, 18), 1, "day"), place=town)
    aside = Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                  historical=True, place=town)
    assert _undated_retelling(aside, [news, aside])  # more of the news act, or an act no coder can date
    assert not _undated_retelling(aside, [aside])  # alone in its text: its record stays
    assert not _undated_retelling(news, [news, aside])
