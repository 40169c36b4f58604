"""Session 26 (TAKEN): one record for several events, told as one enumeration.  A list of targets whose items are
set off by commas ("X، U، V، Y وZ") names one act at each of its places (ACLED: one event per place), even when
some of its names (U, V) are positions the gazetteer lacks: the known items after them still continue the list;
a name between two places that opens a clause with "و", or a place that only locates another, keeps its reading."""

from __future__ import annotations

import datetime as dt

from helpers import record_places

DAY = dt.date(2023, 11, 14)  # a Tuesday


def test_known_items_past_unknown_names_of_a_comma_list_are_events() -> None:
    places = record_places("قصف مقاتلو حزب الله اليوم بالقذائف الصاروخية مواقع للاحتلال هي: موقع جل العلام، "
                           "الجرداح، حدب البستان، المطلة والمالكية، وأصابوها إصابات مباشرة.", DAY)
    # the two positions the gazetteer lacks are events of their own, placed at the known item before them
    assert len(places) == 5
    assert places.count("Jal al-Alam position") == 3 and "Metula" in places


def test_names_set_off_by_a_time_are_no_items() -> None:
    places = record_places("قصف مقاتلو حزب الله بالقذائف الصاروخية موقع جل العلام، صباح اليوم، المطلة والمالكية.", DAY)
    assert places == ["Jal al-Alam position"]  # (a time set off by commas is no name of the list)


def test_comma_list_of_known_places_still_splits() -> None:
    places = record_places("قصف مقاتلو حزب الله اليوم بالقذائف الصاروخية مواقع للاحتلال هي: موقع جل العلام، "
                           "المطلة والمالكية.", DAY)
    assert len(places) == 3


def test_a_clause_between_two_places_is_no_item_of_a_list() -> None:
    places = record_places("قصفت مدفعية الاحتلال اليوم أطراف بلدة الخيام، وتحدث الأهالي عن أضرار، المطلة "
                           "والمالكية هادئتان.", DAY)
    assert places == ["Khiam"]
