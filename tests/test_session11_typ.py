"""Event and sub-event typing, session 11 (events/frames.py, data/events/triggers.tsv): an air bombardment told
with the accusative ("قصفاً جوياً") and two drones told with the dual ("مسيّرتين") are air/drone strikes;
aircraft that target with missiles make an air/drone strike; a drone shot down is no weapon of the strike
beside it; an act at point-blank range and an anti-personnel round are a clash; "مسيرات" after a verb of
launching or striking, or "بواسطة", are drones, not marches, unless the sentence tells a protest; a verb of
stopping with no weapon named is no disrupted weapon; sniping soldiers is a clash, sniping civilians an attack.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 10)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def test_air_bombardment_in_the_accusative_is_an_air_strike() -> None:
    assert _types("شنّ جيش الاحتلال اليوم الأحد قصفاً جوياً عنيفاً على مدينة دير البلح وسط قطاع غزة.") == [AIR]


def test_two_drones_in_the_dual_are_a_drone_strike() -> None:
    types = _types("قالت المقاومة الإسلامية في العراق إنها ضربت اليوم الأحد هدفاً حيوياً في مدينة حيفا بمسيّرتين.")
    assert types and types[0] == AIR


def test_reconnaissance_aircraft_that_target_with_missiles_make_an_air_strike() -> None:
    types = _types("ذكر مراسلنا أنّ طيران الاستطلاع الإسرائيلي استهدف اليوم الأحد سيارة مدنية بصاروخين في بلدة "
                   "بيت لاهيا شمالي قطاع غزة.")
    assert types and types[0] == AIR


def test_a_drone_shot_down_is_not_the_weapon_of_the_shelling_beside_it() -> None:
    types = _types("أسقط مقاتلو السرايا اليوم الأحد مسيّرة إسرائيلية، ثم قصفوا تجمعاً لجنود الاحتلال في مدينة "
                   "خان يونس بقذائف الهاون.")
    assert SHELLING in types and AIR not in types


def test_point_blank_targeting_is_a_clash() -> None:
    types = _types("استهدف مقاتلو الكتائب اليوم الأحد دورية إسرائيلية راجلة من مسافة صفر في مدينة خان يونس.")
    assert types and types[0] == CLASH


def test_an_anti_personnel_round_is_a_clash() -> None:
    types = _types("أعلنت كتائب القسام اليوم الأحد استهداف قوة إسرائيلية متحصنة داخل منزل بقذيفة مضادة للأفراد "
                   "في مدينة رفح.")
    assert types and types[0] == CLASH


def test_drones_launched_without_a_shadda_are_a_drone_strike() -> None:
    types = _types("أطلقت المقاومة الإسلامية في العراق اليوم الأحد مسيرات على قاعدة أميركية في محافظة الحسكة.")
    assert types and types[0] == AIR


def test_drones_named_by_means_of_are_a_drone_strike() -> None:
    types = _types("استهدفت المقاومة الإسلامية في العراق اليوم الأحد قاعدة عين الأسد الأميركية بواسطة المسيرات.")
    assert types and types[0] == AIR


def test_marches_of_a_crowd_stay_a_protest() -> None:
    types = _types("خرجت اليوم الأحد مسيرات حاشدة في مدينة صنعاء تضامناً مع أهالي قطاع غزة.")
    assert types and types[0][0] == "Protests"


def test_fire_aimed_at_a_march_is_not_a_drone_strike() -> None:
    types = _types("أطلقت قوات الاحتلال اليوم الأحد الرصاص الحي في اتجاه مسيرة سلمية في بلدة كفر قدوم.")
    assert AIR not in types


def test_keeping_ambulances_away_is_no_disrupted_weapon() -> None:
    types = _types("قال الهلال الأحمر إنّ جنود الاحتلال أطلقوا النار اليوم الأحد صوب سيارات الإسعاف في مخيم "
                   "بلاطة، ومنعتها من الوصول إلى المصابين.")
    assert DISRUPTED not in types


def test_drones_kept_from_their_targets_are_a_disrupted_weapon() -> None:
    types = _types("أعلن الجيش السوري اليوم الأحد أنّ وحداته أسقطت خمس مسيّرات في ريف إدلب ومنعتها من الوصول "
                   "إلى أهدافها.")
    assert DISRUPTED in types


def test_sniping_soldiers_is_a_clash() -> None:
    types = _types("قال مقاتلو الكتائب إنهم قنصوا اليوم الأحد ثلاثة جنود كانوا يقفون قرب دباباتهم في حي الأمل "
                   "غرب مدينة خان يونس.")
    assert types and types[0] == CLASH


def test_sniping_a_civilian_stays_an_attack_on_civilians() -> None:
    types = _types("قنصت قوات الاحتلال اليوم الأحد شاباً فلسطينياً أثناء عودته إلى منزله في بلدة بيت أمر.")
    assert types and types[0] == ("Violence against civilians", "Attack")
