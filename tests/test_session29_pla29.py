"""Session 29 (pla29, the event's place on styles8): a wide home area named only to describe the people ("وهم من
أبناء محافظة X") is not the act's place; the article's first place, a road named by its two ends, yields to the town
its own sentence puts along it; abroad, the detainees' town is the raid's when the clause says it was raided there
("… من مخيم X، عقب اقتحامه"), not in a round-up's list; a headline's second act, its object told at length, keeps
its place from the first act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

LATER = dt.date(2025, 10, 15)  # after December 2024
DAY = dt.date(2024, 5, 14)


def _places(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["sub_event_type"], r["location"]) for r in rows]


def test_a_wide_home_area_describing_the_detainees_is_not_the_place() -> None:
    rows = record_rows("ضبطت دورية للأمن الداخلي أمس شاحنة محملة بالحبوب المخدرة على الطريق الدولي دمشق – درعا "
                       "قرب مدينة الصنمين.\n\nوأضاف البيان أن الدورية ألقت القبض على السائق ومساعده، وهما من أبناء ريف "
                       "دمشق، وأحالتهما إلى القضاء.", LATER)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["location"] == "As-Sanamayn"


def test_a_home_town_in_its_own_sentence_is_still_a_place() -> None:
    rows = record_rows("اعتقلت دورية للأمن الداخلي يوم الاثنين شاباً من أبناء مدينة الصنمين.", LATER)
    assert [r["location"] for r in rows if r["sub_event_type"] == "Arrests"] == ["As-Sanamayn"]


def test_detainees_town_abroad_raided_there_is_the_arrest_place() -> None:
    rows = record_rows("وفي محافظة الخليل، اعتقل جيش الاحتلال فجر اليوم ستة شبان من بلدة بيت أمر شمال الخليل، "
                       "بعد دهم منازلهم. كما اعتقل شاباً من مخيم الدهيشة جنوب بيت لحم، عقب اقتحامه.", DAY)
    assert sorted(_places(rows)) == [("Arrests", "Beit Ummar"), ("Arrests", "Dheisheh camp (Bethlehem)")]


def test_a_round_up_abroad_names_home_towns_not_raids() -> None:
    rows = record_rows("وفي محافظة الخليل، اعتقل جيش الاحتلال فجر اليوم ستة شبان من بلدة بيت أمر ومخيم العروب.", DAY)
    assert "Beit Ummar" not in [r["location"] for r in rows]


def test_headline_second_act_with_a_long_object_keeps_its_place() -> None:
    rows = record_rows("الدفاعات الروسية: إسقاط طائرتين مسيرتين باتجاه حميميم ونشر نقطة جديدة للشرطة العسكرية في "
                       "عين عيسى\n\nأسقطت الدفاعات الجوية في قاعدة حميميم قرب مدينة جبلة مساء أمس طائرتين مسيرتين "
                       "أطلقهما مسلحون.", dt.date(2021, 11, 23))
    downed = [r for r in rows if r["sub_event_type"] == "Disrupted weapons use"]
    assert downed and downed[0]["location"] != "Ein Issa"
