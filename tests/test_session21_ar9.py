"""Session 21 (ar9): a mine or munition left over from past fighting that went off ("انفجار لغم من مخلفات الحرب",
"قذيفة غير منفجرة") has no attacker: no unidentified armed group is named for it, while a planted charge
("عبوة ناسفة") with no named attacker keeps that group; a headline's part folded into the body's report of a
leftover drops the group it was given."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 4)


def _blasts(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["sub_event_type"] == "Remote explosive/landmine/IED"]


def test_mine_left_from_the_war_has_no_attacker() -> None:
    rows = _blasts(record_rows("قُتل طفل اليوم جراء انفجار لغم أرضي من مخلفات الحرب في أطراف بلدة الكرك.", DAY))
    assert rows and rows[0]["inter1"] == 0 and rows[0]["actor1"] == ""


def test_unexploded_shell_has_no_attacker() -> None:
    rows = _blasts(record_rows("أصيب شابان بجروح مساء أمس إثر انفجار قذيفة غير منفجرة قرب مدينة نوى.", DAY))
    assert rows and rows[0]["inter1"] == 0


def test_war_remnant_object_named_after_the_blast_has_no_attacker() -> None:
    rows = _blasts(record_rows("توفي راعٍ صباح اليوم بانفجار جسم من المخلفات الحربية في بادية تدمر.", DAY))
    assert rows and rows[0]["inter1"] == 0


def test_headline_of_a_leftover_mine_folds_without_an_attacker() -> None:
    text = ("لغم يقتل مزارعاً قرب داعل\n"
            "قُتل مزارع صباح اليوم جراء انفجار لغم من مخلفات الحرب أثناء عمله في أرضه غربي مدينة داعل.")
    rows = _blasts(record_rows(text, DAY))
    assert rows and all(r["inter1"] == 0 for r in rows)


def test_guard_planted_charge_keeps_the_unidentified_group() -> None:
    """Pure guard: a roadside bomb on a patrol is still an unidentified group's attack."""
    rows = _blasts(record_rows("أصيب عنصران من الأمن العام اليوم بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة طفس.",
                               DAY))
    assert rows and rows[0]["inter1"] == 3

