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


# ---------------------------------------------------------------- ACLED typing rules (round 6)

def _events(text: str) -> list:
    return extract_text(text, published=PUB).events


@pytest.mark.parametrize("text", [
    # an assassination of an officer by gunmen: the target is armed, so it is a clash
    "اغتال مسلحون مجهولون ضابطا في قوات النظام بإطلاق النار عليه قرب مدينة الصنمين في ريف درعا يوم الأحد.",
    # an ambush on a patrol
    "نصب مسلحون كمينا لدورية تابعة لقوات النظام على طريق بلدة الشجرة في ريف درعا الغربي، ما أدى إلى مقتل عنصرين.",
])
def test_direct_attack_on_armed_men_is_an_armed_clash(text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in _events(text)] == [("Battles", "Armed clash")]


def test_assassination_of_a_civilian_stays_violence_against_civilians() -> None:
    evs = _events("اغتال مسلحون مجهولون مدرسا مدنيا أمام منزله في بلدة الشجرة بريف درعا الغربي مساء الاثنين.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]
    assert evs[0].civilian_targeting


def test_shelling_that_kills_civilians_stays_a_shelling() -> None:
    evs = _events("قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة في جبل الزاوية، "
                  "ما أدى إلى مقتل ثلاثة مدنيين بينهم طفل.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert evs[0].civilian_targeting


def test_roadside_bomb_on_soldiers_is_a_remote_explosive() -> None:
    assert _types("انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام على طريق مدينة تدمر يوم الجمعة، "
                  "ما أدى إلى مقتل ثلاثة عناصر.") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_intercepted_missiles_are_disrupted_weapons_use_only() -> None:
    assert _types("اعترضت الدفاعات الجوية السورية صواريخ أطلقت باتجاه محيط مدينة دمشق فجر اليوم.") == [
        ("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize(("text", "sub"), [
    ("سيطرت قوات النظام على قرية الحويز في ريف حماة الشمالي يوم الخميس بعد معارك مع فصائل المعارضة.",
     "Government regains territory"),
    ("سيطرت هيئة تحرير الشام على قرية الحويز في ريف حماة الشمالي يوم الخميس بعد معارك مع قوات النظام.",
     "Non-state actor overtakes territory"),
])
def test_territory_follows_who_takes_it(text: str, sub: str) -> None:
    assert ("Battles", sub) in _types(text)


def test_territory_word_does_not_outrank_the_weapon() -> None:
    """ "مناطق سيطرة" names whose area was hit; the strike is a drone strike."""
    assert _types("استهدفت طائرة مسيرة تركية يوم الأحد مناطق سيطرة قسد في ريف القامشلي، ما أدى إلى مقتل عنصرين.") == [
        ("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(("text", "sub"), [
    ("شنت قوات الأمن حملة اعتقالات في حي الشعار بمدينة حلب يوم الثلاثاء، وألقت القبض على خمسة شبان.", "Arrests"),
    ("نهبت مجموعة مسلحة محتويات منازل المهجرين في قرية الحويز بريف حماة يوم الأربعاء.",
     "Looting/property destruction"),
    ("استقدمت قوات النظام تعزيزات عسكرية إلى محيط مدينة سراقب في ريف إدلب يوم السبت.", "Other"),
    ("جرت عملية تبادل أسرى بين قوات النظام وفصائل المعارضة قرب مدينة الباب يوم الاثنين.", "Agreement"),
])
def test_strategic_developments(text: str, sub: str) -> None:
    assert ("Strategic developments", sub) in _types(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("خرج عشرات المتظاهرين في مدينة السويداء يوم الجمعة، وفرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع.",
     ("Protests", "Protest with intervention")),
    # tear gas against the crowd is an intervention
    ("تظاهر عشرات الأهالي في مدينة السويداء يوم الجمعة، واستخدمت قوات الأمن الغاز المسيل للدموع ضدهم.",
     ("Protests", "Protest with intervention")),
    ("تظاهر عشرات الأهالي في مدينة السويداء يوم الجمعة للمطالبة بتحسين الأوضاع المعيشية.",
     ("Protests", "Peaceful protest")),
    ("أشعل محتجون غاضبون الإطارات وقطعوا الطريق الرئيسي في مدينة السويداء يوم الجمعة ورشقوا مبنى المحافظة بالحجارة.",
     ("Riots", "Violent demonstration")),
])
def test_protests_and_riots(text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(text)
