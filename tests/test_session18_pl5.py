"""Session 18 (PL5): the event's place, residue — a journey's start named through a spot in its town ("أثناء عودته من
سوق X في دمشق") is no place of the act on the way; a road's far end city ("على طريق A – B", "على طريق A") yields to
the town of the sentence that lies on that road (a native's home town) or that the sentence names beside a road
told by one end only."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 10)


def _places(text: str, event_type: str) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, DAY) if r["event_type"] == event_type]


# --- a journey's start through a spot in its town -------------------------------------------------------------------

def test_return_from_a_market_in_the_capital_is_no_place() -> None:
    text = ("خطف مسلحون مجهولون صباح الإثنين سائقاً أثناء عودته من سوق الخضار في دمشق، قرب بلدة المسمية "
            "في ريف درعا الشمالي.")
    assert _places(text, "Violence against civilians") == ["Masmiyyeh"]


def test_heading_from_a_university_in_a_city_is_no_place() -> None:
    text = "قتل مسلحون مجهولون طالباً خلال توجهه من المدينة الجامعية في حمص، قرب مدخل بلدة تلكلخ، مساء الأحد."
    assert [str(r["location"]) for r in record_rows(text, DAY)] == ["Tall Kalakh"]


def test_leaving_a_mosque_in_a_town_is_at_that_town() -> None:
    # guard: a way out of a building is the place of the act ("أثناء خروجه من أحد المساجد في مدينة X")
    text = "اغتال مسلحون مجهولون رجلاً أثناء خروجه من أحد المساجد في مدينة جاسم بريف درعا، صباح اليوم."
    assert _places(text, "Violence against civilians") == ["Jasim"]


# --- a road's far end city and the town on that road -----------------------------------------------------------------

def test_native_town_on_the_road_beats_the_roads_first_end() -> None:
    text = ("اختطف مسلحون مجهولون اليوم الإثنين شاباً من أبناء مدينة شهبا، عند مفرق قريب من المدينة على طريق "
            "دمشق – السويداء.")
    assert _places(text, "Violence against civilians") == ["Shahba"]


def test_native_town_off_the_road_does_not_take_the_road() -> None:
    # guard: a native's town far from the road says only where the victim comes from
    text = ("قتل مسلحون مجهولون اليوم الإثنين شاباً من أبناء مدينة البوكمال، على طريق دمشق – السويداء.")
    assert _places(text, "Violence against civilians") != ["Abu Kamal"]


def test_road_told_by_one_end_yields_to_a_town_of_the_sentence() -> None:
    text = ("اقتحم عشرات الشبان من أهالي بلدة عريقة مقراً أمنياً، وأضرموا النار فيه، بعد أنباء عن مقتل شاب على طريق "
            "دمشق.")
    assert [str(r["location"]) for r in record_rows(text, DAY)] == ["Ariqa"]


def test_road_of_two_ends_still_yields_to_a_town_beside_it() -> None:
    # guard: an earlier rule, kept ("حاجز في بلدة X … على طريق A")
    text = "هاجم مسلحون حاجزاً للأمن العام في بلدة الصنمين، ليل الأحد، على طريق دمشق."
    assert [str(r["location"]) for r in record_rows(text, DAY)] == ["As-Sanamayn"]
