"""Event typing: the ACLED event/sub-event type chosen for a report (own-words sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.pipeline import extract_text

PUB = dt.date(2024, 3, 5)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUB).events]


def test_aerial_aggression_on_civilians_is_an_air_strike() -> None:
    """An air attack that kills civilians stays an air strike, with civilian targeting set."""
    doc = extract_text("شنت طائرات الاحتلال عدوانا جويا على مبنى سكني في مدينة حماة، ما أدى إلى مقتل ثلاثة مدنيين.",
                       published=PUB)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [
        ("Explosions/Remote violence", "Air/drone strike")]
    assert doc.events[0].civilian_targeting


def test_missile_from_a_drone_is_a_drone_strike() -> None:
    assert _types("استهدفت مسيرة تركية سيارة بصاروخ قرب مدينة القامشلي يوم الاثنين، ما أدى إلى مقتل شخصين.") == [
        ("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(("text", "sub"), [
    # explosions caused by shelling are the shelling, not a bomb
    ("قصفت قوات النظام صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى وقوع انفجارات في البلدة وإصابة ثلاثة مدنيين.",
     "Shelling/artillery/missile attack"),
    # an explosion with no delivery named stays an explosive device
    ("هز انفجار عنيف بلدة كفرنبل في ريف إدلب صباح اليوم، ما أدى إلى إصابة ثلاثة مدنيين.",
     "Remote explosive/landmine/IED"),
])
def test_bare_explosion_word(text: str, sub: str) -> None:
    assert _types(text) == [("Explosions/Remote violence", sub)]


def test_bare_attack_takes_the_bombing_the_article_reports() -> None:
    text = ("انفجرت عبوة ناسفة في سوق مدينة الباب يوم الأحد، ما أدى إلى مقتل شخصين.\n\n"
            "وأعلن التنظيم مسؤوليته عن هجوم آخر في المدينة نفسها أسفر عن إصابة ثلاثة أشخاص.")
    types = _types(text)
    assert len(types) == 2
    assert set(types) == {("Explosions/Remote violence", "Remote explosive/landmine/IED")}


def test_bare_attack_takes_the_attack_on_civilians_the_article_reports() -> None:
    text = ("أطلق مسلحون النار على مجموعة من الرعاة في ريف حماة الشرقي يوم الأحد، ما أدى إلى مقتل أربعة مدنيين.\n\n"
            "وقتل المدنيون الأربعة في هجوم نفذه مسلحون من تنظيم داعش على أطراف البادية.")
    types = _types(text)
    assert types and all(t == ("Violence against civilians", "Attack") for t in types)


def test_fighting_stays_a_battle() -> None:
    assert _types("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف إدلب، وأسفرت عن مقتل خمسة عناصر.") == [
        ("Battles", "Armed clash")]
