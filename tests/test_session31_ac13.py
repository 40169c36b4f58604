"""Session 31 (act31, sides named outside the act's own sentence): a force's units named by its pronoun ("قالت وزارة
الدفاع إن وحداتها …", "وتابع المصدر أن وحداته ردّت …") are the force the article named before; the next sentence of the
paragraph that tells whose the weapon was ("والقذائف أطلقتها قوات النظام", "فإنّ المسيّرة تابعة للتحالف الدولي") names
the doer an act left unsaid; a former member of Daraa's settlement factions ("عنصر سابق في فصائل التسوية") is a
civilian victim, and the phrase is the side's mention."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 5, 12)  # a Thursday


def test_units_named_by_the_ministrys_pronoun_are_its_forces() -> None:
    text = ("أصدرت وزارة الدفاع السورية بياناً اليوم الخميس عن الوضع في ريف إدلب الجنوبي. "
            "وقالت الوزارة إن وحداتها قصفت مواقع المسلحين في محيط بلدة إحسم.")
    rows = record_rows(text, DAY)
    assert rows and rows[0]["inter1"] == 1
    assert "وحداتها" in rows[0]["actor1_mentions"]


def test_units_named_by_the_armys_pronoun_after_its_name() -> None:
    text = ("أفاد مصدر عسكري بأن المسلحين قصفوا اليوم الخميس نقاط الجيش السوري قرب بلدة الزيارة. "
            "وقال المصدر إن وحداته ردّت بقصف مدفعي على مواقع المسلحين في بلدة إحسم.")
    rows = [r for r in record_rows(text, DAY) if r["location"] == "Ehsem"]
    assert rows and rows[0]["inter1"] == 1
    assert "وحداته" in rows[0]["actor1_mentions"]


def test_the_next_sentence_that_owns_the_drone_names_the_doer() -> None:
    text = ("استُهدفت سيارة مدنية مساء الخميس قرب مدينة البوكمال بصاروخ من طائرة مسيّرة، ما أدى إلى مقتل شخصين. "
            "وبحسب مصادر محلية، فإنّ المسيّرة تابعة للتحالف الدولي الذي تقوده واشنطن.")
    rows = record_rows(text, DAY)
    assert rows and rows[0]["inter1"] == 8
    assert rows[0]["actor1"] == "Global Coalition Against Daesh"


def test_an_owner_told_by_no_weapon_word_names_no_doer() -> None:
    text = ("استُهدفت سيارة مدنية مساء الخميس قرب مدينة البوكمال بصاروخ من طائرة مسيّرة، ما أدى إلى مقتل شخصين. "
            "وتنتشر في المنطقة قوات التحالف الدولي منذ سنوات.")
    rows = record_rows(text, DAY)
    assert rows and rows[0]["inter1"] != 8


def test_a_former_member_of_the_settlement_factions_is_a_civilian() -> None:
    rows = record_rows("أطلق مسلحون مجهولون النار على عنصر سابق في فصائل التسوية أمام منزله في مدينة جاسم يوم "
                       "الخميس، ما أدى إلى مقتله.", DAY)
    assert rows and rows[0]["inter2"] == 7
    assert any("فصائل التسوية" in m for m in rows[0]["actor2_mentions"])
