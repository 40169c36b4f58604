"""Session 20 (ac9): actors of the side hit.

A position or vehicle with its adjective between it and the owner ("انفجرت عبوة بسيارة عسكرية للجيش", "قصفت نقطة
عسكرية لـ قسد") belongs to the side hit, as the bare "بسيارة للجيش": the owner is the target, not the attacker.
A former member "في أحد فصائل …" ("قيادياً سابقاً في أحد فصائل المعارضة") is a civilian target, as "في فصائل …".
Two shepherds ("راعيان", "راعيين") are civilians, as one ("راعٍ", "راعياً").  An act whose own sentence says that
no side claimed it ("ولم تتبنَّ أي جهة الهجوم") takes no attacker of another event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 10)
LATER = dt.date(2025, 6, 14)


def _sides(text: str) -> list[tuple[int, int]]:
    return [(int(r["inter1"] or 0), int(r["inter2"] or 0)) for r in record_rows(text, DAY)]


def test_military_vehicle_of_the_army_is_hit() -> None:
    rows = record_rows("انفجرت عبوة ناسفة، صباح اليوم، بسيارة عسكرية للجيش السوري قرب مدينة نوى في ريف درعا.", DAY)
    assert len(rows) == 1
    assert rows[0]["inter2"] == 1 and rows[0]["inter1"] != 1


def test_military_vehicle_of_the_sdf_is_hit() -> None:
    rows = record_rows("انفجر لغم أرضي، صباح اليوم، بآلية عسكرية لقسد قرب بلدة الشحيل بريف دير الزور.", LATER)
    assert len(rows) == 1
    assert rows[0]["inter2"] == 2 and rows[0]["inter1"] == 3


def test_military_point_of_the_sdf_is_hit() -> None:
    """Guard: an attacker named before the verb was already read so."""
    rows = record_rows("استهدف مسلحون مجهولون، مساء أمس، نقطة عسكرية لقوات سوريا الديمقراطية في بلدة ذيبان "
                       "بريف دير الزور الشرقي.", DAY)
    assert len(rows) == 1
    assert rows[0]["inter2"] == 2 and rows[0]["inter1"] == 3


def test_former_member_of_one_of_the_factions_is_a_civilian_target() -> None:
    rows = record_rows("اغتال مسلحون مجهولون، مساء أمس، قيادياً سابقاً في أحد فصائل المعارضة في مدينة طفس.", DAY)
    assert len(rows) == 1
    assert rows[0]["inter2"] == 7
    assert any("سابق" in m for m in rows[0]["actor2_mentions"])


def test_two_shepherds_are_civilians() -> None:
    assert _sides("قُتل راعيان، أمس السبت، بانفجار لغم أرضي في بادية تدمر بريف حمص الشرقي.")[0][1] == 7
    rows = record_rows("اعتقلت قوة إسرائيلية، صباح اليوم، راعيين قرب بلدة جباتا الخشب في ريف القنيطرة.", DAY)
    assert rows and rows[0]["inter2"] == 7


def test_army_vehicle_after_bare_preposition_still_hit() -> None:
    """Guard: the bare form ("بسيارة للجيش") was already read so."""
    rows = record_rows("انفجرت عبوة ناسفة، صباح اليوم، بسيارة للجيش السوري قرب مدينة نوى في ريف درعا.", DAY)
    assert rows and rows[0]["inter2"] == 1


def test_unclaimed_suicide_attack_keeps_an_unknown_attacker() -> None:
    """Guard: a bombing whose own sentence says no side claimed it ("ولم تتبنَّ أي جهة الهجوم") takes no attacker
    from the clash told before it (events/stage.py, _unclaimed)."""
    rows = record_rows("الرقة.. قتلى باشتباكات بين قسد ومسلحين عشائريين وهجوم انتحاري في الطبقة\n\nقالت مصادر محلية "
                       "إن اشتباكات عنيفة اندلعت، يوم الأحد، بين قسد ومسلحين من أبناء العشائر في بلدة المنصورة غربي "
                       "الرقة، وأسفرت عن مقتل ثلاثة مسلحين.\n\nوفي مدينة الطبقة، فجّر انتحاري يرتدي حزاماً ناسفاً نفسه "
                       "عند حاجز لقسد، ما أسفر عن مقتل عنصرين، ولم تتبنَّ أي جهة الهجوم حتى الآن.", LATER)
    bomb = [r for r in rows if r["sub_event_type"] == "Suicide bomb"]
    assert len(bomb) == 1 and bomb[0]["inter1"] == 3 and bomb[0]["inter2"] == 2
