"""Session 24 (TAKEN): one record for several events.  A sentence that tells its acts each after a place of its own,
the place fronted before its act ("وفي X، استهدفت غارة منزلاً، وفي Y، قصفت مسيّرة سيارة"), reports one event per
place (ACLED), each with the toll told in its own part of the sentence; one fronted place, or two that are one
place, stay one record."""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str) -> list[tuple[str, int]]:
    return [(str(r["location"]), int(r["fatalities"])) for r in record_rows(text, DAY)]  # type: ignore[call-overload]


def test_fronted_places_set_off_by_commas_are_two_events() -> None:
    places = record_places("وفي بلدة عيترون، استهدفت غارة إسرائيلية منزلاً اليوم الثلاثاء، وفي بلدة بليدا، قصفت "
                           "مسيرة إسرائيلية دراجة نارية.", DAY)
    assert sorted(places) == ["Aitaroun", "Blida"]


def test_fronted_places_without_commas_are_two_events() -> None:
    places = record_places("وفي عيترون دمرت غارة إسرائيلية منزلاً اليوم، وفي بليدا قصفت مدفعية الاحتلال حقلاً.", DAY)
    assert sorted(places) == ["Aitaroun", "Blida"]


def test_each_fronted_place_keeps_its_own_toll() -> None:
    rows = _rows("وفي خان يونس، استشهد 4 مواطنين في قصف إسرائيلي اليوم، وفي رفح، استشهد طفل في غارة على منزل.")
    assert sorted(rows) == [("Khan Yunis", 4), ("Rafah", 1)]


def test_fronted_quarter_with_its_side_keeps_its_toll() -> None:
    rows = _rows("وفي حي الزيتون إلى الجنوب الشرقي من المدينة، دمّرت غارة للاحتلال اليوم بيتين واستشهد فيها 12 "
                 "مواطناً، وفي حي التفاح شرق المدينة قصفت الطائرات 3 منازل.")
    assert ("Zeitoun (Gaza City)", 12) in rows
    assert any(loc == "Tuffah (Gaza City)" for loc, _ in rows)


def test_one_fronted_place_stays_one_event() -> None:
    places = record_places("وفي رفح، قصفت طائرات الاحتلال منزلاً اليوم الثلاثاء، ما أدى إلى استشهاد 3 مواطنين.", DAY)
    assert places == ["Rafah"]


def test_fronted_town_and_its_quarter_are_no_list() -> None:
    places = record_places("وفي مدينة غزة، قصفت طائرات الاحتلال منزلاً اليوم، وفي مدينة غزة أيضاً، استهدفت مسيرة "
                           "سيارة مدنية.", DAY)
    assert places == ["Gaza City"]


def test_glued_support_phrase_keeps_its_place_out_of_a_list() -> None:
    # "العسكريةدعماً": a scraper dropped the space; the people backed "in Gaza" is no target, and the list of posts
    # after it is one event per post
    places = record_places("وواصل حزب الله اليوم قصف مواقع الاحتلال العسكريةدعماً للشعب الصامد في قطاع غزة، إذ "
                           "استهدف عدة مواقع، هي \"المالكية، ومسكاف عام، وجل العلام\".", DAY)
    assert sorted(places) == ["Jal al-Alam position", "Malkia", "Misgav Am"]


def test_support_phrase_after_a_glued_comma_is_no_place_of_the_act() -> None:
    # "الشوارع،نصرةً لغزة": Gaza is the side the protest backs, not where it is
    places = record_places("تظاهر آلاف الأردنيين اليوم في الشوارع،نصرةً لغزة.", DAY)
    assert "Gaza Strip" not in places
