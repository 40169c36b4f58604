"""Session 19 (ms7): events told in shapes rasd did not read — a verb of defusing whose subject (the team, its force,
a time) stands between it and the device, two dead told by the dual ("لقي عنصران حتفهما"), a body found with the
marks of shots or torture on it, and a body found after an abduction (the killing, not the abduction)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 17)


def _kinds(text: str) -> list[tuple[str, str, int]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), int(str(r["fatalities"])))
            for r in record_rows(text, DAY)]


def test_defusing_verb_with_its_subject_between_it_and_the_device() -> None:
    rows = _kinds("فكّك عناصر من فوج الهندسة في الجيش السوري صباح اليوم عبوة ناسفة زُرعت قرب دوار بلدة الصنمين.")
    assert ("Strategic developments", "Disrupted weapons use", 0) in rows
    assert not any(sub == "Remote explosive/landmine/IED" for _, sub, _ in rows)


def test_defusing_verb_feminine_with_a_place_and_time_between() -> None:
    # guard: the feminine verb, a trigger of its own, already made the device a disrupted weapon
    rows = _kinds("وفككت وحدات الهندسة في ريف حماة أمس عبوتين ناسفتين على طريق السلمية.")
    assert rows and all(sub == "Disrupted weapons use" for _, sub, _ in rows)


def test_blast_between_the_verb_and_the_device_stays_a_blast() -> None:
    # guard: another act told between the verb and the device keeps the device's blast
    rows = _kinds("فكك فريق الهندسة عبوة أولى، ثم انفجرت عبوة ثانية قرب الحاجز في بلدة المسيفرة اليوم، ما أدى إلى "
                  "مقتل عنصر.")
    assert any(sub == "Remote explosive/landmine/IED" for _, sub, _ in rows)


def test_two_dead_told_by_the_dual_with_the_subject_between() -> None:
    rows = _kinds("اندلعت اشتباكات صباح اليوم بين الجيش ومسلحين في محيط بلدة اللطامنة، لقي خلالها جنديان من الجيش "
                  "حتفهما.")
    assert rows and rows[0][0] == "Battles" and rows[0][2] == 2


def test_body_found_with_bullet_marks_is_a_killing() -> None:
    rows = _kinds("عُثر مساء أمس على جثة رجل في أحد بساتين بلدة الحراك، وعليها آثار رصاص في الصدر.")
    assert rows == [("Violence against civilians", "Attack", 1)]


def test_body_bearing_torture_marks_is_a_killing() -> None:
    rows = _kinds("ووجد أهالي بلدة المليحة الغربية اليوم جثة شاب في الأربعين من عمره تحمل آثار تعذيب.")
    assert rows == [("Violence against civilians", "Attack", 1)]


def test_car_with_bullet_marks_is_no_event() -> None:
    # guard: the marks on a car, no body
    assert _kinds("وشاهد مراسلنا اليوم في بلدة الحراك سيارة عليها آثار رصاص أمام مبنى البلدية.") == []


def test_body_found_after_abduction_is_the_killing() -> None:
    rows = _kinds("عثرت عائلة الشاب صباح اليوم على جثته قرب بلدة المسيفرة، بعد يومين من اختطافه على يد مسلحين "
                  "مجهولين.")
    assert rows and rows[0][:2] == ("Violence against civilians", "Attack") and rows[0][2] == 1


def test_abducted_then_found_dead_is_not_an_abduction() -> None:
    rows = _kinds("اختطف مسلحون مجهولون أمس مدرساً من بلدة الغارية الشرقية، ثم عُثر على جثته صباح اليوم على طريق "
                  "بصرى.")
    assert rows and rows[0][1] == "Attack" and rows[0][2] == 1


def test_body_of_a_drowned_man_is_no_event() -> None:
    # guard: a body found with no abduction and no marks of violence
    assert _kinds("وعثر الدفاع المدني اليوم على جثة رجل غرق في نهر العاصي قرب مدينة جسر الشغور.") == []
