"""Session 33, dates left by the first wave (da15): "في الليلة ذاتها" / "تلك الليلة" tell the night last named, not the
day of a later sentence (a toll update the next morning); a lead that tells a toll risen names its act's night as
the news, also inside the relative clause after the toll ("ارتفع عدد ضحايا الهجوم الذي نفذه مسلحون ليل …")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc

from rasd.arabic.normalize import normalize
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

THU = dt.date(2023, 3, 16)  # a Thursday
SAT = dt.date(2022, 11, 5)  # a Saturday

make_doc = partial(time_doc, published=THU)


def _times(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(text[t.start:t.end], t.value.iso()) for t in find_times(normalize(text), anchor)]


def test_same_night_after_a_toll_update_is_the_night_named_before() -> None:
    text = ("هاجم مسلحون ليل الإثنين – الثلاثاء حاجزاً في البلدة. وتوفي جريح أمس الأربعاء في المشفى. "
            "وفي الليلة ذاتها، انفجرت عبوة بسيارة على الطريق.")
    got = dict(_times(text, THU))
    assert got["أمس الأربعاء"] == "2023-03-15"
    assert got["الليلة ذاتها"].startswith("2023-03-13")


def test_that_night_after_a_morning_is_the_evening_named_before() -> None:
    text = ("قصفت المدفعية مساء الخميس أطراف البلدة. وصباح اليوم السبت أعلن المسعفون وفاة طفل. "
            "وفي تلك الليلة أيضاً، تعرضت قرية مجاورة لقصف صاروخي.")
    got = dict(_times(text, SAT))
    assert got["تلك الليلة"] == "2022-11-03"


def test_same_day_still_takes_the_day_just_named() -> None:
    text = "قصفت المدفعية مساء الخميس البلدة. وصباح اليوم السبت سقطت قذيفة، وفي اليوم ذاته أصيب شاب."
    got = dict(_times(text, SAT))
    assert got["اليوم ذاته"] == "2022-11-05"


def test_same_night_with_no_night_before_keeps_the_day_before() -> None:
    text = "اقتحمت دورية القرية يوم الخميس. وفي الليلة ذاتها، اعتقلت شابين."
    got = dict(_times(text, SAT))
    assert got["الليلة ذاتها"] == "2022-11-03"


def test_toll_update_lead_dates_its_act_in_the_relative_clause() -> None:
    doc = make_doc("ارتفع إلى ثلاثة عدد القتلى في الهجوم الذي شنه مسلحون ليل الإثنين – الثلاثاء على حاجز في "
                   "البلدة.\n\nوقال مصدر إن المهاجمين اشتبكوا مع عناصر الحاجز نحو نصف ساعة قبل أن ينسحبوا.\n")
    v, hist = event_date(doc, [sentence_at(doc, "وقال مصدر")], [])
    assert v is not None and v.iso() == "2023-03-13" and not hist


def test_relative_clause_time_without_a_toll_is_still_passed_over() -> None:
    doc = make_doc("شيّع الأهالي اليوم ضحايا الهجوم الذي شنه مسلحون ليل الإثنين على حاجز في البلدة.\n\n"
                   "وقال مصدر إن المهاجمين اشتبكوا مع عناصر الحاجز نحو نصف ساعة قبل أن ينسحبوا.\n")
    v, _hist = event_date(doc, [sentence_at(doc, "وقال مصدر")], [])
    assert v is not None and v.iso() == "2023-03-16"
