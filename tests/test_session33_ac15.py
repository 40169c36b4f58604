"""Session 33 (ac15): an air or drone strike whose own sentence names no attacker takes the state the next sentences
name as the aircraft's owner by the definite noun and a nationality adjective as its predicate ("ورجّحت المصادر أن
تكون المسيّرة إسرائيلية", "وقالت إن المسيّرة «تركية»"), never by an attribute ("الطائرة الأمريكية"): the aircraft of
a state named so is often one downed or aimed at.  State media's bare nominative "الإرهابيون" names the armed
opposition in Syria, as its oblique "الإرهابيين" does; in an article set abroad it names no actor."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 20)  # a Wednesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_drone_owner_named_in_the_next_sentence() -> None:
    text = ("قصفت طائرة مسيّرة اليوم الأربعاء سيارة على طريق ترابي قرب بلدة عامودا، فقُتل رجلان كانا فيها. "
            "وقال ناشطون إن المسيّرة «تركية».")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[0]["actor1"] == "Military Forces of Turkey (2016-)"
    assert any("المسيّرة" in m for m in rows[0]["actor1_mentions"])


def test_drone_owner_hedged_as_predicate() -> None:
    text = ("استهدفت طائرة مسيّرة اليوم الأربعاء شاحنة قرب مدينة القصير، ما أدى إلى مقتل سائقها. "
            "ورجّح سكان أن تكون المسيّرة إسرائيلية.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[0]["actor1"] == "Military Forces of Israel (2009-)"


def test_drone_with_no_owner_named_stays_without_attacker() -> None:
    text = ("استهدفت طائرة مسيّرة اليوم الأربعاء شاحنة قرب مدينة القصير، ما أدى إلى مقتل سائقها. "
            "ولم تُعرف الجهة التي تقف وراء الضربة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and not rows[0]["actor1"]


def test_two_owners_named_leave_it_unnamed() -> None:
    text = ("استهدفت طائرة مسيّرة اليوم الأربعاء سيارة قرب بلدة عامودا، فقُتل رجلان. "
            "وقال ناشطون إن المسيّرة تركية، فيما قال آخرون إن الطائرة أمريكية.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and not rows[0]["actor1"]


def test_attributive_aircraft_of_another_state_is_not_the_owner() -> None:
    text = ("استهدفت طائرة مسيّرة اليوم الأربعاء سيارة قرب بلدة عامودا، فقُتل رجلان. "
            "وكانت الدفاعات قد أسقطت الأسبوع الماضي الطائرة الأمريكية في المنطقة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Air/drone strike" and r["location"] == "Amuda"]
    assert rows and rows[0]["actor1"] != "Military Forces of the United States (2021-)"


def test_terrorists_nominative_names_the_opposition() -> None:
    rows = _rows("قصف الإرهابيون اليوم الأربعاء بقذائف الهاون بلدة كنسبا في ريف اللاذقية، ما أدى إلى إصابة مدني.")
    assert rows and rows[0]["actor1"] == "Opposition Rebels (Syria)"
    assert rows[0]["inter1"] == 2


def test_terrorists_nominative_abroad_names_no_actor() -> None:
    text = ("أعلن جهاز الأمن في موسكو اليوم الأربعاء اعتقال تسعة أشخاص في العاصمة الروسية، بينهم الإرهابيون "
            "الثلاثة الذين هاجموا مركزاً تجارياً في ضواحي موسكو.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert all("الإرهابيون" not in str(r["actor1_mentions"]) for r in rows)


def test_hedge_between_commas_names_the_state() -> None:
    rows = _rows("شنّت طائرات حربية، يُرجّح أنها أردنية، فجر اليوم الأربعاء غارات على منزلين في بلدة ملح.")
    rows = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[0]["inter1"] == 8
    assert rows[0]["actor1"].startswith("Military Forces of Jordan")
