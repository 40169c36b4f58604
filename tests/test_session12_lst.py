"""Session 12 (audit of one act told over a list of places, on fresh articles): the behaviours the audit found
right and that the pipeline must keep.  ACLED codes one event per named place, each with the act's date and
type; a list inside a threat or a week's tally is no list of events; two acts told in two clauses of one
sentence at two towns are two events, each at its own town."""

from __future__ import annotations

import datetime as dt

from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 11)


def _events(text: str) -> list[Event]:
    return extract_text(text, DAY).events


def _places(events: list[Event]) -> list[str]:
    return [e.place.name_ar if e.place else "" for e in events]


def test_one_air_raid_over_three_towns_is_three_events() -> None:
    events = _events("شنّت الطائرات الحربية، اليوم الإثنين، غارات على بلدات سراقب وأريحا وكفرنبل في ريف إدلب.")
    assert _places(events) == ["سراقب", "أريحا", "كفر نبل"]
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}
    assert {e.date.date for e in events if e.date} == {DAY}
    assert len({(e.place.lat, e.place.lon) for e in events if e.place}) == 3


def test_shelling_of_a_dual_of_villages_is_two_events() -> None:
    events = _events("قصفت المدفعية صباح اليوم قريتي تل رفعت ومارع في ريف حلب الشمالي.")
    assert _places(events) == ["تل رفعت", "مارع"]
    assert events[0].sub_event_type == events[1].sub_event_type


def test_a_threat_against_a_list_of_towns_is_no_event() -> None:
    assert _events("وهدّد القيادي بقصف مدن سراقب وأريحا وكفرنبل إذا استمر التصعيد في الأيام المقبلة.") == []


def test_a_week_tally_over_a_list_of_towns_is_not_split() -> None:
    events = _events("وخلال الأيام السبعة الأخيرة، قصفت الطائرات بلدات سراقب وأريحا وكفرنبل في ريف إدلب.")
    assert len(events) <= 1


def test_two_acts_in_two_clauses_are_two_events_at_their_towns() -> None:
    events = _events("وأفاد مراسلنا بأن المدفعية قصفت بلدة سراقب صباح اليوم، لافتاً إلى أن طائرة مسيّرة استهدفت "
                     "سيارة في مدينة أريحا.")
    got = {(e.place.name_ar if e.place else "", e.sub_event_type) for e in events}
    assert got == {("سراقب", "Shelling/artillery/missile attack"), ("أريحا", "Air/drone strike")}


def test_a_further_act_told_after_haythu_keeps_its_own_town() -> None:
    events = _events("قُتل شخص في غارة لطائرة مسيّرة على بلدة سراقب، حيث أصيب آخرون من جراء قصف مدفعي على منزل "
                     "في مدينة أريحا.")
    assert sorted(_places(events)) == sorted(["سراقب", "أريحا"])
