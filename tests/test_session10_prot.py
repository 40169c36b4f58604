"""Protests and riots (session 10): a crowd facing a force is never a side of an armed clash (police firing on
protesters is the protest's excessive force, confrontations with the police during protests a violent
demonstration, whose crowd are rioters); a crowd of Israelis in Jerusalem demonstrates in West Jerusalem, in
Israel, and its actors are named after Israel; foreign capitals and cities where rallies are reported are places
of their own country (not the place the rally supports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 11)


def rows(text: str) -> list[dict[str, Any]]:
    """The records rasd writes for ``text`` published on DAY."""
    return records(extract_text(text, published=DAY))


def demo_rows(text: str) -> list[dict[str, Any]]:
    return [r for r in rows(text) if r["event_type"] in ("Protests", "Riots")]


@pytest.mark.parametrize("text", [
    "خرجت أمس احتجاجات حاشدة في العاصمة نيروبي، وأطلقت الشرطة النار على المحتجين فقتلت اثنين منهم.",
])
def test_police_firing_on_protesters_is_no_armed_clash(text: str) -> None:
    got = rows(text)
    assert not any(r["event_type"] == "Battles" for r in got), got
    demo = [r for r in got if r["event_type"] == "Protests"]
    assert demo and demo[0]["country"] == "Kenya", got


def test_confrontations_with_the_police_during_protests_are_a_riot() -> None:
    text = "تظاهر الآلاف أمس في باريس ضد قانون العمل، واندلعت مواجهات عنيفة بين المحتجين والشرطة."
    got = rows(text)
    assert not any(r["event_type"] == "Battles" for r in got), got
    riot = [r for r in got if r["event_type"] == "Riots"]
    assert riot and riot[0]["sub_event_type"] == "Violent demonstration", got
    assert riot[0]["actor1"] == "Rioters (France)" and riot[0]["inter1"] == 5, riot[0]


def test_confrontations_with_armed_men_stay_a_fight() -> None:
    text = "اندلعت أمس مواجهات بين مسلحين وقوات الجيش في أثناء تظاهرة في بلدة جاسم."
    assert any(r["event_type"] == "Battles" for r in rows(text))


def test_violent_protesters_are_rioters() -> None:
    text = "شارك مئات المتظاهرين أمس في أعمال شغب في مدينة بوردو وهاجموا الشرطة بالحجارة."
    got = demo_rows(text)
    assert got and got[0]["event_type"] == "Riots", got
    assert got[0]["actor1"] == "Rioters (France)" and got[0]["location"] == "Bordeaux", got[0]


@pytest.mark.parametrize("text", [
    "خرج آلاف المستوطنين مساء أمس في تظاهرة في القدس المحتلة ضد حكومة نتنياهو.",
    "تظاهرت أمس عائلات الأسرى الإسرائيليين في القدس مطالبة بصفقة تبادل.",
])
def test_israelis_protesting_in_jerusalem_are_in_israel(text: str) -> None:
    got = demo_rows(text)
    assert got, text
    assert got[0]["country"] == "Israel" and got[0]["location"] == "West Jerusalem", got[0]
    assert got[0]["actor1"] == "Protesters (Israel)", got[0]
    assert "Palestine" not in got[0]["notes"], got[0]["notes"]


@pytest.mark.parametrize("text", [
    "نظم شبان فلسطينيون أمس وقفة احتجاجية في القدس المحتلة.",
    "نظم أهالي القدس أمس وقفة احتجاجية رفضاً لاقتحامات المستوطنين للمسجد الأقصى.",
])
def test_palestinians_protesting_in_jerusalem_stay_in_palestine(text: str) -> None:
    got = demo_rows(text)
    assert got, text
    assert got[0]["country"] == "Palestine" and got[0]["location"] == "Jerusalem", got[0]


@pytest.mark.parametrize(("text", "country", "location"), [
    ("خرجت أمس في مدينة مشهد مسيرة حاشدة تضامناً مع غزة.", "Iran", "Mashhad"),
    ("تجمع أمس مئات الطلاب أمام السفارة في جاكرتا دعماً لفلسطين.", "Indonesia", "Jakarta"),
    ("نظمت نساء أمس وقفة تضامنية أمام مقر الأمم المتحدة في القاهرة دعماً لغزة.", "Egypt", "Cairo"),
    ("تظاهر الآلاف أمس في نيامي دعماً للمجلس العسكري.", "Niger", "Niamey"),
])
def test_rallies_abroad_are_where_they_are(text: str, country: str, location: str) -> None:
    got = demo_rows(text)
    assert got, text
    assert (got[0]["country"], got[0]["location"]) == (country, location), got[0]
    assert got[0]["actor1"] == f"Protesters ({country})", got[0]


@pytest.mark.parametrize("text", [
    "احتشد مئات المتظاهرين أمس أمام السفارة في عمّان تنديداً بالعدوان الإسرائيلي على القطاع.",
    "تظاهر الآلاف أمس في صنعاء احتجاجاً على القصف الأميركي لمدن الساحل.",
])
def test_the_wrong_a_protest_denounces_is_no_event_of_the_sentence(text: str) -> None:
    got = rows(text)
    assert [r["event_type"] for r in got] == ["Protests"], [(r["event_type"], r["actor2"]) for r in got]


def test_an_attack_on_a_protest_is_still_an_event() -> None:
    text = "قصفت طائرات الاحتلال أمس تظاهرة في مدينة غزة ما أدى إلى استشهاد ثلاثة مواطنين."
    assert any(r["event_type"] == "Explosions/Remote violence" for r in rows(text))
