"""Session 12, the time recogniser on fresh articles: a bare weekday after a verb in the future or a word of
schedule is the coming such day (the day of a plan, never last week's), "غد" without the article or يوم
("صباح غدٍ الأربعاء") is tomorrow, "منذ يوم الإثنين" is "since Monday" (no count of one day), and a sentence
opening on "وقبل ذلك" tells an act before the one just told (background), unless it is hours or days before."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

MON = dt.date(2024, 2, 12)  # a Monday

make_doc = partial(time_doc, published=MON)


def _times(text: str) -> list[tuple[str, str]]:
    return [(text[t.start:t.end], t.value.iso()) for t in find_times(normalize(text), MON)]


# ---------------------------------------------------------------- a weekday after the future

@pytest.mark.parametrize("text, day", [
    ("قال المتحدث إنّ الوفد سيتوجه، الخميس، إلى العاصمة للتفاوض.", "2024-02-15"),
    ("وأعلنت اللجنة أنها ستعقد جلستها عصر الأربعاء في مقر البرلمان.", "2024-02-14"),
    ("ومن المقرر أن يصل الوزير يوم السبت إلى المدينة.", "2024-02-17"),
    ("وأكد المنظمون أنّ المسيرة ستنطلق من الساحة الرئيسية الجمعة.", "2024-02-16"),
    ("وقالت النقابة إنّ العمال سيضربون الإثنين أمام المصانع.", "2024-02-12"),  # today's weekday: today
])
def test_weekday_after_future_verb_is_the_coming_one(text: str, day: str) -> None:
    found = _times(text)
    assert len(found) == 1
    assert found[0][1] == day


@pytest.mark.parametrize("text, day", [
    ("وكان سيرغي لافروف قد التقى نظيره الخميس في العاصمة.", "2024-02-08"),  # a name, no future verb
    ("وانفجرت سيارة مفخخة الجمعة قرب السوق.", "2024-02-09"),
    ("وتوعّد الجيش بأنه سيرد على الهجوم الذي وقع الجمعة قرب الحدود.", "2024-02-09"),  # a relative clause's day
    ("قال الوزير إنه سيزور المنطقة. وكان الجيش قصفها الأربعاء.", "2024-02-07"),  # another sentence
    ("وسيعقد الاجتماع المقبل بعد القصف الذي طال القرية السبت.", "2024-02-10"),
    ("وقال القائد إنه سيرد، وكانت الطائرات قصفت المعسكر الأحد.", "2024-02-11"),  # a past clause in between
])
def test_weekday_of_a_past_act_stays_in_the_past(text: str, day: str) -> None:
    assert _times(text)[-1][1] == day


def test_range_of_weekdays_after_a_schedule_word() -> None:
    found = find_times(normalize("ومن المزمع أن تستمر المحادثات يومي الأربعاء والخميس في الدوحة."), MON)
    assert len(found) == 1
    assert (found[0].value.date, found[0].value.end) == (dt.date(2024, 2, 14), dt.date(2024, 2, 15))


def test_future_weekday_does_not_date_the_news_act() -> None:
    text = ("قصفت الطائرات بلدة في الريف الشمالي، اليوم الإثنين، ما أدى إلى مقتل مدنيين.\n"
            "ودعت الفصائل إلى وقفة احتجاجية ستقام مساء الجمعة أمام مبنى البلدية.\n"
            "وقالت المصادر إنّ القصف طال منازل المدنيين.\n")
    doc = make_doc(text)
    v, _ = event_date(doc, [sentence_at(doc, "وقالت المصادر")], [])
    assert v is not None and v.date == MON  # the planned Friday (ahead) dates nothing; last Friday would


# ---------------------------------------------------------------- tomorrow without the article

@pytest.mark.parametrize("text, found", [
    ("وتستأنف المحكمة جلساتها صباح غدٍ الثلاثاء في العاصمة.", [("صباح غدٍ الثلاثاء", "2024-02-13")]),
    ("ودعا إلى اجتماع طارئ مساء غد مع ممثلي الأحزاب.", [("مساء غد", "2024-02-13")]),
])
def test_bare_ghad_is_tomorrow(text: str, found: list[tuple[str, str]]) -> None:
    assert _times(text) == found


# ---------------------------------------------------------------- "since Monday"

@pytest.mark.parametrize("text, found", [
    ("وتتواصل الاشتباكات في المدينة منذ يوم السبت.", [("يوم السبت", "2024-02-10")]),
    ("وانقطع الاتصال به منذ يوم الخميس الماضي في أثناء وجوده هناك.", [("يوم الخميس الماضي", "2024-02-08")]),
    ("ووصل الوفد قبل يوم إلى العاصمة.", [("قبل يوم", "2024-02-11")]),  # a count still
])
def test_since_a_weekday_is_no_count(text: str, found: list[tuple[str, str]]) -> None:
    assert _times(text) == found


# ---------------------------------------------------------------- "وقبل ذلك"

BEFORE_THAT = ("قُتل ثلاثة أشخاص في إطلاق نار على مقهى في المدينة، الأحد الماضي.\n"
               "وقبل ذلك، قُتل شاب في إطلاق نار قرب مدرسة في الحي ذاته.\n"
               "وقبل ذلك بساعات، أصيب رجل برصاص مجهولين في شارع مجاور.\n")


def test_before_that_is_background() -> None:
    doc = make_doc(BEFORE_THAT)
    _, hist = event_date(doc, [sentence_at(doc, "وقبل ذلك،")], [])
    assert hist


def test_hours_before_that_is_not_background() -> None:
    doc = make_doc(BEFORE_THAT)
    v, hist = event_date(doc, [sentence_at(doc, "وقبل ذلك بساعات")], [])
    assert v is not None and v.date == dt.date(2024, 2, 11)
    assert not hist


# ---------------------------------------------------------------- "يأتي ذلك فيما يواصل …"

AMID = ("حذّر الرئيس، اليوم الإثنين، من اتساع الحرب في المنطقة.\n"
        "وأمس، قال وزير الخارجية إنّ الدعم الخارجي يشجع على تشديد الهجمات.\n"
        "يأتي ذلك فيما يواصل الجيش قصفه المكثف لأحياء المدينة الشرقية.\n"
        "يأتي ذلك بعد أن قصف الجيش أحياء المدينة الشرقية.\n")


def test_comes_amid_continuing_is_the_time_of_writing() -> None:
    doc = make_doc(AMID)
    v, hist = event_date(doc, [sentence_at(doc, "يأتي ذلك فيما")], [])
    assert v is not None and v.date == MON  # not yesterday's statement
    assert not hist


def test_comes_after_is_still_a_sequel() -> None:
    doc = make_doc(AMID)
    _, hist = event_date(doc, [sentence_at(doc, "يأتي ذلك بعد")], [])
    assert hist
