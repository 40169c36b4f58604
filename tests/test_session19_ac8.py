"""Session 19 (ac8): actors, residue.

A shelling whose source is "the areas where X is deployed / present / holds sway" ("مصدره مناطق انتشار
المسلحين", "مصدرها أماكن تواجد قسد") names X as the side that fired, not the side hit.  A civilian facility
right after "استهداف/قصف" and an actor ("استهداف الاحتلال مطاري دمشق وحلب", "استهداف قسد مستشفى") is the
object of the verbal noun, the actor its attacker.  The ministry's engineers named by their affiliation
("فريق هندسي تابع لوزارة الدفاع") are the army that defused a bomb.  The victims' force told in a clause
right after them ("مقتل 4 أشخاص، قالت مصادر إنهم من عناصر X") is the side hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 7, 14)


def _shelling(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]


def test_source_is_areas_where_gunmen_are_deployed() -> None:
    rows = _shelling("تعرضت بلدة الصورة الكبيرة لقصف بقذائف الهاون مصدره مناطق انتشار المسلحين، "
                     "ما أدى إلى مقتل مدنيين.")
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_source_is_areas_where_factions_are_present() -> None:
    rows = _shelling("سقطت قذائف هاون على حي الجلاء مصدرها مناطق وجود الفصائل المسلحة، ما أدى إلى إصابة امرأة.")
    # (after the regime's fall, armed factions named only as such are an unidentified armed group: session 41)
    assert rows and rows[0]["inter1"] in (2, 3) and rows[0]["inter2"] == 7


def test_source_is_areas_of_influence() -> None:
    rows = _shelling("أصيب ثلاثة مدنيين في بلدة دير حافر بقصف مدفعي مصدره مناطق نفوذ قسد شرقي حلب.")
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces"


def test_guard_forces_hit_in_areas_they_hold_stay_the_target() -> None:
    """Guard: without a source cue, the side whose areas were hit is still the side hit."""
    rows = _shelling("قصفت المدفعية التركية مناطق انتشار قسد في ريف منبج اليوم.")
    assert rows and rows[0]["actor2"] == "QSD: Syrian Democratic Forces"


def test_occupation_hitting_an_airport_is_the_attacker() -> None:
    rows = _shelling("استشهد جنديان جراء استهداف الاحتلال مطار حلب الدولي بالصواريخ فجر اليوم.")
    assert rows and rows[0]["actor1"].startswith("Military Forces of Israel")


def test_two_airports_in_the_dual() -> None:
    rows = _shelling("خرج المطاران عن الخدمة بعد استهداف الاحتلال مطاري دمشق وحلب الدوليين فجر اليوم.")
    assert rows and all(r["actor1"].startswith("Military Forces of Israel") for r in rows)


def test_sdf_shelling_a_hospital() -> None:
    rows = _shelling("أصيب ثلاثة مدنيين جراء استهداف قسد مستشفى في مدينة الباب.")
    assert rows and rows[0]["actor1"] == "QSD: Syrian Democratic Forces"


def test_strike_on_the_force_itself_stays_a_target() -> None:
    """Guard: with no facility after it, the actor after "استهداف" is what was hit."""
    rows = _shelling("قُتل جنديان جراء استهداف قوات النظام بالصواريخ في ريف إدلب اليوم.")
    assert rows and rows[0]["inter2"] == 1


def _defusals(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, dt.date(2025, 8, 4)) if r["sub_event_type"] == "Disrupted weapons use"]


def test_engineering_team_of_the_defence_ministry_defuses() -> None:
    rows = _defusals("فكّك فريق هندسي تابع لوزارة الدفاع اليوم عبوة ناسفة مزروعة على طريق بلدة القدموس.")
    assert rows and rows[0]["inter1"] == 1


def test_engineering_unit_announces_it_defused() -> None:
    rows = _defusals("وأعلنت وحدة الهندسة التابعة لوزارة الدفاع أنها فكّكت لغماً أرضياً قرب مدينة نوى اليوم.")
    assert rows and rows[0]["inter1"] == 1


def test_sources_say_the_dead_were_members_of_the_auxiliaries() -> None:
    rows = _shelling("قصفت طائرات أميركية موقعاً في بلدة العشارة، ما أدى إلى مقتل 4 أشخاص، قالت مصادر محلية إنهم من "
                     "عناصر القوات الرديفة.")
    assert rows and rows[0]["inter2"] == 3


def test_activists_say_the_dead_served_the_sdf() -> None:
    rows = _shelling("استهدفت طائرة مسيرة تركية سيارة قرب قرية تل رفعت، ما أدى إلى مقتل شابين وإصابة ثالث، وأكد ناشطون "
                     "أنهم عناصر في قسد.")
    assert rows and rows[0]["actor2"] == "QSD: Syrian Democratic Forces"


def test_finding_that_the_dead_were_hts() -> None:
    rows = _shelling("قصفت طائرات حربية روسية بلدة سرمين، ما أدى إلى مقتل 3 أشخاص في البلدة، تبين أنهم من مسلحي هيئة "
                     "تحرير الشام.")
    assert rows and rows[0]["inter2"] == 2


def test_gunmen_believed_to_be_of_a_group_stay_the_attackers() -> None:
    """Guard: the pronoun after the attackers is theirs; the civilians stay the side hit."""
    rows = record_rows("قتل مدنيان بهجوم نفذه مسلحون، يعتقد أنهم من عناصر داعش، في بلدة الشحيل.", DAY)
    assert rows and rows[0]["inter2"] == 7
