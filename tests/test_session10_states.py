"""States and groups outside Syria (session 10 audit on fresh articles: Yemen, the Red Sea, Sudan, Somalia,
Egypt, Britain).

Own-words sentences.  Egypt's and the United Kingdom's forces and Yemen's (Sanaa's) forces are named by
their nationality adjective after an army word or an attack noun ("جنود مصريون", "صاروخ يمني", "العدوان
الأميركي - البريطاني"); a British weapon is no British attack ("صواريخ بريطانية" fired by another army);
Al-Shabaab is a named group, and "مسلحون من" it are its men; soldiers called "صهاينة" are Israel's;
"قوات العدو" is Israel's army only where the article names Israel; a media outlet's quoted name
("قناة "المسيرة" اليمنية") names no force.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.actors.lexicon import actors, nationality_aliases
from rasd.actors.stage import recognize_actors
from rasd.arabic.normalize import norm_key
from rasd.document import Document
from rasd.pipeline import extract_text, text_layer

PUB = dt.date(2024, 2, 10)


def _actor_keys(text: str) -> list[tuple[str, str]]:
    """(surface, actor key) of each actor mention of ``text``."""
    doc = Document("t", text, published=PUB)
    text_layer(doc)
    recognize_actors(doc)
    return [(doc.span_text(s), s.value.key) for s in doc.layer("actors")]


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "")
            for e in extract_text(text, published=PUB).events]


@pytest.mark.parametrize(("text", "key"), [
    ("وأطلق جنود مصريون النار على دورية عند المعبر الحدودي مساء أمس.", "egy"),
    ("وقال مصدر إن الجيش المصري عزز انتشاره قرب الحدود الشرقية.", "egy"),
    ("وأصيبت ناقلة نفط بصاروخ يمني في البحر الأحمر فجر اليوم.", "yem_houthi"),
    ("وأعلنت القوات المسلحة اليمنية استهداف سفينة تجارية في خليج عدن.", "yem_houthi"),
    ("وتواصل الغارات ضمن العدوان البريطاني على الساحل الغربي منذ أيام.", "gbr"),
    ("وهاجمت عناصر من حركة الشباب قاعدة عسكرية جنوبي البلاد.", "shabaab"),
    ("وأكدت الكتائب أنها قتلت جنوداً صهاينة في كمين شرقي المخيم.", "isr"),
])
def test_named_state_or_group(text: str, key: str) -> None:
    keys = [k for _s, k in _actor_keys(text)]
    assert key in keys, _actor_keys(text)


def test_british_weapon_is_no_british_force() -> None:
    # missiles of British make fired by another army: the adjective of a weapon names no British force
    keys = [k for _s, k in _actor_keys("وسقطت صواريخ بريطانية الصنع على مستودع قرب المدينة الليلة الماضية.")]
    assert "gbr" not in keys
    surfaces = {norm_key(s) for s, k in nationality_aliases() if k == "gbr"}
    assert norm_key("العدوان البريطاني") in surfaces and norm_key("صواريخ بريطانية") not in surfaces


def test_joint_us_british_aggression() -> None:
    keys = [k for _s, k in _actor_keys("وشنت طائرات العدوان الأميركي - البريطاني غارات على مدينة الحديدة ليلاً.")]
    assert "usa" in keys and "gbr" in keys


def test_media_outlet_name_is_no_drone() -> None:
    keys = [k for _s, k in _actor_keys("وذكرت قناة \"المسيرة\" اليمنية أن طائرات أجنبية حلقت فوق الميناء.")]
    assert "yem_houthi" not in keys


def test_enemy_forces_only_where_israel_is_named() -> None:
    with_israel = "وقصفت قوات الاحتلال الإسرائيلي حي الشجاعية، وتصدى المقاومون لقوات العدو المتوغلة شرقه."
    assert [k for s, k in _actor_keys(with_israel) if "العدو" in s] == ["isr"]
    without = "وقال القائد إن قوات العدو انسحبت من التلال بعد معارك عنيفة استمرت أياماً."
    assert not [k for s, k in _actor_keys(without) if "العدو" in s]


def test_gunmen_of_a_named_group_are_the_group() -> None:
    found = _names("وهاجم مسلحون من حركة الشباب قاعدة عسكرية للجيش في مدينة مقديشو فجر اليوم.")
    assert found and all("Unidentified" not in a1 and "Unidentified" not in a2 for a1, a2 in found), found
    assert any(a1 == "Al Shabaab" for a1, _a2 in found), found


def test_actor_rows() -> None:
    table = actors()
    assert table["egy"].name == "Military Forces of Egypt (2014-)" and table["egy"].inter == 8
    assert table["yem_houthi"].name == "Military Forces of Yemen (2017-) Houthi"
    assert table["yem_houthi"].front == table["hamas"].front
    assert table["gbr"].ref(dt.date(2024, 1, 20)).name == "Military Forces of the United Kingdom (2010-2024)"
    assert table["gbr"].ref(dt.date(2024, 9, 1)).name == "Military Forces of the United Kingdom (2024-)"
    assert table["shabaab"].inter == 2
