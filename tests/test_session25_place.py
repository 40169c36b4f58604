"""Session 25 (PLACE): towns abroad the gazetteer lacked (GeoNames rows: Sennar, Islamabad, El Geneina …), a
planned attack ("وسط أنباء عن استعداد … للهجوم على X") is no act at X, a state abroad with a reach of its own sums up
only the places within it, and a place the act's place "overlooks" ("المطلّة على البحر") only describes it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.geo.gazetteer import get_gazetteer

DAY = dt.date(2024, 4, 24)  # a Wednesday


def _places(text: str, day: dt.date = DAY) -> list[tuple[object, object]]:
    return [(r["sub_event_type"], r["location"]) for r in record_rows(text, day)]


def test_new_towns_abroad_resolve() -> None:
    g = get_gazetteer()
    for name, english in (("سنار", "Sennar"), ("إسلام آباد", "Islamabad"),
                          ("الخرطوم بحري", "Khartoum North"), ("أشدود", "Ashdod")):
        assert english in {e.name_en for e in g.lookup(name)}, name


def test_arrests_in_islamabad() -> None:
    text = "اعتقلت الشرطة الباكستانية أمس الثلاثاء عشرات المحتجين من أنصار المعارضة في إسلام آباد بعد مواجهات مع الأمن."
    assert ("Arrests", "Islamabad") in _places(text)


def test_bahri_only_as_a_named_district() -> None:
    """"بحري" is the adjective "naval" too: Khartoum North only with its head word or its full name."""
    assert ("Armed clash", "Khartoum North") in _places(
        "اندلعت اشتباكات عنيفة أمس بين الجيش وقوات الدعم السريع في منطقة بحري شمالي العاصمة.")
    rows = _places("أعلن الجيش السوداني أمس صد هجوم بحري شنته قوات الدعم السريع قرب الخرطوم.")
    assert all(loc != "Khartoum North" for _t, loc in rows)


def test_planned_attack_is_no_second_act() -> None:
    text = ("أفاد مصدر عسكري بأن معارك عنيفة اندلعت أمس الثلاثاء غرب ولاية سنار بين الجيش السوداني وقوات الدعم "
            "السريع، مع تقارير عن استعداد قوات الدعم للهجوم على مدينة الفاشر.")
    rows = _places(text)
    assert ("Armed clash", "Sennar") in rows
    assert all(loc != "El Fasher" for _t, loc in rows)


def test_state_abroad_does_not_sum_up_the_next_states_town() -> None:
    text = ("قال مصدر عسكري إن الجيش السوداني صد أمس الثلاثاء هجوماً لقوات الدعم السريع في مدينة سنار.\n"
            "بدوره، ذكرت مصادر محلية أن الجيش شن أمس سلسلة غارات على مواقع للدعم السريع في ولاية الجزيرة.")
    rows = _places(text)
    assert ("Air/drone strike", "Gezira State") in rows
    assert any(loc == "Sennar" for _t, loc in rows)


def test_place_overlooked_only_describes() -> None:
    text = ("شنت طائرات أميركية، أمس الثلاثاء، غارتين على جزيرة صغيرة تابعة لمحافظة الحديدة، المطلّة على البحر "
            "الأحمر.")
    assert ("Air/drone strike", "Hodeidah") in _places(text)


def test_geneina_only_as_the_city() -> None:
    """"مدينة الجنينة" is the capital of West Darfur; "بلدة الجنينة" of the Syrian news is a village of Deir ez-Zor."""
    rows = _places("اندلعت أمس الثلاثاء اشتباكات عنيفة في مدينة الجنينة بين الجيش السوداني وقوات الدعم السريع.")
    assert ("Armed clash", "Al-Junaynah") in rows
    rows = _places("هاجم مسلحون من العشائر أمس الثلاثاء مقراً لقسد في بلدة الجنينة بريف دير الزور الغربي.")
    assert all(loc != "Al-Junaynah" for _t, loc in rows)
