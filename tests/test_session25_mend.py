"""Session 25 (MEND): narrowing the first wave's rules where they made records worse.

- a participle of travel in the accusative ("متجهاً نحو مدينة X") makes X a destination, no place of the act;
- a speaker's own seat ("مخاطباً أنصاره من منزله في X") is no place of the act he tells of;
- "بالتزامن مع" before a word of a threat ("تهديد القوات …") does not take the side named there out of the act;
- an army word with a pronoun suffix ("تجمعات جنوده") is the troops of the state force named before it.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 4, 24)  # a Wednesday
ISRAEL = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_accusative_heading_for_a_town_is_a_destination() -> None:
    rows = _rows("قتل أربعة ركاب في هجوم مسلح على قطار ليل الاثنين في جنوب باكستان. وقالت الشرطة إن الهجوم "
                 "وقع بعد وقت قصير من انطلاق القطار من مدينة كراتشي متجهاً نحو مدينة لاهور.")
    assert rows and all(r["location"] != "Lahore" for r in rows), rows


def test_a_speakers_home_is_no_place_of_the_act() -> None:
    rows = _rows("اعتقلت الشرطة الباكستانية أمس عشرات الطلاب المحتجين. "
                 "وقال زعيم الحزب متحدثاً لأنصاره من منزله في لاهور إن الحملة لن تثنيهم.")
    assert rows and all(r["location"] != "Lahore" for r in rows), rows


def test_a_threat_at_the_same_time_keeps_its_side() -> None:
    rows = _rows("ويأتي إسقاط طائرة الاستطلاع الأميركية بالتزامن مع تهديد القوات المسلحة اليمنية، على لسان المتحدث "
                 "باسمها، بالرد على العدوان الإسرائيلي على اليمن، إذ أكد حق القوات المسلحة اليمنية في الدفاع عن "
                 "البلاد ضد العدوان الأميركي.")
    assert rows and all(ISRAEL not in (r["actor1"], r["actor2"]) for r in rows), rows


def test_troops_with_a_pronoun_are_the_named_forces() -> None:
    rows = _rows("لبنان: المقاومة الإسلامية تقصف مرابض مدفعية الاحتلال وتجمعات جنوده")
    assert rows and all(r["actor2"] == ISRAEL for r in rows), rows
