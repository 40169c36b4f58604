"""Session 16 (voc): the voice of partisan media reporting Syria (state media before and after 2024, Turkish and
Kurdish outlets).

- state media's "terrorists" in construct ("إرهابيو التنظيم") are a side, not an adjective of the act before;
- the fallen regime's forces named as such ("قوات النظام البائد", "ميليشيات النظام السابق") are its army for an act
  before December 2024 and its armed remnants for one after it, by the day of the act;
- Turkish media's initials of the YPG ("ي ب ك", "PKK/YPG") name the SDF, and "N إرهابيين من تنظيم "X"" are X's members;
- a Kurdish outlet's bare "الاحتلال" after "الاحتلال التركي" is Turkey's, not Israel's.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document
from rasd.pipeline import Pipeline

AUG_2022 = dt.date(2022, 8, 17)
MAY_2025 = dt.date(2025, 5, 12)


def _actors(text: str, published: dt.date) -> list[tuple[str, str]]:
    doc = Pipeline()(Document(id="t", text=text, published=published))
    return [(doc.span_text(a), a.value.name) for a in doc.layer("actors")]


def test_terrorists_in_construct_are_a_side_not_an_adjective() -> None:
    rows = record_rows("قصف إرهابيو التنظيم أمس بلدة مارع بقذائف الهاون.", AUG_2022)
    assert rows and rows[0]["actor1"] == "Opposition Rebels (Syria)"
    assert ("إرهابيو داعش", "Islamic State (Syria)") in _actors("هاجم إرهابيو داعش أمس حاجزاً قرب السخنة.", AUG_2022)


def test_the_fallen_regimes_militias_after_its_fall_are_its_remnants() -> None:
    rows = record_rows("هاجمت مجموعة من ميليشيات النظام البائد أمس حاجزاً للأمن العام في جبلة، ما أدى لمقتل عنصر.",
                       MAY_2025)
    assert rows and {rows[0]["actor1"], rows[0]["actor2"]} == {"Former Regime Loyalists (Syria)",
                                                              "Police Forces of Syria (2024-)"}
    rows = record_rows("اندلعت اشتباكات أمس بين الأمن العام وقوات النظام السابق في محيط بيت ياشوط.", MAY_2025)
    assert rows and "Former Regime Loyalists (Syria)" in {rows[0]["actor1"], rows[0]["actor2"]}


def test_the_fallen_regimes_forces_before_its_fall_are_its_army() -> None:
    """Guard: a report after the fall that recalls the regime's act of 2018 names its army of then."""
    rows = record_rows("قصفت قوات النظام البائد مدينة جبلة في أيار 2018، ما أدى لمقتل مدنيين اثنين.", MAY_2025)
    assert rows and rows[0]["actor1"] == "Military Forces of Syria (2000-2024)"


def test_turkish_media_initials_name_the_sdf() -> None:
    assert ("تنظيم ي ب ك", "QSD: Syrian Democratic Forces") in _actors(
        "استهدفت مسيرة تركية أمس عناصر من تنظيم ي ب ك قرب تل رفعت.", AUG_2022)
    assert ("PKK/YPG", "QSD: Syrian Democratic Forces") in _actors(
        "هاجم مسلحو PKK/YPG أمس نقطة عسكرية قرب مارع.", AUG_2022)


def test_terrorists_of_a_quoted_organisation_are_its_members() -> None:
    text = 'أعلنت الوزارة تحييد 4 إرهابيين من تنظيم "بي كا كا/ي ب ك" قرب مارع.'
    names = [name for _, name in _actors(text, AUG_2022)]
    assert names == ["QSD: Syrian Democratic Forces"]


def test_bare_occupation_after_the_turkish_occupation_is_turkey() -> None:
    text = ("قصف جيش الاحتلال التركي قرى تل تمر اليوم. واستهدفت طائرة مسيرة تابعة للاحتلال أمس سيارة قرب عين عيسى.")
    assert all(name != "Military Forces of Israel (2009-)" for _, name in _actors(text, AUG_2022))
    assert any(name == "Military Forces of Turkey (2016-)" and "احتلال" in span and "التركي" not in span
               for span, name in _actors(text, AUG_2022))


def test_bare_occupation_stays_israel_when_israel_is_named() -> None:
    """Guard: a report naming Israel's occupation keeps its bare occupation words Israel's."""
    text = "قصفت قوات الاحتلال الإسرائيلي غزة اليوم. واستهدفت طائرة مسيرة تابعة للاحتلال أمس سيارة في خان يونس."
    names = {name for span, name in _actors(text, AUG_2022) if "احتلال" in span}
    assert names == {"Military Forces of Israel (2009-)"}
