"""Places abroad in Yemen (session 42, PA28): Aden's districts, the front towns of Abyan and Marib, the Saudi
border cities Yemeni outlets name as targets, Yemen's airports and Hodeidah port, and a governorate that opens a
sentence's scene ("وفي محافظة X، … في مدينة Y") read as the frame of the town, not as a second place of the act.

Own-words sentences.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 14)


def _places(text: str) -> list[str]:
    return [e.place.name_en for e in extract_text(text, published=PUB).events if e.place is not None]


@pytest.mark.parametrize(("text", "place"), [
    ("أطلق مسلحون مجهولون النار، مساء أمس، على شاب أمام منزله في مديرية الشيخ عثمان بعدن فأردوه قتيلاً.",
     "Sheikh Othman (Aden)"),
    ("انفجرت عبوة ناسفة صباح اليوم قرب دورية أمنية في مديرية دار سعد شمالي عدن دون وقوع إصابات.",
     "Dar Saad (Aden)"),
    ("اغتال مسلحون يستقلون دراجة نارية مساء أمس ضابطاً في مديرية المنصورة بالعاصمة المؤقتة عدن.",
     "Al-Mansoura (Aden)"),
    ("قُتل جنديان، فجر اليوم، بانفجار عبوة ناسفة استهدفت طقماً عسكرياً في مديرية مودية شرقي محافظة أبين.",
     "Mudiyah"),
    ("استهدفت طائرة مسيّرة حوثية، صباح اليوم، مواقع للجيش في مديرية حريب جنوبي محافظة مأرب.", "Harib"),
])
def test_yemeni_district_is_the_act_place(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_saudi_targets_named_by_yemeni_outlets() -> None:
    places = _places("أعلن المتحدث العسكري للحوثيين، اليوم، استهداف مطار أبها الدولي بطائرة مسيّرة، "
                     "واستهداف قاعدة الملك خالد الجوية في خميس مشيط بطائرتين مسيّرتين.")
    assert "Abha International Airport" in places and "King Khalid Air Base" in places


@pytest.mark.parametrize(("text", "place"), [
    ("شنت طائرات أمريكية، فجر اليوم، ثلاث غارات على مطار الحديدة الدولي.", "Hodeidah International Airport"),
    ("استهدفت غارتان، مساء أمس، محيط مطار تعز الدولي في منطقة الجند.", "Taiz International Airport (al-Janad)"),
    ("قصفت طائرات إسرائيلية، مساء أمس، خزانات الوقود في ميناء الحديدة.", "Hodeidah port"),
])
def test_yemeni_airports_and_port(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("وفي محافظة الحديدة غربي البلاد، أصيبت امرأة وابنتها، صباح اليوم، جراء قصف مدفعي حوثي استهدف حياً سكنياً في "
     "مدينة حيس جنوبي المحافظة.", "Hays"),
    ("وفي محافظة تعز، شنت طائرات أمريكية فجر اليوم غارتين على مطار تعز الدولي.",
     "Taiz International Airport (al-Janad)"),
])
def test_governorate_opening_the_scene_frames_the_town(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_governorate_frames_a_town_of_its_own_only() -> None:
    # a governorate with no town after it is still the place; one that frames a town of it is not a second place
    assert _places("وفي محافظة الحديدة، أصيب مدنيان، صباح اليوم، بقصف مدفعي حوثي على منازل المواطنين.") \
        == ["Hodeidah"]
    assert _places("وفي محافظة أبين، قُتل جنديان صباح اليوم بانفجار عبوة ناسفة في مديرية لودر.") == ["Lawdar"]
