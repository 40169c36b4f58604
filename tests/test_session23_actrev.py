"""Session 23 (ACTREV: the side attacked read as the attacker).

- a side named right after an explosive device, with only the device's adjectives or a verb of its hitting between
  ("انفجرت عبوة ناسفة بدورية …", "عبوة ناسفة استهدفت ناقلة جند …"), is what the device hit: the unnamed layer of the
  device is ACLED's unidentified armed group, the side hit is the second actor;
- a side named right after an attack verb that carries an object pronoun ("نقطة … استهدفتها المقاومة") is the
  verb's subject, the doer, even with the post it hit named before the verb;
- a state force hit by gunfire whose shooter is not named ("أصيب جندي بإطلاق نار", "تعرضت قوة لإطلاق نار") faces an
  unnamed armed group, while "وقف إطلاق النار" (the truce) names no such attack.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 12, 27)


def _sides(text: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [(str(r["sub_event_type"]), str(r["actor1"]), str(r["actor2"])) for r in records(Pipeline()(doc))]


ISRAEL = "Military Forces of Israel (2009-)"
UNKNOWN_PS = "Unidentified Armed Group (Palestine)"


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بدورية إسرائيلية عند مدخل مدينة طولكرم، صباح اليوم الأربعاء.",
    "انفجرت عبوة ناسفة محلية الصنع بقوات الاحتلال خلال اقتحامها مدينة طولكرم، اليوم الأربعاء.",
    "ذكر إعلام إسرائيلي أن عبوة ناسفة استهدفت ناقلة جند إسرائيلية قرب مدينة طولكرم، اليوم الأربعاء.",
    "استهدفت عبوة ناسفة آلية عسكرية للاحتلال قرب مدينة طولكرم، اليوم الأربعاء.",
])
def test_the_side_an_explosive_device_hit_is_no_attacker(text: str) -> None:
    rows = _sides(text)
    assert ("Remote explosive/landmine/IED", UNKNOWN_PS, ISRAEL) in rows, rows
    assert all(a1 != ISRAEL for _, a1, _ in rows), rows


def test_the_force_that_detonates_or_plants_the_device_stays_its_doer() -> None:
    # guard: the device after its layer or detonator ("فجّرت قوات الاحتلال عبوة", "عبوة زرعتها قوات …")
    for text in ("فجّرت قوات الاحتلال عبوة ناسفة داخل منزل في مدينة طولكرم، اليوم الأربعاء.",
                 "انفجرت عبوة ناسفة زرعتها قوات الاحتلال قرب منزل في مدينة طولكرم، اليوم الأربعاء."):
        rows = _sides(text)
        assert rows and all(a1 == ISRAEL for _, a1, _ in rows), rows


def test_a_fighter_of_a_new_clause_after_the_device_stays_a_doer() -> None:
    # guard: "بعبوة أرضية وخاض بعدها مقاتلو …": the fighters of the next clause are not what the device hit
    rows = _sides("فجّرت سرايا القدس آلية إسرائيلية بعبوة أرضية وخاض بعدها مقاتلو السرايا اشتباكات في حي "
                  "الشجاعية، اليوم الأربعاء.")
    assert rows and all(a2 == ISRAEL for _, _, a2 in rows), rows


@pytest.mark.parametrize("text", [
    "أصيب جندي إسرائيلي بجروح بإطلاق نار قرب مدينة قلقيلية، اليوم الأربعاء.",
    "تعرضت قوة إسرائيلية لإطلاق نار قرب مدينة قلقيلية، مساء اليوم الأربعاء.",
])
def test_a_force_hit_by_gunfire_of_unnamed_shooters_faces_an_armed_group(text: str) -> None:
    rows = _sides(text)
    assert ("Armed clash", UNKNOWN_PS, ISRAEL) in rows, rows


def test_a_truce_names_no_shooters() -> None:
    # guard: "وقف إطلاق النار" is the truce, not a shooting by unnamed fighters
    rows = _sides("أصيب جندي إسرائيلي في اشتباك قرب مدينة قلقيلية رغم وقف إطلاق النار، اليوم الأربعاء.")
    assert all(a1 != UNKNOWN_PS for _, a1, _ in rows), rows


@pytest.mark.parametrize("text", [
    "دمّرت نقطة عسكرية إسرائيلية استهدفتها المقاومة قرب موقع المالكية، اليوم الأربعاء.",
    "تجمع لجنود الاحتلال استهدفته المقاومة الإسلامية بصاروخ موجّه في محيط موقع المالكية، اليوم الأربعاء.",
])
def test_the_side_after_a_verb_with_an_object_pronoun_is_its_doer(text: str) -> None:
    # "نقطة … استهدفتها المقاومة": the pronoun on the verb is the post hit, the side named after the verb acts
    rows = _sides(text)
    assert rows and all(a1 == "Hezbollah" and a2 == ISRAEL for _, a1, a2 in rows), rows
