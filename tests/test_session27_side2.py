"""Session 27, second pass on sides left empty (SIDE2).

- the nationality adjectives of countries the gazetteer holds but demonyms.tsv lacked (Peruvian, Congolese,
  Azerbaijani, Armenian, …) name their country for a generic force ("الشرطة البيروفية");
- a weapon stopped and tied to its owner right after the verb or noun of downing ("اعتراض طائرة تابعة للقوات
  الأميركية") names the side whose weapon it was (actor2), never the interceptor; a weapon tied to its owner
  before the verb is the subject's ("مقاتلة تابعة لقوات الفضاء الروسية أسقطت …");
- a headline's body before a present verb of announcing ("وزارة الدفاع الروسية تعلن إسقاط …") is the state whose
  defences stopped the weapon, as the body cited after "أعلنت" already was.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _one(text: str, sub_event_type: str) -> dict[str, Any]:
    recs = [r for r in record_rows(text, DAY, 15) if r["sub_event_type"] == sub_event_type]
    assert len(recs) == 1, [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in record_rows(text, DAY, 15)]
    return recs[0]


def test_an_azerbaijani_police_force_is_azerbaijan_s() -> None:
    r = _one("اعتقلت الشرطة الأذربيجانية أمس عشرين شخصاً في العاصمة باكو.", "Arrests")
    assert r["actor1"] == "Police Forces of Azerbaijan" and r["inter1"] == 1, (r["actor1"], r["inter1"])


def test_armenian_soldiers_killed_abroad_are_armenia_s() -> None:
    r = _one("مقتل أربعة جنود أرمينيين في اشتباكات مع القوات الأذربيجانية على الحدود أمس.", "Armed clash")
    assert "Military Forces of Armenia" in (r["actor1"], r["actor2"]), (r["actor1"], r["actor2"])


def test_the_authorities_that_announce_a_downed_missile_stay_the_state_s_army() -> None:
    r = _one("وقالت السلطات الروسية إنه تم إسقاط صاروخ أوكراني فوق مدينة بيلغورود.", "Disrupted weapons use")
    assert r["actor1"] == "Military Forces of Russia (2000-)", r["actor1"]
    assert r["actor2"].startswith("Military Forces of Ukraine"), r["actor2"]


def test_a_peruvian_police_force_is_peru_s() -> None:
    r = _one("واعتقلت الشرطة البيروفية أمس ثلاثين متظاهراً في العاصمة ليما.", "Arrests")
    assert r["actor1"] == "Police Forces of Peru", r["actor1"]


def test_the_owner_of_a_stopped_drone_is_the_side_hit_and_the_announcer_intercepts() -> None:
    r = _one("وزارة الدفاع الروسية تعلن اعتراض طائرة مسيّرة تابعة للقوات الجوية الأميركية فوق البحر الأسود أمس.",
             "Disrupted weapons use")
    assert r["actor1"] == "Military Forces of Russia (2000-)", r["actor1"]
    assert r["actor2"] == "Military Forces of the United States (2021-)", r["actor2"]


def test_a_fighter_tied_to_its_owner_before_the_verb_is_the_interceptor() -> None:
    r = _one("وأعلنت وزارة الدفاع الروسية أن مقاتلة تابعة لقوات الفضاء الروسية أسقطت طائرة حربية تابعة للقوات الجوية"
             " الأوكرانية قرب مدينة دونيتسك أمس.", "Disrupted weapons use")
    assert r["actor1"] == "Military Forces of Russia (2000-)", r["actor1"]
    assert r["actor2"].startswith("Military Forces of Ukraine"), r["actor2"]


def test_a_headline_announcer_stops_the_named_drone() -> None:
    r = _one("وزارة الدفاع الروسية تعلن إسقاط طائرة مسيّرة أوكرانية فوق مدينة بيلغورود أمس.", "Disrupted weapons use")
    assert r["actor1"] == "Military Forces of Russia (2000-)", r["actor1"]
