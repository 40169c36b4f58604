"""Event dating, session 7 (time/assign.py, time/expressions.py): a count after منذ that measures how long a
state has lasted ("العدوان المستمر منذ 40 يوماً") bounds a period and dates no act; a count back from another
act ("قبل يومين من بدء المحادثات") is not a day before publication; next week is after the publication date
whatever the weekday; a paragraph that recalls an earlier statement in passing ("وكان المتحدث قد أكد في …")
hands its day to no later paragraph.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.document import Document
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

SAT = dt.date(2023, 11, 4)  # a Saturday
SUN = dt.date(2023, 11, 5)  # a Sunday

_doc = partial(time_doc, published=SAT)


def _date(doc: Document, start_words: str) -> tuple[str | None, bool]:
    v, hist = event_date(doc, [sentence_at(doc, start_words)])
    return (v.iso() if v else None, hist)


def _times(text: str, anchor: dt.date = SAT) -> list[tuple[str, str]]:
    return [(tm.text, tm.value.iso()) for tm in find_times(normalize(text), anchor)]


# ----------------------------------------------------------------- how long a state has lasted


def test_a_long_count_after_since_dates_no_act() -> None:
    """The strike is dated by "اليوم"; "منذ 40 يوماً" is how long the war has gone on."""
    doc = _doc("واليوم، قصفت الفصائل موقعاً عسكرياً قرب الحدود، دعماً للقطاع الذي يواجه حرباً مستمرة منذ 40 يوماً.\n")
    assert _date(doc, "واليوم") == ("2023-11-04", False)


def test_a_long_count_after_since_is_not_the_date_of_an_undated_strike() -> None:
    doc = _doc("أعلنت الفصائل أنها ضربت هدفاً في الميناء، في ظل الحصار المفروض على المدينة منذ 25 يوماً.\n")
    assert _date(doc, "أعلنت") == ("2023-11-04", False)


def test_a_count_after_a_word_of_lasting_is_a_period_however_short() -> None:
    doc = _doc("وقصف الجيش أطراف البلدة، في إطار المعارك المتواصلة منذ ثلاثة أيام.\n")
    assert _date(doc, "وقصف") == ("2023-11-04", False)


def test_a_short_count_after_since_still_dates_the_act() -> None:
    """A past act "منذ ثلاثة أيام" with no word of lasting: three days ago."""
    doc = _doc("ومنذ ثلاثة أيام، استهدفت طائرة مسيرة سيارة على الطريق الدولي.\n")
    assert _date(doc, "ومنذ") == ("2023-11-01", False)  # the lead: the news itself


# ----------------------------------------------------------------- a count back from another act


def test_a_count_back_from_another_act_is_not_a_time() -> None:
    assert _times("وصلت التعزيزات قبل يومين من بدء المحادثات في العاصمة.") == []
    assert _times("وانتشرت القوات قبل يوم واحد من انطلاق الجولة الجديدة.") == []
    assert _times("وجرى ذلك قبل أيام من افتتاح المعبر.") == []


def test_a_count_back_from_now_or_alone_is_still_a_time() -> None:
    assert _times("وقع الانفجار قبل يومين في السوق.") == [("قبل يومين", "2023-11-02")]
    assert [t for t, _v in _times("جرى الاجتماع قبل أسبوع من الآن.")] == ["قبل أسبوع"]


def test_an_undated_strike_does_not_take_a_day_counted_back_from_another_act() -> None:
    doc = _doc("قبل يوم واحد من بدء المفاوضات، وصلت أرتال عسكرية إلى الجبهة.\n"
               "وقصفت المدفعية مواقع المسلحين في الريف الغربي.\n")
    assert _date(doc, "وقصفت") == ("2023-11-04", False)


# ----------------------------------------------------------------- next week


def test_next_week_is_after_publication_even_on_a_sunday() -> None:
    """A plan for next week dates no act: the agreement the sentence tells is of the publication day."""
    doc = time_doc("وبموجب الاتفاق، ستتوقف الأعمال في الموقع خلال الأسبوع المقبل.\n", SUN)
    assert _date(doc, "وبموجب") == ("2023-11-05", False)


def test_this_week_is_not_future() -> None:
    doc = time_doc("واعتقلت الشرطة هذا الأسبوع عشرة أشخاص في المدينة.\n", SUN)
    v, _h = event_date(doc, [sentence_at(doc, "واعتقلت")])
    assert v is not None and v.granularity == "week"


# ----------------------------------------------------------------- a paragraph that recalls in passing


def test_a_paragraph_recalling_an_earlier_statement_hands_on_no_day() -> None:
    doc = _doc("أعلن الحزب، مساء الجمعة، قصف مستوطنة في الجليل بالصواريخ.\n"
               "وكان المتحدث باسم الحزب أكد في 20 تشرين الأول الماضي أن الرد سيتوسع.\n"
               "وفي بيان آخر، أعلن الحزب استهداف ثكنة قرب الحدود بالأسلحة المناسبة.\n")
    assert _date(doc, "وفي بيان") == ("2023-11-03", False)


def test_a_pluperfect_paragraph_opening_with_was_recalls_too() -> None:
    doc = _doc("شنت الطائرات أمس غارات على أطراف المدينة.\n"
               "وكانت القوات قد سيطرت على التلة في 12 أيلول الماضي.\n"
               "وأفاد مراسلنا بسقوط قذائف على الحي الشرقي.\n")
    assert _date(doc, "وأفاد") == ("2023-11-03", False)


def test_an_ordinary_paragraph_still_hands_on_its_day() -> None:
    doc = _doc("أعلن الحزب، مساء الجمعة، قصف مستوطنة في الجليل بالصواريخ.\n"
               "وفي بيان آخر، أعلن الحزب استهداف ثكنة قرب الحدود بالأسلحة المناسبة.\n")
    assert _date(doc, "وفي بيان") == ("2023-11-03", False)


def test_a_weekday_right_after_next_week_is_a_day_of_that_week() -> None:
    found = _times("ستتوقف التظاهرات خلال عطلة العيد، الأسبوع المقبل، من الثلاثاء إلى الجمعة.")
    assert found[1] == ("الثلاثاء", "2023-11-07")


# ----------------------------------------------------------------- verbs of continuing


def test_a_sentence_opening_on_continues_tells_the_time_of_writing() -> None:
    """After a paragraph about Saturday, "ويواصل المحتجون …" tells protests that go on now."""
    doc = time_doc("ويوم السبت، اجتمع قادة الفصائل في العاصمة.\n"
                   "ويواصل المحتجون التجمع قرب الحاجز، ويحرقون الإطارات.\n", dt.date(2023, 11, 6))
    assert _date(doc, "ويواصل") == ("2023-11-06", False)


def test_still_with_ma_opens_a_sentence_of_continuing() -> None:
    doc = time_doc("ويوم السبت، اجتمع قادة الفصائل في العاصمة.\n"
                   "وما تزال الطائرات المسيرة تحلق فوق القرى وتقصف مواقع المقاتلين.\n", dt.date(2023, 11, 6))
    assert _date(doc, "وما تزال") == ("2023-11-06", False)
