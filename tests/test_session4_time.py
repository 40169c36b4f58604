"""Event dates: nights, recalled days, recent spans ("خلال اليومين الماضيين")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.document import Document, TimeValue
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

THU = dt.date(2023, 11, 16)  # a Thursday


make_doc = partial(time_doc, published=THU)  # a document with its time layer


def date_of(doc: Document, start_words: str) -> tuple[TimeValue | None, bool]:
    return event_date(doc, [sentence_at(doc, start_words)])


def test_last_night_is_one_day_the_evening_it_began() -> None:
    doc = make_doc("هاجم مسلحون حاجزاً للشرطة الليلة الماضية عند مدخل القرية.\n")
    v, hist = date_of(doc, "هاجم")
    assert v is not None and v.granularity == "day" and v.iso() == "2023-11-15" and not hist


def test_night_between_two_weekdays_is_its_first_day() -> None:
    doc = make_doc("تبادل الطرفان القصف ليل الثلاثاء - الأربعاء على أطراف المدينة.\n")
    v, _ = date_of(doc, "تبادل")
    assert v is not None and v.granularity == "day" and v.iso() == "2023-11-14"


def test_two_named_days_stay_a_range() -> None:
    doc = make_doc("قصفت الطائرات المسيرة مواقع الفصيل يومي الثلاثاء والأربعاء.\n")
    v, _ = date_of(doc, "قصفت")
    assert v is not None and v.granularity == "range" and v.iso() == "2023-11-14/2023-11-15"


ARTICLE = (
    "غارات على مواقع في ريف المدينة\n"
    "طائرات حربية تقصف مواقع عسكرية في الريف الشرقي وتوقع خسائر.\n"
    "قصفت طائرات حربية فجر اليوم مستودعاً للذخيرة قرب البلدة الشرقية.\n"
    "وأمس، سقطت قذائف على سوق البلدة المجاورة وجرح فيها بائع.\n"
    "والأحد، دمرت غارة مماثلة جسراً على الطريق الدولي.\n"
    "وفي 2 تشرين الثاني الجاري، انفجرت عبوة ناسفة بسيارة عسكرية في المنطقة ذاتها.\n"
)


def test_days_the_article_recalls_are_background() -> None:
    doc = make_doc(ARTICLE)
    v, hist = date_of(doc, "قصفت طائرات")
    assert v is not None and v.iso() == "2023-11-16" and not hist
    v, hist = date_of(doc, "وأمس")
    # yesterday, outside a lead that tells today's news: background (session 4 historical convention)
    assert v is not None and v.iso() == "2023-11-15" and hist
    v, hist = date_of(doc, "والأحد")
    assert v is not None and v.iso() == "2023-11-12" and hist
    v, hist = date_of(doc, "وفي 2 تشرين")
    assert v is not None and v.iso() == "2023-11-02" and hist


def test_a_day_the_lead_reports_is_not_recalled() -> None:
    text = (
        "اشتباكات عنيفة على جبهة الريف الشمالي\n"
        "اندلعت يوم الاثنين اشتباكات بين الجيش ومسلحين على الجبهة الشمالية.\n"
        "وقال مصدر ميداني إن المواجهات بدأت بهجوم على نقطة للجيش.\n"
        "وأضاف المصدر أن الاشتباكات يوم الاثنين أوقعت قتيلين من المهاجمين.\n"
    )
    doc = make_doc(text)
    v, hist = date_of(doc, "وأضاف")
    assert v is not None and v.iso() == "2023-11-13" and not hist


def test_recent_days_are_the_news_at_week_precision() -> None:
    found = find_times(normalize("اعتقلت الأجهزة عشرات الناشطين خلال اليومين الماضيين في الريف"), THU)
    assert [(t.text, t.value.date, t.value.precision, t.value.historical) for t in found] == [
        ("اليومين الماضيين", dt.date(2023, 11, 15), 2, False)]
    found = find_times(normalize("تكررت الهجمات على الرعاة في الأيام الأخيرة"), THU)
    assert [(t.value.date, t.value.precision, t.value.historical) for t in found] == [
        (dt.date(2023, 11, 13), 2, False)]
    doc = make_doc("شنت الأجهزة الأمنية خلال اليومين الماضيين حملة دهم في القرى.\n")
    v, hist = date_of(doc, "شنت")
    assert v is not None and v.date == dt.date(2023, 11, 15) and v.precision == 2 and not hist
