"""Session 13 (places abroad missing from the gazetteer, names of two countries): Riyadh, Hilla and the
governorates of Babil and Wasit, Dhaka, Des Moines and Iowa, the settlement Tzuriel and Tripoli in Lebanon are
rows of ``foreign.tsv``; a bare name that two countries abroad share ("طرابلس": Lebanon's or Libya's) is read in
the country that the article's other places and countries name most, and stays unresolved on a tie."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 1)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _places(text: str) -> set[tuple[object, object]]:
    return {(r["location"], r["country"]) for r in _rows(text)}


def test_bare_tripoli_in_a_libyan_story_is_libyas_capital() -> None:
    places = _places("اندلعت اشتباكات مسلحة اليوم الجمعة في طرابلس بين مجموعتين مسلحتين، ما أدى إلى مقتل شخصين. "
                     "وكانت مصادر محلية في بنغازي ومصراتة قد حذرت من تجدد القتال في ليبيا.")
    assert ("Tripoli (Libya)", "Libya") in places
    assert ("Benghazi", "Libya") not in places


def test_bare_tripoli_in_a_lebanese_story_is_the_northern_city() -> None:
    places = _places("قتل ثلاثة أشخاص في تفجير سيارة مفخخة في طرابلس اليوم الجمعة، فيما شنت الطائرات الإسرائيلية "
                     "غارة على بلدة عيتا الشعب في جنوب لبنان، وقصفت المدفعية أطراف بلدة الخيام.")
    assert ("Tripoli (Lebanon)", "Lebanon") in places


def test_hilla_in_babil_is_iraq_not_a_syrian_village() -> None:
    rows = _rows("أفادت مصادر بوقوع انفجارين في مدينة الحلة مركز محافظة بابل العراقية، اليوم الجمعة، ما أدى إلى "
                 "إصابة 4 أشخاص.")
    assert rows and all(r["country"] == "Iraq" for r in rows)
    assert any(r["location"] == "Hilla" for r in rows)


def test_settlement_tzuriel_is_placed_in_israel() -> None:
    rows = _rows("استهدفت المقاومة الإسلامية في لبنان مستوطنة تسوريال بصلية من الصواريخ، اليوم الجمعة، مؤكدة "
                 "إصابة أهدافها.")
    assert rows and rows[0]["location"] == "Tzuriel" and rows[0]["country"] == "Israel"


def test_protest_in_dhaka_is_in_bangladesh() -> None:
    rows = _rows("تظاهر مئات الطلاب في دكا اليوم الجمعة احتجاجاً على قرار الحكومة البنغلاديشية، واعتقلت الشرطة "
                 "عشرة منهم.")
    assert rows and all(r["location"] == "Dhaka" and r["country"] == "Bangladesh" for r in rows)


def test_protest_in_riyadh_is_the_city() -> None:
    rows = _rows("تظاهر آلاف المواطنين في الرياض اليوم الجمعة، وفرقت الشرطة السعودية المتظاهرين.")
    assert rows and rows[0]["location"] == "Riyadh"


def test_shooting_in_des_moines_iowa() -> None:
    rows = _rows("قُتل طالبان وأصيب مدرس اليوم في إطلاق نار داخل مدرسة بمدينة دي موين في ولاية آيوا الأميركية.")
    assert rows and rows[0]["location"] == "Des Moines" and rows[0]["country"] == "United States"


def test_tripoli_located_by_its_country_after_it() -> None:
    places = _places("قتل شخصان في اشتباك مسلح في طرابلس، شمالي لبنان، اليوم الجمعة، بينما قال مسؤولون في ليبيا "
                     "إن الوضع في بنغازي ومصراتة هادئ.")
    assert ("Tripoli (Lebanon)", "Lebanon") in places
    assert ("Tripoli (Libya)", "Libya") not in places
