"""Session 17 (PL3): places of two acts in one sentence — a headline's second act carried by a light verb ("… في X
وتطلق النار على … قرب Y", "… في X وتفتح النار على …") is at its own place Y, not at the first act's X; a long
region of the gazetteer ("سهل الغاب", reach_km in sites.tsv) holds a town the body names in it, so a headline at
the region and the body's report at the town are one event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.geo.gazetteer import get_gazetteer

DAY = dt.date(2025, 6, 10)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _places(text: str, sub_event: str) -> list[str]:
    return [str(r["location"]) for r in _rows(text) if r["sub_event_type"] == sub_event]


# --- a headline's second act carried by a light verb ---------------------------------------------------------------

def test_present_tense_headline_second_act_at_its_own_place() -> None:
    text = ("قوة إسرائيلية تعتقل ثلاثة شبان في جباتا الخشب وتطلق النار على رعاة قرب بلدة حضر\n"
            "توغلت قوة إسرائيلية صباح اليوم في ريف القنيطرة الشمالي.")
    assert _places(text, "Attack") == ["Hadar"]
    assert _places(text, "Arrests") == ["Jubata al-Khashab"]


def test_masculine_light_verb_of_a_headline() -> None:
    text = ("الجيش الإسرائيلي يعتقل شابين في قرية الرفيد ويطلق النار على رعاة قرب بلدة حضر\n"
            "توغلت دورية إسرائيلية صباح اليوم في ريف القنيطرة.")
    assert _places(text, "Attack") == ["Hadar"]
    assert _places(text, "Arrests") == ["Al-Rafid"]


def test_open_fire_after_an_arrest_in_another_town() -> None:
    text = ("قوات الأمن تعتقل مطلوبين في مدينة نوى وتفتح النار على سيارة قرب بلدة طفس\n"
            "شهد ريف درعا الغربي اليوم توتراً أمنياً.")
    places = {str(r["location"]) for r in _rows(text)}
    assert "Tafas" in places and "Nawa" in places


def test_guard_and_with_a_definite_noun_keeps_the_first_place() -> None:
    """Pure guard: "و" before a definite noun is no light verb ("في X والقرى المحيطة")."""
    text = "اعتقلت قوة إسرائيلية صباح اليوم ثلاثة شبان في جباتا الخشب والقرى المحيطة بها."
    assert _places(text, "Arrests") == ["Jubata al-Khashab"]


# --- a long region holds its towns ---------------------------------------------------------------------------------

def test_ghab_plain_reach_comes_from_the_gazetteer() -> None:
    assert get_gazetteer().entries["region:sahl-ghab"].reach_km >= 38


def test_headline_at_the_plain_and_body_at_its_town_are_one_event() -> None:
    text = ("مقتل ثلاثة مدنيين برصاص مسلحين في سهل الغاب\n"
            "قُتل ثلاثة مدنيين من عائلة واحدة برصاص مسلحين مجهولين اقتحموا منزلهم في بلدة سلحب بريف حماة الغربي "
            "فجر اليوم.\n"
            "وأفادت مصادر محلية أن المسلحين لاذوا بالفرار بعد أن أطلقوا النار على الضحايا.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Attack"]
    assert [r["location"] for r in rows] == ["Tell Salhib"]
