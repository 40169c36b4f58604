"""Session 12 (Syrian news, audit of fresh articles): a strike noun with its adjective or means is the subject of
the attack verb after it, so the force named after the verb is the side hit; an unclaimed attack on a foreign
force's base in an article whose every named attacker of that force is one group is that group's; a singular
verb of dying after the singular relative pronoun counts one dead."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.document import Document
from rasd.events.frames import _one_relative_death
from rasd.events.stage import sentence_contexts
from rasd.pipeline import Pipeline, extract_text

DAY = dt.date(2023, 11, 20)


def _sides(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for _, _, a1, a2 in event_rows(text, DAY)]


def _fatalities(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=DAY).events]


# --- a strike noun and its modifier before the attack verb: the verb's subject -------------------------------

def test_rocket_fire_with_adjective_hits_the_forces_after_the_verb() -> None:
    # "قصف صاروخي استهدف القوات الأميركية": the Americans are hit, they did not fire
    sides = _sides("وأفادت مصادر محلية اليوم بوقوع قصف صاروخي استهدف القوات الأميركية في حقل العمر بريف دير الزور.")
    assert sides and all(a1 != "usa" for a1, _ in sides)
    assert any(a2 == "usa" for _, a2 in sides)


def test_indefinite_shelling_noun_is_the_subject() -> None:
    # the accusative "قصفاً" (after "أنّ") is the subject of the verb too
    sides = _sides("وذكر مراسلنا أنّ قصفاً استهدف القوات الأميركية في قاعدة الشدادي بريف الحسكة الجنوبي صباح اليوم.")
    assert sides and all(a1 != "usa" for a1, _ in sides)
    assert any(a2 == "usa" for _, a2 in sides)


def test_shelling_with_its_means_is_the_subject() -> None:
    # "قصفاً بالصواريخ استهدف": the means between the noun and the verb changes nothing
    sides = _sides("وأكدت مصادر أنّ قصفاً بالصواريخ استهدف القوات الأميركية في حقل كونيكو شرقي دير الزور اليوم.")
    assert sides and all(a1 != "usa" for a1, _ in sides)


def test_verb_subject_order_still_makes_the_forces_the_attacker() -> None:
    # no strike noun before the verb: "استهدفت قوات النظام بلدة …" keeps the army as the attacker
    sides = _sides("واستهدفت قوات النظام بلدة النيرب بريف إدلب الشرقي بقذائف المدفعية اليوم.")
    assert ("syr_gov", "") in sides or any(a1 == "syr_gov" for a1, _ in sides)


# --- an unclaimed attack in a campaign on a foreign force's bases ----------------------------------------------

_CAMPAIGN = ("أعلنت المقاومة الإسلامية في العراق اليوم أنّ مقاتليها استهدفوا قاعدة الاحتلال الأميركي في حقل العمر "
             "النفطي بريف دير الزور بطائرة مسيّرة.\n"
             "ومن جهة أخرى، ذكرت مصادر محلية أنّ انفجارات دوّت داخل قاعدة الاحتلال الأميركي في الشدادي بريف الحسكة "
             "الجنوبي أمس إثر قصف صاروخي.")


def test_unclaimed_attack_on_the_same_force_takes_the_campaign_group() -> None:
    rows = _sides(_CAMPAIGN)
    assert len(rows) >= 2
    assert all(a1 == "iraq_resistance" for a1, a2 in rows if a2 == "usa")


def test_two_named_attackers_leave_the_unclaimed_attack_unidentified() -> None:
    # the article names two different attackers of the American bases: the unclaimed blast stays unidentified
    text = _CAMPAIGN.replace("ومن جهة أخرى", "وقصفت قوات الدفاع الوطني قاعدة الاحتلال الأميركي في خراب الجير "
                             "بريف الحسكة اليوم بالصواريخ.\nومن جهة أخرى")
    rows = _sides(text)
    assert ("iraq_resistance", "usa") in rows and ("syr_ndf", "usa") in rows
    assert ("unidentified", "usa") in rows


# --- one named man who died: one dead ----------------------------------------------------------------------------

def test_singular_relative_death_counts_one() -> None:
    fats = _fatalities("ونعى الحرس القائد حسن، الذي استُشهد في غارة إسرائيلية على دمشق أمس.")
    assert fats == [1]


def test_passive_killed_after_relative_counts_one() -> None:
    fats = _fatalities("ونعت الفصائل القيادي الذي قُتل في تفجير عبوة ناسفة استهدف سيارته في سرمدا أمس.")
    assert fats == [1]


def test_active_killer_after_relative_adds_no_dead() -> None:
    # "الذي قتل" without the damma is the active verb: the gunman who killed, not one more dead
    doc = Pipeline()(Document(id="t", text="وفرّ المسلح الذي قتل المدنيين في الهجوم على السوق أمس.", published=DAY))
    ctx = sentence_contexts(doc)[0]
    a = next(i for i, v in enumerate(ctx.token_values) if v == "قتل")
    assert not _one_relative_death(ctx, a)


# --- the owner of a position that "suffered" an attack is the side hit -----------------------------------------

def test_owner_of_a_base_subjected_to_shelling_is_hit() -> None:
    # "تعرّضت قاعدة الاحتلال الأميركي … لقصف": the base (the verb's subject) is the Americans', who were hit
    sides = _sides("وفي سياق متصل، تعرّضت قاعدة الاحتلال الأميركي في حقل كونيكو بريف دير الزور لقصف صاروخي مساء أمس.")
    assert sides and all(a1 != "usa" for a1, _ in sides)
    assert any(a2 == "usa" for _, a2 in sides)


def test_owner_after_lam_of_a_post_subjected_to_shelling_is_hit() -> None:
    sides = _sides("وتعرّضت نقطة للجيش التركي في ريف حلب الشمالي لقصف مدفعي اليوم.")
    assert sides and all(a1 != "tur" for a1, _ in sides)
    assert any(a2 == "tur" for _, a2 in sides)
