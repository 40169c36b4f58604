"""Actor roles when an actor announces a toll (rasd.events.frames: _toll_announcement, _statement_role,
_fill_actors): the announcer of its own dead is the side hit, the announcer of others' deaths a source
(or the party that did it), and the agent cues after the toll ("بهجوم لـX", "بنيران X") name the initiator;
with none named, ACLED's unidentified armed group of the event's country.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import event_rows

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 14)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for _, _, a1, a2 in event_rows(text, DAY)]


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "")
            for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text, attacker, hit", [
    # the announcer's men named as a force of its own kind ("عناصر من الجيش"); the attacker after "بهجوم لـ"
    ("أعلنت وزارة الدفاع السورية مقتل خمسة عناصر من الجيش بهجوم لمسلحين على حاجز في ريف حماة اليوم.",
     "unidentified", "syr_gov"),
    # a member noun with the announcer's pronoun ("من عناصرها")
    ("أعلنت قوات سوريا الديمقراطية مقتل ثلاثة من عناصرها بهجوم لتنظيم داعش في ريف دير الزور اليوم.",
     "is", "sdf"),
    # a headline: subject before "يعلن", "عن" before the toll, soldiers with the army's pronoun
    ("الجيش اللبناني يعلن عن إصابة ثلاثة من عسكرييه بإطلاق نار على مركز له في صيدا اليوم.",
     "unidentified", "lbn"),
])
def test_announcer_of_its_own_dead_is_the_side_hit(text: str, attacker: str, hit: str) -> None:
    pairs = _pairs(text)
    assert pairs and all(p == (attacker, hit) for p in pairs), pairs


def test_soldier_of_a_state_army_hit_by_an_unnamed_sniper() -> None:
    names = _names("أعلن الجيش الإسرائيلي مقتل جندي بنيران قناص في جنين اليوم.")
    assert names == [("Unidentified Armed Group (Palestine)", "Military Forces of Israel (2009-)")]


def test_rank_of_an_officer_counts_as_the_armys_own() -> None:
    pairs = _pairs("أقرّ الجيش الإسرائيلي اليوم بمقتل النقيب في قوات الاحتياط خلال المعارك في خان يونس.")
    assert pairs and all(a2 == "isr" and a1 != "isr" for a1, a2 in pairs), pairs


@pytest.mark.parametrize("text, announcer", [
    # police reporting the deaths of people in a bombing: a source, not a party
    ("أعلنت الشرطة الباكستانية مقتل 30 شخصاً في تفجير استهدف مسجداً في بيشاور اليوم.", "police_generic"),
    ("أعلنت قوى الأمن الداخلي مقتل أربعة مدنيين بانفجار عبوة ناسفة في سوق بلدة الشحيل اليوم.", "syr_police"),
])
def test_announcer_of_civilian_deaths_is_a_source(text: str, announcer: str) -> None:
    pairs = _pairs(text)
    assert pairs and all(announcer not in p for p in pairs), pairs
    assert all(a2 == "civilians" for _, a2 in pairs), pairs


def test_health_ministry_control_keeps_the_shooter() -> None:
    pairs = _pairs("أعلنت وزارة الصحة الفلسطينية استشهاد ثلاثة شبان برصاص الاحتلال في نابلس اليوم.")
    assert pairs == [("isr", "civilians")]


@pytest.mark.parametrize("text, initiator, other", [
    # a claim of one's own attack: the dead are the other side's, the claimer's fighters did it
    ("أعلنت هيئة تحرير الشام مقتل عشرة عناصر من قوات النظام بهجوم نفذه مقاتلوها في ريف إدلب اليوم.",
     "hts", "syr_gov"),
    # an army announcing it killed others: a party to the clash
    ("أعلن الجيش مقتل عشرة مسلحين في اشتباك في ريف درعا اليوم.", "state_generic", "unidentified"),
    # civilians killed by the announcer's own forces ("برصاص قواته")
    ("أعلن الجيش الإسرائيلي مقتل شابين فلسطينيين برصاص قواته قرب طولكرم اليوم.", "isr", "civilians"),
])
def test_announcer_of_others_deaths_by_its_own_hand_is_the_initiator(text: str, initiator: str,
                                                                     other: str) -> None:
    assert _pairs(text) == [(initiator, other)]


def test_attack_of_x_names_the_attacker() -> None:
    # "بهجوم لـX": X's attack, even after two sides named as the dead's
    pairs = _pairs("قُتل عنصران وجُرح آخرون من الجيش السوري والقوات الرديفة أمس بهجوم لمسلحين على موقع قرب تدمر.")
    assert pairs == [("unidentified", "syr_gov")]


def test_a_force_announcing_its_own_dead_through_its_spokesman_is_the_side_hit() -> None:
    got = _names("أعلن الناطق باسم قوات سوريا الديمقراطية مقتل أربعة من عناصرها بهجوم لتنظيم داعش قرب الشحيل أمس.")
    assert got and got[0][0].startswith("Islamic State") and got[0][1].startswith("QSD")
    # a spokesman announcing civilians' deaths stays a source
    civ = _names("أعلن المتحدث باسم الدفاع المدني مقتل مدنيين اثنين بقصف لقوات النظام على بلدة سرمين أمس.")
    assert civ and civ[0][0].startswith("Military Forces of Syria") and civ[0][1].startswith("Civilians")
