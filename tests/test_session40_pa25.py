"""Session 40 (pa25): pan-Arab and international outlets.  A long report's closing timeline of dated list items,
agency prose that puts the verb before its protesters, a background sentence that lists past acts each after its
own time, the start of a period ("منذ بدء المواجهات … قبل 3 أيام") that is not the act's day, a "not the first
time" recall whose side is a country, "قربه" (near it) as no village, and a lead that sums up the act the body
dates."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document
from rasd.io.html import read_html
from rasd.output.records import records
from rasd.pipeline import Pipeline

TIMELINE_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-03-14T10:00:00+03:00">
<title>قصف على ريف إدلب الجنوبي | موقع إخباري</title></head>
<body>
<nav>الرئيسية | أخبار | سياسة | رياضة</nav>
<h1>قصف على ريف إدلب الجنوبي</h1>
<div class="wysiwyg">
<p>قصفت قوات النظام السوري بالمدفعية الثقيلة، صباح اليوم الثلاثاء، أطراف بلدة كنصفرة في جبل الزاوية جنوبي إدلب،
دون أن تسجل إصابات بين السكان، بحسب ما أفاد به ناشطون في المنطقة.</p>
<p>ويأتي القصف في ظل تهدئة هشة تشهدها المنطقة منذ أشهر، يتخللها تبادل متقطع لإطلاق النار على خطوط التماس.</p>
<div class="related">اقرأ أيضا: ما مستقبل التهدئة؟ | النازحون في المخيمات</div>
<h2>محطات سابقة</h2>
<ul>
<li>4 أغسطس/آب 2022: مقتل مدنيين اثنين بقصف صاروخي لقوات النظام على بلدة البارة.</li>
<li>خريف 2022: موجة نزوح جديدة من قرى جبل الزاوية نحو الشمال.</li>
</ul>
</div>
<div class="more"><ul><li><a href="/x">تقارير أخرى عن إدلب</a></li></ul></div>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""


def _html_rows(page: str) -> list[dict[str, object]]:
    art = read_html(page)
    assert art.published is not None
    doc = Document(id="t", text=art.text, published=art.published, title=art.title)
    return records(Pipeline()(doc))


def test_dated_timeline_items_of_a_page_are_kept() -> None:
    art = read_html(TIMELINE_PAGE)
    assert "4 أغسطس/آب 2022: مقتل مدنيين اثنين" in art.text
    assert "تقارير أخرى" not in art.text  # a related link is no timeline entry
    rows = _html_rows(TIMELINE_PAGE)
    assert any(r["event_date"] == "2022-08-04" and r["historical"] for r in rows), rows


def test_agency_verb_first_protesters_closing_roads_is_a_protest() -> None:
    text = "أغلق محتجون غاضبون من تردي الخدمات طرقاً رئيسية وسط مدينة السويداء مساء الأحد."
    rows = record_rows(text, dt.date(2024, 6, 10))
    assert [r["event_type"] for r in rows] == ["Protests"], rows
    assert rows[0]["event_date"] == "2024-06-09"


def test_background_list_of_past_acts_each_keeps_its_own_time() -> None:
    text = ("تشهد المنطقة تفجيرات متكررة. ففي 12 مارس/آذار 2021 قُتل خمسة أشخاص بانفجار سيارة مفخخة في مدينة "
            "عفرين، وفي يونيو/حزيران من العام نفسه قُتل مدنيان بانفجار عبوة ناسفة في مدينة الباب.")
    rows = record_rows(text, dt.date(2022, 2, 1))
    bab = [r for r in rows if r["location"] == "Al Bab"]
    assert bab, rows
    assert str(bab[0]["event_date"]).startswith("2021-06"), bab


def test_since_the_start_of_fighting_days_ago_is_not_the_acts_day() -> None:
    text = ("شنّ الجيش الإسرائيلي، بعد ظهر اليوم الخميس، سلسلة غارات على مبنى وزارة الدفاع وسط العاصمة دمشق، في "
            "تصعيد هو الأوسع منذ بدء المواجهات في محافظة السويداء جنوبي البلاد قبل 4 أيام.\n\n"
            "وأفادت مصادر طبية بأن الغارات أسفرت عن مقتل شخصين.")
    rows = record_rows(text, dt.date(2025, 7, 17))
    assert rows
    assert {r["event_date"] for r in rows} == {"2025-07-17"}, rows


def test_not_the_first_time_recall_by_a_country_is_an_event() -> None:
    text = ("وليست هذه المرة الأولى التي تقصف فيها إسرائيل مواقع في مدينة القنيطرة، إذ شنت في العاشر من آذار "
            "الماضي غارة على المدينة.")
    rows = record_rows(text, dt.date(2025, 6, 20))
    assert any(r["event_date"] == "2025-03-10" and r["historical"] for r in rows), rows


def test_near_it_is_no_village() -> None:
    text = "استهدفت غارة جوية سيارة عسكرية قربه مساء أمس، ما أدى إلى مقتل عنصرين."
    rows = record_rows(text, dt.date(2024, 2, 3))
    assert not any(r["location"] == "Khureibah/Qurbe" for r in rows), rows


def test_lead_with_no_day_sums_up_the_act_the_body_dates() -> None:
    text = ("هجوم بمسيرة على قاعدة عين الأسد\n\nبغداد / وكالات\n\n"
            "تبنت فصائل مسلحة موالية لإيران هجوماً بطائرة مسيرة على قاعدة عين الأسد الجوية غربي العراق، فيما تعرض "
            "موقع للحشد الشعبي في جرف النصر لقصف جوي فجر الاثنين.\n\n"
            "وقالت الفصائل في بيان نشرته مساء الأحد إن مقاتليها استهدفوا قاعدة عين الأسد بطائرة مسيرة، مؤكدة إصابة "
            "أهدافها.")
    rows = [r for r in record_rows(text, dt.date(2024, 3, 4)) if r["location"] == "Ain al-Asad Air Base"]
    assert len(rows) == 1, rows
    assert rows[0]["event_date"] == "2024-03-03"
    assert not rows[0]["historical"]
