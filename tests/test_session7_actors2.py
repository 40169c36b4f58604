"""Session 7, actors (second pass): state forces named loosely, fighters, interceptors, unknown attackers.

- in Palestine a vague army word ("الجيش", "جنود", "جندي") names Israel's forces (ACLED codes no military
  forces of Palestine); a word of the security forces keeps the country's name;
- a vague army word or a force noun with a nationality adjective of any gender and number ("جنديين
  أميركيين", "دبابتين إسرائيليتين", "الجيش" الإسرائيليان) names that state;
- "مقاومون" / "المقاومين" are the resistance; "السرايا" is Saraya al-Quds once the article named it;
- the air defences that met a strike that still hit are its target;
- an attacker the article does not name gets no mention (the act word is not a name).
"""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.actors.lexicon import nationality_adjectives, nationality_aliases
from rasd.arabic.normalize import norm_key
from rasd.output.records import records
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)


def _recs(text: str) -> list[dict[str, object]]:
    return [r for r in records(extract_text(text, published=PUB), timestamp=0)
            if r["disorder_type"] == "Political violence"]


def _actor_keys(text: str) -> dict[str, str]:
    doc = extract_text(text, published=PUB)
    return {doc.text[s.start:s.end]: s.value.key for s in doc.layer("actors")}


def test_a_bare_army_word_in_palestine_is_israels_forces() -> None:
    recs = _recs("وقال الجيش إن جنوده اشتبكوا مع مسلحين في مخيم جنين بالضفة الغربية صباح اليوم، وأصيب جندي بجروح.")
    names = {r["actor1"] for r in recs} | {r["actor2"] for r in recs}
    assert "Military Forces of Palestine" not in names
    assert any(str(n).startswith("Military Forces of Israel") for n in names)


def test_the_army_word_renamed_never_faces_its_own_forces() -> None:
    recs = _recs("قوات الاحتلال الإسرائيلي تقصف بالمدفعية جنود في محيط حي الشجاعية شرقي مدينة غزة صباح اليوم.")
    assert recs
    assert all(r["actor1"] != r["actor2"] for r in recs)


def test_a_bare_army_word_outside_palestine_keeps_its_country() -> None:
    recs = _recs("قتل جنديان من الجيش بانفجار عبوة ناسفة على طريق في ريف درعا الشرقي صباح اليوم.")
    names = {r["actor1"] for r in recs} | {r["actor2"] for r in recs}
    assert not any(str(n).startswith("Military Forces of Israel") for n in names)


def test_nationality_adjectives_in_every_gender_and_number() -> None:
    forms = nationality_adjectives()
    for word in ("إسرائيليتين", "الأميركيتين", "إسرائيليان", "الإسرائيليين", "إسرائيلياً"):
        assert forms.get(norm_key(word)) in ("isr", "usa"), word
    surfaces = {norm_key(s) for s, _k in nationality_aliases()}
    assert norm_key("دبابتين إسرائيليتين") in surfaces
    assert norm_key("الغارتين الإسرائيليتين") in surfaces


def test_a_vague_army_word_with_a_nationality_adjective_names_that_state() -> None:
    keys = _actor_keys('وأعلن "الجيش" الإسرائيلي أن الجنود الأميركيين لم يشاركوا في العملية قرب الحدود.')
    assert "isr" in keys.values()
    assert "usa" in keys.values()
    assert "state_generic" not in keys.values()


def test_soldiers_in_the_accusative_with_their_state() -> None:
    keys = _actor_keys("وقالت الكتائب إن مقاتليها قنصوا جندياً إسرائيلياً عند أطراف البلدة.")
    assert any(k == "isr" and "جندي" in s for s, k in keys.items())


def test_resistance_fighters_are_the_resistance() -> None:
    recs = _recs("اشتبك مقاومون مع قوات الاحتلال الإسرائيلي عند مدخل مخيم طولكرم فجر اليوم.")
    pairs = {(r["actor1"], r["actor2"]) for r in recs}
    assert any("Unidentified Armed Group (Palestine)" in p for p in pairs)


def test_the_short_name_of_saraya_al_quds() -> None:
    text = ("أعلنت سرايا القدس أنها قصفت تجمعا لقوات الاحتلال شرقي خان يونس بقذائف الهاون.\n"
            "وأضافت السرايا أن مقاتليها فجروا عبوة ناسفة بدبابة قرب المكان.")
    keys = _actor_keys(text)
    assert keys.get("السرايا") == "pij"
    assert "السرايا" not in _actor_keys("وأضافت السرايا أن الوضع هادئ في المنطقة.")


def test_the_air_defences_that_met_a_strike_are_its_target() -> None:
    text = ("شن العدو الإسرائيلي عدوانا جويا من اتجاه الجولان المحتل مستهدفا نقاطا في محيط مدينة حمص مساء اليوم، "
            "واقتصرت الخسائر على الماديات.\n"
            "وتصدت وسائط الدفاع الجوي السوري لصواريخ العدوان في محيط مدينة حمص وأسقطت بعضها مساء اليوم.")
    recs = [r for r in records(extract_text(text, published=PUB), timestamp=0)
            if r["event_type"] == "Explosions/Remote violence"]
    assert recs
    assert str(recs[0]["actor1"]).startswith("Military Forces of Israel")
    assert str(recs[0]["actor2"]).startswith("Military Forces of Syria")


def test_an_unnamed_attacker_has_no_mention() -> None:
    recs = _recs("انفجرت عبوة ناسفة بسيارة عسكرية تابعة للجيش السوري على طريق في ريف درعا الغربي صباح اليوم.")
    for r in recs:
        if str(r["actor1"]).startswith("Unidentified Armed Group"):
            assert r["actor1_mentions"] == []
