"""Session 20 (ms8): reports rasd dropped.

A death told before the act that caused it ("فارق طفل الحياة جراء انفجار لغم", "توفي رجل إثر سقوط قذيفة", "لقي راعٍ
حتفه بسبب انفجار لغم"), or after it as its result ("انهالوا بالضرب على شاب، ما أدى إلى وفاته"), is the act's toll:
the scorer reads it as it reads "قتل طفل جراء …" (its casualty feature), not as a sentence with no casualty word.  Not
a vague many dead of a war ("عشرات الأسرى قضوا جراء القصف"), nor one dead of wounds of an earlier act ("متأثرة
بإصابتها من جراء الغارة").  A governorate's capital named bare before such a death ("في حمص، فارق طفل الحياة … في
بادية تدمر") stands for the governorate: the place of the act after it is the event's one place.

An act named under a charge ("متورطون بالهجوم") whose relative clause tells it by a past verb with its own day and
its toll ("الذي استهدف دورية … صباح الخميس، والذي أسفر عن ارتقاء عنصرين") happened: the charge's cue and the
length of a quoted official's sentence do not drop it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 14)
MINE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _rows(text: str) -> list[tuple[str, str, str, int]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), str(r["location"]), int(str(r["fatalities"])))
            for r in record_rows(text, DAY)]


def test_split_life_phrase_before_a_mine() -> None:
    assert _rows("فارق طفل الحياة جراء انفجار لغم أرضي في بادية تدمر، أمس.") == [(*MINE, "Tadmur", 1)]


def test_died_after_a_shell_fell() -> None:
    rows = _rows("توفي رجل إثر سقوط قذيفة على منزله في بلدة كفرنبل، مساء الجمعة.")
    assert [(t, n) for t, _s, _p, n in rows] == [("Explosions/Remote violence", 1)]


def test_met_his_death_because_of_a_mine() -> None:
    assert _rows("لقي راعٍ حتفه بسبب انفجار لغم قرب قرية الصالحية، أمس.") == [(*MINE, "Salihyah", 1)]


def test_beating_that_led_to_death() -> None:
    rows = _rows("وفي مدينة جاسم، انهال عدد من الأهالي بالضرب على شاب متهم بالسرقة، صباح الثلاثاء، ما أدى إلى مقتله.")
    assert [(p, n) for _t, _s, p, n in rows] == [("Jasim", 1)]


def test_bare_capital_heading_is_the_governorate() -> None:
    """One record, at the act's place inside the governorate the heading names (was two, one at Homs city)."""
    assert _rows("في حمص، فارق طفل الحياة جراء انفجار لغم أرضي أثناء رعيه الأغنام في بادية تدمر، أمس.") \
        == [(*MINE, "Tadmur", 1)]


def test_bare_capital_heading_with_a_countryside() -> None:
    assert [p for _t, _s, p, _n in _rows("في درعا، قتل طفل جراء انفجار لغم أرضي في بادية بصرى الشام، أمس.")] \
        == ["Busra Esh-Sham"]


def test_guard_city_named_as_a_city() -> None:
    """Guard: "في مدينة حمص" names the city itself; it stays a place of its own."""
    assert "Homs" in [p for _t, _s, p, _n in _rows("في مدينة حمص، قتل طفل جراء انفجار لغم أرضي في ريف تدمر.")]


def test_guard_dead_of_wounds_of_an_earlier_strike() -> None:
    """Guard: dead of wounds of a strike told elsewhere adds no strike of its own (in an article's context)."""
    text = ("قصف متبادل على الحدود\nواصلت قوات الاحتلال قصفها على القرى الحدودية اليوم.\n"
            "والجدير بالذكر أن الطفلة ارتقت أمس متأثرة بإصابتها من جرّاء الغارة الإسرائيلية على بلدة مجدل زون.")
    assert all(n <= 1 for _t, _s, _p, n in _rows(text))


_CHARGED = ("وأشار مصدر في وزارة الداخلية في حديث لمراسل الوكالة إلى أن الموقوفين متورطون بالهجوم الذي استهدف دورية "
            "للشرطة صباح الخميس على طريق بانياس، {}، لافتاً إلى ضبط أسلحة وذخائر كانت بحوزتهم.")


def test_attack_in_a_relative_clause_under_a_charge() -> None:
    rows = record_rows(_CHARGED.format("والذي أسفر عن ارتقاء عنصرين"), DAY)
    assert [(r["event_type"], r["location"], r["fatalities"], r["event_date"]) for r in rows] \
        == [("Battles", "Banyas", 2, "2025-06-12")]


def test_guard_charge_with_no_toll() -> None:
    """Guard: with no toll of its own in the relative clause, the charge's act stays a mention."""
    assert record_rows(_CHARGED.format("والذي قد يتكرر في مناطق أخرى"), DAY) == []


def test_guard_denied_attack_in_a_relative_clause() -> None:
    """Guard: a denial before the act keeps it from being told as an event."""
    text = ("ونفى مصدر في وزارة الداخلية في حديث لمراسل الوكالة أن يكون الموقوفون متورطين بالاعتداء الذي استهدف دورية "
            "للشرطة صباح السبت على طريق بانياس، والذي أسفر عن ارتقاء شرطيين، لافتاً إلى ضبط أسلحة كانت بحوزتهم.")
    assert record_rows(text, DAY) == []
