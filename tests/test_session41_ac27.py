"""Session 41 (ac27): actors of the sets written blind.  "فصائل المعارضة" (ACLED's collective Opposition Rebels)
is one side with a named rebel group of Idlib or of the National Army, never its opponent; armed groups named only
as such are the opposition while the regime stood and an unidentified armed group after its fall; the Islamist
groups of Lebanon's Ain al-Hilweh camp ("تجمع الشباب المسلم", "جند الشام") and the camp's Palestinian National
Security forces (Fatah's) are named sides of the camp's clashes."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def _sides(rows: list[dict[str, object]]) -> set[tuple[str, int]]:
    return {(str(r["actor1"]), int(str(r["inter1"] or 0))) for r in rows} | \
        {(str(r["actor2"]), int(str(r["inter2"] or 0))) for r in rows}


def test_opposition_collective_is_never_a_named_rebel_groups_opponent() -> None:
    from rasd.actors import lexicon
    from rasd.events.frames import _same_side

    table = lexicon.actors()
    rebels = table["rebels"]
    assert _same_side(rebels, table["hts"]) and _same_side(table["hts"], rebels)
    assert _same_side(rebels, table["sna"])
    assert not _same_side(rebels, table["syr_gov"])
    assert not _same_side(rebels, table["sdf"])


def test_ain_al_hilweh_islamist_group_is_named() -> None:
    text = ("تجددت مساء أمس الاشتباكات في مخيم عين الحلوة قرب صيدا بين عناصر من حركة \"فتح\" ومسلحين من "
            "\"تجمع الشباب المسلم\"، ما أدى إلى إصابة ثلاثة أشخاص.")
    rows = _rows(text, dt.date(2024, 8, 6), "Battles")
    assert rows
    names = {name for name, _ in _sides(rows)}
    assert "Fatah Movement" in names and "Muslim Youth Gathering" in names


def test_camp_national_security_forces_are_fatahs() -> None:
    text = ("قُتل عنصر من قوات الأمن الوطني الفلسطيني وأصيب آخر، ليل السبت، في اشتباك مع مسلحين من \"جند الشام\" "
            "عند أطراف حي الطوارئ في مخيم عين الحلوة.")
    rows = _rows(text, dt.date(2023, 9, 10), "Battles")
    assert rows
    names = {name for name, _ in _sides(rows)}
    assert "Fatah Movement" in names and "Jund al Sham" in names
    assert not any(n.startswith("Military Forces of Lebanon") for n in names)


def test_vague_armed_groups_after_the_fall_are_unidentified() -> None:
    text = ("هاجمت مجموعات مسلحة مجهولة فجر اليوم حاجزاً لقوات الأمن العام عند مدخل بلدة الكسوة جنوبي دمشق، ما أدى "
            "إلى مقتل عنصرين.")
    rows = _rows(text, dt.date(2025, 5, 14), "Battles")
    assert rows
    sides = _sides(rows)
    assert not any(name == "Opposition Rebels (Syria)" for name, _ in sides)
    assert any(inter == 3 for _, inter in sides)
    # while the regime stood, the same words are the armed opposition
    text = ("هاجمت مجموعات مسلحة فجر اليوم حاجزاً لقوات النظام عند مدخل مدينة طفس في ريف درعا الغربي، ما أدى "
            "إلى مقتل عنصرين.")
    rows = _rows(text, dt.date(2022, 10, 3), "Battles")
    assert rows
    assert ("Opposition Rebels (Syria)", 2) in _sides(rows)

