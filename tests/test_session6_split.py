"""Session 6, splitting: one event per place for lists of sites whose items carry their own head noun and a
locating phrase, for town lists that go on with bare governorate names, and for several places dated to a point
some days back (not a tally of a period)."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2023, 11, 9)


def _places(text: str) -> list[str]:
    return [e.place.name_en if e.place else "" for e in extract_text(text, published=DAY).events]


def test_list_of_bases_with_head_nouns_and_a_locating_phrase_is_one_event_per_base() -> None:
    text = ("قالت الفصائل، أمس الأربعاء، أنها قصفت ثلاث قواعد أميركية، هي القاعدة الأميركية في حقل العمر، "
            "والقاعدة الأميركية في حقل كونيكو للغاز، في ريف محافظة دير الزور، والقاعدة الأميركية في الشدادي.")
    places = _places(text)
    assert len(places) == 3
    assert len(set(places)) == 3


def test_one_base_with_its_locating_phrase_stays_one_event() -> None:
    text = "قالت الفصائل، أمس الأربعاء، أنها قصفت القاعدة الأميركية في حقل العمر في ريف محافظة دير الزور."
    assert len(event_rows(text, DAY)) == 1


def test_town_list_going_on_with_bare_governorate_names_after_a_locating_phrase() -> None:
    text = "وخرجت اليوم مظاهرات تضامنية في اللاذقية وطرطوس ومعرة النعمان في إدلب، وأيضاً في حمص ودرعا."
    rows = event_rows(text, DAY)
    assert len(rows) == 5
    assert all(r[0] == "Protests" for r in rows)


def test_two_bases_struck_some_days_ago_are_two_events() -> None:
    text = "وقبل أيام، تبنّت الفصائل قصف قاعدة حقل العمر في ريف محافظة دير الزور وقاعدة الشدادي بطائرات مسيّرة."
    assert len(event_rows(text, DAY)) == 2


def test_a_period_tally_at_two_bases_stays_one_record() -> None:
    text = ("وخلال الأيام السبعة الأخيرة، قصفت الفصائل قاعدة حقل العمر في ريف محافظة دير الزور وقاعدة الشدادي "
            "بطائرات مسيّرة.")
    assert len(event_rows(text, DAY)) == 1
