"""The ``historical`` flag: the article's news is the events of the days its lead names; what it
tells of other days, or after a "this came after …" sentence, is background (dates unchanged)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc

from rasd.document import Document, TimeValue
from rasd.time.assign import event_date

THU = dt.date(2023, 11, 16)  # a Thursday


make_doc = partial(time_doc, published=THU)  # a document with its time layer


def date_of(doc: Document, start_words: str) -> tuple[TimeValue | None, bool]:
    return event_date(doc, [sentence_at(doc, start_words)])


TODAY_LEAD = (
    "قصف مدفعي على بلدة في الريف الجنوبي\n"
    "قذائف تسقط على أحياء البلدة وتوقع جرحى بين السكان.\n"
    "سقطت صباح اليوم قذائف مدفعية على أطراف البلدة الجنوبية.\n"
    "وأضاف المصدر أن فرق الإسعاف نقلت الجرحى إلى مستشفى المدينة.\n"
    "وأمس، قتل راع برصاص مجهولين قرب الوادي الشرقي.\n"
    "وأكد الشهود أن المسلحين فروا نحو الجبال بعد الحادث.\n"
)


def test_yesterday_outside_a_lead_about_today_is_background() -> None:
    doc = make_doc(TODAY_LEAD)
    v, hist = date_of(doc, "سقطت")
    assert v is not None and v.iso() == "2023-11-16" and not hist
    v, hist = date_of(doc, "وأمس")
    assert v is not None and v.iso() == "2023-11-15" and hist


def test_a_day_inherited_from_a_background_paragraph_is_background() -> None:
    doc = make_doc(TODAY_LEAD)
    v, hist = date_of(doc, "وأكد الشهود")
    assert v is not None and v.iso() == "2023-11-15" and hist  # the day is kept, the flag follows it
    v, hist = date_of(doc, "وأضاف")
    assert v is not None and v.iso() == "2023-11-16" and not hist


def test_yesterday_is_news_when_the_lead_names_no_day() -> None:
    text = (
        "مواجهات بين فصيلين في ريف المدينة\n"
        "اشتباكات بالأسلحة الخفيفة بين فصيلين متنازعين على حاجز.\n"
        "اندلعت اشتباكات بين الفصيلين عند الحاجز الرئيسي للبلدة.\n"
        "وأمس، اعتقل أحد الفصيلين قياديين من الفصيل الآخر.\n"
    )
    v, hist = date_of(make_doc(text), "وأمس")
    assert v is not None and v.iso() == "2023-11-15" and not hist


def test_a_sentence_that_situates_the_news_after_an_act_tells_background() -> None:
    text = (
        "هجوم بطائرات مسيرة على قاعدة عسكرية\n"
        "طائرات مسيرة تستهدف قاعدة في البادية وتحدث أضراراً.\n"
        "استهدفت طائرات مسيرة فجر اليوم قاعدة عسكرية في البادية.\n"
        "ويأتي الهجوم بعد قصف صاروخي طال مخازن القاعدة نفسها.\n"
        "وسبق ذلك، انفجار عبوة بدورية على طريق المطار الأربعاء.\n"
    )
    doc = make_doc(text)
    v, hist = date_of(doc, "ويأتي")
    assert v is not None and v.iso() == "2023-11-16" and hist  # the date found is kept
    v, hist = date_of(doc, "وسبق ذلك")
    assert v is not None and v.iso() == "2023-11-15" and hist
    v, hist = date_of(doc, "استهدفت")
    assert v is not None and not hist


def test_an_analysis_piece_whose_lead_names_no_day_reports_its_first_recent_day() -> None:
    text = (
        "قراءة في عودة المعارك إلى الريف الشرقي\n"
        "يبدو أن الهدنة التي فرضت على الطرفين لم تصمد طويلاً.\n"
        "عاد التوتر إلى المنطقة بعد أسابيع من الهدوء الحذر.\n"
        "ففي ليل الاثنين، شن مقاتلو القبائل هجوماً على مواقع الفصيل في البلدة.\n"
        "وسيطر المهاجمون على نقاط عدة قبل أن يستعيدها الفصيل بعد ساعات.\n"
    )
    doc = make_doc(text)
    v, hist = date_of(doc, "ففي")
    assert v is not None and v.iso() == "2023-11-13" and not hist
    v, hist = date_of(doc, "وسيطر")
    assert v is not None and v.iso() == "2023-11-13" and not hist


def test_a_lead_day_in_a_relative_clause_is_no_news_day() -> None:
    text = (
        "تشييع ضحايا في البلدة\n"
        "شيع الأهالي اليوم ضحايا الغارة التي استهدفت البلدة الاثنين.\n"
        "تجمع المئات في ساحة البلدة للمشاركة في التشييع.\n"
        "وفي اليوم نفسه، قصفت المدفعية قرية مجاورة.\n"
    )
    doc = make_doc(text)
    v, hist = date_of(doc, "وفي اليوم نفسه")
    assert v is not None and v.iso() == "2023-11-13" and hist
