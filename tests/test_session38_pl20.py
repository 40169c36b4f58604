"""Session 38 (pl20): places.  Shells "whose source was positions … around the town of X" fall at the town the
sentence names before, not at X; a village said to lie at a compass side of a town, whose only gazetteer namesake
lies in another governorate far away, is no place of its own; Damascus heading a headline before a verb of speech,
the city a statement was issued in and the capital in "حكومة دمشق" name the government or the words' venue, not
the act's place; the sky an aircraft fired from ("وهو يحلق فوق X") is where the weapons came from."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 14)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_fire_source_around_a_town_is_not_the_target() -> None:
    text = ("وفي ريف حلب الشمالي، سقطت عدة قذائف صاروخية، مساء أمس الإثنين، على الأطراف الجنوبية لمدينة مارع، "
            "مصدرها مواقع \"قوات سوريا الديمقراطية\" وقوات النظام في محيط بلدة تل رفعت، ما أدى إلى إصابة رجل مسن.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Mare'"]


def test_village_at_a_compass_side_of_a_town_with_a_far_namesake() -> None:
    text = ("قُتل عنصر من قوات سوريا الديمقراطية اليوم بضربة طائرة مسيّرة تركية استهدفت دراجته النارية قرب "
            "قرية الخالدية غربي بلدة عين عيسى في ريف الرقة.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Ein Issa"]


def test_damascus_heading_a_headline_before_a_verb_of_speech() -> None:
    text = ("دمشق تتحدث عن ثلاثة قتلى من جنودها بغارات ليلية\n\nالجزيرة – دمشق\n\n"
            "أعلنت وزارة الدفاع السورية مقتل ثلاثة عسكريين وإصابة اثنين آخرين بغارات إسرائيلية طالت فجر اليوم "
            "مواقع عسكرية في محيط بلدة الكسوة جنوبي العاصمة.")
    rows = _rows(text)
    assert rows and "Damascus" not in {r["location"] for r in rows}


def test_city_a_statement_was_issued_in_is_no_place_of_the_act() -> None:
    text = ("أعلنت وزارة الداخلية، في بيان صدر في دمشق اليوم، أن مسلحين مجهولين هاجموا حاجزاً للشرطة في ريف "
            "حمص الشرقي وقتلوا عنصرين منه.")
    rows = _rows(text)
    assert rows and {r["admin1"] for r in rows} == {"Homs"}


def test_the_capital_of_a_government_named_by_it_is_no_place() -> None:
    text = ("اعتقلت دورية تابعة لأجهزة حكومة دمشق، اليوم، ثلاثة شبان من سكان حي الشيخ مقصود في مدينة حلب، "
            "واقتادتهم إلى جهة مجهولة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert rows and "Damascus" not in {r["location"] for r in rows}


def test_sky_an_aircraft_fired_from_is_no_place_of_the_strike() -> None:
    text = ("استهدفت غارات إسرائيلية فجر اليوم مستودعات قرب مدينة الكسوة.\n\n"
            "وقال مصدر عسكري إن \"طيران العدو الإسرائيلي أطلق عدة صواريخ وهو يحلّق فوق الجولان المحتل، مستهدفاً "
            "نقاطاً في ريف دمشق\"، مضيفاً أن الدفاعات الجوية أسقطت بعضها.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and {r["location"] for r in rows} == {"Kisweh"}
