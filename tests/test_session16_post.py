"""Session 16 (Syria after 2024-12-08): the transitional government's General Security ("الأمن العام") is a state
force and the fallen regime's armed remnants ("فلول النظام") are not (they are not the new state's army); a sentence
that opens on a turn to another incident ("وفي حادثة منفصلة، …") near another town is an event of its own; the base
of a reporter of an outlet with a name of several words ("مراسل عنب بلدي في درعا") is no event place."""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

_DAY = dt.date(2025, 3, 7)


def _sides(text: str) -> list[tuple[str, int, str, int]]:
    return [(str(r["actor1"]), int(str(r["inter1"])), str(r["actor2"]), int(str(r["inter2"])))
            for r in record_rows(text, _DAY)]


def test_remnants_attacking_general_security_are_not_the_new_army() -> None:
    got = _sides("قُتل خمسة عناصر من الأمن العام، أمس الخميس، في هجوم شنّه فلول النظام على حاجز في مدينة بانياس.")
    assert got
    names = {n for a1, _i1, a2, _i2 in got for n in (a1, a2)}
    assert "Military Forces of Syria (2024-)" not in names
    assert any(1 in (i1, i2) and 3 in (i1, i2) for _a1, i1, _a2, i2 in got)


def test_remnants_of_assad_in_an_ambush_and_general_security_administration() -> None:
    got = _sides("نصبت مجموعة من فلول الأسد كميناً لدورية تابعة لإدارة الأمن العام قرب تلكلخ، أمس، ما أدى إلى "
                 "مقتل عنصرين.")
    assert got and all("Military Forces of Syria (2024-)" not in (a1, a2) for a1, _i1, a2, _i2 in got)
    assert any(a == "Police Forces of Syria (2024-)" for a1, _i1, a2, _i2 in got for a in (a1, a2))


def test_general_security_arrests_remnants_in_a_sweep() -> None:
    rows = record_rows("ألقت إدارة الأمن العام، أمس الخميس، القبض على ضابط من فلول النظام البائد خلال حملة تمشيط في "
                       "ريف حمص الغربي.", _DAY)
    assert rows and rows[0]["sub_event_type"] == "Arrests"
    assert rows[0]["actor1"] == "Police Forces of Syria (2024-)" and rows[0]["inter1"] == 1


def test_a_separate_incident_near_another_town_is_its_own_event() -> None:
    text = ("قُتل ستة عناصر من الأمن العام، مساء الخميس، في هجوم لمسلحين على حاجز في مدينة جبلة.\n\n"
            "وفي حادثة منفصلة، تعرضت دورية للأمن العام لكمين قرب مدينة القرداحة، ما أدى إلى مقتل عنصرين.")
    places = sorted(record_places(text, _DAY))
    assert places == ["Al-Qardaha", "Jablah"]


def test_another_operation_near_another_town_is_its_own_event() -> None:
    text = ("قُتل ثلاثة جنود، مساء الخميس، في هجوم لمسلحين على حاجز في مدينة جبلة.\n\n"
            "وفي عملية أخرى، تعرضت دورية لهجوم قرب مدينة القرداحة، ما أدى إلى مقتل جندي.")
    places = sorted(record_places(text, _DAY))
    assert places == ["Al-Qardaha", "Jablah"]


def test_the_base_of_a_reporter_of_a_two_word_outlet_is_not_the_place() -> None:
    text = ("قُتل تسعة مسلحين من أبناء مدينة نوى، ليل الأربعاء، في اشتباك مع قوة إسرائيلية توغلت غرب المدينة.\n\n"
            "وقال مراسل عنب بلدي في درعا إن رتلاً إسرائيلياً تقدم نحو أطراف المدينة فاشتبك معه شبان مسلحون.")
    places = set(record_places(text, _DAY))
    assert places == {"Nawa"}


def test_the_base_of_a_syria_tv_reporter_is_not_the_place() -> None:
    text = "وقال مراسل تلفزيون سوريا في حمص إن مسلحين هاجموا، أمس الخميس، حاجزاً في مدينة الرستن وقتلوا عنصرين."
    places = set(record_places(text, _DAY))
    assert places == {"Ar-Rastan"}


def test_guard_the_reporter_of_a_one_word_outlet_still_is_not_the_place() -> None:
    """Pure guard (old behaviour kept): "مراسل الميادين في X"."""
    text = "وقال مراسل الميادين في حمص إن مسلحين هاجموا، أمس الخميس، حاجزاً في مدينة الرستن وقتلوا عنصرين."
    places = set(record_places(text, _DAY))
    assert places == {"Ar-Rastan"}


def test_guard_lebanese_general_security_keeps_its_name() -> None:
    """Pure guard: "الأمن العام اللبناني" stays Lebanon's force."""
    rows = record_rows("اعتقل الأمن العام اللبناني، أمس الخميس، ثلاثة مسلحين في بلدة عرسال.", _DAY)
    assert all("Syria" not in str(r["actor1"]) for r in rows)


def test_ministry_of_defence_forces_fight_remnants() -> None:
    got = _sides("اندلعت اشتباكات، أمس الخميس، بين قوات وزارة الدفاع ومسلحين من فلول النظام في ريف جبلة، قتل فيها "
                 "أربعة عناصر.")
    assert got and {a for a1, _i1, a2, _i2 in got for a in (a1, a2)} == {
        "Military Forces of Syria (2024-)", "Former Regime Loyalists (Syria)"}


def test_members_of_the_former_regime_are_the_target_of_internal_security() -> None:
    got = _sides("استهدفت قوى الأمن الداخلي، أمس الخميس، مجموعة من عناصر النظام السابق في ريف القرداحة وقتلت اثنين "
                 "منهم.")
    assert got and got[0][2] == "Former Regime Loyalists (Syria)" and got[0][3] == 3


def test_guard_a_foreign_ministry_of_defence_is_that_state() -> None:
    """Pure guard: "قوات وزارة الدفاع اليمنية" is not Syria's army."""
    got = _sides("هاجمت قوات وزارة الدفاع اليمنية، أمس الخميس، مواقع لمسلحين في مدينة تعز.")
    assert got and all("Syria" not in a1 and "Syria" not in a2 for a1, _i1, a2, _i2 in got)
