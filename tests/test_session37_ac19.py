"""Session 37 (ac19): actors.  The people an arrest took, told by a count ("القبض على شخصين", "اعتقلت ثلاثة
آخرين"), are its second side."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 9, 17)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_two_people_arrested_are_the_second_side() -> None:
    rows = [r for r in _rows("أعلنت مديرية الأمن العام أمس القبض على شخصين متهمين بالسرقة في مدينة السلمية.",
                             dt.date(2025, 5, 20)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7
    assert rows[0]["actor2_mentions"] == ["شخصين"]


def test_counted_wanted_men_and_others_arrested_are_the_second_side() -> None:
    rows = [r for r in _rows("أوقفت الشرطة العراقية أمس أربعة مطلوبين بقضايا سرقة في مدينة كركوك.",
                             dt.date(2025, 5, 20)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter2"] == 7 and rows[0]["actor2_mentions"] == ["أربعة مطلوبين"]
    rows = [r for r in _rows("اعتقلت قوات سوريا الديمقراطية أمس ثلاثة آخرين في بلدة الشحيل بريف دير الزور.")
            if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter2"] == 7 and rows[0]["actor2_mentions"] == ["ثلاثة آخرين"]
