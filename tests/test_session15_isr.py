"""Session 15 (Israeli strikes on Syria): the origin of an air strike ("من اتجاه الجولان") is no event place even
where the scraper glued "من" to the word before it, after a tanween ("عدواناً جوياًمن اتجاه"); servicemen named
as the dead or wounded of a strike without a count ("استشهاد عسكري", "أصيب عسكريان", "أن عسكرياً استشهد") are the
state's forces, the strike's second actor, while "عسكري" stays an adjective elsewhere ("جيباً عسكرياً أصيب")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 11)


def _strikes(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == "Explosions/Remote violence"]


def test_a_glued_origin_of_the_strike_is_no_event_place() -> None:
    text = ("شنت طائرات الاحتلال الإسرائيلي، اليوم الاثنين، هجوماً صاروخياًمن اتجاه الجولان السوري المحتل، "
            "استهدف عدداً من النقاط غربي العاصمة السورية دمشق، وفق مصدر عسكري.")
    got = [r["location"] for r in _strikes(text)]
    assert got and "Golan Heights" not in got


def test_a_spaced_origin_stays_no_event_place() -> None:
    text = ("شنت طائرات الاحتلال الإسرائيلي، اليوم الاثنين، هجوماً صاروخياً من اتجاه الجولان السوري المحتل، "
            "استهدف عدداً من النقاط غربي العاصمة السورية دمشق، وفق مصدر عسكري.")
    got = [r["location"] for r in _strikes(text)]
    assert got and "Golan Heights" not in got


def _second_actors(text: str) -> list[object]:
    return [r["actor2"] for r in _strikes(text)]


def test_dead_servicemen_after_a_toll_word_are_the_army() -> None:
    text = "استشهد عسكريان وجرح آخر، اليوم، من جراء عدوان جوي إسرائيلي على مطار حماة العسكري."
    assert _second_actors(text) == ["Military Forces of Syria (2000-2024)"]


def test_a_wounded_serviceman_with_his_nationality_is_the_army() -> None:
    text = "أسفر العدوان الإسرائيلي اليوم على مواقع قرب مدينة حمص عن إصابة عسكري سوري بجروح."
    assert _second_actors(text) == ["Military Forces of Syria (2000-2024)"]


def test_a_serviceman_subject_of_a_toll_verb_after_that_is_the_army() -> None:
    text = "ويذكر أن عسكرياً سورياً استشهد اليوم في عدوان إسرائيلي طال مواقع قرب مدينة حمص."
    assert _second_actors(text) == ["Military Forces of Syria (2000-2024)"]


def test_military_as_an_adjective_names_no_army() -> None:
    text = "شن الاحتلال الإسرائيلي اليوم عدوانا جويا على مواقع قرب مدينة حمص، وفق مصدر عسكري."
    assert _second_actors(text) == [""]
