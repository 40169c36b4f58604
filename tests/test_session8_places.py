"""Event places abroad (session 8): West Bank towns and camps, south Lebanon villages and an Israeli position that
reporting names, a site located "in" a province named by its capital, and a hospital that casualties reached."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 14)


def names(text: str) -> list[tuple[str, str]]:
    """(id, country) of each place found in ``text``."""
    return [(s.value.id, s.value.country) for s in find_places(normalize(text))]


def locations(text: str) -> list[str]:
    """The English location of each event rasd codes from ``text``."""
    doc = extract_text(text, published=DAY)
    return [e.place.name_en for e in doc.events if e.place is not None]


@pytest.mark.parametrize(("text", "place"), [
    ("اقتحمت دورية عسكرية بلدة أبو ديس صباح اليوم وداهمت بيوتاً.", "city:abu-dis"),
    ("أصيب شاب برصاص الجنود عند مدخل العيزرية مساء الأحد.", "city:al-eizariya"),
    ("اندلعت مواجهات عنيفة في سيلة الظهر خلال الليل.", "city:silat-al-dhahr"),
    ("نفذ الجيش حملة دهم في مخيم الجلزون فجراً.", "site:jalazone-camp"),
    ("سقطت قذيفة قرب منزل في بلدة شيحين ظهراً.", "city:chihine"),
])
def test_a_town_abroad_missing_before_is_found_in_its_country(text: str, place: str) -> None:
    got = names(text)
    assert place in [i for i, _c in got], got
    assert all(c != "Syria" for _i, c in got), got


def test_an_everyday_word_spelt_like_a_town_needs_a_cue() -> None:
    assert "city:dura" not in [i for i, _c in names("لعبت المنظمة دوراً كبيراً في الوساطة.")]
    assert "city:dura" in [i for i, _c in names("اقتحم الجنود بلدة دورا جنوب المدينة.")]


def test_the_naval_position_at_ras_naqoura_is_on_the_israeli_side() -> None:
    got = names("أعلن الحزب أنه استهدف موقع رأس الناقورة البحري بصاروخ موجه.")
    assert ("site:rosh-hanikra", "Israel") in got, got
    assert ("city:naqoura", "Lebanon") not in got


def test_the_seat_of_the_announcing_ministry_is_not_the_event_place() -> None:
    text = ("وأعلنت وزارة الصحة الفلسطينية في رام الله مقتل شاب برصاص قوات الاحتلال الإسرائيلي اليوم، في بلدة "
            "نوبا، شمالي غربي الخليل.")
    assert "Nuba" in locations(text)
    assert "Ramallah" not in locations(text)


def test_a_base_located_in_a_province_named_by_its_capital_is_the_event_place() -> None:
    text = "هاجمت فصائل مسلحة بطائرة مسيّرة قاعدة حرير الأميركية في أربيل شمالي العراق مساء الجمعة."
    got = locations(text)
    assert got and got[0] == "Harir Air Base", got


def test_the_hospital_that_casualties_reached_is_not_where_they_were_hit() -> None:
    text = ("أفاد مسعفون اليوم بوصول ستة شهداء وعدد من الجرحى إلى مستشفى شهداء الأقصى، بعد قصف طائرات الاحتلال "
            "الإسرائيلي منزلاً في مخيم المغازي وسط القطاع.")
    got = locations(text)
    assert "Maghazi" in got, got
    assert not any("Hospital" in g for g in got), got



def _english(text: str) -> list[str]:
    return [s.value.name_en for s in find_places(normalize(text))]


def test_a_cue_only_name_followed_by_a_definite_noun_is_a_verb_not_a_list_item() -> None:
    # "وتدمر الغارات المنازل": "and the raids destroy the houses", not the town of Tadmur listed after al-Khiam
    assert _english("قصفت المدفعية بلدة الخيام، وتدمر الغارات المنازل في أطرافها.") == ["Khiam"]


def test_a_cue_only_name_in_a_plain_list_is_still_a_place() -> None:
    assert "Tadmor" in _english("قصفت المدفعية بلدة الخيام، وتدمر وجرابلس.")
    assert _english("دخلت الفصائل جرابلس والباب وأعزاز بعد معارك عنيفة.") == ["Jarablus", "Al Bab", "Azaz"]
