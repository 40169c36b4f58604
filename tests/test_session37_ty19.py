"""Session 37 (ty19): event types.  A bare toll right after a strike on an armed side's positions is the strike's own
dead, not a second attack on civilians; a worker killed at his workplace ("قُتل عامل في منشأة") is a civilian, so
a shooting of one beside another side's bomb in the same sentence is an attack on civilians, not a clash of the
two; a clause placed in another part of the governorate ("في ريف دير الزور الغربي") is not at the town the first
clause placed in the eastern part; the acts a cell is described as being behind ("الخلية المسؤولة عن تنفيذ
عمليات اغتيال وزرع عبوات") are no act of the report."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 6, 18)  # a Sunday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_toll_after_strike_on_militia_is_the_strikes() -> None:
    text = ("شنّت طائرات حربية يُرجّح أنها أمريكية فجر اليوم الأحد غارات على مواقع لميليشيات مدعومة من إيران في مدينة "
            "البوكمال بريف دير الزور الشرقي.\n\n"
            "وأفاد مراسلنا بأن الغارات طالت مستودعاً للذخيرة ومقراً لميليشيا \"حزب الله\" العراقي قرب الحدود، ما تسبب "
            "بانفجارات متتالية.\n\n"
            "وأكدت مصادر محلية مقتل خمسة عناصر على الأقل من الميليشيات، فيما نُقل جرحى إلى مشفى المدينة.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]


def test_worker_shot_beside_another_sides_bomb_is_an_attack_on_civilians() -> None:
    text = ("قُتل عامل في منشأة نفطية، مساء السبت، برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور "
            "الشرقي، في حين قُتل عنصر من قوات سوريا الديمقراطية بانفجار لغم أرضي في ريف دير الزور الغربي.")
    rows = _rows(text)
    assert any(r["event_type"] == "Violence against civilians" for r in rows)
    assert "Battles" not in {r["event_type"] for r in rows}


def test_clause_in_another_part_of_the_governorate_keeps_away_from_the_town() -> None:
    text = ("قُتل عامل في منشأة نفطية، مساء السبت، برصاص مسلحين مجهولين في بلدة هجين بريف دير الزور "
            "الشرقي، في حين قُتل عنصر من قوات سوريا الديمقراطية بانفجار لغم أرضي في ريف دير الزور الغربي.")
    rows = _rows(text)
    mines = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert all(r["location"] != "Hajin" for r in mines)


def test_acts_a_cell_is_behind_are_no_act() -> None:
    text = ("وأفاد مراسلنا بأن دورية للأمن العام حاصرت فجر اليوم الأحد منزلاً في مدينة الميادين يتحصن فيه أحد أفراد "
            "الشبكة المسؤولة عن تنفيذ عمليات اغتيال وزرع عبوات ناسفة في ريف المدينة.")
    assert "Explosions/Remote violence" not in {r["event_type"] for r in _rows(text)}
