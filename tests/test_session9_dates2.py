"""Session 9, dates (second round): counts read as years, a date that bounds a period ("منذ الـ 8 من",
"منذ يوم 16 نيسان", "قبل 7 أكتوبر"), a birth year in a death notice, a later time across a further clause,
and a relative clause after a noun with tanween."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.arabic.normalize import normalize
from rasd.document import Document, TimeValue
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

FRI = dt.date(2024, 3, 15)  # a Friday

make_doc = partial(time_doc, published=FRI)


def date_of(doc: Document, start_words: str, act: str = "") -> tuple[TimeValue | None, bool]:
    """The date of the sentence opening with ``start_words``; ``act``: the word of its act (its first occurrence)."""
    return event_date(doc, [sentence_at(doc, start_words)], [trigger_at(doc, act)] if act else None)


def years(text: str) -> list[int]:
    return [tm.value.date.year for tm in find_times(normalize(text), FRI) if tm.value.granularity == "year"]


# ---------------------------------------------------------------- counts are not years

def test_number_before_a_counted_noun_is_not_a_year() -> None:
    assert years("وأصيب في المواجهات 1900 جريح بحسب المصادر الطبية") == []
    assert years("أحصت الوزارة 2000 طالب بين الضحايا") == []
    assert years("وما زال في عداد الغائبين 1950 مفقوداً تحت الركام") == []
    assert years("ألقت الطائرات قنابل تزن الواحدة منها 2000 رطل على المخيم") == []


def test_number_after_a_word_of_amount_is_not_a_year() -> None:
    assert years("وارتفع عدد المصابين إلى أكثر من 2000 منذ بداية الشهر") == []
    assert years("وقدّرت المنظمة عدد النازحين بنحو 2000 في المنطقة") == []


def test_bare_year_still_read() -> None:
    assert years("وقعت المجزرة في 2012 خلال الحصار") == [2012]
    assert years("تكررت الاشتباكات من 2019 إلى 2021 في المنطقة") == [2019, 2021]
    assert years("اعتُقل عام 2020 ثم أُفرج عنه") == [2020]


def test_count_of_wounded_does_not_date_the_toll() -> None:
    doc = make_doc("قصفت الطائرات الحي الشرقي اليوم الجمعة، وأعلنت الوزارة إصابة أكثر من 1900 جريح حتى الآن.\n")
    v, hist = date_of(doc, "قصفت", "قصفت")
    assert v is not None and v.iso() == "2024-03-15" and not hist


# ---------------------------------------------------------------- a date that bounds a period

def test_since_with_article_before_the_day_is_a_bound() -> None:
    doc = make_doc("قصفت المدفعية أطراف البلدة في إطار التصعيد المتواصل منذ الـ 8 من تشرين الأول.\n")
    v, _ = date_of(doc, "قصفت", "قصفت")
    assert v is None or v.iso() != "2023-10-08"


def test_since_day_and_date_is_neither_a_day_ago_nor_the_acts_day() -> None:
    doc = make_doc("دهمت القوات المخيم ضمن الحملة الجارية منذ يوم 16 شباط في شمال الضفة.\n")
    found = [(tm.text, tm.value.iso()) for tm in find_times(normalize(doc.text), FRI)]
    assert all(iso != "2024-03-14" for _, iso in found)  # "منذ يوم" is not "a day ago"
    v, _ = date_of(doc, "دهمت", "دهمت")
    assert v is None or v.iso() != "2024-02-16"


def test_before_a_date_is_a_bound() -> None:
    doc = make_doc("وقال الضابط إن المسلحين ما زالوا يتحركون في القرى كما كانوا قبل 7 أكتوبر، وهاجموا دورية.\n")
    v, _ = date_of(doc, "وقال", "وهاجموا")
    assert v is None or v.iso() != "2023-10-07"


def test_after_noon_is_still_the_day() -> None:
    doc = make_doc("استهدفت مسيّرة سيارة بعد ظهر أمس على الطريق الساحلي.\n")
    v, _ = date_of(doc, "استهدفت", "استهدفت")
    assert v is not None and v.iso() == "2024-03-14"


# ---------------------------------------------------------------- a birth year is not an act's date

def test_birth_year_in_a_death_notice_is_not_the_acts_date() -> None:
    doc = make_doc("ونعت الحركة المقاتل سامر، من مواليد عام 1991، الذي سقط خلال قصف على الحدود.\n")
    v, _ = date_of(doc, "ونعت", "قصف")
    assert v is None or v.date.year != 1991


# ---------------------------------------------------------------- the act's clause and a further one

def test_later_time_after_a_further_clause_is_not_the_acts() -> None:
    doc = make_doc("وفي وقت لاحق اليوم الجمعة، أغارت الطائرات على البلدة فيما قصفت المدفعية أمس بلدة مجاورة.\n")
    v, _ = date_of(doc, "وفي وقت", "أغارت")
    assert v is not None and v.iso() == "2024-03-15"


def test_day_in_a_relative_clause_after_tanween_is_not_inherited() -> None:
    doc = make_doc("أغارت الطائرات على البلدة اليوم الجمعة.\n"
                   "ونعت الفصائل مقاتلاً الذي أصيب أمس الخميس في اشتباك على الحدود.\n"
                   "وقصفت المدفعية أطراف القرية المجاورة.\n")
    v, _ = date_of(doc, "وقصفت", "وقصفت")
    assert v is None or v.iso() != "2024-03-14"


def test_since_the_start_of_a_long_named_phase_is_a_bound() -> None:
    doc = make_doc("وبلغ عدد قتلى القوات منذ بدء الهجوم البري على أطراف المدينة واندلاع المواجهات في أحيائها الشرقية "
                   "في 27 من الشهر الماضي نحو مئة قتيل، بحسب الإعلام.\n")
    v, _ = date_of(doc, "وبلغ", "المواجهات")
    assert v is None or v.iso() != "2024-02-27"
