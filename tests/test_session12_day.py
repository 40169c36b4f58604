"""Session 12, events on several days: an earlier report of the news told in the pluperfect of a verb of saying
("وكانت مصادر أفادت، مساء اليوم، بـ…") is no flashback, so the paragraph after it goes on telling its day (a
flashback to an old date still does not); and a later clause that recalls another, earlier act ("…، مشيرةً إلى أنّ
المنطقة كانت قد تعرّضت لقصف بداية العام") gives the act told first neither its time nor its background cue."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.document import Document, TimeValue
from rasd.time.assign import event_date

SAT = dt.date(2024, 4, 13)  # a Saturday: Friday is 2024-04-12

make_doc = partial(time_doc, published=SAT)


def with_acts(doc: Document, *words: str) -> Document:
    """``doc`` with a triggers layer over the first occurrence of each of ``words`` (the events stage's acts)."""
    doc.add("triggers", [trigger_at(doc, w) for w in words])
    return doc


def dated(doc: Document, start_words: str, act: str) -> tuple[TimeValue | None, bool]:
    """The date and the historical flag of the sentence of ``doc`` that opens with ``start_words``."""
    return event_date(doc, [sentence_at(doc, start_words)], [trigger_at(doc, act)])


# ---------------------------------------------------------------- an earlier report of the news is no flashback

_PRAISE = ("أشادت فصائل عدة بالهجوم على الحاجز العسكري شمال المدينة.\n"
           "وقالت إحدى الفصائل إنّ الهجوم جاء ردّاً على اقتحام المخيم بالأمس.\n"
           "ودعت الفصائل الشبان إلى تصعيد المواجهة في كل المناطق.\n")


def test_paragraph_after_an_earlier_report_of_today_goes_on_with_today() -> None:
    doc = with_acts(make_doc(_PRAISE + "وكانت مصادر محلية أفادت، مساء اليوم السبت، بإطلاق نار كثيف قرب الحاجز.\n"
                             "وأعلنت الشرطة مقتل جنديين وإصابة ثالث بجروح خطيرة في هجوم الحاجز.\n"), "بإطلاق")
    v, hist = dated(doc, "وأعلنت الشرطة", "هجوم")
    assert v is not None and v.iso() == "2024-04-13"
    assert not hist


def test_report_recall_with_the_verb_after_qad() -> None:
    doc = with_acts(make_doc(_PRAISE + "وكان موقع إخباري قد ذكر أنّ مسلحين أطلقوا النار قرب الحاجز صباح اليوم.\n"
                             "ووقعت اشتباكات بين الجنود والمسلحين قرب البوابة.\n"), "أطلقوا")
    v, _ = dated(doc, "ووقعت", "اشتباكات")
    assert v is not None and v.iso() == "2024-04-13"


def test_earlier_report_of_a_statement_with_no_act_is_passed_over() -> None:
    # the recalled report tells no act: the paragraph after it does not go on with its day
    doc = make_doc("قصفت المدفعية أطراف البلدة أمس الجمعة.\n" + _PRAISE
                   + "وكانت صحف محلية ذكرت، اليوم السبت، أنّ الحكومة لا تولي ملف البلدة أي اهتمام.\n"
                   "وأعلنت الشرطة مقتل جنديين وإصابة ثالث بجروح خطيرة في القصف.\n")
    v, _ = dated(doc, "وأعلنت الشرطة", "القصف")
    assert v is not None and v.iso() != "2024-04-13"


def test_flashback_to_an_old_date_is_still_passed_over() -> None:
    doc = make_doc(_PRAISE + "وكان المتحدث باسم الشرطة قد أكد في 3 آذار الماضي أنّ الحاجز محصّن.\n"
                   "وأعلنت الشرطة مقتل جنديين وإصابة ثالث بجروح خطيرة في إطلاق النار.\n")
    v, _ = dated(doc, "وأعلنت الشرطة", "إطلاق النار")
    assert v is not None and v.date.month != 3


def test_recalled_act_of_another_day_is_still_a_flashback() -> None:
    doc = make_doc(_PRAISE + "وكانت قوات الجيش قد اقتحمت البلدة في 3 آذار الماضي.\n"
                   "وأعلنت الشرطة مقتل جنديين وإصابة ثالث بجروح خطيرة في إطلاق النار.\n")
    v, _ = dated(doc, "وأعلنت الشرطة", "إطلاق النار")
    assert v is not None and v.date.month != 3


# ---------------------------------------------------------------- a later clause that recalls an earlier act

_STRIKES_TODAY = "أفادت مصادر محلية، اليوم السبت، بأنّ طائرات حربية أغارت على مواقع قرب المعبر الحدودي. "


def test_later_recalling_clause_leaves_the_first_act_its_day() -> None:
    doc = make_doc(_STRIKES_TODAY + "وقالت المصادر إنّ الغارات استهدفت مخازن للذخيرة، مشيرةً إلى أنّ المنطقة "
                   "كانت قد تعرّضت لقصف مماثل بداية العام.\n")
    v, hist = dated(doc, "وقالت المصادر", "الغارات")
    assert v is not None and v.iso() == "2024-04-13"
    assert not hist


def test_recalling_clause_without_a_participle_keeps_its_time() -> None:
    # no participle opens a clause of its own: the sentence tells the earlier act itself
    doc = make_doc(_STRIKES_TODAY + "وقالت المصادر إنّ الغارات كانت قد استهدفت مخازن للذخيرة بداية العام.\n")
    v, hist = dated(doc, "وقالت المصادر", "الغارات")
    assert v is not None and v.granularity != "day"
    assert hist


def test_background_sentence_cued_before_its_act_stays_background() -> None:
    doc = make_doc(_STRIKES_TODAY + "وكانت الطائرات قد قصفت المعبر بداية العام، مشيرةً المصادر إلى أنّ القصف "
                   "تكرّر مرات عدة.\n")
    v, hist = dated(doc, "وكانت الطائرات", "قصفت")
    assert hist
    assert v is None or v.granularity != "day"
