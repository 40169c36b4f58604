"""Session 10, numbers: a bare singular casualty noun counts one, the dead told by a pronoun after a verb of
result, tolls told as the lives an act took, the casualty words of a war's running total or of a count's name
are no unnumbered dead, a combined phrase with no number is, and a dot that groups thousands."""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import number_values, one_violent, trigger_context, violent_events

from rasd.events.frames import Frame, sentence_frames

DAY = dt.date(2024, 5, 9)
_violent = partial(violent_events, DAY)
_one = partial(one_violent, DAY)
_values = number_values


def test_a_bare_singular_after_a_verb_of_occurrence_is_one_dead() -> None:
    ev = _one("قصفت طائرة حربية مبنى في البلدة صباح اليوم ما أدى إلى سقوط قتيل.")
    assert ev.fatalities == 1
    ev = _one("ووصل جريح إلى المستشفى بعد أن قصفت المدفعية أطراف القرية اليوم.")
    assert ev.quantities.get("injured") == 1


def test_a_singular_as_the_value_of_a_toll_is_one_dead_beside_the_numbered_wounded() -> None:
    ev = _one("هاجم مسلحون حاجزا للجيش اليوم، وبلغت حصيلة الهجوم قتيلاً و9 إصابات.")
    assert ev.fatalities == 1
    assert ev.quantities.get("injured") == 9


def test_a_headline_opening_with_a_singular_casualty_noun_counts_one() -> None:
    ev = _one("العراق: قتيل وجرحى بقصف مسيرة استهدف سيارة قرب الحدود")
    assert ev.fatalities == 1


def test_the_dead_told_by_a_pronoun_after_a_verb_of_result() -> None:
    ev = _one("استهدف المقاتلون اليوم جنديين بقذيفة مضادة للدروع قرب المعبر، ما أدى إلى مقتلهما.")
    assert ev.fatalities == 2
    # the death of a man told as a time is no toll of the act told after it, nor an unnumbered death
    ev = _one("وبعد يومين على استشهاده، قصفت الفصائل اليوم موقعا عسكريا برشقة صاروخية.")
    assert ev.fatalities == 0


def test_a_toll_told_as_the_lives_an_act_took() -> None:
    ev = _one("ارتكبت القوات مجزرة في المخيم أمس راح ضحيتها أكثر من 30 مدنياً.")
    assert ev.fatalities == 30
    ev = _one("شنت الطائرات الحربية غارات على خيام النازحين اليوم أودت بحياة نحو 40 شخصاً.")
    assert ev.fatalities == 40


def test_displaced_people_are_counted_people() -> None:
    ev = _one("قتل جنود الجيش الإسرائيلي 35 نازحاً بقصف خيامهم غربي المدينة اليوم.")
    assert ev.fatalities == 35


def _frames(text: str) -> list[Frame]:
    ctx = trigger_context(text)
    assert ctx is not None, text
    return sentence_frames(ctx)


def test_the_casualty_words_of_a_war_total_are_no_unnumbered_dead() -> None:
    for text in ("قصفت المدفعية البلدة اليوم، فيما وصل عدد الشهداء منذ بداية الحرب إلى 15300 شهيد.",
                 "تقرير: أكثر من 5100 طفل شهيد في العدوان على القطاع"):
        frames = _frames(text)
        assert frames, text
        assert not any(f.unnumbered_deaths or f.quantities.get("killed") for f in frames), text


def test_vague_dead_of_a_long_period_are_no_toll_of_the_day() -> None:
    ev = _one("تتواصل الاشتباكات اليوم في العاصمة رغم الهدنة في النزاع المستمر منذ منتصف آذار/مارس، "
              "والذي أودى بحياة مئات الأشخاص.")
    assert ev.fatalities == 0


def test_the_name_of_a_count_is_no_unnumbered_death() -> None:
    ev = _one("قصفت المدفعية البلدة اليوم، وقال المسؤول إن نصف عدد الشهداء من الأطفال.")
    assert ev.fatalities == 0
    # a rising count with no figure still tells more dead
    ev = _one("قصفت المدفعية البلدة اليوم وارتفع عدد الشهداء.")
    assert ev.fatalities == 3


def test_killed_and_wounded_with_no_number_are_unnumbered_dead() -> None:
    ev = _one("استهدف المقاتلون اليوم دورية بعبوة ناسفة وأوقعوا أفرادها بين قتيل وجريح.")
    assert ev.fatalities == 3


def test_a_dot_that_groups_thousands() -> None:
    assert _values("ارتفعت الحصيلة إلى 31.726 شهيداً و73.792 إصابة") == [31726, 73792]
    assert _values("اعتقل ما يزيد عن 12.430 شخصا") == [12430]
    # a decimal before a word of magnitude or measure stays a decimal
    assert _values("بلغت الخسائر 2.750 مليون دولار") == [2]
    assert _values("على بعد 1.250 كلم") == [1]
