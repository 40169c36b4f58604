"""Session 29 (lv11, breaking-news formats: tickers, live blogs, bulletins): a scraped ticker page whose entries
are list items is read (trafilatura's recall setting, when the precision setting finds no text); an outlet's line
with the day it posted ("الوطن | الأحد 8 تشرين الأول 2023") is a date line, not the lead that would make the body's
"أمس" background; the members of a side named with "من" before a bulletin's present verb ("عناصر من قسد
يعتقلون") are its subject, "من" no relative pronoun; the pretext of an arrest ("بحجة …") names a charge, not an act;
a weekday named as the act's day ("يوم الإثنين الماضي") dates one act even beside "منذ مطلع الشهر"."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.clean.debris import clean_text
from rasd.io.html import read_html

TUESDAY = dt.date(2023, 8, 29)
THURSDAY = dt.date(2021, 6, 10)

TICKER = """<html><head><title>موجز الأخبار</title></head><body>
<div class="menu"><a href="/">الرئيسية</a> | <a href="/ticker">الموجز</a></div>
<ul class="ticker">
<li><span>09:10</span> | قصف مدفعي يطال أطراف بلدة تل تمر ويصيب راعيين بجروح.</li>
<li><span>10:30</span> | مجهولون يطلقون النار على سيارة لموظف في مدينة الحسكة دون إصابات.</li>
<li><span>11:45</span> | وقفة لعشرات الأهالي في عامودا احتجاجاً على انقطاع الكهرباء منذ أيام.</li>
</ul>
<footer>كل الحقوق محفوظة</footer>
</body></html>"""


def test_a_ticker_of_list_items_is_read() -> None:
    art = read_html(TICKER)
    assert "تل تمر" in art.text and "عامودا" in art.text


def test_outlet_with_its_posting_day_is_a_date_line() -> None:
    c = clean_text("الجيش يرد على مصادر النيران\nالوطن | الأحد 8 تشرين الأول 2023\n"
                   "قصفت وحدات الجيش أمس مواقع للمسلحين.")
    assert ("byline", "الوطن | الأحد 8 تشرين الأول 2023") in c.dropped
    assert "قصفت وحدات الجيش" in c.text


def test_outlet_with_a_place_after_the_dash_stays_a_byline_only_as_before() -> None:
    c = clean_text("عنوان الخبر\nالوطن – حماة\nقصفت وحدات الجيش أمس مواقع للمسلحين.")
    assert any(why == "byline" for why, _ in c.dropped)


def test_yesterdays_act_under_a_dated_byline_block_is_news() -> None:
    text = ("الجيش يضرب مواقع المسلحين في ريف إدلب\n"
            "إدلب – مراسل الوطن\n"
            "الوطن | الأحد 8 تشرين الأول 2023\n"
            "قصفت وحدات الجيش أمس بالمدفعية الثقيلة مواقع للمسلحين في محيط بلدة سرمين.")
    doc = article_doc(text, dt.date(2023, 10, 8))
    shelling = [e for e in doc.events if e.place is not None and "Sarmin" in e.place.name_en]
    assert shelling and not shelling[0].historical
    assert shelling[0].date is not None and shelling[0].date.date == dt.date(2023, 10, 7)


def test_members_of_a_side_before_a_present_verb_make_the_arrest() -> None:
    rows = record_rows("18:40 – عناصر من قسد يعتقلون تسعة شبان خلال مداهمة في بلدة الشدادي.", TUESDAY)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_a_relative_who_before_a_present_verb_is_no_act() -> None:
    rows = record_rows("وقال الوجيه إن من يعتقل الشبان في بلدة الشدادي سيحاسب أمام العشائر.", TUESDAY)
    assert rows == []


def test_the_pretext_of_an_arrest_is_no_battle() -> None:
    rows = record_rows("اعتقلت قسد اليوم تسعة شبان في بلدة الشدادي بحجة مشاركتهم في الدعوة إلى القتال ضدها.", TUESDAY)
    assert [r["event_type"] for r in rows] == ["Strategic developments"]


def test_a_named_weekday_dates_one_act_beside_a_period_since() -> None:
    rows = record_rows("وقُتل مدنيان يوم الإثنين الماضي بقصف صاروخي طال مدينة أريحا، في ظل تصعيد مستمر منذ مطلع الشهر.",
                       THURSDAY)
    assert [(r["event_date"], r["location"]) for r in rows] == [("2021-06-07", "Ariha")]


def test_a_toll_since_a_weekday_is_no_act_of_that_day() -> None:
    rows = record_rows("وارتفع إلى 30 عدد القتلى منذ يوم الإثنين الماضي جراء القصف على مدينة أريحا.", THURSDAY)
    assert all(r["event_date"] != "2021-06-07" for r in rows)
