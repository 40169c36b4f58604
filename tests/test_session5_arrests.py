"""The unit that makes an arrest: "اعتقلت دورية تابعة لـ X" — X arrested, the people taken are the target."""

from __future__ import annotations

import datetime as dt

from rasd.pipeline import extract_text


def _sides(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text(text, published=dt.date(2024, 2, 5))
    return [(e.sub_event_type, e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "")
            for e in doc.events]


def test_a_patrol_of_a_security_branch_makes_the_arrest() -> None:
    got = _sides("داهمت ثم اعتقلت دورية تابعة لفرع الأمن العسكري صباح أمس ثلاثة شبان من حي الخالدية في مدينة حمص.")
    arrests = [g for g in got if g[0] == "Arrests"]
    assert arrests and arrests[0][1].startswith("Military Forces of Syria") and arrests[0][2].startswith("Civilians")


def test_a_checkpoint_of_a_division_makes_the_arrest() -> None:
    got = _sides("اعتقل حاجز تابع للفرقة الرابعة أمس شابين على طريق دمشق بيروت في ريف دمشق.")
    assert next(g for g in got if g[0] == "Arrests")[1].startswith("Military Forces of Syria")


def test_a_patrol_hit_by_a_bomb_stays_the_target() -> None:
    got = _sides("استهدفت عبوة ناسفة أمس دورية تابعة لقوات النظام على طريق في ريف درعا الشرقي.")
    assert got and got[0][2].startswith("Military Forces of Syria")
