"""Session 19 (gd2): the side hit named by the owner of a position struck ("نقاطاً لـ X", "معسكراً لـ X": an
accusative position word of roles.tsv) and by the force a unit is auxiliary to ("القوات الرديفة للجيش": the
parent shares the role of the unit it owns, roles.tsv ``possessive``).  An attack that names no attacker then has
no actor1, never its own target read as the attacker (Al Mayadeen's "الغارتين استهدفتا نقاطاً للقوات الرديفة
للجيش السوري", which made a second, reversed record of one strike)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 10, 27)


def _violent(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]


def test_owner_of_accusative_points_is_the_side_hit() -> None:
    rows = _violent("أفادت مصادر محلية بأن غارات مجهولة استهدفت فجر اليوم نقاطاً لقوات النظام في ريف البوكمال.")
    assert rows and rows[0]["actor1"] == "" and "Syria" in str(rows[0]["actor2"])


def test_owner_of_accusative_camp_is_the_side_hit() -> None:
    rows = _violent("استهدف قصف صاروخي مساء أمس معسكراً لقوات النظام في بادية حمص.")
    assert rows and "Military Forces of Syria" not in str(rows[0]["actor1"]) and "Syria" in str(rows[0]["actor2"])


def test_auxiliary_forces_and_their_army_are_both_hit() -> None:
    rows = _violent("قالت مصادر محلية إن غارة جوية استهدفت اليوم نقاطاً للقوات الرديفة للجيش السوري قرب مدينة "
                    "الميادين.")
    assert rows and rows[0]["actor1"] == ""
    assert "National Defense" in str(rows[0]["actor2"]) and "Syria" in str(rows[0]["assoc_actor_2"])


def test_auxiliary_militias_of_the_army_hit_at_their_points() -> None:
    rows = _violent("ذكرت مصادر أن الغارة استهدفت نقاطاً للميليشيات الرديفة للجيش السوري في ريف دير الزور الشرقي.")
    assert rows and rows[0]["actor1"] == "" and "National Defense" in str(rows[0]["actor2"])


def test_auxiliaries_of_regime_forces_shelled_at_their_positions() -> None:
    rows = _violent("وأضاف المرصد أن القصف طال مواقع للقوات الرديفة لقوات النظام في محيط بلدة البوكمال.")
    assert rows and "Military Forces of Syria" not in str(rows[0]["actor1"])
    assert "National Defense" in str(rows[0]["actor2"])


def test_gathering_of_auxiliaries_is_the_target() -> None:
    rows = _violent("أكدت مصادر أن هجوماً بطائرة مسيرة استهدف تجمعاً للقوات الرديفة للجيش في بادية الميادين.")
    assert rows and "Military Forces of Syria" not in str(rows[0]["actor1"])
    assert "National Defense" in str(rows[0]["actor2"])


def test_attacker_named_keeps_the_auxiliaries_as_target() -> None:
    # guard: the attacker named stays actor1 (passed before the change too)
    rows = _violent("قصفت طائرات أميركية فجر اليوم نقاطاً للقوات الرديفة للجيش السوري قرب مدينة الميادين.")
    assert rows and "United States" in str(rows[0]["actor1"]) and "National Defense" in str(rows[0]["actor2"])


def test_unit_of_a_parent_that_attacks_stays_the_attacker() -> None:
    # guard: "X التابعة لـ Y" as the attacker: the parent is no target (passed before the change too)
    rows = _violent("استهدفت مسيرة تركية اليوم سيارة تابعة لوحدات حماية الشعب التابعة لقسد في ريف القامشلي.")
    assert rows and "Turkey" in str(rows[0]["actor1"]) and "Syrian Democratic" in str(rows[0]["actor2"])


def test_auxiliaries_joined_by_wa_to_the_army_hit_are_hit_too() -> None:
    rows = [r for r in record_rows("هاجم مسلحون فجر اليوم نقاطاً للجيش السوري والقوات الرديفة في بادية السخنة، ما أدى "
                                   "لمقتل ثلاثة جنود.", DAY) if r["event_type"] == "Battles"]
    assert rows and "National Defense" not in str(rows[0]["actor1"])
    assert "Syria" in str(rows[0]["actor2"]) and "National Defense" in str(rows[0]["assoc_actor_2"])


def test_two_forces_joined_at_positions_shelled_are_both_the_target() -> None:
    rows = _violent("أفادت مصادر بأن قصفاً صاروخياً استهدف فجر اليوم مواقع لقوات النظام والقوات الرديفة في بادية السخنة.")
    assert rows and "National Defense" not in str(rows[0]["actor1"]) + str(rows[0]["assoc_actor_1"])
    assert "National Defense" in str(rows[0]["assoc_actor_2"])
