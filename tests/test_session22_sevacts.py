"""Session 22 (sevacts): several acts told in one sentence or headline, each at a place of its own, are each a
record: a toll that opens a headline or a bulletin's line and another act after it ("مقتل … في A وخطف … في B",
"بعد سقوط شهداء في A غارات على B"), and the same side's next act after "، كما" with a verb of its own
("هاجموا … في A، كما قصفوا B"); the toll's own cause ("… جراء قصف …") and an act at the same place stay one."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 10)


def _acts(text: str, on: dt.date = DAY) -> list[tuple[str, str, str]]:
    """(sub-event type, actor 1, location) of each record, sorted."""
    return sorted((str(r["sub_event_type"]), str(r["actor1"]), str(r["location"])) for r in record_rows(text, on))


def test_toll_then_abduction_at_another_town_are_two_acts() -> None:
    acts = _acts("مقتل شاب داخل متجره في مدينة نوى وخطف سائق في بلدة جاسم")
    assert [(s, loc) for s, _, loc in acts] == [("Abduction/forced disappearance", "Jasim"), ("Attack", "Nawa")]


def test_guard_toll_then_abduction_by_a_named_side_are_two_acts() -> None:
    """Pure guard: a toll, then another side's act at another town, told by its verb (passes on the old code)."""
    acts = _acts("مقتل امرأة برصاص مجهولين في مدينة طفس، وخطف مسلحون طفلاً في بلدة المزيريب")
    assert {loc for _, _, loc in acts} == {"Tafas", "Mzeireb"}
    assert any(s == "Abduction/forced disappearance" for s, _, _ in acts)


def test_toll_after_after_then_strikes_elsewhere_are_two_strikes() -> None:
    acts = _acts("بعد سقوط خمسة شهداء في مخيم جباليا غارات إسرائيلية عنيفة على خان يونس", dt.date(2024, 3, 10))
    assert len(acts) == 2
    assert {loc for _, _, loc in acts} == {"Jabalia", "Khan Yunis"}
    # the toll with neither means nor side takes the bombardment's side and kind
    assert all(a == "Military Forces of Israel (2009-)" and s == "Air/drone strike" for s, a, _ in acts)


def test_attack_then_also_shelling_of_other_villages_are_apart() -> None:
    acts = _acts("هاجم مسلحو قسد فجر اليوم نقاطاً للجيش السوري في ريف الرقة الشرقي، كما قصفوا بلدتي معدان والسبخة "
                 "بقذائف الهاون.")
    subs = [s for s, _, _ in acts]
    assert "Armed clash" in subs and subs.count("Shelling/artillery/missile attack") == 2
    assert all(a == "QSD: Syrian Democratic Forces" for _, a, _ in acts)  # the later verb has the first's subject


def test_guard_toll_of_its_cause_stays_one_act() -> None:
    """Pure guard: the act after "جراء" caused the toll (passes on the old code as well)."""
    acts = _acts("مقتل شاب في مدينة نوى جراء قصف على بلدة جاسم")
    assert all(s == "Shelling/artillery/missile attack" for s, _, _ in acts)


def test_guard_also_at_the_same_town_stays_one_record() -> None:
    """Pure guard: "، كما" with an act at the first clause's own place is not split (passes on the old code)."""
    acts = _acts("هاجم مسلحو قسد فجر اليوم نقاطاً للجيش السوري في بلدة معدان، كما قصفوا البلدة بقذائف الهاون.")
    assert len(acts) == 1


def test_guard_also_with_own_subject_is_left_to_the_sentence() -> None:
    """Pure guard: a verb after "كما" with a subject of its own keeps the reading of the whole sentence."""
    acts = _acts("قصفت المدفعية الإسرائيلية أطراف بلدة كفركلا، كما استهدفت غارة إسرائيلية أطراف بلدة الخيام.",
                 dt.date(2024, 3, 10))
    assert {loc for _, _, loc in acts} == {"Kfar Kila", "Khiam"}


def test_toll_then_other_side_destroying_tanks_elsewhere_are_two_acts() -> None:
    acts = _acts("سقوط عشرات الشهداء في مخيم جباليا والمقاومة تدمر دبابتين في حي الشجاعية", dt.date(2024, 3, 10))
    assert ("Armed clash", "Shujaiya (Gaza City)") in [(s, loc) for s, _, loc in acts]
    assert any(loc == "Jabalia" and s == "Attack" for s, _, loc in acts)  # the toll at its own place, no side of it
    assert not any(loc == "Jabalia" and a for _, a, loc in acts)  # (not the resistance's act)


def test_guard_present_of_destroying_is_no_act_without_a_vehicle() -> None:
    """Pure guard: "تدمر" with no military vehicle after it (the town of Palmyra) reports no act."""
    assert _acts("وصل وفد حكومي إلى مدينة تدمر اليوم لتفقد الآثار") == []


def test_shelling_then_drone_attack_on_the_same_base_are_two_acts() -> None:
    acts = _acts("تعرّضت قاعدة تل بيدر في ريف الحسكة صباح اليوم لقصف بقذائف صاروخية، تلاه مساءً هجوم بطائرة مسيّرة "
                 "على القاعدة نفسها.", dt.date(2024, 2, 12))
    assert sorted(s for s, _, _ in acts) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_guard_blasts_after_a_shelling_are_its_own() -> None:
    """Pure guard: "تلته انفجارات" tells the shelling's blasts, not another act (passes on the old code)."""
    acts = _acts("تعرّضت قاعدة تل بيدر في ريف الحسكة صباح اليوم لقصف بقذائف صاروخية، تلته انفجارات عنيفة داخل "
                 "القاعدة.", dt.date(2024, 2, 12))
    assert len(acts) == 1
