"""Session 11, events on several days: hours named as part of a day ("في الساعات الأخيرة من يوم الجمعة") and a
day corrected in brackets ("مساء اليوم (أمس) الأحد") give that day; a paragraph that turns to another matter
("على صعيد آخر، …") does not go on telling the day of the paragraph before; "another" said of an act the
sentence itself told ("… كما أصاب صاروخ آخر …") is no further act; and an undated act of an article about the
day of writing is not joined to another day's report."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at, violent_events

from rasd.document import Document, Span, TimeValue
from rasd.time.assign import event_date

SAT = dt.date(2024, 4, 13)  # a Saturday: Friday is 2024-04-12, Thursday 2024-04-11

make_doc = partial(time_doc, published=SAT)


def date_of(doc: Document, start_words: str, act: str | None = None) -> TimeValue | None:
    """The date of the sentence of ``doc`` that opens with ``start_words`` (its act word ``act``, if given)."""
    triggers = [trigger_at(doc, act)] if act else []
    return event_date(doc, [sentence_at(doc, start_words)], triggers)[0]


# ---------------------------------------------------------------- a day named after hours or in brackets

def test_last_hours_of_a_named_day_are_that_day() -> None:
    doc = make_doc("سقطت قذائف عدة على أطراف البلدة الحدودية في الساعات الأخيرة من يوم الجمعة، وفق شهود.\n")
    v = date_of(doc, "سقطت", "قذائف")
    assert v is not None and v.iso() == "2024-04-12"


def test_last_hours_alone_are_the_day_of_writing() -> None:
    doc = make_doc("سقطت قذائف عدة على أطراف البلدة الحدودية في الساعات الأخيرة، وفق شهود.\n")
    v = date_of(doc, "سقطت", "قذائف")
    assert v is not None and v.iso() == "2024-04-13"


def test_day_corrected_in_brackets() -> None:
    doc = make_doc("وثّقت اللجنة مقتل خمسة مدنيين بقصف مدفعي استهدفهم مساء اليوم (أمس) الجمعة قرب السوق.\n")
    v = date_of(doc, "وثّقت", "بقصف")
    assert v is not None and v.iso() == "2024-04-12"


# ---------------------------------------------------------------- another matter, another day

_STATEMENT_YESTERDAY = ("قصفت المدفعية أطراف البلدة الشمالية صباح اليوم السبت.\n"
                        "وأمس الجمعة، قال مسؤول محلي إنّ السكان يخشون موجة نزوح جديدة.\n")


def test_paragraph_on_another_matter_keeps_the_day_of_writing() -> None:
    doc = make_doc(_STATEMENT_YESTERDAY + "على صعيد آخر، أفاد مراسلنا بأنّ طائرة مسيّرة أغارت على بلدة مجاورة.\n"
                   "وأشار إلى أنّ القصف طال أيضاً أطراف قرية ثالثة.\n")
    first = date_of(doc, "على صعيد", "أغارت")
    after = date_of(doc, "وأشار", "القصف")
    assert first is not None and first.iso() == "2024-04-13"
    assert after is not None and after.iso() == "2024-04-13"


def test_paragraph_that_goes_on_still_takes_the_day_before() -> None:
    doc = make_doc(_STATEMENT_YESTERDAY + "وأفاد مراسلنا بأنّ طائرة مسيّرة أغارت على بلدة مجاورة.\n")
    v = date_of(doc, "وأفاد", "أغارت")
    assert v is not None and v.iso() == "2024-04-12"


# ---------------------------------------------------------------- "another" inside the sentence

_FRIDAY_NIGHT = "أطلقت صواريخ عدة من الجنوب في الساعات الأخيرة من يوم الجمعة.\n"


def test_another_of_the_same_sentence_goes_on_with_the_day_before() -> None:
    doc = make_doc(_FRIDAY_NIGHT + "وأكد المراسل أنّ صاروخاً سقط قرب المعسكر، كما أصاب صاروخ آخر برج المراقبة.\n")
    sent = sentence_at(doc, "وأكد")
    second = doc.text.index("صاروخ آخر")
    triggers = [trigger_at(doc, "صاروخاً"), Span(second, second + len("صاروخ"), "trigger")]
    v = event_date(doc, [sent], triggers)[0]
    assert v is not None and v.iso() == "2024-04-12"


def test_a_further_act_is_not_dated_by_the_day_before() -> None:
    doc = make_doc(_FRIDAY_NIGHT + "وأكد المراسل أنّ هجوماً آخر استهدف برج المراقبة.\n")
    sent = sentence_at(doc, "وأكد")
    v = event_date(doc, [sent], [trigger_at(doc, "هجوماً")])[0]
    assert v is not None and v.iso() == "2024-04-13"


# ---------------------------------------------------------------- an undated act and another day's report

_UNDATED_CLASH = ("بيان جديد للفصائل حول المواجهات الميدانية.\n"
                  "تتحدث الفصائل عن تصدٍّ متواصل لقوات الاحتلال.\n"
                  "وأعلنت سرايا القدس استهداف دبابة إسرائيلية بقذيفة مضادة للدروع خلال اشتباكات في حي الأمل "
                  "في خان يونس.\n")
_TODAY_SHELLING = "وفي وقت سابق اليوم، أعلنت كتائب القسام قصف مستوطنة سديروت برشقة صاروخية.\n"
_YESTERDAYS_DEATH = "وأقرّ الجيش الإسرائيلي، أمس، بمقتل جندي في المعارك البرية الدائرة في خان يونس.\n"


def _clash_days(text: str) -> list[str]:
    return sorted(e.date.iso() for e in violent_events(SAT, text)
                  if e.sub_event_type == "Armed clash" and e.date is not None)


def test_undated_act_of_the_day_of_writing_is_not_joined_to_yesterdays_report() -> None:
    assert _clash_days(_UNDATED_CLASH + _TODAY_SHELLING + _YESTERDAYS_DEATH) == ["2024-04-12", "2024-04-13"]


def test_undated_act_of_an_article_about_yesterday_joins_yesterdays_report() -> None:
    assert _clash_days(_UNDATED_CLASH + _YESTERDAYS_DEATH) == ["2024-04-12"]
