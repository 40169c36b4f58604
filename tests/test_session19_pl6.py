"""Session 19 (pl6): which place of a sentence is the event's — a strike's origin told by a compass bearing from a
town ("من اتجاه البحر المتوسط غربي مدينة X": X only says where the sea lies), and Damascus named for the Syrian
government as the subject or object of a verb of speech or charge ("وحمّلت دمشق الفصائل مسؤولية القصف")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 3)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


def test_origin_at_sea_west_of_a_town_is_not_the_target() -> None:
    got = _places("أطلق الاحتلال الإسرائيلي صواريخه من اتجاه البحر المتوسط غربي مدينة طرطوس، ما أدى إلى أضرار "
                  "في مطار حماة العسكري.")
    assert got and "Tartous" not in got and any("Hama" in g for g in got)


def test_origin_bearing_after_the_act_makes_no_second_record() -> None:
    got = _places("قصفت الطائرات الإسرائيلية، فجر اليوم، مواقع في محيط مدينة مصياف، بعدما أطلقت صواريخها من اتجاه "
                  "البحر غربي بانياس.")
    assert got == ["Masyaf"]


def test_origin_bearing_in_foreign_skies_two_words() -> None:
    got = _places("أطلقت الطائرات الإسرائيلية صواريخها من اتجاه الأجواء اللبنانية شمال غربي مدينة القصير، واستهدفت "
                  "مواقع في محيط مدينة حمص.")
    assert got == ["Homs"]


def test_guard_origin_bearing_with_a_governorate() -> None:
    # guard: the target town wins already; the governorate after the bearing stays unused
    got = _places("شنت طائرات حربية غارات انطلاقاً من البادية السورية شرقي محافظة حمص، مستهدفاً "
                  "مواقع في محيط مدينة السلمية.")
    assert got and "Homs" not in got and "As-Salamiyeh" in got


def test_guard_target_after_a_bearing_stays_the_place() -> None:
    # guard: "من اتجاه الجولان مستهدفاً مواقع جنوبي دمشق": the target words break the origin, Damascus stays
    got = _places("شن الطيران الإسرائيلي غارات من اتجاه الجولان مستهدفاً مواقع جنوبي دمشق، ما أدى إلى "
                  "أضرار مادية.")
    assert got == ["Damascus"]


def test_guard_origin_place_then_bearing_place_keeps_the_target() -> None:
    # guard: the origin place described by a bearing from the governorate; the airport stays the place
    got = _places("شنت طائرات إسرائيلية غارات من اتجاه أثريا جنوبي شرقي محافظة حلب، مستهدفاً مطار حلب الدولي.")
    assert got == ["Aleppo International Airport"]


def test_damascus_charging_the_factions_is_not_a_place() -> None:
    got = _places("أصيب خمسة مدنيين بقصف صاروخي على بلدة مورك، وحمّلت دمشق الفصائل المسلحة مسؤولية القصف.")
    assert got and "Damascus" not in got


def test_damascus_accusing_after_a_countryside_event() -> None:
    got = _places("قُتل ثلاثة جنود بانفجار عبوة ناسفة في ريف حمص الشرقي، واتهمت دمشق خلايا تنظيم داعش بتنفيذ الهجوم.")
    assert got and "Damascus" not in got


def test_guard_damascus_that_witnessed_an_event_stays() -> None:
    # guard: "شهدت دمشق" is where the act happened
    got = _places("شهدت دمشق انفجاراً أدى إلى مقتل شخصين وإصابة ثلاثة آخرين.")
    assert got and all("Damascus" in g or "Dimashq" in g for g in got)


def test_fire_from_bases_in_a_countryside_then_the_target_town() -> None:
    got = _places("قصفت المدفعية التركية انطلاقاً من قواعدها في ريف عفرين بلدة تل رفعت.")
    assert got == ["Tall Refaat"]


def test_fire_from_positions_in_a_town_then_the_target_village() -> None:
    got = _places("استهدفت قوات النظام من مواقعها في مدينة سراقب بلدة آفس بقذائف المدفعية.")
    assert got == ["Afis"]


def test_fire_from_positions_in_a_governorate_countryside_then_the_target_city() -> None:
    got = _places("قصف الجيش من مواقعه في ريف إدلب الجنوبي مدينة أريحا، ما أدى إلى مقتل مدنيين.")
    assert got == ["Ariha"]


def test_guard_origin_between_two_towns_stays_an_origin() -> None:
    # guard: "من البادية بين مدينتي X وY" (a link word, then the settlement noun) still only describes the origin
    got = _places("صواريخ أطلقت من البادية بين مدينتي تدمر والسخنة سقطت على نقاط للجيش.")
    assert "Tadmor" not in got and "Sokhneh" not in got
