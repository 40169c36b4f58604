"""Session 22 (HOSPPLACE): places a text names that are not where the act happened.  The town of a hospital that the
dead or wounded reached or were rushed to is not the act's place when the sentence tells the act's own place after
it ("وصلت جثامين … إلى مستشفى X في Y، بعد قصف استهدف Z"); a burial told by its verb ("وشُيّع جثمانه في Y") is
where the dead were buried; and a settlement or position abroad named with its head ("مستعمرة X", "موقع X") and
later bare after a locating word ("في X") is the same place."""

from __future__ import annotations

import datetime as dt

from helpers import record_places

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places

DAY = dt.date(2024, 5, 20)


def _bare_ids(text: str, word: str) -> list[str]:
    nt = normalize(text)
    return [s.value.id for s in find_places(nt) if text[s.start:s.end] == word]


def test_arrival_at_a_hospital_before_the_strike_it_follows() -> None:
    places = record_places("وصلت جثامين 3 شهداء إلى مستشفى كمال عدوان في بيت لاهيا، بعد قصف إسرائيلي استهدف منزلاً في "
                           "مخيم جباليا شمالي قطاع غزة.", DAY)
    assert places == ["Jabalia"]


def test_wounded_rushed_to_a_town_hospital_before_the_shelled_village() -> None:
    places = record_places("أُسعف جريحان إلى مشفى في مدينة جبلة، إثر قصف استهدف قرية الحفة بريف اللاذقية.", DAY)
    assert places == ["Al-Haffa"]


def test_arrival_at_a_hospital_with_no_other_place_keeps_its_town() -> None:
    # guard: the hospital's town is the only place the sentence gives, and a wide area after it only locates it
    places = record_places("وصلت جثث أربعة قتلى إلى مشفى مدينة الصنمين شمالي درعا إثر انفجار لغم أرضي.", DAY)
    assert places == ["As-Sanamayn"]


def test_burial_town_after_the_act_in_a_countryside() -> None:
    places = record_places("قُتل عنصر من الأمن العام برصاص مسلحين في ريف حمص الشمالي، ودُفن جثمانه في بلدة تلبيسة.", DAY)
    assert "Talbiseh" not in places


def test_funeral_that_an_attack_disrupts_stays_the_act_place() -> None:
    # guard: the noun ("خلال تشييع …") tells where the act itself happened
    places = record_places("أصيب خمسة شبان برصاص قوات الاحتلال أثناء تشييع جثمان شهيد في بلدة يعبد غربي جنين.", DAY)
    assert places and places[0] == "Ya'bad"


def test_settlement_named_with_its_head_then_bare() -> None:
    text = ("استهدف مقاتلو حزب الله تجمعاً لجنود الاحتلال في مستعمرة المنارة صباح اليوم.\n\n"
            "وأفاد مراسلنا بسقوط قذائف في المنارة بعد الظهر.")
    assert _bare_ids(text, "المنارة") == ["city:manara"]


def test_position_named_with_its_head_then_bare_after_a_preposition() -> None:
    text = ("أعلنت المقاومة استهداف موقع الراهب بالأسلحة الصاروخية.\n\n"
            "وعاد المقاتلون ليستهدفوا تحركاً للجنود على الراهب مساءً.")
    assert _bare_ids(text, "الراهب") == ["site:raheb"]


def test_bare_name_with_no_head_before_stays_unread() -> None:
    # guard: with no head-led mention first, the everyday word is no place
    text = "وأفاد مراسلنا بسقوط قذائف في المنارة بعد الظهر، وقرب موقع الراهب."
    assert _bare_ids(text, "المنارة") == []


def test_bare_home_namesake_of_a_position_named_before_with_its_head() -> None:
    text = ("استهدف مقاتلو المقاومة موقع المالكية بالأسلحة الصاروخية وأصابوه إصابة مباشرة.\n\n"
            "وفي وقت لاحق، سقطت قذائف على المالكية وأطرافها.")
    assert _bare_ids(text, "المالكية") == ["site:malkia"]
