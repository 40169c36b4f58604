"""Session 9, merging and splitting: one sentence that lists several targets reports one event per place (ACLED),
whatever way the list goes on: past the weapon of the first target, with "وآخر في", after a pair "بين X وY", or
after the second name of the first target's place; two military positions a kilometre apart are two targets."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import glue_repair_on  # noqa: F401  (autouse fixture)

from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 21)


def places(text: str) -> list[str]:
    """The English place names of the events rasd extracts from ``text``, in order."""
    return [e.place.name_en if e.place else "" for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize(("text", "expected"), [
    # the area between two towns is one target; the towns the sentence goes on to list are targets of their own
    ("أغارت الطائرات الإسرائيلية اليوم على المنطقة الواقعة بين بلدتي المنصوري ومجدل زون، كما أغارت على بلدتي مروحين"
     " والخيام.", ["Mansouri", "Marwahin", "Khiam"]),
    # a list that ends with the area between two towns
    ("ضربت غارات إسرائيلية اليوم بلدة يارون وأطراف بلدة عيتا الشعب، والمنطقة الواقعة بين بلدتي طير حرفا والجبين.",
     ["Yaroun", "Aita al-Shaab", "Tayr Harfa"]),
    # two positions whose names share only their head noun ("موقع") are two targets
    ("قصف حزب الله اليوم موقع حدب يارين وموقع بركة ريشا بالصواريخ.",
     ["Hadab Yarin position", "Birket Risha position"]),
    # "وآخر في": a further group of soldiers struck at another place
    ("استهدف حزب الله اليوم تجمعاً للجنود في موقع جل العلام بصاروخ موجه، وآخر في قلعة هونين.",
     ["Jal al-Alam position", "Hunin"]),
    # the list goes on past the weapon the first target was struck with
    ("أعلنت المقاومة اليوم قصف موقع بياض بليدا بقذائف المدفعية، وموقع بركة ريشا.",
     ["Bayad Blida position", "Birket Risha position"]),
    # two names of one place (both positions lie in the farms), then a further target
    ("قصف حزب الله اليوم موقعي زبدين ورويسات العلم في مزارع شبعا، وثكنة زرعيت.", ["Shebaa Farms", "Zar'it"]),
])
def test_each_listed_target_is_an_event(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "اندلعت اليوم اشتباكات عنيفة بين بلدتي مروحين والخيام.",  # one front line
    "قصفت المدفعية الإسرائيلية اليوم الطريق الواصل بين بلدتي مروحين والخيام.",  # one road between two towns
])
def test_a_pair_between_two_places_stays_one_event(text: str) -> None:
    assert len(places(text)) == 1
