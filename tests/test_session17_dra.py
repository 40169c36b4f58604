"""Session 17 (DARAA): Daraa's assassinations — a former member of a force ("قيادي سابق في فصائل المعارضة",
"عنصر سابق في "الجيش الحر"") is a civilian target, not the force; "المسلحين" after the unknown gunmen are those
gunmen; a village headman ("مختار القرية") is one civilian; a victim whose force an aside names ("، وهو عنصر في
اللواء الثامن،") is that force hit."""

from __future__ import annotations

import datetime as dt

from helpers import violent_events

from rasd.arabic.normalize import normalize
from rasd.events.lexicon import trigger_matcher

DAY = dt.date(2025, 3, 10)


def _sides(text: str, on: dt.date = DAY) -> list[tuple[str, str, str, list[str]]]:
    return [(e.event_type, e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "",
             list(e.actor2_mentions)) for e in violent_events(on, text)]


def test_former_commander_of_the_opposition_is_a_civilian_target() -> None:
    rows = _sides("قُتل قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في بلدة اليادودة غربي درعا مساء أمس.")
    assert rows and rows[0][:3] == ("Violence against civilians", "unidentified", "civilians")
    assert rows[0][3] == ["قيادي سابق في فصائل المعارضة"]


def test_former_fighter_quoted_name_and_plain_verb() -> None:
    rows = _sides('أطلق مسلحون النار على عنصر سابق في "الجيش الحر" أمام منزله في مدينة طفس أمس، ما أدى إلى مقتله.')
    assert rows and rows[0][0] == "Violence against civilians" and rows[0][2] == "civilians"
    assert rows[0][3] == ['عنصر سابق في "الجيش الحر"']


def test_former_officer_of_an_army_with_glued_preposition() -> None:
    rows = _sides("اغتال مجهولون ضابطاً سابقاً بجيش النظام في مدينة الصنمين فجر اليوم.")
    assert rows and rows[0][0] == "Violence against civilians" and rows[0][2] == "civilians"


def test_former_fighters_in_a_monthly_highlight_are_still_reported() -> None:
    # the scorer weighs the force a former member served as before: the highlight of a report stays an event
    rows = _sides("ومن أبرز ما شهده الشهر، اغتيال قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في بلدة داعل، "
                  "يوم 12 شباط، أثناء خروجه من منزله.")
    assert rows and rows[0][0] == "Violence against civilians" and rows[0][2] == "civilians"


def test_serving_member_stays_the_force() -> None:
    # guard: a member who serves now is the force (ACLED: a clash with it)
    rows = _sides("قُتل قيادي في فصائل المعارضة برصاص مسلحين مجهولين في بلدة داعل أمس.")
    assert rows and rows[0][0] == "Battles" and rows[0][2] == "rebels"


def test_the_gunmen_named_again_are_the_unknown_gunmen() -> None:
    # "المسلحين" after "مسلحين مجهولين": the same gunmen, not a group the article names further on
    text = ("مقتل مختار بلدة في ريف درعا برصاص مسلحين مجهولين في مدينة نوى أمس.\n"
            "وقال مصدر محلي إن المسلحين أطلقوا النار عليه أمام منزله ثم فروا.\n"
            "وكانت فصائل المعارضة قد سيطرت على المدينة قبل عام 2018.")
    rows = _sides(text)
    assert rows and all(r[1] == "unidentified" for r in rows)


def test_headman_of_a_village_is_one_civilian() -> None:
    evs = violent_events(DAY, "قُتل مختار قرية برصاص مسلحين مجهولين أمام منزله في بلدة انخل شمالي درعا أمس.")
    assert evs and evs[0].event_type == "Violence against civilians"
    assert evs[0].actor2 is not None and evs[0].actor2.key == "civilians" and evs[0].fatalities == 1


def test_rounds_fired_are_a_past_act_of_shooting() -> None:
    # "وأطلقوا عدة رصاصات على …": the verb tells a shooting that happened, as "أطلقوا النار" does (the bare
    # "رصاصات" alone is only the weak "رصاص")
    found = [(m.key, m.payloads[0]) for m in trigger_matcher().find(normalize("ثم أطلقوا عدة رصاصات على المزارع"))]
    strong = [e for _k, e in found if e.trigger.weight >= 1.0 and "verb" in e.flags]
    assert strong and strong[0].trigger.plover_mode == "firearms"


def test_victim_serving_a_force_told_in_an_aside() -> None:
    # "، وهو عنصر في اللواء الثامن،": the man the gunmen hit serves that force; it is the side hit, not the attacker
    rows = _sides("قُتل الشاب خالد. ر، وهو عنصر في اللواء الثامن، برصاص مسلحين مجهولين في مدينة بصرى الشام فجر اليوم.")
    assert rows and rows[0][:3] == ("Battles", "unidentified", "eighth_brigade")


def test_victim_one_of_a_force_told_in_an_aside() -> None:
    rows = _sides("أصيب شاب، وهو أحد عناصر الأمن العام، بجروح إثر استهدافه بالرصاص من قبل مجهولين في مدينة داعل أمس.")
    assert rows and rows[0][0] == "Battles" and rows[0][1] == "unidentified" and rows[0][2] != "civilians"


def test_relative_of_a_member_stays_a_civilian() -> None:
    # guard: the aside tells whose father he is, not a force he serves
    rows = _sides("قُتل مدني، وهو والد عنصر في قوات النظام، برصاص مسلحين في مدينة جاسم أمس.")
    assert rows and rows[0][0] == "Violence against civilians" and rows[0][2] == "civilians"
