"""Session 14 (fatalities and quantities): a casualty word that is part of the name of a place ("مستشفى شهداء …",
"مقبرة الشهداء", "شارع الشهداء") counts no dead; the second strike of a list told as "و9 آخرين" at another place
has the dead of the same kind; vehicles that a force moves or fights with ("اقتحمت المخيم بأكثر من 30 آلية",
"يستخدم 40 آلية"), and tank shells counted ("15 قذيفة دبابة"), are no vehicles damaged."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 12)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_martyrs_in_a_hospital_name_are_no_dead() -> None:
    rows = _rows("قصفت مقاتلات إسرائيلية أرضاً خالية قرب مستشفى شهداء الأقصى بمدينة دير البلح صباح اليوم.")
    assert rows and all(r["fatalities"] == 0 for r in rows)
    # the name does not hide a real toll told beside it
    rows = _rows("استشهد 4 مواطنين في غارة على منزل قرب مستشفى شهداء الأقصى في دير البلح.")
    assert [r["fatalities"] for r in rows] == [4]


def test_martyrs_in_a_street_or_cemetery_name_are_no_dead() -> None:
    rows = _rows("فجّر المقاومون عبوة ناسفة في آلية عسكرية للاحتلال قرب مقبرة الشهداء في مدينة جنين.")
    assert rows and all(r["fatalities"] == 0 for r in rows)
    rows = _rows("قصفت مسيّرة إسرائيلية منزلاً قرب مسجد الشهداء في مخيم النصيرات.")
    assert rows and all(r["fatalities"] == 0 for r in rows)


def test_others_killed_at_a_second_place_are_that_strike_toll() -> None:
    rows = _rows("واستشهد 12 مواطناً بقصف منزل في حي الشجاعية شرق مدينة غزة، و9 آخرين من جراء قصف الاحتلال "
                 "منزلاً في مخيم المغازي وسط القطاع.")
    by_place = {r["location"]: r["fatalities"] for r in rows}
    assert by_place.get("Maghazi") == 9
    assert by_place.get("Shujaiya (Gaza City)") == 12


def test_others_wounded_at_a_second_place_stay_wounded() -> None:
    rows = _rows("أصيب 4 مواطنين في قصف على بلدة عيترون، و3 آخرون في غارة على بلدة ميس الجبل.")
    got = {r["location"]: (r["fatalities"], r["quantities"]) for r in rows}
    assert got.get("Mais al-Jabal") == (0, {"injured": 3})


def test_vehicles_a_force_uses_are_not_damaged() -> None:
    rows = _rows("قالت المصادر إن الجيش يستخدم في هجومه على الحي أكثر من 40 آلية بين دبابة وجرافة.")
    assert rows and all("vehicles_damaged" not in r["quantities"] for r in rows)
    rows = _rows("اقتحمت قوات الاحتلال مخيم طولكرم بأكثر من 30 آلية عسكرية وسط اشتباكات مع المقاومين.")
    assert rows and all("vehicles_damaged" not in r["quantities"] for r in rows)
    # vehicles hit keep their count
    rows = _rows("استهدفت سرايا القدس 4 آليات عسكرية إسرائيلية بقذائف الهاون شرق خان يونس.")
    assert any(r["quantities"].get("vehicles_damaged") == 4 for r in rows)


def test_tank_shells_count_rounds_not_tanks() -> None:
    rows = _rows("قصف الجيش الإسرائيلي أطراف بلدة كفركلا بنحو 15 قذيفة دبابة.")
    assert rows and all(not r["quantities"] for r in rows)


def test_one_named_victim_after_the_pronoun_of_the_act_counts_one() -> None:
    rows = _rows("وأمس، نفّذت قوات الاحتلال اقتحامات لعدد من بلدات الضفة، استشهد خلالها الفتى سامر يوسف برصاص "
                 "الاحتلال في مدينة نابلس.")
    assert [r["fatalities"] for r in rows] == [1]
    rows = _rows("شن الطيران غارة على موقع للمسلحين قتل فيها قيادي بارز في ريف إدلب.")
    assert [r["fatalities"] for r in rows] == [1]


def test_a_range_counts_its_low_end_not_the_sum() -> None:
    rows = _rows("قتل ما بين 5 و8 عناصر من الجيش في هجوم مسلح على حاجز في ريف درعا.")
    assert [r["fatalities"] for r in rows] == [5]
    rows = _rows("أسفر القصف عن سقوط بين 10 إلى 15 قتيلاً في بلدة سرمين.")
    assert [r["fatalities"] for r in rows] == [10]
    rows = _rows("أصيب بين 4 و6 مدنيين بجروح في قصف على بلدة عيترون.")
    assert [r["quantities"] for r in rows] == [{"injured": 4}]
