"""Session 27 (MEND: the records the first wave of session 27 made worse).

- one act told at a town and at a quarter or a site of it in the same sentence is one record at the more precise
  place, whichever of the two the text names first; but a hospital the wounded were brought to ("وصل جرحى إلى
  مستشفى …") is no place of the act: the record stays at the town the fire hit;
- a fighting noun after a word of "during" ("في أثناء القتال") in a sentence that tells an interception is the
  time of the interception, no clash of its own; a missile named as the object of a verb of downing is the weapon
  stopped, not a shelling of the side that downed it;
- a civilians' word after a militia's noun and "من" ("ميليشيا محلية من المزارعين") names the men the militia is
  drawn from, no civilians hit;
- a shelling "told" only by a question ("مئات الصواريخ؟") is not given to Israel's forces as its attacker;
- people listed after a preposition of the side hit ("أعمال عنف تجاه العمال والصحافيين") are no crowd of a riot.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)
ISRAEL = "Military Forces of Israel (2009-)"


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def _brief(recs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["location"]) for r in recs]


def test_a_strike_told_at_the_town_and_at_its_quarter_is_at_the_quarter() -> None:
    recs = _records("وفي مدينة غزة، أصيب أربعة مواطنين اليوم في قصف إسرائيلي استهدف منزلاً قرب دوار الكويت في حي "
                    "الزيتون.")
    strikes = [r for r in recs if r["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1, _brief(recs)
    assert strikes[0]["location"] != "Gaza City", _brief(recs)


def test_a_hospital_the_wounded_reach_is_not_the_place_of_the_shelling() -> None:
    recs = _records("وأفاد مراسلنا اليوم بوصول عدد من الجرحى إلى مجمع ناصر الطبي من جراء قصف مدفعي استهدف الأحياء "
                    "الشرقية في خان يونس.")
    strikes = [r for r in recs if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert strikes, _brief(recs)
    assert all(r["location"] == "Khan Yunis" for r in strikes), _brief(recs)


def test_the_fighting_during_which_a_missile_is_downed_is_no_clash() -> None:
    recs = _records("وأسقطت سفينة حربية أميركية صاروخاً باليستياً في أثناء القتال قبالة السواحل اليمنية أمس.")
    assert not any(r["sub_event_type"] == "Armed clash" for r in recs), _brief(recs)
    assert any(r["sub_event_type"] == "Disrupted weapons use" for r in recs), _brief(recs)


def test_a_fall_in_the_fighting_is_still_a_clash() -> None:
    recs = _records("وقُتل جنديان خلال المعارك في ريف حلب الجنوبي أمس.")
    assert any(r["sub_event_type"] == "Armed clash" for r in recs), _brief(recs)


def test_a_missile_a_warship_downs_is_no_shelling_of_the_warships() -> None:
    recs = _records("وذكر مراسل أميركي أنّه للمرة الأولى، تُسقط سفينة حربية أميركية صاروخاً باليستياً قبالة اليمن، "
                    "مضيفاً أن ذلك تكرر 3 مرات أمس.")
    assert not any(r["sub_event_type"] == "Shelling/artillery/missile attack"
                   and (r["actor1"] or "").startswith("Military Forces of the United States") for r in recs), \
        _brief(recs)


def test_a_missile_launched_with_no_downing_is_still_a_strike() -> None:
    recs = _records("وأطلقت سرايا القدس صاروخاً موجهاً على دبابة إسرائيلية متوغلة في رفح اليوم.")
    assert any(r["actor1"] == "PIJ: Palestinian Islamic Jihad" and r["sub_event_type"] != "Disrupted weapons use"
               for r in recs), _brief(recs)


def test_a_militia_drawn_from_farmers_is_no_civilians() -> None:
    recs = _records("وقتل مسلحون مجهولون أمس سبعة عناصر من ميليشيا محلية للدفاع عن القرى من المزارعين في ولاية "
                    "كادونا شمال نيجيريا.")
    assert recs, recs
    assert not any((r["actor2"] or "").startswith("Civilians") for r in recs), _brief(recs)


def test_farmers_killed_by_shelling_are_still_civilians() -> None:
    recs = _records("واستشهد ثلاثة من المزارعين بقصف إسرائيلي على أطراف بلدة عيتا الشعب اليوم.")
    assert any((r["actor2"] or "").startswith("Civilians") for r in recs), _brief(recs)


def test_a_question_of_rockets_is_not_israels_fire() -> None:
    recs = _records("واصلت قوات الاحتلال الإسرائيلي اعتداءاتها على القرى الحدودية في جنوب لبنان اليوم الثلاثاء.\n"
                    "وتساءل محلل إسرائيلي عن الحرب المقبلة: هل تسقط آلاف الصواريخ على بلدة يارون؟")
    assert not any(r["actor1"] == ISRAEL and r["location"] == "Yaroun"
                   and r["event_type"] == "Explosions/Remote violence" for r in recs), _brief(recs)


def test_people_listed_after_toward_are_no_crowd_of_a_riot() -> None:
    recs = _records("وشهدت مدينة كوتشابامبا أمس أعمال شغب وعنف تجاه العمال وقادتهم والصحافيين خلال الإضراب.")
    assert not any("الصحافيين" in r["actor1_mentions"] for r in recs), \
        [(r["sub_event_type"], r["actor1"], r["actor1_mentions"]) for r in recs]
