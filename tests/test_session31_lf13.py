"""Session 31 (lf13, regional long forms): an analysis, a press review, a round-up or an interview names a regional
paper as its source ("قال مصدر لـ«القدس العربي»"): the paper, not the city in its name; an interviewee recalls acts
"tens of times" over years ("قصفت قوات النظام البلدة عشرات المرات"): many acts, none of them told; the wounded of
an act in "the town" named before are taken to a hospital in another town ("في المدينة، … نُقلا إلى مستشفى Y"):
the act stays in the town named before, not at the hospital."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

PUB = dt.date(2022, 9, 10)


def test_a_regional_paper_named_like_a_city_is_no_place() -> None:
    text = (
        "غارة على ريف دمشق\n\n"
        "استهدفت غارة إسرائيلية فجر أمس موقعاً عسكرياً قرب بلدة الديماس.\n\n"
        "وقال خبراء تحدثوا إلى «القدس العربي» إن الغارة قتلت عنصرين كانا في الموقع.\n"
    )
    rows = record_rows(text, dt.date(2024, 4, 20))
    assert [r["location"] for r in rows] == ["Dimas"]


def test_acts_told_tens_of_times_over_years_make_no_record() -> None:
    text = (
        "قائد ميداني: لن نصالح من قصف بيوتنا\n\n"
        "قال القائد في حديثه إن المقاتلين على الجبهة ينتظرون القرار. "
        "وأضاف أن قوات النظام قصفت مدينة مارع عشرات المرات بين عامي 2013 و2016، وما زالت بيوت كثيرة مدمرة.\n"
    )
    rows = record_rows(text, PUB)
    assert not [r for r in rows if r["event_date"].startswith(("2013", "2014", "2015", "2016"))]


def test_the_hospital_town_is_not_the_place_of_an_act_in_the_town_named_before() -> None:
    text = (
        "قصف على مارع\n\n"
        "تعيش مدينة مارع في ريف حلب الشمالي على وقع قصف شبه يومي. "
        "وأمس الجمعة، قصفت قوات سوريا الديمقراطية بقذائف الهاون حياً سكنياً في المدينة، "
        "فأصيب مدنيان بجروح ونُقلا إلى مستشفى أعزاز.\n"
    )
    rows = record_rows(text, PUB)
    shelled = [r for r in rows if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelled
    assert all(r["location"] != "Azaz" for r in shelled)
