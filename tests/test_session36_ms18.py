"""Session 36 (ms18): missed acts in lists of towns.  An arrest sentence that names the towns of its raid after a
plural noun of settlements ("اقتحمت القوات مدن X وY وZ واعتقلت …", "داهمت الدوريات قرى X وY") is an arrest at
each town (ACLED: one event per place), and so is a demolition in the towns of such a list.  A further strike of
the same kind told by "وأخرى" with its object before its place ("…، وأخرى على دراجة نارية في بلدة Y"), after the
first strike's toll, or with its place as the object of the verb left out ("…، وأخرى أطراف بلدة Y") is a strike at
that place too.  Arrests counted from a camp whose name holds its noun ("وآخر من مخيم X") are counted from a
settlement, as those "من بلدة Y" are: an arrest at each."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _of(sub: str, text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["sub_event_type"] == sub]


def test_arrests_in_a_plural_list_of_cities_are_one_event_at_each() -> None:
    text = ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم الثلاثاء 12 فلسطينياً على الأقل خلال اقتحامها مدن جنين "
            "وطولكرم ونابلس شمالي الضفة الغربية.")
    places = {r["location"] for r in _of("Arrests", text)}
    assert {"Jenin", "Tulkarm", "Nablus"} <= places


def test_raid_on_a_plural_list_of_villages_before_the_verb_of_arresting() -> None:
    text = ("داهمت دوريات قوى الأمن الداخلي صباح اليوم الثلاثاء قرى الحوايج والشحيل وذيبان في ريف دير الزور "
            "الشرقي، واعتقلت عدداً من الشبان.")
    places = {r["location"] for r in _of("Arrests", text)}
    assert {"Al-Hawayij", "Al-Shuhayl", "Thiban"} <= places


def test_campaign_of_arrests_in_towns_joined_by_commas() -> None:
    text = ("شنّت قوات الاحتلال صباح اليوم الثلاثاء حملة اعتقالات في بلدات بيت أمر، سعير وبني نعيم في محافظة "
            "الخليل.")
    places = {r["location"] for r in _of("Arrests", text)}
    assert {"Beit Ummar", "Sa'ir", "Bani Na'im"} <= places


def test_demolitions_in_a_plural_list_of_towns_are_one_event_at_each() -> None:
    text = ("هدمت جرافات الاحتلال اليوم الثلاثاء منازل في بلدات سلوان والعيسوية وبيت حنينا بحجة البناء من دون "
            "ترخيص.")
    places = {r["location"] for r in _of("Looting/property destruction", text)}
    assert len(places) == 3


def test_storming_a_plural_list_of_cities_before_the_arrests() -> None:
    text = "اقتحمت قوات الاحتلال فجر اليوم الثلاثاء مدن جنين وطولكرم ونابلس، واعتقلت 12 شاباً بعد دهم منازلهم."
    places = {r["location"] for r in _of("Arrests", text)}
    assert {"Jenin", "Tulkarm", "Nablus"} <= places


def _strikes(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]


def test_another_strike_with_its_object_after_the_first_strikes_toll() -> None:
    text = ("وأغارت مسيّرة إسرائيلية اليوم الثلاثاء على سيارة في بلدة الناقورة، ما أدى إلى استشهاد شخصين، وأخرى "
            "على دراجة نارية في بلدة الضهيرة.")
    rows = _strikes(text)
    places = {r["location"] for r in rows}
    assert {"Naqoura", "Dhayra"} <= places
    # the toll stays with the first strike
    assert [r["fatalities"] for r in rows if r["location"] == "Naqoura"] == [2]


def test_another_strike_whose_place_is_the_object_of_the_verb_left_out() -> None:
    text = ("وقصفت مدفعية الاحتلال اليوم الثلاثاء بلدة كفرشوبا، كما استهدفت غارة منزلاً في بلدة شبعا، وأخرى أطراف "
            "بلدة الهبارية.")
    places = {r["location"] for r in _strikes(text)}
    assert {"Kfarchouba", "Shebaa", "Hebbariyeh"} <= places


def test_arrests_counted_from_a_town_and_from_a_camp_named_with_its_noun() -> None:
    text = ("واعتقلت قوات الاحتلال اليوم الثلاثاء شابين من بلدة بيت فجار، وآخر من مخيم الدهيشة جنوب بيت لحم.")
    places = {r["location"] for r in _of("Arrests", text)}
    assert {"Beit Fajjar", "Dheisheh camp (Bethlehem)"} <= places
