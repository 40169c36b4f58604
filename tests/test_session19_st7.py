"""Session 19 (STRIKE7): which kind of strike.  Israel's missiles on Syria, with no ground launcher named, are fired
by its jets from over the Golan or Lebanon: an air strike (ACLED), not shelling, whether the sentence names the
attacker ("عدواناً بعدد من الصواريخ", "رشقات من الصواريخ", "عدوان صاروخي") or the article does ("بصواريخ العدوان");
artillery, shells and tanks stay shelling.  A headline item led by a weapon noun to its own target ("هجوم بالمسيّرات
على X وصواريخ على Y") is an act of its own; a list of bases struck "بالصواريخ وبالطائرات الانقضاضية" keeps the
sentence's reading (a drone strike) at each base."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 23)
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


def _kinds(text: str, on: dt.date = DAY) -> list[tuple[str, str]]:
    return [(str(r["location"]), str(r["sub_event_type"])) for r in record_rows(text, on)]


def test_israeli_aggression_with_missiles_is_an_air_strike() -> None:
    text = ("عنوان الخبر\nوقال مصدر عسكري إنّ العدو الإسرائيلي نفّذ فجر اليوم عدواناً بعدد من الصواريخ من فوق "
            "الأراضي اللبنانية، مستهدفاً بعض النقاط في محيط مدينة القصير، ما أدى إلى إصابة جنديين.")
    assert [k for _p, k in _kinds(text)] == [AIR]


def test_israeli_rocket_salvos_from_the_golan_are_an_air_strike() -> None:
    text = ("عنوان الخبر\nوأطلق الاحتلال مساء اليوم رشقات من الصواريخ من اتجاه الجولان المحتل على محيط بلدة سعسع "
            "في ريف دمشق الغربي، واقتصرت الأضرار على الماديات.")
    assert _kinds(text) == [("Sa'sa'", AIR)]


def test_missile_aggression_noun_is_an_air_strike() -> None:
    text = "عنوان الخبر\nعدوان صاروخي إسرائيلي يستهدف محيط مطار الشعيرات في ريف حمص فجر اليوم ويوقع أضراراً مادية."
    assert [k for _p, k in _kinds(text)] == [AIR]


def test_bare_israeli_aggression_on_a_truck_is_an_air_strike() -> None:
    text = ("عنوان الخبر\nونفّذ الاحتلال الإسرائيلي ظهر اليوم عدواناً استهدف شاحنة قرب مدينة القصير، ما أدّى "
            "إلى استشهاد شخصين.")
    assert [k for _p, k in _kinds(text)] == [AIR]


def test_israeli_artillery_stays_shelling_guard() -> None:
    # pure guard: a ground launcher named (artillery shells) keeps Israel's fire shelling
    text = "عنوان الخبر\nوقصفت قوات الاحتلال الإسرائيلي بقذائف المدفعية أطراف بلدة خان أرنبة مساء اليوم."
    assert _kinds(text) == [("Khan Arnaba", SHELL)]


def test_israeli_surface_to_surface_missiles_stay_shelling() -> None:
    # pure guard: a missile of the kind "surface-to-surface" is fired from the ground
    text = ("عنوان الخبر\nوأطلق الاحتلال الإسرائيلي فجر اليوم صواريخ أرض - أرض من الجولان المحتل على محيط بلدة "
            "سعسع، من دون وقوع إصابات.")
    assert _kinds(text) == [("Sa'sa'", SHELL)]


def test_resistance_rockets_on_a_base_stay_shelling_guard() -> None:
    # pure guard: rockets of another side are no air strike
    text = ("عنوان الخبر\nواستهدفت المقاومة الإسلامية في العراق، مساء اليوم، قاعدة الاحتلال الأميركي في الشدادي "
            "برشقة صاروخية.")
    assert [k for _p, k in _kinds(text)] == [SHELL]


def test_article_missiles_of_the_israeli_air_strike() -> None:
    text = ("عنوان الخبر\nشنّ العدو الإسرائيلي فجر اليوم عدواناً جوياً من اتجاه الجولان مستهدفاً بعض النقاط في محيط "
            "دمشق.\nوأمّا الصاروخ الثالث فاستهدف محيط نقطة للجيش في محيط مطار دمشق الدولي.\n"
            "وتحدث مراسلنا عن خروج المطار عن الخدمة جراء إصابة مهبط الطائرات بصواريخ العدوان.")
    assert {k for _p, k in _kinds(text)} == {AIR}


def test_headline_weapon_item_with_its_own_target() -> None:
    text = ("هجوم بالمسيّرات على حقل العمر وصواريخ على قاعدة الشدادي\nتعرّضت القاعدتان لهجومين صباح اليوم "
            "بحسب مصادر محلية.")
    kinds = dict(_kinds(text, dt.date(2024, 1, 7)))
    assert kinds.get("Al-Omar oil field") == AIR
    assert kinds.get("Shadadah") == SHELL


def test_two_weapons_of_one_act_are_no_items_guard() -> None:
    # pure guard: "بالصواريخ والطائرات المسيّرة" names two weapons of one act, not two acts
    text = "عنوان الخبر\nواستهدفت المقاومة قاعدة الشدادي صباح اليوم بالصواريخ والطائرات المسيّرة."
    assert len(_kinds(text, dt.date(2024, 1, 7))) == 1


def test_list_of_bases_struck_by_rockets_and_kamikaze_drones() -> None:
    text = ("عنوان الخبر\nوصباح اليوم، دُكَّت قاعدتا \"الشدّادي\" و\"التنف\" بالصواريخ وبالطائرات الانقضاضية "
            "المسيّرة.")
    assert {k for _p, k in _kinds(text, dt.date(2024, 1, 28))} == {AIR}
