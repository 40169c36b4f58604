"""Session 38 (ac20): actors.  Two factions of one side fighting each other stay both sides when the fight also hurt
a passer-by; a unit a force owns, told before its arrest verb, makes the
arrest; "القوات ذاتها" never stands for the regime's remnants a state force hunts; the riot police are police."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 9, 5)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_faction_infighting_with_a_passer_by_hurt_keeps_both_factions() -> None:
    rows = [r for r in _rows("اندلعت مساء الأحد اشتباكات بين فرقة السلطان مراد وفرقة الحمزة في مدينة الباب، ما أسفر "
                             "عن مقتل عنصر من كل طرف وإصابة مدني كان يمر في المكان.")
            if r["event_type"] == "Battles"]
    assert rows
    sides = {tuple(rows[0]["actor1_mentions"]), tuple(rows[0]["actor2_mentions"])}  # type: ignore[arg-type]
    assert sides == {("فرقة السلطان مراد",), ("فرقة الحمزة",)}
    assert rows[0]["inter1"] == 2 and rows[0]["inter2"] == 2


def test_patrol_of_a_branch_before_its_arrest_verb_makes_the_arrest() -> None:
    for text in ("وكانت دورية تابعة لفرع الأمن العسكري قد اعتقلت، مساء الأحد، ثلاثة شبان على حاجز قرب مدينة إزرع.",
                 "دورية تابعة لفرع الأمن العسكري اعتقلت مساء الأحد ثلاثة شبان قرب مدينة إزرع."):
        rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
        assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7
        assert rows[0]["actor1_mentions"] == ["فرع الأمن العسكري"]
    # (a patrol an act word aims at stays the side hit)
    rows = [r for r in _rows("استهدف مسلحون مساء الأحد دورية تابعة لفرع الأمن العسكري قرب مدينة إزرع.")
            if r["event_type"] == "Battles"]
    assert rows and rows[0]["inter2"] == 1




def test_the_same_forces_are_the_state_force_not_the_remnants_it_hunts() -> None:
    text = ("قُتل عنصر من جهاز الأمن العام مساء الاثنين بكمين قرب بلدة بيت ياشوط في ريف جبلة، وقالت مديرية الأمن إن "
            "المهاجمين من مجموعة من فلول النظام البائد.\n\n"
            "وفي اليوم التالي، بدأت القوات ذاتها حملة تمشيط في ناحية الدالية واعتقلت خمسة أشخاص.")
    rows = [r for r in _rows(text, dt.date(2025, 6, 18)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1


def test_forces_belonging_to_a_directorate_are_its_forces_later() -> None:
    text = ("نفذت قوات تابعة لإدارة الأمن العام أمس مداهمات في قرية الدالية بريف جبلة، ضمن حملة تقول إنها تلاحق "
            "فلول النظام البائد.\n\n"
            "واعتقلت القوات ثمانية أشخاص من أهالي القرية.")
    rows = [r for r in _rows(text, dt.date(2025, 6, 18)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1


def test_riot_police_are_the_police() -> None:
    rows = [r for r in _rows("فرّقت قوات مكافحة الشغب أمس بالغاز المسيل للدموع تظاهرة لعشرات الخريجين أمام مبنى "
                             "المحافظة في مدينة الناصرية العراقية.", dt.date(2024, 2, 11))
            if r["event_type"] == "Protests"]
    assert rows
    r = rows[0]
    assert {r["inter1"], r["inter2"]} == {6, 1}
    assert "قوات مكافحة الشغب" in [*r["actor1_mentions"], *r["actor2_mentions"]]  # type: ignore[misc]
