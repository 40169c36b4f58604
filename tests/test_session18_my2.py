"""Session 18 (MAY2): Al Mayadeen's campaigns over many places — a list of towns each located by a phrase with no
name of its own ("مدينة X شمالي المحافظة، وبلدة Y في ريفها الجنوبي") is one act at each; the surroundings of a
town told with another attacker, or with another weapon beside another town's surroundings, sum up no act there;
a town of a list is no part of the record told at the governorate's capital named as a city; an act that a
sentence on a period gives as its instance with a day of its own ("…منذ أشهر، إذ استهدفت … في 5 تشرين الأول
2023 …") is an event of the background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 8, 20)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return sorted(str(r["location"]) for r in record_rows(text, on))


def test_protest_towns_each_located_by_a_nameless_phrase() -> None:
    text = ("تظاهر عشرات المحتجين، اليوم الجمعة، في مدينة شهبا شمالي المحافظة، وبلدة القريا في ريفها الجنوبي، "
            "إضافة إلى مدينة صلخد، مطالبين بتحسين الأوضاع المعيشية.")
    assert _places(text, dt.date(2023, 9, 15)) == ["Qarayya", "Salkhad", "Shahba"]


def test_shelled_towns_each_located_by_a_nameless_phrase() -> None:
    text = ("قصفت قوات الجيش السوري، اليوم الثلاثاء، بلدة سرمين شرقي المدينة، وبلدة تفتناز في الريف الشمالي "
            "الشرقي، ما أدى إلى أضرار مادية.")
    assert _places(text) == ["Sarmin", "Teftnaz"]


def test_artillery_around_one_town_and_a_drone_near_another_are_two_acts() -> None:
    text = ("قال مراسلنا إنّ مدفعية الجيش السوري دكّت اليوم مقرات للمسلحين في محيط مدينة سرمين شرقي إدلب. "
            "كذلك، استهدفت مسيّرة تابعة للجيش السوري سيارة للمسلحين قرب مدينة أريحا، ما أدى إلى مقتل اثنين منهم.")
    assert _places(text) == ["Ariha", "Sarmin"]


def test_guard_another_attacker_around_a_town_is_another_act() -> None:
    """Guard (passes on the old code too): the Russian air force around one town and the army in a village near it."""
    text = ("نفّذ الطيران الحربي الروسي، اليوم، غارات على مواقع للمسلحين في محيط مدينة أريحا جنوبي إدلب. "
            "وقصفت مدفعية الجيش السوري بلدة كنصفرة في جبل الزاوية.")
    assert _places(text) == ["Ariha", "Kansafra"]


def test_list_towns_are_apart_from_the_capital_named_as_a_city() -> None:
    text = ("تجمّع مئات المحتجين، اليوم الجمعة، في الساحة الرئيسية وسط مدينة السويداء، مطالبين بتحسين الأوضاع. "
            "وأفاد مراسلنا بأنّ تجمعات مماثلة شهدتها مدينة شهبا وبلدة القريا، حيث ردد المشاركون هتافات ضد الفساد.")
    assert _places(text, dt.date(2023, 9, 15)) == ["As-Sweida", "Qarayya", "Shahba"]


def test_guard_a_detail_sentence_keeps_the_capital_record() -> None:
    """Guard (passed before the session's _city_proper; kept by FIX18's _retells_act): a sentence that goes on
    with the act told at the city, naming where it landed, is no list of other acts."""
    text = ("قصفت طائرات إسرائيلية مواقع في مدينة حلب فجر اليوم، ما أدى إلى مقتل عشرة جنود. "
            "وقد استهدف القصف منطقة السفيرة.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1


def test_dated_instance_of_a_period_is_a_background_event() -> None:
    text = ("ويشهد ريف إدلب تصعيداً منذ أشهر، إذ استهدفت مسيّرات مفخخة في الخامس من تشرين الأول/أكتوبر 2023 "
            "الكلية الحربية في مدينة حمص، ما أدى إلى مقتل 80 شخصاً.")
    rows = record_rows(text, DAY)
    assert [(r["event_date"], r["admin1"], r["historical"]) for r in rows] == [("2023-10-05", "Homs", True)]


def test_dated_instance_opened_by_haythu() -> None:
    text = ("وتتعرض قرى جبل الزاوية لقصف متواصل منذ بداية العام، حيث قصفت الطائرات الروسية في 3 آذار/مارس الماضي "
            "بلدة البارة، ما أدى إلى مقتل طفلين.")
    rows = record_rows(text, DAY)
    assert [(r["event_date"], r["historical"]) for r in rows] == [("2024-03-03", True)]


def test_guard_a_period_without_an_instance_stays_a_summary() -> None:
    """Guard (passes on the old code too): a sum of a period with no act given a day of its own is no event."""
    text = "وصعّد الجيش قصفه على ريف إدلب منذ مطلع العام، ما أدى إلى مقتل عشرات المدنيين."
    assert record_rows(text, DAY) == []
