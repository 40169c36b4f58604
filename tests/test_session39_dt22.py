"""Session 39 (dt22): dates.  A lead that tells an act with no day at all takes the day the paragraph right after it
gives in telling that act in detail (not the day of the source's account, not the publication date); a person
missing "since" a recent day vanished that day, which dates the abduction or the arrest."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 4, 10)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_undated_lead_takes_the_day_its_detail_paragraph_gives() -> None:
    text = ("اختطف مسلحون مجهولون صيدلانياً من أبناء مدينة السلمية في بلدة تلدرة بريف حماة الشرقي، "
            "وطالبوا ذويه بفدية.\n\n"
            "وقال شقيق الصيدلاني لمراسلنا، اليوم الأربعاء، إن أخاه أغلق صيدليته مساء الأحد الماضي وتوجه إلى منزله، "
            "قبل أن تقطع طريقه سيارة مسرعة ويجبره ركابها على النزول معهم.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert rows and rows[0]["event_date"] == "2024-04-07"
    assert rows[0]["historical"] is False


def test_undated_lead_keeps_the_publication_day_when_the_next_paragraph_turns_to_another_act() -> None:
    text = ("اختطف مسلحون مجهولون صيدلانياً من أبناء مدينة السلمية في بلدة تلدرة بريف حماة الشرقي.\n\n"
            "وفي سياق متصل، قصفت قوات النظام مساء الأحد الماضي أطراف بلدة سرمين بالمدفعية الثقيلة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert rows and rows[0]["event_date"] == "2024-04-10"


def test_missing_since_a_recent_day_dates_the_arrest() -> None:
    text = ("ناشدت عائلة شاب من مدينة الصنمين الكشف عن مصيره، بعد انقطاع الاتصال به منذ يوم السبت، إثر اعتقاله "
            "من قبل دورية تابعة للأمن العسكري على حاجز عند مدخل المدينة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] in ("Arrests", "Abduction/forced disappearance")]
    assert rows and rows[0]["event_date"] == "2024-04-06"


def test_missing_since_years_ago_stays_a_bound() -> None:
    text = ("اعتقلت دورية تابعة للأمن العسكري اليوم شاباً على حاجز في مدينة الصنمين، وهو شقيق معتقل مفقود منذ "
            "عام 2013.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["event_date"] == "2024-04-10"
