"""Session 21 (tg9): the side an attack or a clash hits is its actor2 — a unit of the ministry's forces owned by "لـ"
("كمين لدورية تابعة للأمن الداخلي", "هجوم على حاجز للأمن الداخلي"), one local faction ("حاجز لفصيل محلي"), and in a
clash the armed side fought rather than the people a toll counts before it (ACLED: civilians are never a side of a
battle)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 11)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_patrol_owned_by_internal_security_is_the_side_hit() -> None:
    rows = _rows("نصبت مجموعة مسلحة كميناً لدورية تابعة للأمن الداخلي قرب مدينة جبلة مساء الإثنين، ما أدى إلى مقتل "
                 "عنصرين.")
    assert rows and rows[0]["event_type"] == "Battles"
    assert rows[0]["inter2"] == 1 and any("لأمن الداخلي" in m for m in rows[0]["actor2_mentions"])


def test_checkpoint_of_internal_security_hit_by_a_bomb() -> None:
    rows = _rows("انفجرت عبوة ناسفة بحاجز للأمن الداخلي عند مدخل بلدة نمر صباح اليوم، وأصيب عنصر بجروح.")
    assert rows and rows[0]["event_type"] == "Explosions/Remote violence"
    assert rows[0]["inter2"] == 1 and rows[0]["inter1"] != 1


def test_internal_security_of_the_kurdish_forces_keeps_its_longer_name() -> None:
    """Guard (passes on the old code): "قوى الأمن الداخلي" is matched as a whole, before the shorter form."""
    rows = _rows("هاجم مسلحون دورية تابعة لقوى الأمن الداخلي في مدينة القامشلي مساء الإثنين.")
    assert rows and any("قوى الأمن الداخلي" in m for m in rows[0]["actor2_mentions"])


def test_one_local_faction_is_the_side_hit() -> None:
    rows = _rows("هاجم مسلحون مجهولون حاجزاً لفصيل محلي عند مدخل بلدة القريا ليل الأحد، ما أسفر عن مقتل عنصرين من "
                 "الفصيل.")
    assert rows and rows[0]["inter1"] == 3
    assert rows[0]["inter2"] == 4 and any("فصيل محلي" in m for m in rows[0]["actor2_mentions"])


def test_clash_names_the_force_fought_not_the_toll_before_it() -> None:
    rows = _rows("وبلغ عدد الشهداء في طولكرم 5 فلسطينيين منذ الصباح، بينما واجه المقاومون توغل قوات الاحتلال "
                 "في البلدة، ودارت اشتباكات مسلحة استمرت ساعات.", dt.date(2023, 11, 9))
    battles = [r for r in rows if r["event_type"] == "Battles"]
    assert battles and battles[0]["inter2"] == 8 and battles[0]["civilian_targeting"] == ""


def test_attack_on_people_with_no_armed_side_stays_civilian() -> None:
    """Guard (passes on the old code): with no armed side fought, the people hit stay the attack's civilians."""
    rows = _rows("أطلق مسلحون مجهولون النار على شابين في مدينة طفس مساء الإثنين، ما أدى إلى مقتل أحدهما.")
    assert rows and rows[0]["inter2"] == 7
