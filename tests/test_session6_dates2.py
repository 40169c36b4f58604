"""Event dating, session 6 round 2 (time/assign.py): a time after the publication date ("غداً", "يوم
السبت المقبل") belongs to a call, a plan or an announced act, never to an act the article reports; the
act takes the date it would have without it (the publication date, an earlier time of the sentence, the
day the paragraph told before).

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import sentence_at, time_doc

from rasd.time.assign import event_date

PUB = dt.date(2024, 3, 12)  # a Tuesday


def test_tomorrow_of_a_call_does_not_date_the_killing() -> None:
    text = "سبعة قتلى برصاص الجنود في مخيم البلدة ونقابات المدينة تدعو إلى إضراب شامل غداً."
    doc = time_doc(text, PUB)
    v, hist = event_date(doc, [sentence_at(doc, "سبعة")])
    assert v is not None and v.date == PUB and v.precision == 1
    assert not hist


def test_next_weekday_of_a_speech_does_not_date_the_downing() -> None:
    text = "خطاب لقائد الحركة يوم السبت المقبل ومقاتلو الحركة يسقطون طائرة استطلاع فوق الحدود."
    doc = time_doc(text, PUB)
    v, _hist = event_date(doc, [sentence_at(doc, "خطاب")])
    assert v is not None and v.date == PUB


def test_past_time_after_a_future_one_still_dates_the_act() -> None:
    text = "مسيرات مرتقبة غداً في العاصمة، بعدما قُتل متظاهران أمس قرب مبنى البرلمان."
    doc = time_doc(text, PUB)
    v, _hist = event_date(doc, [sentence_at(doc, "مسيرات")])
    assert v is not None and v.date == PUB - dt.timedelta(days=1)


def test_future_time_is_not_inherited_by_the_next_sentence() -> None:
    text = ("وأعلن المجلس المحلي أنّ جنازة الضحايا ستقام غداً في ساحة البلدة. "
            "وكانت قذيفة سقطت على منزل في الحي الشرقي فقتلت ثلاثة من سكانه.")
    doc = time_doc(text, PUB)
    v, _hist = event_date(doc, [sentence_at(doc, "وكانت قذيفة")])
    assert v is not None and v.date <= PUB


def test_a_future_time_in_the_paragraph_does_not_stop_the_earlier_day() -> None:
    text = ("شنّت طائرات حربية غارات على أطراف القرية مساء الأحد.\n"
            "ويعقد مجلس الأمن جلسة طارئة غداً. وأفاد الأهالي بأنّ الغارات دمّرت ثلاثة منازل.")
    doc = time_doc(text, PUB)
    v, _hist = event_date(doc, [sentence_at(doc, "وأفاد الأهالي")])
    assert v is not None and v.date == dt.date(2024, 3, 10)


def test_without_publication_date_nothing_is_future() -> None:
    text = "قصفت المدفعية مواقع على الجبهة اليوم."
    doc = time_doc(text, None)
    v, _hist = event_date(doc, [sentence_at(doc, "قصفت")])
    assert v is not None and v.date == dt.date.today()


def test_this_month_early_in_the_month_is_not_future() -> None:
    text = "وخلال الشهر الجاري، استهدفت غارات مخازن للوقود في ريف المحافظة."
    doc = time_doc(text, dt.date(2024, 3, 4))
    v, _hist = event_date(doc, [sentence_at(doc, "وخلال")])
    assert v is not None and v.granularity == "month" and v.date.month == 3
