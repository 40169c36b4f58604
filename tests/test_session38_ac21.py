"""Session 38 (ac21): actors.  A clash told later "بين الفصيلين" takes the two factions of one side that an earlier
fight of the report named, each named also by the dual that points back to them; the force whose men open fire
in the verbal noun "إطلاق عناصر حاجز X النار على …" is the shooter, not the side hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 9, 5)  # a Tuesday


def test_clash_between_the_two_factions_takes_the_factions_fought_before() -> None:
    text = ("تجددت مساء الأحد اشتباكات بين فرقة السلطان مراد وفرقة الحمزة في مدينة الباب بريف حلب، ما أسفر عن مقتل "
            "عنصرين.\n\nوكانت مواجهات مشابهة قد وقعت بين الفصيلين في مدينة جرابلس خلال شهر آذار الماضي، قتل فيها "
            "عنصر واحد.")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] == "Battles" and r["location"] == "Jarablus"]
    assert rows
    row = rows[0]
    assert row["inter1"] == 2 and row["inter2"] == 2
    assert "الفصيلين" in row["actor1_mentions"] and "الفصيلين" in row["actor2_mentions"]  # type: ignore[operator]


def test_men_of_a_checkpoint_opening_fire_in_a_verbal_noun_are_the_shooters() -> None:
    text = ("قُتل رجل وأصيب آخر بجروح مساء الأحد إثر إطلاق عناصر حاجز الأمن العسكري عند مدخل بلدة الصنمين النار "
            "على سيارتهما.")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] == "Violence against civilians"]
    assert rows
    assert rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7
    assert "الأمن العسكري" in rows[0]["actor1_mentions"]  # type: ignore[operator]
    # (the fire named first, the men after it: they are the side hit)
    rows = [r for r in record_rows("أصيب عنصران مساء الأحد إثر إطلاق النار على عناصر حاجز الأمن العسكري عند مدخل "
                                   "بلدة الصنمين.", DAY) if r["inter1"] == 1]
    assert not rows
