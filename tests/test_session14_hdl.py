"""Session 14 (headlines against the body): a headline that names a city bare ("… قرب نابلس") over a body that
places the act at a town beside it by that city ("في بلدة X شرقي نابلس", "على حاجز X قرب نابلس") tells the
body's act, not one of its own: the headline's record folds into the body's precise record (Palestinian and
foreign towns have no governorate in the gazetteer that would hold them)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 20)


def _rows(title: str, body: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=f"{title}\n\n{body}", published=DAY, title=title)
    return records(Pipeline()(doc))


def test_headline_city_folds_into_the_town_the_body_places_by_it() -> None:
    rows = _rows("ارتقاء شهيد برصاص قوات الاحتلال في بيت لحم",
                 "قالت مصادر طبية إن شاباً استشهد صباح اليوم بنيران جنود الاحتلال عند مدخل بلدة تقوع شرقي بيت لحم.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Tuqu'" and rows[0]["fatalities"] == 1


def test_headline_city_near_a_checkpoint_of_the_body() -> None:
    rows = _rows("مقتل جندي إسرائيلي بعملية إطلاق نار قرب نابلس",
                 "ذكرت وسائل إعلام إسرائيلية اليوم أن جندياً قتل بعملية إطلاق نار على حاجز حوارة جنوب نابلس.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Huwara" and rows[0]["fatalities"] == 1


def test_headline_city_with_an_act_of_its_own_stays() -> None:
    rows = _rows("استشهاد شاب برصاص الاحتلال في جنين",
                 "استشهد شاب اليوم برصاص قوات الاحتلال الإسرائيلي في مدينة جنين. "
                 "وفي بلدة تقوع شرقي بيت لحم، أصيب شاب آخر برصاص قوات الاحتلال.")
    assert {r["location"] for r in rows} >= {"Jenin", "Tuqu'"}


def test_headline_resistance_as_a_whole_folds_into_the_named_faction_of_the_body() -> None:
    rows = _rows("المقاومة تشتبك مع قوات الاحتلال في طوباس",
                 "أعلنت سرايا القدس - كتيبة طوباس اليوم أن مقاتليها اشتبكوا مع قوات الاحتلال التي اقتحمت "
                 "مدينة طوباس من عدة محاور.")
    assert len(rows) == 1
    assert rows[0]["actor1"] == "PIJ: Palestinian Islamic Jihad" and rows[0]["location"] == "Tubas"
