"""Session 23 (ACTCIV): civilians as the side hit by a strike on their homes, tents, cars and gatherings.

An air strike or shelling that names its attacker but no side hit, whose own sentence tells a civilian object hit (a
home, a residential building, the tents or shelters of the displaced, a civilian car, a market, people waiting for
aid) with dead or hurt, has ACLED's actor2 "Civilians (country)"; its type stays as it is.  Never where the sentence
names fighters or a post as what was hit, where no one was hurt, or for another place of a list of strikes
(that guard is shown on the corpus, not here).

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 10)


def _at(text: str, place: str) -> dict[str, object]:
    rows = [r for r in record_rows(text, DAY) if r["location"] == place]
    assert len(rows) == 1, [(r["location"], r["actor2"]) for r in record_rows(text, DAY)]
    return rows[0]


def test_a_strike_on_a_home_with_dead_hits_civilians() -> None:
    for text, place in (
            ("أخبار غزة\nقصفت طائرات الاحتلال منزلاً في حي الشجاعية شرقي مدينة غزة، ما أدى إلى ارتقاء شهيدين.\n",
             "Shujaiya (Gaza City)"),
            ("أخبار الجنوب\nوأفاد مراسلنا بوقوع إصابات في استهداف الاحتلال منزلاً في مخيم البريج وسط القطاع.\n",
             "Bureij"),
            ("أخبار لبنان\nاستهدفت مسيرة إسرائيلية سيارة مدنية قرب بلدة الناقورة جنوبي لبنان، ما أدى إلى إصابة "
             "شخصين.\n", "Naqoura"),
            ("أخبار الشمال\nوارتقى عدد من الشهداء من جراء قصف الاحتلال شقة سكنية في مخيم جباليا شمالي القطاع.\n",
             "Jabalia")):
        row = _at(text, place)
        assert str(row["actor2"]).startswith("Civilians ("), text
        assert row["event_type"] == "Explosions/Remote violence", text


def test_a_home_hit_with_no_one_hurt_or_fighters_dead_names_no_civilians() -> None:
    """Guard (passes on the old code too): no one hurt, or fighters named as the dead."""
    for text, place in (
            ("أخبار لبنان\nاستهدفت غارة إسرائيلية منزلاً في بلدة عيتا الشعب جنوبي لبنان، من دون وقوع إصابات.\n",
             "Aita al-Shaab"),
            ("أخبار لبنان\nاستهدفت غارة إسرائيلية منزلاً في بلدة عيتا الشعب جنوبي لبنان، ما أدى إلى استشهاد "
             "مقاومين اثنين.\n", "Aita al-Shaab")):
        assert not str(_at(text, place)["actor2"]).startswith("Civilians"), text


def test_a_home_hit_told_before_another_strike_of_the_sentence_hits_civilians() -> None:
    text = ("أخبار الوسط\nوسقط جرحى بعدما ضربت طائرات الاحتلال منزلاً في مدينة دير البلح، وشنت طائرات الاحتلال "
            "غارة على بلدة المغراقة وسط القطاع.\n")
    assert str(_at(text, "Deir al-Balah")["actor2"]).startswith("Civilians (")
