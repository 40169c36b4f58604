"""Session 41 (ms28): armies' and governments' own statements.  "Neutralising" enemies ("تحييد 6 إرهابيين") is a
state army's word for the fighters it killed or caught: with no doer named, the army of the state whose ministry or
command announces it is the side that acted, named by the announcing body's words; the enemy its statement calls
"terrorists" is never that side.  The Israeli army is named as its Arabic spokesman names it ("جيش الدفاع")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def test_neutralising_announced_by_a_defence_ministry_is_its_army() -> None:
    text = ("أعلنت وزارة الدفاع التركية، الأحد، تحييد 6 إرهابيين كانوا يستعدون لشن هجوم على منطقة عملية "
            "\"غصن الزيتون\" شمالي سوريا.")
    rows = _rows(text, dt.date(2023, 3, 12), "Battles")
    assert rows
    r = rows[0]
    assert str(r["actor1"]).startswith("Military Forces of Turkey")
    assert r["inter1"] == 8
    assert any("الدفاع" in m for m in r["actor1_mentions"])  # type: ignore[union-attr]
    assert not str(r["actor2"]).startswith("Military Forces of Turkey")


def test_neutralising_keeps_the_named_group_as_the_side_hit() -> None:
    text = ("أعلنت وزارة الدفاع التركية تحييد 3 إرهابيين من حزب العمال الكردستاني قرب الحدود الشمالية "
            "لمحافظة الحسكة.")
    rows = _rows(text, dt.date(2022, 11, 3), "Battles")
    assert rows
    r = rows[0]
    assert str(r["actor1"]).startswith("Military Forces of Turkey")
    assert str(r["actor2"]).startswith("PKK")


def test_israeli_army_named_by_its_arabic_spokesman() -> None:
    text = ("قال المتحدث باسم جيش الدفاع إن طائرات جيش الدفاع أغارت فجر اليوم على مستودع أسلحة تابع لحزب الله "
            "في بلدة الخيام جنوب لبنان.")
    rows = _rows(text, dt.date(2024, 6, 2), "Explosions/Remote violence")
    assert rows
    r = rows[0]
    assert str(r["actor1"]).startswith("Military Forces of Israel")
    assert r["actor2"] == "Hezbollah" or str(r["actor2"]).startswith("Hezbollah")


def test_terrorist_group_of_a_security_communique_is_the_group_it_named() -> None:
    text = ("أعلنت خلية الإعلام الأمني إحباط هجوم لعناصر من داعش على الحدود الغربية. وذكرت الخلية في بيان أن قوة من "
            "الجيش العراقي رصدت مساء أمس مجموعة إرهابية حاولت العبور قرب القائم، واشتبكت معها وقتلت اثنين منهم.")
    rows = _rows(text, dt.date(2021, 5, 4), "Battles")
    assert rows
    assert any({str(r["actor1"])[:14], str(r["actor2"])[:14]} == {"Military Force", "Islamic State "}
               for r in rows)
