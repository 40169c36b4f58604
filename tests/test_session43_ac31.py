"""Session 43 (ac31): actors of the blind sets.  The owner of a thing hit named as "one of" the groups ("مخزناً
تابعاً لأحد الفصائل") is the side hit; an air strike that names no doer takes the one air force the article named
for the strikes before it ("كما استهدفت غارات أخرى …"); the dead that the next sentence names as a group's men
("أن القتيلين عنصران في …") are that group; the opposition's Military Operations Command of November 2024 and the
US forces' bases in Iraq are actors of their own; a group named as another's offshoot ("امتداد لـ …") is no side."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


def test_owner_named_as_one_of_the_groups_is_the_side_hit() -> None:
    text = ("وفي قضاء القائم غربي الأنبار، قال مصدر أمني إن غارة جوية دمّرت ليل الاثنين مستودعاً للذخيرة تابعاً "
            "لأحد الفصائل المسلحة قرب الحدود.")
    rows = _rows(text, dt.date(2024, 2, 6), "Explosions/Remote violence")
    assert rows
    for r in rows:
        assert not r["actor1_mentions"] or not any("الفصائل" in str(m) for m in r["actor1_mentions"])  # type: ignore
        assert any("الفصائل" in str(m) for m in r["actor2_mentions"])  # type: ignore[attr-defined]
        assert r["inter2"] in (2, 3)


def test_other_strikes_take_the_air_force_named_before() -> None:
    text = ("شنّت الطائرات الحربية الإسرائيلية مساء الأحد سلسلة غارات على ميناء الحديدة غربي اليمن.\n\n"
            "كما استهدفت غارات أخرى محطة للكهرباء في مدينة عمران شمال صنعاء، من دون أنباء عن ضحايا.")
    rows = _rows(text, dt.date(2024, 5, 6), "Explosions/Remote violence")
    assert len(rows) >= 2
    assert all(str(r["actor1"]).startswith("Military Forces of Israel") for r in rows)


def test_dead_named_as_a_groups_men_in_the_next_sentence() -> None:
    text = ("قُتل رجلان مساء الثلاثاء بغارة نفذتها طائرة مسيّرة تركية على سيارة قرب بلدة سيدكان في محافظة أربيل. "
            "وقال مسؤول محلي إن القتيلين عنصران في حزب العمال الكردستاني.")
    rows = _rows(text, dt.date(2024, 5, 7), "Explosions/Remote violence")
    assert rows
    r = rows[0]
    assert str(r["actor1"]).startswith("Military Forces of Turkey")
    assert str(r["actor2"]).startswith("PKK") and r["inter2"] == 2


def test_vehicle_carrying_a_groups_men() -> None:
    text = ("قُتل شخصان مساء الثلاثاء بغارة نفذتها طائرة مسيّرة تركية قرب بلدة سيدكان في محافظة أربيل. وقال مسؤول "
            "محلي إن مسيّرة تابعة للجيش التركي قصفت سيارة تقل عنصرين من حزب العمال الكردستاني.")
    rows = _rows(text, dt.date(2024, 5, 7), "Explosions/Remote violence")
    assert rows
    assert any(str(r["actor2"]).startswith("PKK") for r in rows)


def test_operations_command_is_the_opposition_then_the_new_army() -> None:
    text = "سيطرت فصائل إدارة العمليات العسكرية صباح السبت على مدينة سراقب في ريف إدلب بعد معارك مع قوات النظام."
    rows = _rows(text, dt.date(2024, 11, 30), "Battles")
    assert rows
    assert any(r["inter1"] == 2 and "إدارة العمليات العسكرية" in r["actor1_mentions"] for r in rows)  # type: ignore
    from rasd.actors.lexicon import actors

    entry = actors()["syr_moc"]
    assert entry.ref(dt.date(2024, 11, 30)).inter == 2
    assert entry.ref(dt.date(2025, 1, 10)).inter == 1


def test_us_base_in_iraq_is_the_side_hit() -> None:
    text = ("أعلنت المقاومة الإسلامية في العراق أن مقاتليها استهدفوا فجر الأربعاء قاعدة حرير في محافظة أربيل "
            "بطائرة مسيّرة.")
    rows = _rows(text, dt.date(2024, 1, 31), "Explosions/Remote violence")
    assert rows
    assert all(str(r["actor2"]).startswith("Military Forces of the United States") for r in rows)


def test_group_named_as_an_offshoot_is_no_side_of_a_clash() -> None:
    text = ("وأفادت مصادر محلية بأن اثنين من القتلى كانا قياديين في وحدات مقاومة سنجار، التي تتهمها أنقرة بأنها "
            "امتداد لحزب العمال الكردستاني.")
    assert not _rows(text, dt.date(2022, 6, 15), "Battles")

