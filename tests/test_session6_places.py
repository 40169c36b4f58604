"""Event places, session 6 (geo/stage.py, geo/assign.py): a near or compass word before a town head
("في محيط مدينة X", "قرب بلدة X", "5 كم شرقي مدينة X") puts the event near the town (geo_precision 2),
not in it; and a countryside or governorate event does not move to the provincial capital because the
lead names that capital bare ("تطورات حماة"), a name that stands for the governorate as well.

The fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.document import PlaceRef
from rasd.geo.assign import event_place
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 5)


def _read(text: str) -> list[tuple[str, str, str, int]]:
    """(surface, English name, role, geo_precision) of each place the text names."""
    out = []
    for sp in find_places(normalize(text)):
        v: PlaceRef = sp.value
        out.append((text[sp.start:sp.end], v.name_en, v.role, v.geo_precision))
    return out


def _town(text: str, name: str) -> tuple[str, int]:
    got = [(role, prec) for surface, _en, role, prec in _read(text) if name in surface]
    assert got, _read(text)
    return got[0]


@pytest.mark.parametrize("text", [
    "سقطت قذائف صاروخية في محيط مدينة حمص مساء أمس.",
    "استهدفت غارة موقعاً قرب مدينة إدلب فجر اليوم.",
    "رصد الجيش تحركات للمسلحين في محيط بلدة سرمين خلال الليل.",
    "انفجرت عبوة ناسفة بالقرب من بلدة سرمين صباح اليوم.",
])
def test_near_word_before_a_town_head_is_near_the_town(text: str) -> None:
    name = "حمص" if "حمص" in text else "إدلب" if "إدلب" in text else "سرمين"
    assert _town(text, name) == ("near", 2)


def test_town_head_alone_is_the_town_itself() -> None:
    assert _town("سقطت قذائف صاروخية في مدينة حمص مساء أمس.", "حمص") == ("place", 1)
    assert _town("رصد الجيش تحركات للمسلحين في بلدة سرمين خلال الليل.", "سرمين") == ("place", 1)


def test_compass_side_of_a_named_town_is_near_the_town() -> None:
    # no place before it: "N km west of the town" is the town's surroundings
    assert _town("قصفت مسيرة نقطة عسكرية على بعد 5 كم شرقي مدينة حمص اليوم.", "حمص") == ("near", 2)
    # a bare compass phrase still names the governorate's side, not the city
    got = [(en, role) for s, en, role, _p in _read("قصفت مسيرة نقطة عسكرية شرقي حمص اليوم.") if "حمص" in s]
    assert got and got[0][1] != "near", got


def test_compass_side_of_a_town_after_a_village_only_locates_it() -> None:
    got = _read("قصفت مسيرة قرية النيرب غربي مدينة سراقب اليوم.")
    roles = {en: role for _s, en, role, _p in got}
    assert roles.get("Saraqab") == "reference", got


def test_outlet_named_town_after_a_compass_word_and_town_head_is_a_place() -> None:
    # the town head is the cue that a name shared with an outlet needs
    assert _town("استهدفت غارتان مزارع جنوب شرقي مدينة الميادين بريف دير الزور.", "الميادين") == ("near", 2)


def _last_event_place(text: str) -> PlaceRef | None:
    """The place event_place gives the last sentence's first trigger."""
    doc = extract_text(text, published=DAY)
    last = doc.layer("sentences")[-1]
    trigger = next(t for t in doc.layer("triggers") if t.start >= last.start)
    place, _mentions = event_place(doc, [last], trigger)
    return place


_COUNTRYSIDE_ATTACK = "وأفادت مصادر محلية بأن مسلحين هاجموا نقاطاً للجيش في ريف حماة الليلة الماضية."


def test_governorate_event_does_not_move_to_a_capital_named_bare_in_the_lead() -> None:
    place = _last_event_place("اجتماع أمني لبحث تطورات حماة\n" + _COUNTRYSIDE_ATTACK)
    assert place is not None and place.level == "governorate" and place.geo_precision == 3, place


def test_governorate_event_takes_the_capital_named_as_a_city_in_the_lead() -> None:
    place = _last_event_place("انفجار سيارة مفخخة في مدينة حماة\n" + _COUNTRYSIDE_ATTACK)
    assert place is not None and place.level != "governorate" and place.geo_precision == 1, place


def test_countryside_of_opposite_sides_is_the_whole_governorate() -> None:
    got = [(role, prec) for s, _en, role, prec in _read("تتكرر الهجمات في ريفي حماة الشرقي والغربي منذ أسابيع.")
           if "حماة" in s]
    assert got == [("region", 3)], got
    # one side still moves the point toward it
    got = [(role, prec) for s, _en, role, prec in _read("تتكرر الهجمات في ريف حماة الشرقي منذ أسابيع.")
           if "حماة" in s]
    assert got == [("region", 2)], got
