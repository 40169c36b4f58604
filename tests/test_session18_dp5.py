"""Session 18 (DP5): one act told twice — an undated headline over the body's act that the body recalls in the
pluperfect of background but dates by a named day ("وكانت … قد أعلنت، أمس الأحد، …", "وفي اليوم نفسه" after it):
the headline re-tells that act and folds into its record."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

MONDAY = dt.date(2024, 2, 12)


def _rows(title: str, body: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=title + "\n" + body, title=title, published=MONDAY)
    return [(str(r["event_type"]), str(r["event_date"]), str(r["location"]))
            for r in records(Pipeline()(doc), timestamp=0)]


def _at(rows: list[tuple[str, str, str]], place: str) -> list[tuple[str, str, str]]:
    return [r for r in rows if r[2] == place]


def test_headline_folds_into_pluperfect_act_of_named_yesterday() -> None:
    rows = _rows("فصائل عراقية تستهدف قاعدة الشدادي",
                 "أعلنت فصائل المقاومة الإسلامية في العراق، اليوم الاثنين، أنها نفذت هجوماً بطائرة مسيرة على قاعدة "
                 "حقل العمر في ريف دير الزور.\n"
                 "وكانت الفصائل قد أعلنت، أمس الأحد، استهداف قاعدة الشدادي في ريف الحسكة برشقة صاروخية.")
    shaddadi = _at(rows, "Shadadah")
    assert len(shaddadi) == 1 and shaddadi[0][1] == "2024-02-11", rows


def test_headline_folds_into_act_of_the_same_day_told_after_it() -> None:
    rows = _rows("المقاومة في العراق تستهدف قاعدتي الشدادي والتنف",
                 "أعلنت المقاومة الإسلامية في العراق، اليوم الاثنين، أنها استهدفت قاعدة حقل العمر بمسيرة.\n"
                 "وكانت المقاومة قد أعلنت، مساء أمس الأحد، قصف قاعدة الشدادي بالصواريخ. وفي اليوم نفسه، قالت إنّ "
                 "مقاتليها هاجموا قاعدة التنف بطائرتين مسيرتين.")
    assert [r[1] for r in _at(rows, "Al-Tanf garrison")] == ["2024-02-11"], rows
    assert [r[1] for r in _at(rows, "Shadadah")] == ["2024-02-11"], rows


def test_headline_over_an_act_of_another_day_at_another_town_stays() -> None:
    # pure guard (passes on the old code too): the headline's act at a town the body does not date back
    rows = _rows("فصائل عراقية تستهدف قاعدة التنف",
                 "استهدفت فصائل المقاومة الإسلامية في العراق، اليوم الاثنين، قاعدة التنف بطائرة مسيرة.\n"
                 "وكانت الفصائل قد أعلنت، أمس الأحد، استهداف قاعدة الشدادي في ريف الحسكة برشقة صاروخية.")
    assert [r[1] for r in _at(rows, "Al-Tanf garrison")] == ["2024-02-12"], rows
    assert [r[1] for r in _at(rows, "Shadadah")] == ["2024-02-11"], rows


@pytest.mark.parametrize(("title", "blasts"), [
    ("مسيرة تستهدف قاعدة حقل العمر", "وأفاد مراسلنا في دير الزور بأن انفجارات عنيفة دوت داخل القاعدة صباح اليوم، "
     "وأن مروحيات أميركية حلقت بكثافة فوق المنطقة عقب الهجوم."),
    ("المقاومة تستهدف قاعدة العمر.. وانفجارات داخلها", "وأفاد مراسلنا بأن انفجارات دوت داخل القاعدة، وأن طائرات "
     "أميركية حلقت في الأجواء إثر الاستهداف."),
    ("مسيرة تستهدف قاعدة حقل العمر", "وذكرت مصادر محلية أن انفجارات سمعت داخل القاعدة بعد الهجوم، وأن مروحيات "
     "أميركية حلقت في سماء المنطقة."),
])
def test_blasts_heard_at_the_base_after_the_attack_are_that_attack(title: str, blasts: str) -> None:
    rows = _rows(title, "أعلنت المقاومة الإسلامية في العراق، اليوم الاثنين، أنها استهدفت بطائرة مسيرة قاعدة الاحتلال "
                        "الأميركي في حقل العمر بريف دير الزور.\n" + blasts)
    assert len(_at(rows, "Al-Omar oil field")) == 1, rows


def test_blasts_with_an_act_of_their_own_stay_apart() -> None:
    # pure guard (passes on the old code too): an act noun with no word of sequence before it is an act of its own
    rows = _rows("مسيرة تستهدف قاعدة حقل العمر",
                 "أعلنت المقاومة الإسلامية في العراق، اليوم الاثنين، أنها استهدفت بطائرة مسيرة قاعدة الاحتلال "
                 "الأميركي في حقل العمر بريف دير الزور.\n"
                 "وفي الشدادي، دوت انفجارات قوية داخل القاعدة الأميركية مساء اليوم إثر هجوم صاروخي.")
    assert len(_at(rows, "Shadadah")) == 1, rows


def test_headline_keeps_its_day_over_a_relative_clause_of_yesterday() -> None:
    # pure guard (passes on the old code too): the named yesterday of a relative clause ("الشاب الذي قتل، أمس
    # الأحد، …") dates no act the headline re-tells
    rows = _rows("إصابات خلال مواجهات مع قوات الاحتلال في نابلس",
                 "اندلعت مواجهات، اليوم الاثنين، بين شبان وجنود الاحتلال عند مدخل بيتا جنوبي نابلس، وأصيب فيها عشرات.\n"
                 "وشيع الأهالي الشاب الذي قتل، أمس الأحد، برصاص قوات الاحتلال خلال مواجهات اندلعت في مدينة نابلس.")
    assert "2024-02-12" in [r[1] for r in rows if r[0] == "Battles" or r[0] == "Protests" or r[0] == "Riots"], rows
