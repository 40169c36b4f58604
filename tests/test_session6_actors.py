"""Session 6 audit (actors and numbers): classes of error that recur on fresh articles.

- a force noun with two allied (or "joint") nationality adjectives names the second state as associate;
- a dual casualty noun ("شهيدين") counts two.
"""

from __future__ import annotations

import datetime as dt

from rasd.document import Event
from rasd.pipeline import extract_text


def _events(text: str, on: dt.date = dt.date(2023, 5, 9)) -> list[Event]:
    return list(extract_text(text, published=on).events)


def test_two_allied_nationalities_after_a_force_noun() -> None:
    evs = _events("نفذت طائرات حربية سورية وروسية مساء أمس غارات على مقرات لهيئة تحرير الشام في ريف إدلب الجنوبي.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name.startswith("Military Forces of Syria")
    assert [r.name for r in evs[0].assoc_actor_1] == ["Military Forces of Russia (2000-)"]


def test_two_allied_nationalities_joined_by_a_dash() -> None:
    evs = _events("استهدفت الضربات الجوية السورية - الروسية المشتركة أمس مواقع في جبل الزاوية بريف إدلب.")
    assert evs and [r.name for r in evs[0].assoc_actor_1] == ["Military Forces of Russia (2000-)"]


def test_two_opposed_nationalities_are_not_joined() -> None:
    evs = _events("قصفت المدفعية التركية والروسية أمس قرى في ريف حلب الشمالي.")
    assert evs and not evs[0].assoc_actor_1
    assert evs[0].actor2 is None or "Russia" not in evs[0].actor2.name


def test_a_dual_martyr_noun_counts_two() -> None:
    evs = _events("قصفت طائرة مسيرة إسرائيلية أمس سيارة قرب بلدة في ريف القنيطرة ما أدى إلى سقوط شهيدين.")
    assert evs and evs[0].quantities.get("killed") == 2 and evs[0].fatalities == 2


def test_a_dual_after_a_casualty_word_counts_two() -> None:
    evs = _events("أفاد مراسلنا بارتقاء شهيدين جراء غارة إسرائيلية على شاحنة في ريف حمص الغربي أمس.")
    assert evs and evs[0].quantities.get("killed") == 2
