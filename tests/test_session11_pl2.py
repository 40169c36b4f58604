"""Places that only locate something else, and merges that keep the broader place (session 11): the topic of a
protest, a condemnation or a warning is not where the act is, also glued to the word before it; a camp or a quarter
abroad lies in the town its gazetteer entry names, so a town named with its camp ("في نابلس ومخيم بلاطة", "قرب
نابلس" after the camp) only says where the camp lies, and a summary at the town and the report at the camp are one
event at the camp; a town and its quarter each with an act of its own in its own clause stay two events."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.document import Event, PlaceRef, Span
from rasd.events.stage import _fold
from rasd.geo.assign import _target, contains, part_of
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 14)


def ref(name: str) -> PlaceRef:
    """The gazetteer's reading of a place name said alone."""
    found = find_places(normalize(name))
    assert found, name
    return found[0].value


def places_of(text: str) -> list[str]:
    """The English name of each event's place, in the order rasd gives the events."""
    doc = extract_text(text, published=DAY)
    return [e.place.name_en for e in doc.events if e.place is not None]


def place_is_target(text: str, word: str) -> bool:
    """Whether the place named ``word`` in ``text`` can be an event's place."""
    doc = extract_text(text, published=DAY)
    k = doc.text.index(word)
    p = next(q for q in doc.layer("places") if q.start <= k < q.end)
    return _target(doc, p)


@pytest.mark.parametrize("text, word", [
    # the protest's topic, the adverb glued to the word before it by the scraper
    ("تجمع مئات المستوطنين مساء أمس في الشمالاحتجاجاً على الوضع الأمني عند الحدود مع لبنان.", "لبنان"),
    # a participle of condemnation glued to its object
    ("أصيب شابان بالرصاص خلال وقفة منددةبالاقتحام الذي نفذه الاحتلال في طولكرم.", "طولكرم"),
    # a warning's topic
    ("حذرت الحكومة من عسكرة البحر الأحمر وتداعياتها على الملاحة.", "البحر الأحمر"),
])
def test_the_topic_of_a_protest_or_a_warning_is_no_event_place(text: str, word: str) -> None:
    assert not place_is_target(text, word)


def test_a_plural_noun_of_protest_is_no_topic_phrase() -> None:
    # "الاحتجاجات في برلين": the protests are in Berlin ("احتجاجا" inside the plural opens nothing)
    assert place_is_target("تصاعدت الاحتجاجات في برلين ضد سياسة الحكومة.", "برلين")


def test_the_injuries_at_a_protest_are_where_the_protest_is_not_where_its_topic_happened() -> None:
    text = "أصيب عدد من الشبان بالرصاص الحي شرقي جباليا خلال مسيرة منددةبالاقتحام الذي نفذه الاحتلال في طولكرم."
    assert places_of(text) == ["Jabalia"]


@pytest.mark.parametrize("part, town", [("مخيم بلاطة", "نابلس"), ("مخيم عسكر", "نابلس"), ("حي الزيتون", "مدينة غزة"),
                                        ("مخيم نور شمس", "طولكرم")])
def test_a_camp_or_quarter_abroad_lies_in_the_town_its_entry_names(part: str, town: str) -> None:
    assert part_of(ref(part), ref(town))
    assert contains(ref(town), ref(part))
    assert not contains(ref(part), ref(town))


def test_a_camp_lies_in_no_other_town() -> None:
    assert not contains(ref("مدينة غزة"), ref("مخيم بلاطة"))
    assert not contains(ref("طولكرم"), ref("مخيم عسكر"))


def test_a_town_named_with_its_camp_is_one_event_at_the_camp() -> None:
    text = "اندلعت اشتباكات مسلحة بين المقاومين وقوات الاحتلال في نابلس ومخيم بلاطة فجر اليوم."
    assert places_of(text) == ["Balata camp (Nablus)"]


def test_a_town_named_with_its_quarter_as_one_target_is_one_event_at_the_quarter() -> None:
    assert places_of("شنت طائرات الاحتلال غارات على مدينة غزة وحي الزيتون فجر اليوم.") == ["Zeitoun (Gaza City)"]


def test_a_town_and_its_quarter_each_with_its_own_act_are_two_events() -> None:
    text = "شنت طائرات الاحتلال غارة على مدينة غزة، وقصفت مدفعية الاحتلال حي الزيتون."
    assert sorted(places_of(text)) == ["Gaza City", "Zeitoun (Gaza City)"]


def test_the_town_near_a_camp_only_locates_it() -> None:
    text = "أطلق شبان النار على جنود الاحتلال أثناء دخولهم مخيم عسكر القديم قرب نابلس ليلاً."
    assert places_of(text) == ["Askar camp (Nablus)"]


def test_a_summary_at_the_town_and_the_report_at_its_camp_are_one_event_at_the_camp() -> None:
    text = ("اقتحمت قوات الاحتلال مدينة طولكرم فجر اليوم، ما أدى إلى اندلاع اشتباكات مسلحة مع المقاومين.\n"
            "وخاض المقاومون اشتباكات مسلحة مع قوات الاحتلال في مخيم نور شمس.")
    assert places_of(text) == ["Nur Shams camp (Tulkarm)"]


def test_a_quarter_named_after_its_town_as_the_place_meant() -> None:
    text = "قصفت طائرات الاحتلال مدينة غزة، ولا سيما حي الشجاعية، ما أدى إلى استشهاد ثلاثة مواطنين."
    assert places_of(text) == ["Shujaiya (Gaza City)"]


def test_a_record_folded_into_the_towns_record_brings_the_camp_it_names() -> None:
    # the body's record at the town re-told by a record at the camp in it (a headline's): one event at the camp
    town = Event("Battles", "Armed clash", place=ref("نابلس"), location_mentions=["نابلس"],
                 evidence=[Span(50, 90, "e")])
    camp = Event("Battles", "Armed clash", place=ref("مخيم بلاطة"), location_mentions=["مخيم بلاطة"],
                 evidence=[Span(0, 40, "e")])
    _fold(town, camp, {})
    assert town.place is not None and town.place.name_en == "Balata camp (Nablus)"
    assert town.location_mentions == ["مخيم بلاطة", "نابلس"]


def test_a_record_folded_in_at_the_town_leaves_the_camp() -> None:
    camp = Event("Battles", "Armed clash", place=ref("مخيم بلاطة"), location_mentions=["مخيم بلاطة"])
    town = Event("Battles", "Armed clash", place=ref("نابلس"), location_mentions=["نابلس"])
    _fold(camp, town, {})
    assert camp.place is not None and camp.place.name_en == "Balata camp (Nablus)"
