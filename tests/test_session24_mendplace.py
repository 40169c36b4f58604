"""Session 24 (MENDPLACE): "المدينة" is not pointed back to a town only because "مدينة" opens its own name ("مدينة
غزة" is Gaza City's name, not the writer's choice of noun); a camp whose own name opens with "مخيم" still is
"المخيم" after."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 6)  # a Wednesday


def _where(text: str, word: str) -> set[object]:
    """The locations of the records whose evidence holds ``word``."""
    return {r["location"] for r in record_rows(text, DAY)
            if any(word in e["text"] for e in r["evidence"])}  # type: ignore[union-attr]


def test_city_anaphor_not_drawn_to_a_name_opening_with_the_noun() -> None:
    text = ("اندلعت اشتباكات عنيفة بين المقاومين وقوات الاحتلال في رفح فجر اليوم الأربعاء. "
            "وقصفت طائرات الاحتلال منزلاً بمدينة غزة شمال القطاع، فيما تواصلت المواجهات في رفح جنوبه. "
            "وأعلنت كتائب القسام أن مقاتليها فجروا دبابة إسرائيلية في المدينة.")
    assert "Gaza City" not in _where(text, "في المدينة")


def test_camp_anaphor_still_points_to_the_camp() -> None:
    """Guard: "مخيم X" is still "المخيم" after, in a story whose town is named more."""
    text = ("اقتحمت قوات الاحتلال مدينة بيت لحم فجر اليوم الأربعاء وانتشرت في شوارع بيت لحم. "
            "كما اقتحمت قوة إسرائيلية مخيم الدهيشة جنوب بيت لحم. "
            "واعتقلت قوات الاحتلال أربعة شبان بعد دهم منازلهم في المخيم.")
    assert _where(text, "في المخيم") == {"Dheisheh camp (Bethlehem)"}


def test_headline_town_of_a_unit_name_folds_into_the_body_act() -> None:
    """A headline placed only by a unit's town ("كتيبة طولكرم") re-tells the body's act at a village near it (a guard:
    the body names the town as a reference here)."""
    text = ("سرايا القدس - كتيبة طولكرم تفجر عبوة بقوة للاحتلال\n"
            "أعلنت سرايا القدس - كتيبة طولكرم، اليوم الأربعاء، تفجير عبوة ناسفة بقوة راجلة لقوات الاحتلال "
            "عند مدخل بلدة دير الغصون شمالي طولكرم، وتحقيق إصابات مباشرة.")
    rows = [r for r in records(article_doc(text, DAY)) if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(rows) == 1
