"""Session 21 (am9): actors in Al Mayadeen's voice — the doer named as the first complement of the verbal noun of
"قام بـ" or "أقدم على" ("ردّاً على قيام الجماعات المسلحة بإطلاق مسيّرات …", "جراء إقدام مسلحين على …") is the
act's agent, also inside a phrase of reply whose other mentions are the sides hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 7)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_doer_after_qiyam_inside_a_reply_phrase_is_the_attacker() -> None:
    rows = _rows("وقال المصدر إن القصف جاء ردا على قيام الجماعات المسلحة بإطلاق طائرات مسيرة باتجاه مدينة السقيلبية، "
                 "ما أدى إلى إصابة 5 مدنيين.")
    assert rows and rows[0]["inter1"] == 2 and rows[0]["inter2"] == 7
    assert "الجماعات المسلحة" in rows[0]["actor1_mentions"]


def test_doer_after_qiyam_with_a_shelling_noun() -> None:
    rows = _rows("وأوضح المصدر أن ذلك يأتي رداً على قيام المسلحين بقصف مدينة محردة بالقذائف الصاروخية، "
                 "ما أسفر عن إصابة 3 مدنيين.")
    assert rows and rows[0]["inter1"] in (2, 3) and rows[0]["inter2"] == 7
    assert "المسلحين" in rows[0]["actor1_mentions"]


def test_reply_phrase_without_qiyam_keeps_the_target_guard() -> None:
    """Guard (passes on the old code): the side named after a plain reply phrase is the side the reply hits."""
    rows = _rows("قصف الجيش السوري مواقع في البارة ردا على قيام الجماعات المسلحة بإطلاق طائرات مسيرة على مدينة "
                 "السقيلبية.")
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 2


def test_suicide_drones_after_qiyam_keep_the_doer() -> None:
    rows = _rows("وجاء ذلك ردا على قيام الجماعات الإرهابية بإطلاق طائرات مسيرة انتحارية نحو بلدة محردة، ما أدى إلى "
                 "جرح 4 مدنيين.")
    assert rows and rows[0]["inter1"] in (2, 3) and rows[0]["inter2"] == 7
    assert rows[0]["sub_event_type"] == "Air/drone strike"


def test_passive_target_with_a_relative_clause_names_the_attacker() -> None:
    rows = _rows("تعرضت مواقع في محيط مدينة الميادين، أمس، لعدوان جوي نفذته طائرات تابعة لقوات الاحتلال الأميركي، "
                 "ما أدى إلى استشهاد 3 جنود من الجيش السوري.", dt.date(2024, 2, 4))
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 1
    assert "قوات الاحتلال الأميركي" in rows[0]["actor1_mentions"]


def test_masculine_relative_verb_of_an_attack_by_aircraft() -> None:
    rows = _rows("استشهد مدنيان جراء قصف جوي شنه طيران تابع للقوات الروسية على أطراف مدينة جسر الشغور.")
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 7
