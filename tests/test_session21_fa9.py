"""Session 21 (fa9): Al Mayadeen's Syria desk in fresh articles — the weak noun of aggression with aircraft for its
doer ("عاود الطيران الإسرائيلي اعتداءه على …") is an air strike; Jabal al-Bishri is a place of the Badia; a relative
clause of a place's witnessing ("إلى بلدة X، التي شهدت أمس مواجهات") places and dates its own act, not the act told
before it; a clause with no pronoun that says who a victim was ("عنصراً سابقاً كان قد انضم إلى التسوية") is neither a
change of group nor a recall that makes the killing background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 4, 2)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_aircraft_renewing_their_aggression_is_an_air_strike() -> None:
    rows = _rows("وبعد ساعة، عاود الطيران الإسرائيلي اعتداءه مستهدفاً محيط مطار الشعيرات في ريف حمص.")
    assert _types(rows) == [("Explosions/Remote violence", "Air/drone strike")]


def test_aircraft_carrying_out_an_aggression_is_an_air_strike() -> None:
    rows = _rows("نفذ سلاح الجو الإسرائيلي اعتداء على محيط مدينة مصياف في ريف حماة فجر اليوم.")
    assert _types(rows) == [("Explosions/Remote violence", "Air/drone strike")]


def test_aggression_of_soldiers_stays_on_the_ground() -> None:
    # guard: no aircraft is the doer, the weak word keeps its ground reading
    rows = _rows("أصيب شاب باعتداء جنود الاحتلال عليه في بلدة نوى بريف درعا.")
    assert all(r["sub_event_type"] != "Air/drone strike" for r in rows)


def test_jabal_bishri_is_a_place_of_the_badia() -> None:
    rows = _rows("شنت الطائرات الحربية الروسية غارات على مخابئ خلايا داعش في جبال البشري، ما أدى إلى مقتل 5 منهم.",
                 dt.date(2023, 11, 15))
    assert [r["location"] for r in rows] == ["Jabal al-Bishri"]


def test_destination_with_a_relative_clause_of_witnessing_is_the_scene() -> None:
    rows = _rows("استقدمت قسد تعزيزات عسكرية من محافظة الحسكة إلى بلدة البصيرة، التي شهدت أمس الاثنين مواجهات "
                 "أسفرت عن مقتل خمسة عناصر من قسد.", dt.date(2023, 9, 5))
    clash = [r for r in rows if r["event_type"] == "Battles"]
    assert [(r["location"], r["event_date"]) for r in clash] == [("Basira", "2023-09-04")]


def test_relative_clause_time_does_not_date_the_act_before_it() -> None:
    rows = _rows("ودفع الجيش بتعزيزات إلى مدينة جاسم التي تعرضت مساء الجمعة لهجوم بالقذائف أدى إلى إصابة طفلين.\n"
                 "وقال مصدر محلي إن الوضع هادئ اليوم.", dt.date(2024, 5, 20))
    strike = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert [(r["location"], r["event_date"]) for r in strike] == [("Jasim", "2024-05-17")]
    assert all(r["event_date"] != "2024-05-17" for r in rows if r["event_type"] == "Strategic developments")


def test_victim_who_had_joined_the_settlement_is_no_change_of_group() -> None:
    rows = _rows("اغتال مسلحون مجهولون، مساء أمس، عنصراً سابقاً في الفصائل كان قد انضم إلى التسويات، بإطلاق النار "
                 "عليه في مدينة طفس بريف درعا.", dt.date(2024, 5, 20))
    assert _types(rows) == [("Violence against civilians", "Attack")]
    assert not rows[0]["historical"]


def test_victim_aside_after_a_comma_keeps_the_killing_news() -> None:
    rows = _rows("قُتل مساء أمس قيادي سابق في المعارضة، كان قد انضم إلى صفوف الفرقة الرابعة، برصاص مجهولين في مدينة "
                 "جاسم.", dt.date(2024, 5, 20))
    assert len(rows) == 1 and not rows[0]["historical"] and rows[0]["event_date"] == "2024-05-19"


def test_pluperfect_of_its_own_clause_stays_background() -> None:
    # guard: "وكان … قد انضم" opens a clause of its own, a recall
    rows = _rows("وكان القيادي قد انضم إلى صفوف الفرقة الرابعة في مدينة جاسم عام 2019.", dt.date(2024, 5, 20))
    assert all(r["historical"] for r in rows)
