"""Session 13 (actors of events in Syria): a dual base noun shared by two named bases ("قاعدتي X وY") is a base
of the actor that holds either of them (``aliases.tsv``) or of the state whose dual adjective closes the list,
so that actor is the target; forces or units in the construct right after an attack verb ("استهدفت قوات
المقاومة", "قصفت وحدات الجيش") are its subject, so their actor is the attacker, but not after a relative pronoun
("القصف، الذي استهدف القوات X": X is what the antecedent hit); and drone aviation with a
nationality ("الطيران المسير الإسرائيلي") names that state's forces.  A named base takes the adjective after a
name of up to three words ("قاعدة "X Y" الأميركية"), not one of a border ("المتاخمة للحدود اللبنانية")."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 1, 20)
US = "Military Forces of the United States (2021-)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_two_known_bases_under_one_dual_noun_are_the_us_forces() -> None:
    rows = _rows("أعلنت المقاومة الإسلامية في العراق اليوم أنها قصفت قاعدتي التنف والشدادي في سوريا بعدة صواريخ.")
    assert rows
    assert all(r["actor1"] == "Islamic Resistance in Iraq" and r["actor2"] == US for r in rows)


def test_dual_bases_with_quoted_names() -> None:
    rows = _rows('وقصفت فصائل عراقية مسلحة صباح اليوم قاعدتي "خراب الجير" و"الشدادي" شرقي سوريا بالصواريخ.')
    assert rows and all(r["actor2"] == US for r in rows)


def test_dual_adjective_names_the_state_of_both_bases() -> None:
    rows = _rows("استهدفت المقاومة الإسلامية في العراق اليوم بطائرات مسيرة قاعدتي خربة عدنان والمالكية "
                 "الأميركيتين في ريف الحسكة.")
    assert rows and all(r["actor2"] == US for r in rows)


def test_forces_of_the_resistance_after_the_verb_are_the_attacker() -> None:
    rows = _rows("وفي وقت لاحق استهدفت قوات المقاومة قاعدة التنف بعدد من الصواريخ.")
    assert rows and all(r["actor1"] and r["actor1"] != US and r["actor2"] == US for r in rows)


def test_army_units_after_the_verb_are_the_attacker() -> None:
    rows = _rows("استهدفت وحدات الجيش السوري مواقع المسلحين في ريف حماة الشمالي.")
    assert rows and rows[0]["actor1"] == "Military Forces of Syria (2000-2024)"


def test_drone_aviation_with_a_nationality_is_that_state() -> None:
    rows = _rows("أعلنت المقاومة الإسلامية في العراق ضرب قاعدة للطيران المسير الإسرائيلي في الجولان المحتل "
                 "بطائرة مسيرة.")
    assert rows and rows[0]["actor2"] == "Military Forces of Israel (2009-)"


def test_attack_verb_after_a_relative_pronoun_hits_the_actor_after_it() -> None:
    rows = _rows("تبنت المقاومة الإسلامية في العراق، القصف بالمسيرات، الذي استهدف القوات الأميركية في قاعدة "
                 "تل بيدر بريف الحسكة، مؤكدة إصابة الأهداف.")
    assert rows and all(r["actor1"] == "Islamic Resistance in Iraq" and r["actor2"] == US for r in rows)


def test_two_word_base_name_before_the_state_adjective() -> None:
    rows = _rows('قصفت طائرات مسيرة مجهولة قاعدة "تل السمر" الأميركية في ريف الحسكة الشرقي فجر اليوم.')
    assert rows and all(r["actor2"] == US for r in rows)
    # the adjective of a border after the name is not the owner of the position
    rows = _rows('قصف حزب الله ثكنة "زرعيت" المحاذية للحدود اللبنانية بالصواريخ.')
    assert rows and not any(str(r["actor2"]).startswith("Military Forces of Lebanon") for r in rows)


def test_dual_bases_with_a_place_after_the_first_known_name() -> None:
    rows = _rows('وقصفت المقاومة الإسلامية في العراق أيضاً قاعدتي "الشدادي" جنوب الحسكة و"التنف" بالصواريخ.')
    assert rows and all(r["actor2"] == US for r in rows)
