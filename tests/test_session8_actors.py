"""Session 8, actors: who attacked and who was hit when the sentence names the attacker through a head noun
("مجاهدو X", "مدفعية X") or the target through the thing it holds ("مبنى يستخدمه جنود X", "تموضع جنود X",
"منشأتين يستخدمهما X"); a state's forces in their own country are state forces (inter 1)."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.actors.lexicon import actors
from rasd.output.records import _output_name

DAY = dt.date(2024, 5, 27)


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(etype, a1, a2) for etype, _sub, a1, a2 in event_rows(text, DAY)]


def test_fighters_head_after_attack_verb_make_their_group_the_attacker() -> None:
    rows = _pairs("كما استهدف مجاهدو حزب الله موقعاً عسكرياً قرب الحدود الجنوبية صباح اليوم.")
    assert rows and rows[0][1] == "hezbollah"
    assert rows[0][2] != "hezbollah"


def test_gun_head_after_attack_verb_makes_its_owner_the_attacker() -> None:
    rows = _pairs("واستهدفت مدفعية الاحتلال أطراف بلدة عيتا الشعب صباح اليوم.")
    assert rows and rows[0][1] == "isr"
    assert rows[0][2] != "isr"


def test_users_of_a_building_hit_are_the_target() -> None:
    rows = _pairs("وقصفت بعد الظهر مبنى يستخدمه جنود الاحتلال في مستوطنة المطلة بالصواريخ.")
    assert rows and rows[0][2] == "isr"
    assert rows[0][1] != "isr"


def test_soldiers_of_a_shelled_position_are_the_target() -> None:
    rows = _pairs("وأعلنت قصفاً مركزاً لتموضع جنود الاحتلال قرب المستوطنة بقذائف الهاون.")
    assert rows and rows[0][2] == "isr"
    assert rows[0][1] != "isr"


def test_striker_of_facilities_and_their_users() -> None:
    rows = _pairs("أعلن الوزير استهداف القوات الأميركية منشأتين في ريف دير الزور يستخدمهما حرس الثورة.")
    assert rows and rows[0][1:] == ("usa", "iran")


def test_bare_revolutionary_guard_name_is_iran() -> None:
    rows = _pairs("قصفت طائرات مجهولة مخزناً تابعاً لحرس الثورة في ريف البوكمال.")
    assert rows and rows[0][2] == "iran"


def test_state_forces_at_home_are_inter_1_and_abroad_inter_8() -> None:
    isr = actors()["isr"]
    home = _output_name(isr.ref(DAY, "Israel"), ["الجيش الإسرائيلي"], "Israel", DAY)
    abroad = _output_name(isr.ref(DAY, "Lebanon"), ["الجيش الإسرائيلي"], "Lebanon", DAY)
    assert home is not None and home.inter == 1
    assert abroad is not None and abroad.inter == 8
    assert home.name == abroad.name


def test_military_base_with_nationality_after_military_is_the_target() -> None:
    rows = _pairs("وقال المصدر إن مسلحين قصفوا بالصواريخ القاعدة العسكرية التركية قرب مدينة الباب.")
    assert rows and rows[0][2] == "tur"
    assert rows[0][1] != "tur"
