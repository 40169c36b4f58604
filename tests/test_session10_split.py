"""Session 10: the villages of a list that the gazetteer lacks are events of their own (ACLED: one event per
place; a village it cannot locate goes to the nearest known town, geo_precision 2)."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on, place_doc, trigger_at  # noqa: F401

from rasd.document import PlaceRef, Span
from rasd.geo.assign import unlisted_places
from rasd.pipeline import extract_text

TOWN = PlaceRef(id="C100", name_en="Town A", name_ar="البلدة", level="community", lat=35.0, lon=40.0,
                admin1="SY09")
OTHER = PlaceRef(id="C200", name_en="Town B", name_ar="الأخرى", level="community", lat=35.2, lon=40.2,
                 admin1="SY09")


def _sentence(doc) -> Span:  # type: ignore[no-untyped-def]
    return doc.layer("sentences")[0]


def test_unknown_village_of_a_dual_goes_to_its_listmate() -> None:
    text = "قصفت المدفعية قريتي زهران وكفرسلوان في الريف الشرقي."
    doc = place_doc(text, [("زهران", TOWN)])
    known, unknown = unlisted_places(doc, _sentence(doc), [trigger_at(doc, "قصفت")])
    assert [doc.text[p.start:p.end] for p in known] == ["زهران"]
    assert [doc.text[p.start:p.end] for p in unknown] == ["كفرسلوان"]
    ref = unknown[0].value
    assert ref.id != TOWN.id and (ref.lat, ref.lon) == (TOWN.lat, TOWN.lon) and ref.geo_precision == 2


def test_each_unknown_item_takes_the_known_item_before_it() -> None:
    text = "استهدف القصف بلدات زهران وأبو سلوى والمشرفة وكفرسلوان في ريف المحافظة."
    doc = place_doc(text, [("زهران", TOWN), ("المشرفة", OTHER)])
    _known, unknown = unlisted_places(doc, _sentence(doc), [trigger_at(doc, "استهدف")])
    names = [(doc.text[p.start:p.end], p.value.name_en) for p in unknown]
    assert names == [("أبو سلوى", "Town A"), ("كفرسلوان", "Town B")]


def test_common_nouns_and_origins_are_no_items() -> None:
    # "والمناطق المحيطة" is no village; "من بلدات …" tells where the act came from
    text = "قصفت المدفعية بلدات زهران والمناطق المحيطة بها."
    doc = place_doc(text, [("زهران", TOWN)])
    assert unlisted_places(doc, _sentence(doc), [trigger_at(doc, "قصفت")])[1] == []
    text2 = "انطلقت القذائف من بلدات زهران وكفرسلوان نحو المواقع."
    doc2 = place_doc(text2, [("زهران", TOWN)])
    assert unlisted_places(doc2, _sentence(doc2), [trigger_at(doc2, "انطلقت")])[1] == []


def test_a_list_of_unknown_names_only_is_left_alone() -> None:
    text = "قصفت المدفعية قريتي كفرسلوان وضهرة المساعيد."
    doc = place_doc(text, [])
    assert unlisted_places(doc, _sentence(doc), [trigger_at(doc, "قصفت")]) == ([], [])


def test_quoted_names_joined_by_and() -> None:
    text = 'أطلقت الفصائل رشقات صاروخية استهدفت "زهران" و"كفرسلوان" صباحاً.'
    doc = place_doc(text, [("زهران", TOWN)])
    _known, unknown = unlisted_places(doc, _sentence(doc), [trigger_at(doc, "أطلقت")])
    assert [doc.text[p.start:p.end] for p in unknown] == ["كفرسلوان"]


def test_a_listed_unknown_village_is_an_event_of_its_own() -> None:
    text = ("قصفت قوات الجيش السوري، اليوم الأحد، بقذائف المدفعية مواقع المسلحين في قريتي سراقب وكفرسلوان "
            "في ريف إدلب الشرقي.")
    events = extract_text(text, published=dt.date(2024, 3, 3)).events
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2
    assert {e.place.geo_precision for e in shelling if e.place} == {1, 2}


def _locations(text: str) -> list[tuple[str, int, tuple[str, ...]]]:
    doc = extract_text(text, published=dt.date(2024, 4, 24))
    return [(e.sub_event_type, e.place.geo_precision if e.place else 0, tuple(e.location_mentions))
            for e in doc.events]


def test_a_quoted_site_the_gazetteer_lacks_is_no_retelling_of_the_event_before() -> None:
    # the second report names a site of its own (unknown to the gazetteer): it borrows the town of the first
    # only as a nearby point, and stays an event of its own
    text = ("أعلن حزب الله، اليوم الأربعاء، استهداف مبنى يتموضع فيه جنود الاحتلال في مستوطنة \"المطلة\" "
            "بصاروخ موجه.\n"
            "كذلك، أعلن حزب الله استهداف تجمع لجنود الاحتلال في \"حرش الصنوبر\" بقذائف المدفعية.")
    rows = _locations(text)
    assert len(rows) == 2
    assert any(gp == 2 and "حرش الصنوبر" in mentions for _t, gp, mentions in rows)


def test_the_same_quoted_site_told_twice_is_one_event() -> None:
    text = ("أعلن حزب الله، اليوم الأربعاء، استهداف مبنى يتموضع فيه جنود الاحتلال في مستوطنة \"المطلة\" "
            "بصاروخ موجه.\n"
            "كذلك، أعلن حزب الله استهداف تجمع لجنود الاحتلال في \"حرش الصنوبر\" بقذائف المدفعية.\n"
            "وأكد حزب الله أن قصف \"حرش الصنوبر\" أصاب التجمع إصابة مباشرة.")
    rows = _locations(text)
    assert len(rows) == 2


def test_the_area_between_two_villages_is_one_target() -> None:
    text = "أغارت الطائرات على المنطقة الواقعة بين بلدتي زهران وكفرسلوان."
    doc = place_doc(text, [("زهران", TOWN)])
    assert unlisted_places(doc, _sentence(doc), [trigger_at(doc, "أغارت")]) == ([], [])
