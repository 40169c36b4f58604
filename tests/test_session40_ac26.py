"""Session 40 (ac26): actors on the borders.  The border guard forces told bare ("قوات حرس الحدود") are a
vague army word; in a report that names one neighbour's army by its own name ("القوات المسلحة الأردنية",
"الجيش اللبناني") and never a force of the place's country, a bare army word is that army, wherever across the
line the act is placed; "مجموعات مسلحة" that the same side's words call smugglers are an unnamed armed band, not
the armed opposition."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def test_bare_border_guard_forces_are_the_army() -> None:
    text = ("أفاد مصدر عسكري بأن قوات حرس الحدود تبادلت إطلاق النار مساء الخميس مع مهربين مسلحين في منطقة الرويشد "
            "الصحراوية، ما أدى إلى مقتل ثلاثة منهم.")
    rows = _rows(text, dt.date(2024, 4, 12), "Battles")
    assert rows
    sides = {(r["actor1"], r["inter1"]) for r in rows} | {(r["actor2"], r["inter2"]) for r in rows}
    assert any(str(name).startswith("Military Forces of") and inter in (1, 8) for name, inter in sides)


def test_neighbours_army_statement_keeps_its_army_across_the_line() -> None:
    text = ("الجيش: مقتل مهربين اثنين باشتباك قرب الحدود الشمالية\n\n"
            "أعلنت القوات المسلحة الأردنية أن قوات حرس الحدود اشتبكت ليل الثلاثاء مع مهربين حاولوا العبور من "
            "المنطقة المقابلة لقرية تل شهاب في ريف درعا الغربي، ما أسفر عن مقتل اثنين منهم.")
    rows = _rows(text, dt.date(2025, 2, 19), "Battles")
    assert rows
    for r in rows:
        assert not str(r["actor1"]).startswith("Military Forces of Syria")
        assert not str(r["actor2"]).startswith("Military Forces of Syria")
    assert all("Jordan" in str(r["actor1"]) or "Jordan" in str(r["actor2"]) for r in rows)


def test_border_army_needs_the_neighbour_named_and_the_home_army_unnamed() -> None:
    from rasd.actors import lexicon

    border_army = lexicon.border_army  # type: ignore[attr-defined]
    named = "ذكر الجيش اللبناني في بيان أن دورية تعرضت لإطلاق نار قرب الحدود."
    both = named + " وردّ الجيش السوري على مصادر النيران."
    assert border_army(named, "Syria") is not None
    assert border_army(named, "Lebanon") is None
    assert border_army(both, "Syria") is None
    assert border_army("قصفت الحكومة السورية مواقع قرب الحدود. وقال الجيش الأردني إنه يراقب الوضع.", "Syria") \
        is not None


def test_armed_groups_called_smugglers_are_an_unnamed_band() -> None:
    text = ("قال مصدر أمني إن الجيش اشتبك فجر الأحد مع مجموعات مسلحة حاولت عبور الحدود قرب بلدة نصيب في ريف درعا، "
            "ما أسفر عن مقتل ثلاثة من المهربين.")
    rows = _rows(text, dt.date(2025, 6, 8), "Battles")
    assert rows
    names = {str(r["actor1"]) for r in rows} | {str(r["actor2"]) for r in rows}
    assert not any(n.startswith("Opposition Rebels") for n in names)
    assert any(n.startswith("Unidentified Armed Group") for n in names)


def test_bare_border_guard_keeps_the_nationality_the_report_gives_it() -> None:
    text = ("قالت وسائل إعلام إيرانية إن قوات حرس الحدود الإيرانية تصدت ليل الأحد لمسلحين حاولوا التسلل قرب الحدود.\n\n"
            "وأضافت أن المواجهات بين قوات حرس الحدود والمسلحين دارت قرب بلدة تفتان في إقليم بلوشستان الباكستاني، "
            "وأسفرت عن مقتل أحد المسلحين.")
    rows = _rows(text, dt.date(2023, 7, 3), "Battles")
    assert rows
    names = {str(r["actor1"]) for r in rows} | {str(r["actor2"]) for r in rows}
    assert not any(n.startswith("Military Forces of Pakistan") for n in names)
    assert any(n.startswith("Military Forces of Iran") for n in names)
