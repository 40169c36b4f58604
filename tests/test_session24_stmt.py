"""Session 24 (STMT: statements that name acts which did not happen).

- an act named as what a statement opposes ("عارض الطرفان شنّ هجوم على …", "بيان … يعارض شنّ هجوم على …") is
  no act: the attack is the matter of the statement, not a report of one;
- an act named as what calls urge ("الدعوات العلنية لقتل الأسرى وقصف المدارس") is no act;
- an act named as what something prepares the way for ("تمهيداً لقصف المستشفى") is no act yet;
- guard: a strike told by its own verb after the calls ("ورغم الدعوات إلى التهدئة، قصفت طائرات …") stays an event;
- a verb of attacking whose subject right after it is an office holder ("هاجم الوزير …") or whose object is words
  ("هاجم … تصريحات …") is a rebuke, no clash; gunmen or forces named as its subject keep it an act.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 3)  # a Sunday


def test_an_attack_a_statement_opposes_is_no_act() -> None:
    text = ("بيان أردني بريطاني يعارض شنّ هجوم على رفح.. ويدعو إلى فتح المعابر\n"
            "أبدى الطرفان قلقهما من الوضع الإنساني في القطاع.\n"
            "وفي البيان المشترك، عارض الطرفان \"شنّ هجوم على رفح\"، كما طالبا بـ\"فتح جميع المعابر\".\n")
    assert record_rows(text, DAY) == []


def test_acts_that_calls_urge_are_no_acts() -> None:
    text = ("مقال رأي\n"
            "وتصاعدت في الإعلام العبري الدعوات العلنية لقتل الأسرى وقصف المدارس في خان يونس.\n")
    assert record_rows(text, DAY) == []


def test_a_strike_prepared_for_is_no_act_yet() -> None:
    text = ("الحركة تحذر\n"
            "قالت الحركة اليوم إنّ الاحتلال يروّج هذه الأكاذيب تمهيداً لقصف مستشفى الشفاء في مدينة غزة.\n")
    assert record_rows(text, DAY) == []


def test_a_strike_told_after_the_calls_stays_an_event() -> None:
    """Guard: the calls do not reach an act told by its own verb further on."""
    text = ("غارة على رفح\n"
            "ورغم الدعوات الدولية إلى التهدئة، قصفت طائرات الاحتلال اليوم منزلاً في مدينة رفح، ما أدى إلى "
            "استشهاد ثلاثة مدنيين.\n")
    rows = record_rows(text, DAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Explosions/Remote violence"


def test_an_office_holder_attacking_in_words_is_no_clash() -> None:
    for body in ("وهاجم رئيس حزب المعارضة، صباح اليوم الأحد، حكومة الاحتلال ووصفها بالفاشلة.",
                 "هاجم الوزير في حكومة الاحتلال رئيس الحكومة اليوم بسبب فشله في إدارة الحرب.",
                 "وهاجم عضو الكنيست اليوم تصريحات وزير المالية حول المستوطنات."):
        assert record_rows("خلافات داخلية\n" + body + "\n", DAY) == [], body


def test_gunmen_attacking_an_office_holder_stay_an_event() -> None:
    """Guard: the armed side named before the office holder makes it an attack."""
    rows = record_rows("اعتداء في ترمسعيا\nهاجم مستوطنون اليوم رئيس المجلس القروي في بلدة ترمسعيا وأصابوه "
                       "بجروح.\n", DAY)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Attack"


def test_forces_attacking_positions_stay_a_clash() -> None:
    """Guard: a force's attack on positions is fighting, whatever words follow."""
    rows = record_rows("معارك في الشمال\nهاجمت قوات الاحتلال اليوم مواقع المقاومة في بلدة بيت حانون شمالي "
                       "القطاع.\n", DAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Battles"
