"""Event typing from the reading of ambiguous trigger words and from the sentence around them.

Own-words sentences: a zone of control is no seizure, a repelled attack with no weapon named is a fight,
"مسيّرة" is a drone, the kin of the dead are no new deaths, a troop movement beside a fight is its
circumstance, sit-ins and arson of offices are events, an assault with machine guns is a clash.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.lexicon import TRIGGER_FLAGS, trigger_entries, validate
from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 5)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DRONE = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


@pytest.mark.parametrize("text", [
    # "مناطق سيطرته": the areas the army holds, not a seizure by it
    "ردت وحدات الجيش صباح اليوم على قصف طال مناطق سيطرته في ريف الرقة، بقصف مدفعي على مواقع قسد قرب بلدة معدان.",
    "فرضت قسد حظر تجوال في كل مناطق سيطرتها في ريف الحسكة بعد قصف مدفعي استهدف بلدة تل تمر صباح اليوم.",
])
def test_zone_of_control_is_no_seizure(text: str) -> None:
    assert _types(text) == [SHELLING]


def test_seizure_verb_still_types_a_takeover() -> None:
    types = _types("سيطرت فصائل المعارضة صباح اليوم على قرية الحويز في ريف حماة الشمالي بعد معارك مع قوات النظام.")
    assert types and types[0][0] == "Battles" and types[0][1] != "Armed clash"


def test_repelled_attack_without_weapon_is_a_clash() -> None:
    assert _types("تصدت قوات الجيش صباح اليوم لهجوم واسع شنه مسلحو هيئة تحرير الشام على محور بلدة سراقب "
                  "في ريف إدلب.") == [CLASH]


def test_repelled_drones_stay_disrupted_weapons() -> None:
    assert _types("تصدت الدفاعات الجوية صباح اليوم لطائرات مسيرة أطلقها مسلحون باتجاه ريف حماة الشمالي.") == [
        ("Strategic developments", "Disrupted weapons use")]


def test_drone_written_with_shadda_is_no_march() -> None:
    assert _types("استهدفت قوات الجيش مقرا لهيئة تحرير الشام بمسيّرة صباح اليوم قرب مدينة سراقب في ريف إدلب.") == [
        DRONE]


def test_kamikaze_drones() -> None:
    assert _types("استهدف الجيش تجمعا للمسلحين بواسطة طائرتين انقضاضيتين قرب بلدة النيرب في ريف إدلب "
                  "صباح اليوم.") == [DRONE]


def test_kin_of_the_dead_report_no_death() -> None:
    assert _types("رفض ذوو شهداء قرية المزرعة اليوم الأحد استقبال الوزير الذي زار البلدة في ريف السويداء.") == []


def test_reinforcements_beside_a_clash_are_no_event() -> None:
    assert _types("هاجم مسلحون مجهولون حاجزا لقسد في بلدة الشحيل فجر اليوم، بالتزامن مع وصول تعزيزات عسكرية "
                  "إلى المنطقة.") == [CLASH]


@pytest.mark.parametrize("text", [
    "أقيمت بعد ظهر اليوم وقفة أمام مبنى المحافظة في مدينة السويداء رفضا لقرار رفع أسعار الوقود.",
    "قال منظمون إنه أقيمت وقفة أمام مبنى نقابة المعلمين في حمص ظهر اليوم للمطالبة بصرف الرواتب المتأخرة.",
])
def test_sit_in_is_a_protest(text: str) -> None:
    assert _types(text) == [("Protests", "Peaceful protest")]


def test_arson_of_an_office_is_property_destruction() -> None:
    assert _types("أقدم مجهولون مساء أمس على اقتحام مكتب حزب معارض في مدينة القامشلي وأحرقوه بالكامل.") == [
        ("Strategic developments", "Looting/property destruction")]


def test_assault_with_machine_guns_and_shells_is_a_clash() -> None:
    assert _types("شنت قوات العشائر صباح اليوم هجوما بالأسلحة الرشاشة والقذائف الصاروخية على نقاط لقسد "
                  "في بلدة الشحيل.") == [CLASH]


def test_helicopters_firing_machine_guns_stay_an_air_strike() -> None:
    assert _types("استهدفت المروحيات الأميركية مجموعة من مقاتلي العشائر مستخدمة الرشاشات قرب بلدة ذيبان "
                  "صباح اليوم.") == [DRONE]


def test_civilians_among_the_dead_of_a_two_sided_fight() -> None:
    assert _types("وقع قتلى ومصابون من المدنيين والمسلحين في صفوف قوات العشائر و\"قسد\" خلال الهجمات على "
                  "ريف دير الزور الشرقي اليوم.") == [CLASH]


def test_bare_bombardment_takes_the_weapon_named_elsewhere() -> None:
    assert _types("شنت طائرات الاحتلال غارة جوية على ريف دمشق فجر اليوم.\n"
                  "وفي وقت لاحق قصف الاحتلال شاحنة على طريق حمص صباح اليوم.") == [DRONE, DRONE]


def test_condemned_act_with_its_toll_is_no_attack_on_civilians() -> None:
    types = _types("دانت الخارجية السورية اليوم العدوان الذي شنه الاحتلال الإسرائيلي على ريف حلب وأدى إلى "
                   "استشهاد ثلاثة مدنيين.")
    assert types and types[0][0] == "Explosions/Remote violence"


def test_new_flags_are_known_and_data_is_clean() -> None:
    assert {"intransitive", "weapon_object"} <= TRIGGER_FLAGS
    assert "intransitive" in trigger_entries()["سيطرت"].flags
    assert validate() == []
