"""Session 10, dates: the act's own earlier day told after the day of a report of deaths only (no act word of
its own), and the last 24 / 48 / 72 hours ("خلال الساعات الـ24 الماضية")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.document import Document, TimeValue
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

SAT = dt.date(2024, 4, 13)  # a Saturday

make_doc = partial(time_doc, published=SAT)


def date_of(doc: Document, start_words: str) -> tuple[TimeValue | None, bool]:
    """The date of the sentence opening with ``start_words``, told by casualty words only (no act trigger)."""
    return event_date(doc, [sentence_at(doc, start_words)], [])


def _times(text: str) -> list[tuple[str, str, int]]:
    return [(text[t.start:t.end], t.value.iso(), t.value.precision) for t in find_times(normalize(text), SAT)]


# ---------------------------------------------------------------- a report of deaths and the act's own day

def test_deaths_reported_today_of_an_act_told_as_yesterdays() -> None:
    doc = make_doc("اعترفت الشرطة، مساء اليوم السبت، بمقتل أحد عناصرها من فرقة الحراسة في الهجوم الذي شنّه "
                   "مسلحون على نقطة التفتيش، يوم أمس، حسب ما نقلت إذاعة محلية.\n")
    v, hist = date_of(doc, "اعترفت")
    assert v is not None and v.iso() == "2024-04-12" and not hist


def test_deaths_reported_today_with_no_earlier_day_keep_the_report_day() -> None:
    doc = make_doc("اعترفت الشرطة، مساء اليوم السبت، بمقتل أحد عناصرها من فرقة الحراسة قرب نقطة التفتيش.\n")
    v, _ = date_of(doc, "اعترفت")
    assert v is not None and v.iso() == "2024-04-13"


def test_earlier_day_of_a_further_report_is_not_the_deaths_day() -> None:
    doc = make_doc("اعترفت الشرطة، اليوم السبت، بمقتل أحد عناصرها، كما اعترفت أمس بمقتل حارس آخر.\n")
    v, _ = date_of(doc, "اعترفت")
    assert v is not None and v.iso() == "2024-04-13"


def test_deaths_mourned_today_keep_the_mourning_day_without_an_act_word() -> None:
    doc = make_doc("ودفن أهالي القرية، اليوم السبت، قتلى الهجوم الذي شنّه مسلحون على نقطة التفتيش يوم أمس.\n")
    v, _ = date_of(doc, "ودفن")
    assert v is not None and v.iso() == "2024-04-13"


# ---------------------------------------------------------------- the last 24, 48 or 72 hours

def test_last_twenty_four_hours_is_the_report_day() -> None:
    assert _times("سجلت الفرق 9 إصابات خلال الساعات الـ24 الماضية في المخيم.") == [
        ("الساعات الـ24 الماضية", "2024-04-13", 1)]
    assert _times("وقعت 3 هجمات في الساعات الأربع والعشرين الماضية.") == [
        ("الساعات الأربع والعشرين الماضية", "2024-04-13", 1)]


def test_last_forty_eight_hours_is_a_week_precision_time() -> None:
    (surface, iso, precision), = _times("دمّر المقاتلون 7 عربات خلال الساعات الـ48 الأخيرة على المحاور.")
    assert surface == "الساعات الـ48 الأخيرة" and precision == 2 and iso.startswith("2024-W")
    (surface, _, precision), = _times("قُتل عنصران خلال الـ72 ساعة الماضية في الريف.")
    assert surface == "الـ72 ساعة الماضية" and precision == 2


def test_a_span_of_hours_that_is_no_time_of_an_act() -> None:
    assert _times("وافق الطرفان على هدنة مدتها 72 ساعة في المدينة.") == []
