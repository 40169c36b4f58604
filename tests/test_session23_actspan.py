"""Session 23 (ACTSPAN): a side resolved to a named actor lists, after the words of its own sentences, the other
names the article gives that actor (its names and aliases elsewhere, in text order, at most three), but not a word
the actor stage tied to it by context only, an act or base phrase, a word cut out of "لل…", or any word for a
generic side (unnamed gunmen, civilians)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import norm_key

DAY = dt.date(2024, 1, 20)


def test_party_named_in_another_sentence_joins_the_resistance_side() -> None:
    rows = record_rows("قالت المقاومة الإسلامية في لبنان إن مقاتليها قصفوا صباح السبت تجمعاً لجنود الاحتلال قرب موقع "
                       "المالكية بالصواريخ.\nوأكد حزب الله في بيان منفصل أنه سيواصل دعم غزة.", DAY)
    assert rows and rows[0]["actor1"] == "Hezbollah"
    assert rows[0]["actor1_mentions"][0] == "المقاومة الإسلامية في لبنان"
    assert "حزب الله" in rows[0]["actor1_mentions"]


def test_movement_named_in_the_lead_joins_its_brigades() -> None:
    rows = record_rows("أكدت حركة حماس أنها لن تقبل بأي شروط جديدة.\nوفي الميدان، أعلنت كتائب القسام أن مقاتليها فجروا "
                       "عبوة ناسفة بدبابة للاحتلال شرقي خان يونس، اليوم السبت.", DAY)
    assert rows and rows[0]["actor1"] == "Hamas Movement"
    assert rows[0]["actor1_mentions"][0] == "كتائب القسام"
    assert "حركة حماس" in rows[0]["actor1_mentions"]


def test_army_named_in_a_statement_joins_each_strike() -> None:
    rows = record_rows("قال الجيش الإسرائيلي إنه يواصل عملياته في المنطقة.\nوشنت طائرات الاحتلال غارات على بلدة عيتا "
                       "الشعب، اليوم السبت، ما أدى إلى تدمير منزل. وكانت غارات إسرائيلية قد طالت البلدة أمس.", DAY)
    assert rows and all(r["actor1"] == "Military Forces of Israel (2009-)" for r in rows)
    assert all("الجيش الإسرائيلي" in r["actor1_mentions"] for r in rows)
    # each name once, the side's own words first
    assert all(len(r["actor1_mentions"]) == len(set(r["actor1_mentions"])) for r in rows)
    assert rows[0]["actor1_mentions"][0] == "طائرات الاحتلال"


def test_unnamed_gunmen_take_no_name_from_elsewhere() -> None:
    """Guard (passes on the old code, which listed the evidence's words only): the group a statement names
    elsewhere is not the unnamed attackers' name, nor the anaphoric "التنظيم"."""
    rows = record_rows("أعلن تنظيم داعش مسؤوليته عن سلسلة هجمات في البادية خلال الأسابيع الماضية.\nوقتل ثلاثة رعاة "
                       "برصاص مسلحين في بادية دير الزور، أمس الجمعة. ويرجح أن التنظيم يقف وراء الهجوم.", DAY)
    killed = [r for r in rows if r["actor2"] == "Civilians (Syria)"]
    assert killed
    for r in killed:
        assert not any("داعش" in m or m == "التنظيم" for m in r["actor1_mentions"])
        assert r["actor2_mentions"] == ["رعاة"]


def test_one_name_told_with_a_clitic_is_one_name() -> None:
    from rasd.events.stage import _bare_name

    assert _bare_name("للجيش السوري") == _bare_name("الجيش السوري") == _bare_name("والجيش السوري")
    assert _bare_name("لجيش السوري") == norm_key("الجيش السوري")
    assert _bare_name("«حزب الله»") == norm_key("حزب الله")


def test_context_words_and_act_phrases_are_no_names() -> None:
    """The lexicon's vague army word and anaphora are context words; attack and base phrases name acts."""
    from rasd.events.stage import _ELSEWHERE_MOST, _act_heads, _vague_names

    vague = _vague_names()
    assert norm_key("الجيش") in vague and norm_key("التنظيم") in vague
    assert norm_key("حزب الله") not in vague and norm_key("قوات الاحتلال") not in vague
    heads = _act_heads()
    assert {norm_key("غارات"), norm_key("قاعدة"), norm_key("العدوان")} <= heads
    assert norm_key("قوات") not in heads and norm_key("جنود") not in heads
    assert _ELSEWHERE_MOST == 3
