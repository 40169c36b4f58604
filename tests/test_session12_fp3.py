"""Session 12 (fp3): false positives and event types in news from outside the core region.

- clashes between the police and rioters, or demonstrators whose own violence is told (stones, fire), are ACLED's
  violent demonstrations (Riots), not an armed clash between two armed sides; a bare "clashes between the police
  and the protesters" is left as it was (PLOVER, the GSR's scheme, codes that two-sided fighting as ASSAULT);
- "تجمعات للقوات" (concentrations of troops, a shelling's target) is no protest gathering;
- a call to organise protests ("دعا … إلى تنظيم تظاهرات") is no protest;
- arrests told in the sentence of a repressed protest are the protest's intervention, not a strategic development;
- a foiled drone attack "with no casualties or damage" is a disrupted weapon use, not a strike that got through.
"""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on, sentence_triggers  # noqa: F401  (the fixture applies to every test here)

DAY = dt.date(2024, 3, 12)


def _types(text: str) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _a1, _a2 in event_rows(text, DAY)]


def test_police_protester_clash_is_a_violent_demonstration() -> None:
    rows = event_rows("واندلعت مساء أمس اشتباكات بين الشرطة والمتظاهرين في وسط مدينة مرسيليا الفرنسية، استُخدمت"
                      " فيها الحجارة والزجاجات الفارغة.", DAY)
    assert [(t, s) for t, s, _, _ in rows] == [("Riots", "Violent demonstration")]
    assert rows[0][2] == "rioters"


def test_confrontation_word_with_protesters_is_a_violent_demonstration() -> None:
    assert _types("ووقعت مواجهات عنيفة أمس بين المحتجين وقوات الشرطة قرب مبنى البلدية في مدينة ميلانو، وأضرم"
                  " المحتجون النار في حاويات.") == [("Riots", "Violent demonstration")]


def test_bare_police_protester_clash_is_not_made_a_riot() -> None:
    assert not any(t == "Riots" for t, _ in _types(
        "ووقعت مواجهات أمس بين المحتجين وقوات الشرطة قرب مبنى البلدية في مدينة ميلانو."))


def test_clash_with_rioters_named_by_their_riot_is_a_violent_demonstration() -> None:
    assert _types("وشهدت مدينة ليدز البريطانية أمس اشتباكات بين الشرطة ومثيري الشغب استمرت ساعات.") == [
        ("Riots", "Violent demonstration")]


def test_clash_of_gunmen_near_riot_police_stays_an_armed_clash() -> None:
    types = _types("واندلعت أمس اشتباكات بين مسلحين وقوات الأمن قرب مقر شرطة مكافحة الشغب في المدينة.")
    assert ("Battles", "Armed clash") in types
    assert not any(t == "Riots" for t, _ in types)


def test_troop_concentrations_are_no_protest() -> None:
    assert "تجمع" not in sentence_triggers("واستهدفت المدفعية تجمعاتٍ للقوات الأوكرانية، وقضت على عشرات العسكريين.")
    types = _types("وقصفت المدفعية الروسية أمس تجمعات للقوات الأوكرانية قرب بلدة كراسني ليمان.")
    assert not any(t in ("Protests", "Riots") for t, _ in types)
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in types


def test_gathering_of_protesters_is_still_a_protest() -> None:
    assert "تجمع" in sentence_triggers("وتجمع المئات أمس أمام مقر الحكومة في مدينة دبلن.")
    assert ("Protests", "Peaceful protest") in _types("تجمع مئات المحتجين أمس أمام مبنى البرلمان في مدينة لندن.")


def test_call_to_organise_protests_is_no_protest() -> None:
    assert _types("وفي المغرب، دعا الاتحاد الوطني لطلبة الجامعات إلى تنظيم تظاهرات طلابية، تضامناً مع الحراك "
                  "الطلابي في الجامعات الأوروبية.") == []


def test_arrests_in_a_repressed_protest_are_its_intervention() -> None:
    types = _types("قمعت الشرطة الهولندية أمس تظاهرة مؤيدة لغزة في أمستردام واعتقلت عشرات الطلاب.")
    assert types == [("Protests", "Protest with intervention")]


def test_arrest_beside_a_hunger_strike_stays_an_arrest() -> None:
    types = _types("واعتقلت قوات الاحتلال أمس الأسير المحرر في بلدة عرابة، علماً أنه خاض إضرابات عن الطعام رفضاً "
                   "لاعتقاله.")
    assert ("Strategic developments", "Arrests") in types


def test_foiled_drone_attack_without_damage_is_a_disrupted_weapon_use() -> None:
    types = _types("وأعلنت الوزارة أمس إحباط هجوم باستخدام 4 طائرات مسيّرة فوق مقاطعة كورسك، من دون وقوع إصابات "
                   "أو أضرار.")
    assert ("Strategic developments", "Disrupted weapons use") in types
    assert not any(t == "Explosions/Remote violence" for t, _ in types)
