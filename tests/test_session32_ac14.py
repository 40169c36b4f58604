"""Session 32 (ac14): a headline that names two acts by their verbal nouns, each with its own place ("اغتيال … في X
واشتباك في Y بين … و…"), reads each act in its own clause, so the sides named after the second act are not the
first act's; a quarter's or village's headman in construct with the plural of places ("مختار أحد أحياء …") is a
civilian as "مختار أحد الأحياء" is; a state's aircraft or strike named with a hedge ("طائرات حربية يُعتقد أنها روسية")
names that state."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 20)  # a Wednesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _article(text: str) -> list[dict[str, object]]:
    """The records of an article whose first line is its title."""
    return records(article_doc(text, DAY))


def test_headline_second_act_keeps_its_own_sides() -> None:
    text = ("اغتيال موظف في نوى واشتباك في الصنمين بين مجموعة تابعة للأمن العسكري وأبناء الحي\n\n"
            "قُتل موظف في بلدية نوى اليوم الأربعاء برصاص مسلحين مجهولين أمام منزله.\n")
    rows = [r for r in _article(text) if r["location"] == "Nawa"]
    assert rows
    assert all(r["inter1"] != 1 for r in rows)  # the Military Intelligence group fought in the other town
    assert all("لأمن العسكري" not in str(r["actor1_mentions"]) for r in rows)


def test_headline_one_act_in_one_place_is_unchanged() -> None:
    text = ("اشتباك في جاسم بين مجموعة تابعة للأمن العسكري وشبان من البلدة\n\n"
            "اندلعت اليوم الأربعاء اشتباكات في مدينة جاسم استمرت ساعة.\n")
    rows = [r for r in _article(text) if r["location"] == "Jasim"]
    assert rows and rows[0]["inter1"] == 1


def test_headman_of_one_of_the_quarters_in_construct_is_civilian() -> None:
    text = "أطلق مسلحون مجهولون اليوم الأربعاء النار على مختار أحد أحياء مدينة طفس، ما أدى إلى مقتله."
    rows = _rows(text)
    assert rows and rows[0]["sub_event_type"] == "Attack"
    assert rows[0]["inter2"] == 7


def test_hedged_nationality_names_the_state() -> None:
    rows = _rows("قُتل ثلاثة مدنيين اليوم الأربعاء بغارات شنتها طائرات حربية يُعتقد أنها روسية على بلدة سرمين.")
    assert rows and rows[0]["inter1"] == 8
    assert rows[0]["actor1"] == "Military Forces of Russia (2000-)"


def test_hedged_drone_masculine_and_feminine() -> None:
    rows = _rows("استهدفت طائرة مسيّرة يُرجّح أنها تركية اليوم الأربعاء سيارة عسكرية قرب بلدة عامودا.")
    assert rows and rows[0]["actor1"] == "Military Forces of Turkey (2016-)"
