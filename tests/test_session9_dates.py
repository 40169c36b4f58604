"""Session 9, dates: an announcement's day and the act's own earlier day, sequels told with a day of the news,
death notices with no time of their own, the day of the current month without "من", and vague recent periods."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.arabic.normalize import normalize
from rasd.document import Document, TimeValue
from rasd.pipeline import extract_text
from rasd.time.assign import ANNOUNCED, WEAK_KINDS, event_date
from rasd.time.expressions import find_times

FRI = dt.date(2024, 3, 15)  # a Friday

make_doc = partial(time_doc, published=FRI)


def date_of(doc: Document, start_words: str, act: str = "") -> tuple[TimeValue | None, bool]:
    """The date of the sentence opening with ``start_words``; ``act``: the word of its act (its first occurrence)."""
    return event_date(doc, [sentence_at(doc, start_words)], [trigger_at(doc, act)] if act else None)


# ---------------------------------------------------------------- an announcement and the act's earlier day

def test_act_day_told_after_the_announcement_day_wins() -> None:
    doc = make_doc("اعترف الجيش، اليوم الجمعة، بمقتل رقيب من وحدة الهندسة التابعة للواء المشاة الثالث، "
                   "موضحاً أنه سقط ليلة أمس الخميس خلال اشتباك قرب المعبر.\n")
    v, hist = date_of(doc, "اعترف", "اشتباك")
    assert v is not None and v.iso() == "2024-03-14" and not hist


def test_announcement_day_stays_when_no_earlier_day_follows() -> None:
    doc = make_doc("اعترف الجيش، اليوم الجمعة، بمقتل رقيب من وحدة الهندسة خلال اشتباك قرب المعبر.\n")
    v, _ = date_of(doc, "اعترف", "اشتباك")
    assert v is not None and v.iso() == "2024-03-15"


def test_earlier_day_of_a_further_clause_is_not_the_acts() -> None:
    doc = make_doc("اعترف الجيش، اليوم الجمعة، بمقتل رقيب، كما اعترف أمس بمقتل جندي آخر في اشتباك قرب المعبر.\n")
    v, _ = date_of(doc, "اعترف", "اشتباك")
    assert v is not None and v.iso() == "2024-03-15"


def test_bare_weekday_after_the_announcement_may_be_a_coming_day() -> None:
    doc = make_doc("دعت النقابة، اليوم الجمعة، إلى التوقف يومي الثلاثاء والأربعاء عن العمل في إضراب عام.\n")
    v, _ = date_of(doc, "دعت", "إضراب")
    assert v is not None and v.iso() == "2024-03-15"


def test_since_a_day_is_not_the_acts_day() -> None:
    doc = make_doc("اعترف الجيش، اليوم الجمعة، بمقتل رقيب، لترتفع حصيلة قتلاه منذ يوم أمس إلى أربعة في معارك القطاع.\n")
    v, _ = date_of(doc, "اعترف", "معارك")
    assert v is not None and v.iso() == "2024-03-15"


def test_announcement_and_its_act_are_one_event_on_the_acts_day() -> None:
    text = ("الجيش الإسرائيلي يعترف بمقتل رقيب في اشتباك قرب معبر كرم أبو سالم\n"
            "اعترف الجيش الإسرائيلي، اليوم الجمعة، بمقتل رقيب من وحدة الهندسة التابعة للواء المشاة الثالث، "
            "موضحاً أنه سقط ليلة أمس الخميس خلال اشتباك مع مسلحين قرب معبر كرم أبو سالم.\n")
    days = sorted({ev.date.iso() for ev in extract_text(text, published=FRI).events if ev.date is not None})
    assert days == ["2024-03-14"]


# ---------------------------------------------------------------- a sequel told with a day of the news

SEQUEL = ("فصائل تقصف مستوطنات الغلاف\n"
          "ألقى المتحدث باسم الفصائل كلمة مسجلة اليوم الجمعة تناول فيها سير المعارك.\n"
          "وتناول المتحدث ملف الأسرى والمفاوضات الجارية بشأنهم.\n"
          "وجاءت الكلمة بعد أن أعلنت الكتائب، اليوم الجمعة، أنها قصفت مدينة عسقلان برشقة صاروخية.\n"
          "وجاءت الكلمة بعد أن قصفت الكتائب، الإثنين الماضي، مدينة سديروت برشقة صاروخية.\n")


def test_sequel_with_a_day_of_the_lead_is_news() -> None:
    v, hist = date_of(make_doc(SEQUEL), "وجاءت الكلمة بعد أن أعلنت")
    assert v is not None and v.iso() == "2024-03-15" and not hist


def test_sequel_with_an_earlier_day_stays_background() -> None:
    v, hist = date_of(make_doc(SEQUEL), "وجاءت الكلمة بعد أن قصفت")
    assert v is not None and v.iso() == "2024-03-11" and hist


# ---------------------------------------------------------------- death notices

NOTICE = ("غارات على البلدات الحدودية\n"
          "وصباح اليوم الجمعة، قصفت المدفعية أطراف البلدة الشرقية.\n"
          "وزفّت الحركة أحد عناصرها شهيداً ارتقى في الغارة على مركز الإسعاف في البلدة.\n"
          "ونعت الحركة، اليوم، قائداً ميدانياً من عناصرها سقط في قصف على البلدة.\n"
          "وزفّت الحركة المقاتل الذي ارتقى فجر اليوم في قصف على البلدة.\n")


def test_notice_without_a_time_does_not_inherit_the_paragraph_before() -> None:
    v, _ = date_of(make_doc(NOTICE), "وزفّت الحركة أحد")
    assert v is not None and v.kind == "published" and v.kind in WEAK_KINDS


def test_notice_day_before_the_act_is_weak() -> None:
    v, _ = date_of(make_doc(NOTICE), "ونعت")
    assert v is not None and v.iso() == "2024-03-15" and v.kind == ANNOUNCED and ANNOUNCED in WEAK_KINDS


def test_time_of_the_death_in_a_notice_is_firm() -> None:
    v, _ = date_of(make_doc(NOTICE), "وزفّت الحركة المقاتل")
    assert v is not None and v.iso() == "2024-03-15" and v.kind not in WEAK_KINDS


# ---------------------------------------------------------------- recognition

def _times(text: str) -> list[tuple[str, str, int]]:
    return [(text[t.start:t.end], t.value.iso(), t.value.precision) for t in find_times(normalize(text), FRI)]


def test_day_of_the_current_month_without_min() -> None:
    assert _times("وكان الجندي قد جرح في الـ9 الشهر الحالي بقذيفة.") == [("الـ9 الشهر الحالي", "2024-03-09", 1)]
    assert _times("قتل مدنيان في هجوم، 2 الشهر الماضي، على قرية.") == [("2 الشهر الماضي", "2024-02-02", 1)]
    assert _times("أشار بـ11 الشهر الحالي إلى الاتفاق.") == [("11 الشهر الحالي", "2024-03-11", 1)]


def test_a_bare_number_before_the_month_word_is_no_day() -> None:
    assert _times("أصيب 20 الشهر الماضي.") == [("الشهر الماضي", "2024-02", 3)]


def test_recent_period_is_a_week() -> None:
    (surface, iso, precision), = _times("تصاعدت الاعتقالات في الفترة الأخيرة.")
    assert surface == "الفترة الأخيرة" and precision == 2 and iso.startswith("2024-W")
    (surface, iso, precision), = _times("وشهدت البلدة خلال الأيام الفائتة تظاهرات.")
    assert surface == "الأيام الفائتة" and precision == 2


def test_hours_ago_is_the_day_of_writing() -> None:
    assert _times("وقبل ساعات، سقطت قذيفة على السوق.") == [("قبل ساعات", "2024-03-15", 1)]
