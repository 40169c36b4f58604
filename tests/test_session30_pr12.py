"""Session 30 (pr12, protests, strikes, crowds and riots): a vigil whose organisers are named at length between the
verb and the noun ("نظّم العشرات من … وقفة احتجاجية"); a vigil "like" one told before ("وقفة مماثلة"); a crowd broken
up by the verbal noun of dispersal ("لتفريق المحتجين"); "بمسيرة" followed by a march's word is a march, not a drone;
a refugee hit is a civilian."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 14)  # a Tuesday


def _kinds(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_vigil_with_long_organiser_phrase_is_a_protest() -> None:
    rows = record_rows("وفي مدينة عامودا، نظّم العشرات من أعضاء نقابة المحامين في المدينة وقفة احتجاجية أمام "
                       "مبنى المحكمة، اليوم، رفضاً لتوقيف زميل لهم.", DAY)
    assert _kinds(rows) == [("Protests", "Peaceful protest")]
    assert rows[0]["location"] == "Amuda"


def test_vigil_by_camp_residents_with_time_between() -> None:
    rows = record_rows("ونفّذ سكان مخيمات بلدة معرة مصرين شمالي إدلب، اليوم الثلاثاء، وقفة احتجاجية على انقطاع "
                       "الخبز.", DAY)
    assert _kinds(rows) == [("Protests", "Peaceful protest")]


def test_far_vigil_word_that_is_no_protest_stays_out() -> None:
    # a "standing" far from the verb with no protest word after it is no vigil of the organisers
    rows = record_rows("نظّم المجلس المحلي في مدينة شهبا مع عدد من الجمعيات الخيرية حملة لتوزيع الخبز، وكانت له "
                       "وقفة مع الأسر الفقيرة.", DAY)
    assert not [r for r in rows if r["event_type"] == "Protests"]


def test_a_like_vigil_recalled_with_its_date() -> None:
    rows = record_rows("وكانت مدينة طرطوس قد شهدت في الثالث من نيسان الماضي وقفة مماثلة نظمها سائقو سيارات "
                       "الأجرة أمام مبنى المحافظة.", DAY)
    assert _kinds(rows) == [("Protests", "Peaceful protest")]
    assert rows[0]["event_date"] == "2024-04-03"
    assert rows[0]["historical"]


def test_dispersal_by_verbal_noun_makes_an_intervention() -> None:
    text = ("قطع العشرات من العمال المفصولين من عملهم في مدينة بانياس، صباح اليوم، الطريق الرئيسي وسط المدينة، "
            "احتجاجاً على قرارات فصلهم.\n"
            "وبعد نحو ساعة، أطلق عناصر من الأمن العام الرصاص في الهواء لتفريق المحتجين.")
    rows = record_rows(text, dt.date(2025, 3, 4))
    assert _kinds(rows) == [("Protests", "Protest with intervention")]
    assert rows[0]["inter2"] == 1


def test_march_after_instrument_preposition_is_no_drone() -> None:
    rows = record_rows("خرج مئات الأهالي في مدينة القامشلي، اليوم، بمسيرة جابت شوارع المدينة تنديداً بالقصف "
                       "التركي على قرى ريفها.", DAY)
    assert _kinds(rows) == [("Protests", "Peaceful protest")]


def test_drone_as_instrument_is_still_a_strike() -> None:
    rows = record_rows("قُتل عنصران من الأسايش، اليوم، باستهداف سيارتهما بمسيرة تركية قرب مدينة القامشلي.", DAY)
    assert ("Explosions/Remote violence", "Air/drone strike") in _kinds(rows)


def test_refugee_killed_is_a_civilian() -> None:
    rows = record_rows("قُتلت لاجئة عراقية، مساء اليوم، بإطلاق نار من مسلحين مجهولين داخل خيمتها في مخيم الهول "
                       "بريف الحسكة الشرقي.", DAY)
    assert [(r["event_type"], r["inter2"]) for r in rows] == [("Violence against civilians", 7)]
