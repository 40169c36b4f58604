"""Session 19 (ic3): an interception told inside a strike that landed — the air defences met part of the weapons —
belongs to that strike (ACLED): a sentence of interceptions that names no place of its own folds into the attack
told before it wherever its borrowed place lies; the air defences named before their verb of stopping in a clause
of "أنّ" are never the strike's attacker, nor is a ministry that reports another side's aircraft; the midnight
between two weekdays opens the second one (so the interceptions of that night share the strike's day).  An attack
wholly intercepted, a drone shot down alone, and interceptions told as another incident stay "Disrupted weapons
use"."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 15)
_DWU = "Disrupted weapons use"


def _subs(text: str) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, DAY)]


def test_unplaced_interception_after_strike_on_two_towns_folds() -> None:
    subs = _subs("عدوان إسرائيلي على الجنوب السوري\nشن الاحتلال الإسرائيلي فجر اليوم الأربعاء غارات على موقعين للجيش، "
                 "الأول قرب بلدة نوى في ريف درعا، والثاني قرب بلدة جباتا الخشب في ريف القنيطرة.\n"
                 "وأضاف المصدر أن وسائط الدفاع الجوي أسقطت عدداً من الصواريخ.")
    assert _DWU not in subs and "Air/drone strike" in subs


def test_unplaced_interception_does_not_take_the_next_paragraphs_town() -> None:
    rows = record_rows("صواريخ إسرائيلية على ريف حماة.. ومسيرة فوق اللاذقية\nأطلق الاحتلال مساء اليوم الأربعاء "
                       "صواريخ على مواقع قرب مدينة مصياف في ريف حماة الغربي، وفق مصدر عسكري.\nوأكد المصدر أن "
                       "الدفاعات الجوية اعترضت بعض الصواريخ قبل وصولها.\nوقال مراسلنا في اللاذقية إن أصوات "
                       "الانفجارات سمعت في المدينة.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]
    assert rows[0]["inter1"] == 8 and rows[0]["location"] == "Masyaf"


def test_defences_before_their_verb_are_not_the_attacker() -> None:
    rows = record_rows("عدوان إسرائيلي على ريف حمص\nتعرضت مواقع في ريف حمص فجر اليوم الأربعاء لعدوان إسرائيلي "
                       "بالصواريخ، وفق وزارة الدفاع.\nوقالت الوزارة إن وسائط الدفاع الجوي تصدت لصواريخ العدوان "
                       "وأسقطت بعضها، مشيرة إلى أن العدوان استهدف مستودعاً في مدينة القصير، ما أدى إلى مقتل مدني.",
                       DAY)
    assert len(rows) == 1
    assert rows[0]["inter1"] == 8 and rows[0]["inter2"] == 7


def test_defences_in_a_clause_never_strike_civilians() -> None:
    rows = record_rows("قصف على ريف دمشق\nقال مصدر عسكري اليوم الأربعاء إن الدفاعات الجوية تصدت لصواريخ معادية "
                       "وأسقطت معظمها، وإن صاروخاً استهدف مبنى في بلدة الهامة، ما أدى إلى إصابة مدنيين.", DAY)
    assert rows and all(r["inter1"] != 1 for r in rows)


def test_after_midnight_between_two_weekdays_is_the_second_day() -> None:
    rows = record_rows("قصف على حمص\nقصفت طائرات الاحتلال بعد منتصف ليل الثلاثاء - الأربعاء موقعاً قرب مدينة "
                       "القصير.", DAY)
    assert [r["event_date"] for r in rows] == ["2024-05-15"]


def test_just_before_midnight_stays_the_first_day() -> None:
    """Guard: "قبيل منتصف ليل …" is still the first day of the two."""
    rows = record_rows("قصف على حمص\nقصفت طائرات الاحتلال قبيل منتصف ليل الثلاثاء - الأربعاء موقعاً قرب مدينة "
                       "القصير.", DAY)
    assert [r["event_date"] for r in rows] == ["2024-05-14"]


def test_interception_told_as_another_incident_stays() -> None:
    """Guard: "وفي حادثة منفصلة" turns to an act of its own."""
    subs = _subs("غارة على حمص\nقصفت طائرات الاحتلال فجر اليوم الأربعاء مستودعاً قرب مدينة القصير في ريف حمص.\n"
                 "وفي حادثة منفصلة، أسقطت الدفاعات الجوية طائرة مسيرة.")
    assert _DWU in subs and "Air/drone strike" in subs


def test_wholly_intercepted_and_drone_downed_stay() -> None:
    """Guard: nothing landed, nothing else told."""
    assert _subs("اعتراض صواريخ فوق دمشق\nاعترضت الدفاعات الجوية السورية فجر اليوم الأربعاء صواريخ إسرائيلية في "
                 "سماء دمشق، من دون أن تصيب أهدافها.") == [_DWU]
    assert _subs("إسقاط مسيرة في ريف حماة\nأسقطت وسائط الدفاع الجوي اليوم الأربعاء طائرة مسيرة فوق مدينة محردة في "
                 "ريف حماة.") == [_DWU]


def test_ministry_reporting_another_sides_aircraft_is_no_party() -> None:
    rows = record_rows("عدوان على حماة\nأعلنت وزارة الدفاع السورية اليوم الأربعاء أن طائرات الاحتلال الإسرائيلي "
                       "أطلقت صواريخ طالت عدداً من المواقع في محيط مدينة مصياف.", DAY)
    assert len(rows) == 1 and rows[0]["inter1"] == 8
