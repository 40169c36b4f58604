"""Session 18 (FIX18): a sentence that names the act of a record told at a governorate's capital (named as a city)
again by a definite noun of its type, as the subject or object of its verb ("وقد استهدف القصف منطقة X", "وطالت
الغارات بلدة X", "ونفّذت الطائرات الغارات … مستهدفة X"), tells where that same act landed: it stays in the record.
A second act told by a verb, an indefinite or "other" act noun, or an act that spread to another town is an act of
its own there (ACLED: one event per place)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 8, 20)


def _rows(text: str) -> list[tuple[str, int]]:
    return sorted((str(r["location"]), int(str(r["fatalities"]))) for r in record_rows(text, DAY))


def test_strikes_as_subject_name_the_town_they_hit() -> None:
    text = ("شنّت طائرات حربية روسية غارات على أحياء في مدينة إدلب صباح اليوم، ما أدى إلى مقتل خمسة مدنيين. "
            "وطالت الغارات مدينة سراقب.")
    assert len(_rows(text)) == 1
    assert _rows(text)[0][1] == 5


def test_shelling_centred_on_a_town() -> None:
    text = ("قصفت مدفعية الجيش السوري مواقع في مدينة درعا اليوم، ما أدى إلى مقتل ثلاثة مسلحين. "
            "وتركّز القصف على بلدة نوى.")
    assert len(_rows(text)) == 1
    assert _rows(text)[0][1] == 3


def test_strikes_as_object_then_the_town_they_targeted() -> None:
    text = ("قصفت طائرات إسرائيلية مواقع في مدينة حمص فجر اليوم، ما أدى إلى مقتل أربعة جنود. "
            "ونفّذت الطائرات الغارات من اتجاه لبنان، مستهدفة منطقة القصير.")
    assert len(_rows(text)) == 1
    assert _rows(text)[0][1] == 4


def test_reported_shelling_names_the_town_it_targeted() -> None:
    text = ("قصف الجيش السوري مواقع في مدينة إدلب اليوم، ما أدى إلى مقتل ثلاثة مسلحين. "
            "وأفاد مراسلنا بأن القصف استهدف بلدة سرمين.")
    assert len(_rows(text)) == 1
    assert _rows(text)[0][1] == 3


def test_guard_a_second_strike_told_by_a_verb_is_another_event() -> None:
    """Guard (passes on the old code too): the planes also struck the town, a second act, another place."""
    text = ("قصفت طائرات إسرائيلية مواقع في مدينة حلب فجر اليوم، ما أدى إلى مقتل عشرة جنود. "
            "وقصفت الطائرات كذلك منطقة السفيرة.")
    assert _rows(text) == [("Aleppo", 10), ("As-Safira", 0)]


def test_guard_other_strikes_on_a_town_are_another_event() -> None:
    """Guard (passes on the old code too): "غارات أخرى" / "الغارات الأخرى" tell other strikes."""
    for other in ("وطالت غارات أخرى مدينة سراقب.", "وطالت الغارات الأخرى مدينة سراقب."):
        text = ("شنّت طائرات حربية روسية غارات على أحياء في مدينة إدلب صباح اليوم، ما أدى إلى مقتل خمسة مدنيين. "
                + other)
        assert _rows(text) == [("Idleb", 5), ("Saraqab", 0)]


def test_guard_protests_that_spread_to_a_town_are_another_event() -> None:
    """Guard (passes on the old code too): "وامتدت الاحتجاجات إلى مدينة X" is a protest at X of its own."""
    text = ("تجمّع مئات المحتجين، اليوم الجمعة، وسط مدينة السويداء، مطالبين بتحسين الأوضاع. "
            "وامتدت الاحتجاجات إلى مدينة شهبا.")
    assert [p for p, _ in _rows(text)] == ["As-Sweida", "Shahba"]


def test_guard_strikes_that_reached_two_towns_are_an_event_at_each() -> None:
    """Guard (passes on the old code too): the strikes named again with two towns landed at each of them."""
    text = ("شنّت طائرات حربية روسية غارات على أحياء في مدينة إدلب صباح اليوم، ما أدى إلى مقتل خمسة مدنيين. "
            "وطالت الغارات مدينة سراقب وبلدة سرمين.")
    assert _rows(text) == [("Idleb", 5), ("Saraqab", 0), ("Sarmin", 0)]
