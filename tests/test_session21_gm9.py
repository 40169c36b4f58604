"""Session 21 (gm9): gunmen killing civilians, and counting the victims.  An active killing verb with an armed group
right after it and then its object ("قتل مسلحون مجهولون أربعة مزارعين", "قتل مجهولون طبيبين") is the group's
attack on the people it names, not the group's own dead; the singular victim written in the accusative counts one and
a dual two (not the unnumbered default of three); trades whose plural is no sound one have their duals in
``count_nouns.tsv``; a teacher in the accusative is a civilian; a retired officer of a force ("ضابط متقاعد من …")
is a former member, a civilian (ACLED)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

NEW_ERA = dt.date(2025, 4, 14)


def _one(text: str) -> dict[str, object]:
    rows = record_rows(text, NEW_ERA)
    assert len(rows) == 1, rows
    return rows[0]


def test_counted_victims_after_the_gunmen_are_civilians_attacked() -> None:
    r = _one("قتل مسلحون مجهولون أربعة مزارعين في بلدة المزيريب بريف درعا الغربي، مساء الأحد.")
    assert (r["event_type"], r["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert r["inter1"] == 3 and r["inter2"] == 7
    assert r["fatalities"] == 4


def test_dual_victims_after_the_gunmen_count_two() -> None:
    r = _one("قتل مجهولون طبيبين داخل عيادتهما في مدينة إزرع، فجر اليوم.")
    assert r["event_type"] == "Violence against civilians" and r["inter2"] == 7
    assert r["fatalities"] == 2


def test_dual_shepherds_count_two() -> None:
    r = _one("قتلت عصابة مسلحة راعيين قرب بلدة السخنة في ريف حمص الشرقي.")
    assert r["event_type"] == "Violence against civilians"
    assert r["fatalities"] == 2


def test_accusative_singular_victim_counts_one() -> None:
    r = _one("قتل مسلحون مجهولون شاباً في حي الكاشف بمدينة درعا، ليل السبت.")
    assert r["inter1"] == 3 and r["inter2"] == 7
    assert r["fatalities"] == 1


def test_teacher_in_the_accusative_is_a_civilian() -> None:
    r = _one("اغتال مسلحون مدرّساً أمام منزله في بلدة داعل بريف درعا الأوسط.")
    assert r["inter2"] == 7


def test_retired_officer_is_a_civilian() -> None:
    r = _one("عُثر على جثة ضابط متقاعد من جيش النظام السابق في مدينة حماة، بعد يومين من اختطافه على يد مجهولين.")
    assert (r["event_type"], r["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert r["inter2"] == 7 and r["fatalities"] == 1


def test_counted_members_of_a_force_killed_by_gunmen_are_a_clash() -> None:
    # ACLED: the victims are members of a force, so the gunmen's killing of them is a battle with that force
    r = _one("قتلت مجموعة مسلحة ثلاثة عناصر من الأمن العام في بلدة الكرك الشرقي بريف درعا.")
    assert (r["event_type"], r["sub_event_type"]) == ("Battles", "Armed clash")
    assert r["inter1"] == 3 and r["inter2"] == 1


def test_gunmen_killed_in_a_clash_stay_the_dead() -> None:
    # pure guard: with no object after them, "قتل مسلحون" is the passive, the gunmen the dead
    r = _one("قتل ثلاثة مسلحين في اشتباك مع قوات الأمن العام في ريف حمص الغربي.")
    assert r["event_type"] == "Battles" and r["fatalities"] == 3


def test_dual_in_an_identity_aside_counts_no_more_dead() -> None:
    r = _one("قصفت مدفعية الاحتلال أرضاً زراعية شرقي بلدة عيترون، ما أدى إلى ارتقاء شهيدين، وهما شابان من البلدة.")
    assert r["fatalities"] == 2
