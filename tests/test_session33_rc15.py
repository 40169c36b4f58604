"""Session 33 (rc15): a recalled act whose side is named only as "the same" force ("وكانت القوات ذاتها قد قصفت …",
"استهداف القاعدة نفسها", "الدورية نفسها") takes the force the article named before with that very noun, as the
mention's first word or as the noun it stands in construct after ("قوات النظام", "قاعدة الاحتلال الأميركي",
"دورية للفرقة الرابعة"); a noun no named force opened ("البلدة نفسها", "اليوم ذاته") names no side.  A sentence
that negates "the first" and goes on to tell an earlier act by its own verb recalls that act, a side named or not."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 6, 20)  # a Tuesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_same_forces_in_a_pluperfect_recall() -> None:
    text = ("قصفت قوات النظام السوري اليوم الثلاثاء بلدة سرمين بقذائف المدفعية، ما أدى إلى مقتل رجل. "
            "وكانت القوات ذاتها قد قصفت في العاشر من الشهر الجاري أطراف مدينة أريحا بالصواريخ، ما أدى إلى إصابة امرأة.")
    rows = [r for r in _rows(text) if r["location"] == "Ariha"]
    assert rows and rows[0]["historical"]
    assert rows[0]["inter1"] == 1
    assert "القوات ذاتها" in rows[0]["actor1_mentions"]


def test_same_base_is_the_side_hit_before() -> None:
    text = ("استهدفت المقاومة الإسلامية في العراق اليوم الثلاثاء قاعدة الاحتلال الأميركي في الشدادي بطائرة مسيّرة. "
            "وكانت المقاومة قد أعلنت يوم الخميس الماضي استهداف القاعدة ذاتها برشقة صاروخية.")
    rows = [r for r in _rows(text) if r["historical"]]
    assert rows and rows[0]["inter2"] == 8
    assert "القاعدة ذاتها" in rows[0]["actor2_mentions"]


def test_same_patrol_named_in_construct_before() -> None:
    text = ("انفجرت عبوة ناسفة اليوم الثلاثاء بدورية للفرقة الرابعة قرب مدينة طفس. "
            "وكان مسلحون مجهولون قد هاجموا الدورية نفسها الأسبوع الماضي قرب بلدة المزيريب.")
    rows = [r for r in _rows(text) if r["location"] == "Mzeireb"]
    assert rows and rows[0]["inter2"] == 1
    assert "الدورية نفسها" in rows[0]["actor2_mentions"]


def test_same_town_names_no_side() -> None:
    text = ("قصفت قوات النظام السوري اليوم الثلاثاء بلدة سرمين، ما أدى إلى مقتل رجل. "
            "وكانت البلدة نفسها قد تعرضت الأسبوع الماضي لقصف مماثل.")
    for r in _rows(text):
        assert not any("البلدة نفسها" in m for m in [*r["actor1_mentions"], *r["actor2_mentions"]])
