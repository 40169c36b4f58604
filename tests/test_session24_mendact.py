"""Session 24 (mendact): the worse records of this session's actor and duplicate rules, narrowed.  A record of "the
resistance" at one quarter of a town does not fold into a faction's record at another quarter of it; an army unit
named in a soldier's title ("قائد سرية في لواء X") is no doer of the act that hit him."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, one_record, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 5)  # a Tuesday


def test_unit_in_a_soldiers_title_is_no_doer() -> None:
    r = one_record("أقر الإعلام العبري اليوم الثلاثاء بمقتل ضابط إسرائيلي هو \"قائد سرية في لواء جفعاتي\" وإصابة "
                   "4 جنود بجروح جراء انفجار عبوة ناسفة في طولكرم.", DAY)
    assert r["sub_event_type"] == "Remote explosive/landmine/IED"
    assert r["actor1"] == "Unidentified Armed Group (Palestine)"
    assert r["actor2"] == "Military Forces of Israel (2009-)"


def test_unit_as_the_force_that_raids_is_still_israel() -> None:
    rows = record_rows("اقتحمت قوة من لواء جفعاتي اليوم الثلاثاء بلدة قباطية واعتقلت ثلاثة شبان.", DAY)
    assert any(r["actor1"] == "Military Forces of Israel (2009-)" for r in rows), rows


def test_raid_met_by_fighters_still_gets_the_resistance() -> None:
    r = one_record("اقتحمت قوات الاحتلال اليوم الثلاثاء بلدة حوارة وتصدى لها مقاومون بإطلاق النار.", DAY)
    assert r["actor1"] == "Military Forces of Israel (2009-)"
    assert r["actor2"] == "Unidentified Armed Group (Palestine)"


def test_resistance_at_another_quarter_is_no_twin_of_the_faction() -> None:
    doc = article_doc("المقاومة تقصف تجمعات الاحتلال شرقي مدينة غزة\n"
                      "قصفت المقاومة الفلسطينية اليوم الثلاثاء تجمعات جنود الاحتلال شرقي مدينة غزة برشقة صاروخية.\n"
                      "ودكت كتائب المقاومة الوطنية اليوم الثلاثاء الآليات الإسرائيلية المتوغلة شمال غرب غزة بقذائف "
                      "الهاون.", DAY)
    rows = [r for r in records(doc) if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert sorted(str(r["actor1"]) for r in rows) == [
        "DFLP: Democratic Front for the Liberation of Palestine", "Unidentified Armed Group (Palestine)"]


def test_resistance_at_the_same_quarter_folds_into_the_faction() -> None:
    doc = article_doc("المقاومة تقصف آليات الاحتلال شمال غرب غزة\n"
                      "ودكت كتائب المقاومة الوطنية اليوم الثلاثاء الآليات الإسرائيلية المتوغلة شمال غرب غزة بقذائف "
                      "الهاون.", DAY)
    rows = [r for r in records(doc) if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert [r["actor1"] for r in rows] == ["DFLP: Democratic Front for the Liberation of Palestine"]
