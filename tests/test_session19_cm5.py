"""Session 19 (cm5): clashes of local armed groups — the group named "مجموعة محلية مسلحة" is a side, and
the people of a town counted with no number ("عدد من أبناء البلدة") are no side of the clash."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Event
from rasd.pipeline import extract_text

_DAY = dt.date(2025, 6, 14)


def _clashes(text: str) -> list[Event]:
    return [e for e in extract_text(text, _DAY).events if e.sub_event_type == "Armed clash"]


def _keys(ev: Event) -> set[str]:
    return {a.key for a in (ev.actor1, ev.actor2) if a is not None}


@pytest.mark.parametrize("text, other", [
    ("شهدت بلدة المزرعة في ريف السويداء الغربي، مساء أمس الجمعة، اشتباكات بين مجموعة محلية مسلحة ومسلحين من "
     "عشائر البدو أسفرت عن مقتل شخص.", "tribal"),
    ("اندلعت اشتباكات عنيفة صباح اليوم السبت في مدينة جاسم بريف درعا بين عناصر الأمن العام ومجموعة محلية "
     "مسلحة رفضت تسليم سلاحها.", ""),
    ("قُتل عنصران من الأمن الداخلي صباح اليوم في اشتباك مع المجموعة المحلية المسلحة التي تسيطر على حي في مدينة "
     "الصنمين.", ""),
])
def test_local_armed_group_is_a_side(text: str, other: str) -> None:
    evs = _clashes(text)
    assert len(evs) == 1
    ev = evs[0]
    assert "unidentified" in _keys(ev) and ev.actor1 is not None and ev.actor2 is not None
    mentions = ev.actor1_mentions + ev.actor2_mentions
    assert any("محلية" in m for m in mentions)
    if other:
        assert other in _keys(ev)


@pytest.mark.parametrize("text", [
    "وكانت مدينة الصنمين قد شهدت في آذار 2020 مواجهات بين قوات النظام السابق ومجموعة محلية مسلحة، انتهت "
    "بخروج عدد من أبناء المدينة إلى الشمال السوري.",
    "هاجمت مجموعة مسلحة حاجزاً للأمن العام في بلدة طفس مساء أمس، واندلعت اشتباكات أدت إلى إصابة العديد من أبناء "
    "البلدة.",
    # guard (passes on the old code too): the town's people displaced, counted by "عشرات"
    "اشتبك مسلحون مع دورية للأمن العام في بلدة الجيزة صباح اليوم، وأسفرت الاشتباكات عن نزوح عشرات من أبناء البلدة.",
])
def test_people_counted_without_number_are_no_side(text: str) -> None:
    evs = _clashes(text)
    assert evs
    assert all("communal" not in _keys(e) for e in evs)
    assert all(not any("أبناء" in m for m in e.actor1_mentions + e.actor2_mentions) for e in evs)


def test_armed_sons_of_a_town_stay_a_side() -> None:
    """Guard: fighters from a town ("مسلحون من أبناء البلدة") are still the town's side."""
    evs = _clashes("اندلعت اشتباكات صباح اليوم في بلدة عريقة بين مسلحين من أبناء البلدة ومسلحين من عشائر البدو.")
    assert evs and any("communal" in _keys(e) for e in evs)
