"""Session 14 (Yemen and the Red Sea): the Houthis by name are the Sanaa forces, ACLED's "Military
Forces of Yemen (2017-) Houthi"; a force that announces an act through its spokesman ("أعلن المتحدث باسم X، العميد
…، استهداف سفينة …", "المتحدث باسم X يعلن تنفيذ عملية …") did that act, as when it announces it itself, and so
does a branch of it that the spokesman's "أنّ" clause names ("… أن القوات البحرية استهدفت …"); a spokesman who
admits a loss ("أقرّ المتحدث باسم X بسقوط طائرة") stays a source."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 20)
HOUTHI = "Military Forces of Yemen (2017-) Houthi"
ISRAEL = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_the_houthis_by_name_are_the_houthi_forces() -> None:
    rows = _rows("واستهدف الحوثيون صباح اليوم سفينة تجارية في البحر الأحمر بعدد من الصواريخ.")
    assert rows and rows[0]["actor1"] == HOUTHI


def test_spokesman_announcing_an_attack_noun_names_the_attacker() -> None:
    rows = _rows("وأعلن المتحدث باسم القوات المسلحة اليمنية، العميد فلان الفلاني، اليوم، استهداف سفينة نفط "
                 "بريطانية في خليج عدن بعدد من الصواريخ.")
    assert rows and rows[0]["actor1"] == HOUTHI


def test_spokesman_in_headline_order_names_the_attacker() -> None:
    rows = _rows("المتحدث باسم القوات المسلحة اليمنية يعلن استهداف سفينة إسرائيلية في بحر العرب بالصواريخ.")
    assert rows and rows[0]["actor1"] == HOUTHI


def test_branch_in_the_spokesmans_clause_is_his_force() -> None:
    rows = _rows("وأعلن المتحدث باسم القوات المسلحة اليمنية أن القوات البحرية استهدفت سفينة إسرائيلية في "
                 "بحر العرب بعدد من الصواريخ.")
    assert rows and rows[0]["actor1"] == HOUTHI


def test_army_spokesman_announcing_strikes_is_the_army() -> None:
    rows = _rows("وأعلن المتحدث باسم الجيش الإسرائيلي استهداف مواقع لحزب الله في جنوب لبنان.")
    assert rows and rows[0]["actor1"] == ISRAEL

