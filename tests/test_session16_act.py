"""Session 16 (ACTX): actors in outlet-style articles — factions of one side fighting each other, a weapon
that is the subject of the attack verb and belongs to its owner, and a name glossed in brackets."""

from __future__ import annotations

import datetime as dt

from helpers import violent_events

DAY = dt.date(2022, 10, 11)


def _sides(text: str, on: dt.date = DAY) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "",
             list(e.actor1_mentions), list(e.actor2_mentions)) for e in violent_events(on, text)]


def test_two_factions_of_one_side_between() -> None:
    rows = _sides('اندلعت مساء الاثنين اشتباكات بين "فرقة الحمزة" و"الفيلق الثالث" داخل مدينة الباب في ريف حلب.')
    assert len(rows) == 1
    a1, a2, m1, m2 = rows[0]
    assert a1 == a2 == "sna"
    assert m1 == ["فرقة الحمزة"] and m2 == ["الفيلق الثالث"]


def test_two_factions_after_a_group_noun() -> None:
    rows = _sides("دارت أمس مواجهات عنيفة بين فصيلي الجبهة الشامية وفرقة السلطان مراد في بلدة جنديرس.")
    assert rows and rows[0][1] == "sna"
    assert rows[0][3] and rows[0][3] != rows[0][2]


def test_state_and_ally_between_unchanged() -> None:
    # guard: a state force and its ally are never two sides (the rule is for non-state factions only)
    rows = _sides("اندلعت اشتباكات بين قوات النظام وحزب الله في القصير أمس.")
    assert all(r[1] == "" for r in rows)


def test_weapon_subject_belongs_to_attacker() -> None:
    rows = _sides("استهدفت طائرة مسيّرة انتحارية تابعة لقوات النظام سيارة مدنية قرب مدينة سرمين، ما أدى إلى إصابة رجل.")
    assert rows and rows[0][0] == "syr_gov"


def test_artillery_subject_after_conjunction() -> None:
    rows = _sides("وقصفت مدفعية تابعة للجيش التركي قرية في ريف تل تمر أمس، ما أدى لمقتل مدني.")
    assert rows and rows[0][0] == "tur" and rows[0][1] == "civilians"


def test_downed_drone_owner_stays_target() -> None:
    # guard: a drone destroyed or downed is the owner's, who is hit, not the attacker
    rows = _sides("دمرت الدفاعات الجوية أمس سبع طائرات مسيرة تابعة للفصائل في ريف إدلب.")
    assert all(r[0] != "rebels" for r in rows)


def test_bracket_gloss_names_the_actor() -> None:
    rows = _sides("قتل عنصر من قوى الأمن الداخلي (الأسايش)، مساء الأربعاء، بهجوم شنه مسلحون مجهولون على نقطة أمنية "
                  "في مدينة الحسكة.", dt.date(2024, 5, 9))
    assert rows and "asayish" in (rows[0][0], rows[0][1])
    assert "syr_police" not in (rows[0][0], rows[0][1])


def test_quoted_bracket_gloss() -> None:
    rows = _sides('هاجم مسلحون مجهولون دورية لقوى الأمن الداخلي ("الأسايش") في القامشلي أمس، ما أدى لمقتل عنصر.',
                  dt.date(2024, 5, 9))
    assert rows and rows[0][1] == "asayish"


def test_unglossed_internal_security_unchanged() -> None:
    # guard: without a gloss the name keeps its lexicon reading
    rows = _sides("أصيب عشرة عناصر من قوى الأمن الداخلي بانفجار عبوة ناسفة في درعا أمس.", dt.date(2024, 5, 9))
    assert rows and rows[0][1] == "syr_police"
