"""Places abroad added in session 8 from a frequency scan of Lebanon / Palestine reporting: south Lebanon villages,
Israeli army positions facing them, West Bank towns and Israeli cities, with guards for everyday words, given names
and Syrian namesakes."""

from __future__ import annotations

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def names(text: str) -> list[tuple[str, str]]:
    """(id, country) of each place found in ``text``."""
    return [(s.value.id, s.value.country) for s in find_places(normalize(text))]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("استهدفت مسيّرة معادية منزلاً عند مدخل بلدة حداثا ظهراً.", "city:haddatha", "Lebanon"),
    ("أطلقت المقاومة قذائف على تجمع للجنود في موقع بركة ريشا.", "site:birket-risha", "Israel"),
    ("داهمت دورية إسرائيلية منازل في بلدة اليامون ليلاً.", "city:yamun", "Palestine"),
    ("دوت صفارات الإنذار في مدينة نتانيا بعد إطلاق صاروخ.", "city:netanya", "Israel"),
    ("هاجم مستوطنون من مستوطنة عيلي أراضي قرية مجاورة.", "city:eli", "Palestine"),
])
def test_a_place_abroad_added_in_session_8_is_read_in_its_country(text: str, place: str, country: str) -> None:
    assert (place, country) in names(text), names(text)


def test_an_everyday_word_village_needs_a_settlement_cue() -> None:
    assert "city:al-ram" not in [i for i, _c in names("قال إنّ الرام كان حاضراً في الحكاية كلها.")]
    assert ("city:al-ram", "Palestine") in names("اقتحم الجنود بلدة الرام شمال القدس فجراً.")


def test_a_given_name_is_not_the_settlement_named_like_it() -> None:
    assert names("صرّح الوزير عيلي كوهين للصحافيين بعد الجلسة.") == []


def test_a_syrian_namesake_in_aleppo_keeps_its_syrian_reading() -> None:
    got = names("سيطرت الفصائل على قرية الجلمة في ريف حلب الشرقي.")
    assert "site:jalameh" not in [i for i, _c in got]
    assert got and all(c == "Syria" for _i, c in got)
