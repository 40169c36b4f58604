"""Actor recognition, session 4: vague groups tied to a named actor ("التابعة لـ", "الموالية لـ"), the
leader's name for HTS and its adjective homograph, group words used as adjectives of a singular act
noun, names glued to the next word, "الهيئة" as HTS only, and a few new lexicon entries."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors, anaphora, validate
from rasd.arabic.normalize import norm_key
from rasd.pipeline import extract_text


def _found(text: str) -> list[tuple[str, str]]:
    """(surface, actor key) of every actor mention the pipeline finds in ``text``."""
    doc = extract_text(text, published=dt.date(2024, 3, 5))
    return [(doc.span_text(s), s.value.key) for s in doc.layer("actors")]


def _keys(text: str) -> list[str]:
    return [k for _, k in _found(text)]


def test_data_files_are_clean() -> None:
    assert validate() == []


# ------------------------------------------------------------ a vague group tied to a named actor


def test_security_forces_belonging_to_a_group_are_that_group_in_one_mention() -> None:
    text = ("تظاهر سكان في بلدة قرب إدلب ضد هيئة تحرير الشام. "
            "وفرّقت قوات الأمن التابعة لـ\"الهيئة\" الحشد بالهراوات.")
    found = _found(text)
    tied = [(s, k) for s, k in found if s.startswith("قوات الأمن")]
    assert len(tied) == 1
    surface, key = tied[0]
    assert key == "hts"
    assert "التابعة" in surface and "الهيئة" in surface
    # the two words are one mention: no separate state-forces mention is left
    assert "state_generic" not in [k for _, k in found]


def test_gunmen_belonging_to_a_named_faction_are_that_faction() -> None:
    text = "هاجم مسلحون تابعون لقسد حاجزاً على الطريق الدولي صباح اليوم."
    found = _found(text)
    assert ("مسلحون تابعون لقسد" in [s for s, _ in found])
    assert _keys(text) == ["sdf"]


def test_gunmen_loyal_to_a_state_are_its_local_proxy() -> None:
    found = _found("اشتبك مسلحون موالون لإيران مع دورية في البادية.")
    assert found[0] == ("مسلحون موالون لإيران", "iran_militia")
    assert _keys("قصفت مجموعات مسلحة مدعومة من أنقرة قرية في الريف الشمالي.")[0] == "sna"
    # a state named as an actor ("النظام") gives its proxy too
    assert _keys("انسحب المسلحون الموالون للنظام من الحي.")[0] == "syr_ndf"


def test_loyalty_to_a_state_without_a_proxy_changes_nothing() -> None:
    keys = _keys("أطلق مسلحون موالون للقوات الروسية النار في الهواء قرب السوق.")
    assert keys == ["unidentified", "rus"]
    assert _keys("أطلق مسلحون موالون لروسيا النار في الهواء قرب السوق.") == ["unidentified"]


def test_a_named_unit_keeps_its_own_name_before_its_parent() -> None:
    # only vague groups take the named actor: a named unit is left as it is
    keys = _keys("قصفت الفرقة الرابعة التابعة للجيش السوري مواقع في الريف.")
    assert keys[0] == "syr_4th_div"


def test_proxy_column_is_read() -> None:
    table = actors()
    assert table["tur"].proxy == "sna"
    assert table["hts"].proxy == ""


# ------------------------------------------------------------ the leader's name and its homograph


def test_the_leader_name_stands_for_hts() -> None:
    assert _keys("شنّ الجولاني حملة اعتقالات واسعة في ريف إدلب.") == ["hts"]
    assert _keys("أمر أبو محمد الجولاني بإطلاق سراح الموقوفين.") == ["hts"]


def test_the_golan_adjective_after_a_definite_noun_is_no_actor() -> None:
    assert "hts" not in _keys("تحدث الشيخ عن المجتمع الجولاني وتقاليده في القرى المحتلة.")


# ------------------------------------------------------------ group words as adjectives of an act


def test_armed_after_a_singular_act_noun_describes_the_act() -> None:
    assert "unidentified" not in _keys("قتل شرطيان بكمين مسلح على طريق القرية.")
    assert "unidentified" not in _keys("أصيب عامل في هجوم مسلح استهدف محطة الوقود.")


def test_armed_after_a_verb_is_the_attacker() -> None:
    assert "unidentified" in _keys("هاجم مسلح سيارة على الطريق العام.")


def test_gunmen_after_a_singular_act_noun_are_the_attackers() -> None:
    # "هجوم مسلحين": a construct, the gunmen carried out the attack
    assert "unidentified" in _keys("أدى هجوم مسلحين على الحاجز إلى مقتل عنصر.")


def test_terrorist_attack_names_an_armed_opposition_attacker() -> None:
    assert "rebels" in _keys("تصدت وحدات الجيش لهجوم إرهابي على نقاطها في الريف الجنوبي.")


# ------------------------------------------------------------ glued words, anaphora, new entries


def test_a_name_glued_to_the_next_word_is_found() -> None:
    keys = _keys("اعتقلت قسد عدداً من قيادات مجلس دير الزور العسكريبعد مداهمة منازلهم.")
    assert "dez_council" in keys


def test_the_authority_word_is_hts_only_when_the_article_names_hts() -> None:
    assert anaphora()[norm_key("الهيئة")].only == frozenset({"hts"})
    with_hts = "تعمل هيئة تحرير الشام في إدلب. واعتقلت الهيئة عدداً من الشبان."
    assert _keys(with_hts).count("hts") == 2
    without = "سيطرت قسد على البلدة. وقدمت الإدارة طلباً إلى الهيئة العليا للانتخابات."
    assert _keys(without) == ["sdf"]


def test_hostile_targets_are_unidentified_military_forces() -> None:
    assert "unid_mil" in _keys("تصدت الدفاعات الجوية لأهداف معادية في سماء المدينة.")


def test_activists_and_tribal_armies_and_the_tanf_faction() -> None:
    assert "civilians" in _keys("طالت الاعتقالات ناشطين في ريف المدينة.")
    assert "tribal" in _keys("تقدم جيش القبائل نحو القرى الشرقية.")
    assert "sfa" in _keys("انتشر جيش سوريا الحرة قرب المثلث الحدودي.")


def test_our_units_is_the_speaking_state_army() -> None:
    keys = _keys("وقال البيان إن وحداتنا دمرت طائرتين مسيرتين.")
    assert "state_generic" in keys
