"""Session 14 (places in news outside Syria): "الخيام" (the tents) is also Khiam, a Lebanese border town; after a
bare locative preposition it is the town only when a place of Lebanon is named close by ("اعتصام بالخيام" in a
campus story, "النازحين في الخيام غربي مدينة رفح" in a Gaza story are tents); Caesarea is also spelt "قيساريا"."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 1)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_sit_in_with_tents_abroad_is_not_khiam() -> None:
    rows = _rows("فرقت شرطة نيويورك اليوم اعتصاما بالخيام أقامه طلاب جامعة مانهاتن احتجاجا على الحرب.")
    assert all(r["location"] != "Khiam" and r["country"] != "Lebanon" for r in rows)
    # the town itself, with Lebanon named in the same sentence, is still read
    rows = _rows("أغارت طائرة مسيرة إسرائيلية اليوم على منزل في الخيام جنوبي لبنان.")
    assert rows and all(r["location"] == "Khiam" for r in rows)


def test_displaced_in_tents_near_rafah_are_in_gaza() -> None:
    rows = _rows("قصف الاحتلال اليوم النازحين في الخيام غربي مدينة رفح فاستشهد 5 مواطنين.")
    assert rows and all(r["location"] != "Khiam" and r["country"] == "Palestine" for r in rows)


def test_lebanon_named_far_away_does_not_make_tents_khiam() -> None:
    text = ("احتج مئات الطلاب اليوم في جامعة بمدينة نيويورك، وفضت الشرطة اعتصاما بالخيام نصبوه في الساحة. "
            + "وقال منظمو الاحتجاج إن الطلاب سيواصلون تحركهم حتى تستجيب الإدارة لمطالبهم كلها. " * 6
            + "وامتدت احتجاجات مشابهة إلى جامعات في فرنسا وبريطانيا ولبنان.")
    rows = _rows(text)
    assert all(r["location"] != "Khiam" for r in rows)


def test_caesarea_second_spelling() -> None:
    rows = _rows("تظاهر المئات اليوم أمام منزل رئيس الحكومة الإسرائيلية في مدينة قيساريا مطالبين بصفقة للأسرى.")
    assert rows and all(r["location"] == "Caesarea" for r in rows)


def test_village_in_gezira_state_is_coded_at_the_state() -> None:
    rows = _rows('قتلت قوات "الدعم السريع" اليوم 12 مدنيا في هجوم على قرية صغيرة بولاية الجزيرة وسط السودان.')
    assert rows and all(r["location"] == "Gezira State" and r["country"] == "Sudan" for r in rows)
