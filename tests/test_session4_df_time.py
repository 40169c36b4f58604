"""Event dating, session 4 (time/assign.py, data/time/): a paragraph without a time goes on telling the
last day the text named; a coarse time names no such day; a time in a relative clause that identifies
another act dates neither the sentence nor what follows; a sentence of continuing tells the situation at
the time of writing; a further act ("هجوم آخر") is not dated by the day told before; a paragraph that
sets its own time frame keeps it; the start of a period and the span a count of acts covers date no act;
"earlier this month" recalls; a reporter's earlier report is not background; the last three / seven
days are times.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.document import Document, Span
from rasd.pipeline import extract_text
from rasd.time.assign import INHERITED, event_date
from rasd.time.expressions import find_times

MON = dt.date(2023, 6, 12)  # a Monday


_doc = partial(time_doc, published=MON)  # a document with its time layer


def _date(doc: Document, start_words: str, trigger: str | None = None) -> tuple[str | None, str | None, bool]:
    s = sentence_at(doc, start_words)
    triggers = []
    if trigger is not None:
        k = doc.text.index(trigger, s.start)
        triggers = [Span(k, k + len(trigger), "trigger")]
    v, hist = event_date(doc, [s], triggers)
    return (v.iso() if v else None, v.kind if v else None, hist)


# ----------------------------------------------------------------- a paragraph goes on with the last day


def test_an_undated_paragraph_goes_on_with_the_day_the_previous_one_named() -> None:
    doc = _doc("أفاد مراسلنا، اليوم الاثنين، بأن غارات جوية استهدفت ليل أمس الأحد مواقع قرب المدينة.\n"
               "وأضاف المراسل أن صاروخين سقطا في محيط البلدة الشرقية.\n")
    assert _date(doc, "وأضاف") == ("2023-06-11", INHERITED, False)


def test_the_day_carries_over_several_undated_paragraphs() -> None:
    doc = _doc("وفي يوم السبت اقتحم مسلحون حاجزا للشرطة في الريف الجنوبي.\n"
               "وتبادل المهاجمون وعناصر الحاجز إطلاق النار لساعات.\n"
               "وانسحب المسلحون بعد وصول تعزيزات إلى المكان.\n")
    assert _date(doc, "وانسحب") == ("2023-06-10", INHERITED, False)


def test_a_background_day_carries_over_as_background() -> None:
    """A day a week before publication, told in the body, dates the paragraph that details it."""
    doc = _doc("قصفت المدفعية اليوم أطراف البلدة.\n"
               "سقطت قذيفة على سوق البلدة.\n"
               "وكانت الوزارة قد أعلنت الخبر.\n"
               "وفي الخامس من حزيران الجاري، أعلنت الوزارة مقتل جندي في هجوم على دورية.\n"
               "وذكرت الوزارة في بيانها أن عبوة ناسفة انفجرت بالدورية عند مفترق القرية.\n")
    assert _date(doc, "وذكرت") == ("2023-06-05", INHERITED, True)


def test_a_two_day_range_told_before_gives_its_last_day() -> None:
    doc = _doc("استهدفت طائرات مسيرة يومي الجمعة والسبت مواقع في الريف الشمالي.\n"
               "وطالت الضربة الثانية مقرا في قرية حدودية.\n")
    assert _date(doc, "وطالت") == ("2023-06-10", INHERITED, False)


def test_a_coarse_time_names_no_day_to_go_on_with() -> None:
    """The paragraph of "last month" is passed over: the day named before it carries on."""
    doc = _doc("هاجم مسلحون يوم السبت نقطة عسكرية في البادية.\n"
               "وتعرضت المنطقة لهجمات مماثلة الشهر الماضي.\n"
               "وقتل في الهجوم جنديان وأصيب ثالث.\n")
    assert _date(doc, "وقتل") == ("2023-06-10", INHERITED, False)


def test_without_any_earlier_day_the_publication_date_stays() -> None:
    doc = _doc("قصفت المدفعية أطراف البلدة.\nوأصيب مدنيان بجروح.\n")
    assert _date(doc, "وأصيب") == ("2023-06-12", "published", False)


# ----------------------------------------------------------------- what does not carry a day over


def test_a_time_in_a_relative_clause_is_passed_over() -> None:
    doc = _doc("شارك الأهالي اليوم في تشييع ضحايا القصف الذي استهدف البلدة يوم السبت.\n"
               "وهاجم المشيعون سيارة وزير حضر التشييع.\n")
    assert _date(doc, "وهاجم") == ("2023-06-12", INHERITED, False)


def test_a_time_in_a_relative_clause_does_not_date_the_next_sentence_of_its_paragraph() -> None:
    doc = _doc("أعلنت الشركة عودة المطار إلى العمل بعد إصلاح الأضرار التي خلفها القصف قبل أسبوع. "
               "ودوت انفجارات في قاعدة قريبة.\n", published=MON)
    v, _ = event_date(doc, [sentence_at(doc, "ودوت")])
    assert v is not None and v.iso() == "2023-06-12" and v.kind == "published"


def test_a_relative_clause_after_a_comma_still_tells_the_story() -> None:
    doc = _doc("بدأ التصعيد من الجانب الآخر، الذي قصف يوم السبت مواقع في الريف.\n"
               "وأصاب القصف مستودعا للذخيرة.\n")
    assert _date(doc, "وأصاب") == ("2023-06-10", INHERITED, False)


def test_a_sentence_of_continuing_tells_the_present() -> None:
    doc = _doc("تعرض قائد الفصيل لمحاولة اغتيال يوم الخميس خلال جولة في المدينة.\n"
               "وتتواصل التظاهرات المطالبة بإسقاطه في القرى المجاورة.\n")
    assert _date(doc, "وتتواصل") == ("2023-06-12", "published", False)


def test_a_paragraph_framed_by_a_boundary_keeps_its_frame() -> None:
    doc = _doc("وفي يوم الخميس فرقت الشرطة تجمعا في الساحة.\n"
               "ويعتصم الأهالي في الساحة حتى اليوم. ويطالب المعتصمون بالإفراج عن الموقوفين.\n")
    assert _date(doc, "ويطالب") == ("2023-06-12", "published", False)


def test_a_further_act_is_not_dated_by_the_day_told_before() -> None:
    doc = _doc("انفجرت عبوة في سوق المدينة يوم السبت.\n"
               "وتبنى التنظيم هجوما آخر على حاجز قرب المدينة.\n")
    assert _date(doc, "وتبنى", "هجوما") == ("2023-06-12", "published", False)
    assert _date(doc, "وتبنى", "حاجز")[0] == "2023-06-10"  # without the further-act word it would carry over


# ----------------------------------------------------------------- times that date no act


@pytest.mark.parametrize("text", [
    "وبلغ عدد الهجمات منذ بدء الحرب في السابع من حزيران الجاري أكثر من عشرين هجوما.",
    "وردت القوات على الهجمات التي بدأت في السابع من حزيران الجاري.",
    "وتعرضت القاعدة للقصف للمرة الثانية هذا العام.",
])
def test_the_start_of_a_period_and_the_span_of_a_count_date_no_act(text: str) -> None:
    doc = _doc("هاجم مسلحون يوم السبت نقطة عسكرية.\n" + text + "\n")
    v, _ = event_date(doc, [sentence_at(doc, text[:6])])
    assert v is not None and v.kind in (INHERITED, "published") and v.iso() == "2023-06-10"


def test_once_again_yesterday_still_dates_the_act() -> None:
    doc = _doc("قصفت الطائرات البلدة مرة أخرى أمس.\n")
    v, _ = event_date(doc, [doc.layer("sentences")[0]])
    assert v is not None and v.iso() == "2023-06-11" and v.kind == "relative"


# ----------------------------------------------------------------- background cues


def test_earlier_this_month_recalls() -> None:
    doc = _doc("قصفت المدفعية اليوم البلدة.\nوفي وقت سابق من الشهر الجاري، استهدفت غارة مبنى سكنيا في الحي.\n")
    v, hist = event_date(doc, [sentence_at(doc, "وفي وقت")])
    assert v is not None and v.iso() == "2023-06" and hist


def test_a_reporters_earlier_report_is_not_background() -> None:
    doc = _doc("استهدفت طائرات اليوم رتلا في الريف.\nوكان مراسلنا قد أفاد بسماع انفجارات في المنطقة.\n")
    v, hist = event_date(doc, [sentence_at(doc, "وكان مراسلنا")])
    assert v is not None and not hist
    doc = _doc("استهدفت طائرات اليوم رتلا في الريف.\nوكانت الطائرات قد استهدفت المنطقة نفسها.\n")
    assert event_date(doc, [sentence_at(doc, "وكانت الطائرات")]) == (None, True)


# ----------------------------------------------------------------- recognition


@pytest.mark.parametrize("text, back, historical", [
    ("نفذ الجيش حملة خلال الأيام الثلاثة الماضية في البادية", 1, False),  # the news of the last days
    ("تعرضت القواعد لهجمات خلال الأيام السبعة الأخيرة", 3, True),  # a week the article looks back on
    ("سقطت صواريخ في الأسبوعين الماضيين على المنطقة", 7, True),
])
def test_the_last_days_are_times(text: str, back: int, historical: bool) -> None:
    found = find_times(normalize(text), MON)
    assert len(found) == 1
    v = found[0].value
    assert (v.date, v.precision, v.historical) == (MON - dt.timedelta(days=back), 2, historical)


# ----------------------------------------------------------------- end to end


def test_an_analysis_article_dates_the_detail_paragraphs_to_the_day_it_names() -> None:
    """Published on Monday: the attacks told on Saturday, then detailed without a date, are Saturday's."""
    text = ("القواعد الأجنبية في مرمى الصواريخ\n\n"
            "امتدت الهجمات من ظهر يوم السبت الفائت حتى ساعات المساء.\n\n"
            "وتعرضت قاعدة حقل العمر لقصف صاروخي كثيف أسفر عن إصابة ثلاثة جنود.\n\n"
            "وبالتزامن مع ذلك، استهدفت طائرة مسيرة قاعدة الشدادي.")
    doc = extract_text(text, published=MON)
    dates = {e.date.iso() for e in doc.events if e.date is not None}
    assert dates and dates <= {"2023-06-10"}
