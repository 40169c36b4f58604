"""Session 27 (SIDE: sides left empty where the text names them).

- an arrest whose held people are named as members of an armed group right before its name, with no "من"
  ("اعتقال أحد أخطر عناصر تنظيم داعش"), holds that group: the group is the side arrested, never the arrester;
- an aircraft named as the object of a verb of aiming whose subject is already told ("استهدفوا مسيّرة إسرائيلية",
  "استهدفت كتائب القسام مروحية إسرائيلية") is the thing hit: its state is the side hit, not the attacker;
  an aircraft right after the verb with no subject before it is still the attacker's weapon;
- a shelling or an air strike on a town in Lebanon with no attacker named, in an article that names Israel's
  forces, is Israel's fire; not so a strike on a position in an occupied place (the resistance's target);
- the words of a state's intelligence service ("جهاز الاستخبارات", "جهاز المخابرات"), the dual of farmers
  ("مزارعان") and the definite plurals of farmers and journalists ("المزارعين", "الصحفيين") name their sides.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)
ISRAEL = "Military Forces of Israel (2009-)"


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def _one(text: str, sub_event_type: str) -> dict[str, Any]:
    recs = [r for r in _records(text) if r["sub_event_type"] == sub_event_type]
    assert len(recs) == 1, [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in _records(text)]
    return recs[0]


def test_members_of_a_group_named_right_before_it_make_it_the_side_arrested() -> None:
    r = _one('وأعلن جهاز الاستخبارات العراقي، اليوم الثلاثاء، اعتقال أحد أبرز عناصر تنظيم "داعش" في مدينة الرمادي.',
             "Arrests")
    assert r["actor2"].startswith("Islamic State"), (r["actor1"], r["actor2"])
    assert r["inter1"] == 1 and r["actor1_mentions"], (r["actor1"], r["actor1_mentions"])


def test_members_of_a_group_after_min_are_still_held() -> None:
    r = _one("واعتقلت قوات الاحتلال، فجر اليوم، ثلاثة قياديين من حركة حماس في مدينة طولكرم.", "Arrests")
    assert r["actor1"] == ISRAEL and r["actor2"] == "Hamas Movement", (r["actor1"], r["actor2"])


def test_an_aircraft_aimed_at_by_fighters_is_the_side_hit() -> None:
    r = _one("وأعلنت المقاومة الإسلامية في لبنان أنّ مقاتليها استهدفوا مسيّرة إسرائيلية في أجواء بلدة مركبا بصاروخ "
             "أرض جو.", "Air/drone strike")
    assert r["actor1"] == "Hezbollah" and r["actor2"] == ISRAEL, (r["actor1"], r["actor2"])
    assert any("مسي" in w for w in r["actor2_mentions"]), r["actor2_mentions"]


def test_an_aircraft_after_the_named_subject_of_the_verb_is_the_side_hit() -> None:
    recs = _records("واستهدفت كتائب القسام طائرة مروحية إسرائيلية بصاروخ أرض جو فوق مدينة خان يونس.")
    assert recs and all(r["actor1"] == "Hamas Movement" and r["actor2"] == ISRAEL for r in recs), \
        [(r["actor1"], r["actor2"]) for r in recs]


def test_an_aircraft_right_after_the_verb_is_still_the_attackers_weapon() -> None:
    r = _one("واستهدفت طائرة مسيرة تركية سيارة مدنية على طريق قرب مدينة القامشلي، ما أدى إلى إصابة سائقها.",
             "Air/drone strike")
    assert r["actor1"].startswith("Military Forces of Turkey"), (r["actor1"], r["actor2"])


def test_two_farmers_killed_by_a_mine_are_civilians_hit() -> None:
    r = _one("وقُتل مزارعان بانفجار لغم أرضي من مخلفات الحرب في أرض زراعية قرب بلدة خان شيخون.",
             "Remote explosive/landmine/IED")
    assert r["actor2"].startswith("Civilians") and r["inter2"] == 7, (r["actor2"], r["actor2_mentions"])


def test_the_intelligence_service_that_arrests_is_the_states() -> None:
    r = _one("واعتقل جهاز المخابرات شابين من أبناء مدينة حماة خلال مداهمة منزليهما.", "Arrests")
    assert r["inter1"] == 1 and r["actor1_mentions"], (r["actor1"], r["actor1_mentions"])
    assert r["inter2"] == 7, (r["actor2"], r["actor2_mentions"])


def test_an_unclaimed_strike_on_a_lebanese_town_is_israels_fire() -> None:
    recs = _records("واصلت قوات الاحتلال الإسرائيلي اعتداءاتها على القرى الحدودية في جنوب لبنان اليوم الثلاثاء.\n"
                    "واستشهد مواطن وأصيبت زوجته في غارة استهدفت منزلاً في بلدة حولا.")
    strikes = [r for r in recs if r["location"] == "Houla" and r["sub_event_type"] == "Air/drone strike"]
    assert strikes, [(r["sub_event_type"], r["location"], r["actor1"]) for r in recs]
    assert all(r["actor1"] == ISRAEL and r["actor1_mentions"] for r in strikes), \
        [(r["actor1"], r["actor1_mentions"]) for r in strikes]
    assert all(r["inter2"] == 7 for r in strikes), [(r["actor2"], r["actor2_mentions"]) for r in strikes]


def test_an_unclaimed_strike_on_a_post_in_an_occupied_place_is_not_israels() -> None:
    recs = _records("واصلت قوات الاحتلال الإسرائيلي اعتداءاتها على القرى الحدودية في جنوب لبنان اليوم الثلاثاء.\n"
                    "وجرى استهداف موقع رويسات العلم في تلال كفرشوبا اللبنانية المحتلة بالأسلحة الصاروخية.")
    assert all(r["actor1"] != ISRAEL or r["actor2"] != ISRAEL for r in recs), \
        [(r["actor1"], r["actor2"]) for r in recs]
    assert not any(r["actor1"] == ISRAEL and r["inter2"] == 0 and "Kfarchouba" in r["location"] for r in recs), \
        [(r["sub_event_type"], r["location"], r["actor1"], r["actor2"]) for r in recs]
