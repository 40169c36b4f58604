"""Places abroad named by Lebanon and Palestine reporting: border villages, army positions ("موقع X"), Gaza
neighbourhoods and camps, a street named after a city, and Syria's compass parts in a story about Gaza."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.gazetteer import data_dir, read_foreign, validate
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 5)


def names(text: str) -> list[tuple[str, str, str]]:
    """(surface, id, country) of each place found in ``text``."""
    return [(text[s.start:s.end], s.value.id, s.value.country) for s in find_places(normalize(text))]


def ids(text: str) -> list[str]:
    return [i for _n, i, _c in names(text)]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("قصفت مدفعية الاحتلال صباحاً أطراف بلدة عيترون الحدودية.", "city:aitaroun", "Lebanon"),
    ("سقطت قذيفتان قرب منزل في العديسة ظهر الثلاثاء.", "city:odaisseh", "Lebanon"),
    ("أطلق حزب الله صواريخ نحو ثكنة برانيت مساء أمس.", "site:branit", "Israel"),
    ("دارت مواجهات عنيفة في حي الشجاعية شرقي المدينة.", "city:shujaiya", "Palestine"),
    ("اقتحمت قوة إسرائيلية مخيم نور شمس فجر اليوم.", "camp:nur-shams", "Palestine"),
    ("نسف الجيش عدة مبانٍ في بلدة عبسان الكبيرة.", "city:abasan", "Palestine"),
])
def test_a_place_abroad_missing_before_is_read_in_its_country(text: str, place: str, country: str) -> None:
    got = names(text)
    assert any(i == place and c == country for _n, i, c in got), got


def test_an_army_position_after_mawqi_is_a_place_but_a_website_is_not() -> None:
    got = names('استهدف المقاومون موقع "المالكية" وموقع رويسات العلم بالصواريخ الموجهة.')
    assert ("site:malkia", "Israel") in [(i, c) for _n, i, c in got]
    assert "site:shebaa-farms" in [i for _n, i, _c in got]
    assert names("نشر موقع والاه العبري تقريراً مطولاً عن الجبهة.") == []


def test_a_position_on_the_israeli_side_is_not_the_lebanese_village_it_faces() -> None:
    got = names("استهدف المقاومون موقع بياض بليدا، ثم قصف الاحتلال أطراف بلدة بليدا.")
    assert [(i, c) for _n, i, c in got] == [("site:bayad-blida", "Israel"), ("city:blida", "Lebanon")]


def test_the_syrian_malikiyah_stays_syrian_when_named_bare() -> None:
    got = names("انفجرت عبوة ناسفة في مدينة المالكية بريف الحسكة.")
    assert got and got[0][2] == "Syria"
    assert "site:malkia" not in [i for _n, i, _c in got]


def test_a_village_named_like_an_everyday_word_needs_a_cue() -> None:
    assert "city:markaba" not in ids("صادرت البحرية مركباً للصيد قبالة الشاطئ.")
    assert "city:markaba" in ids("شنت مسيّرة غارة على بلدة مركبا ليلاً.")
    assert "city:yiftah" not in ids("أعلن الجيش مقتل النقيب عوزي يفتاح في المعارك.")


def test_a_street_named_after_a_city_is_not_the_city() -> None:
    got = ids("فجّر المقاومون عبوة بدبابة في شارع القدس داخل حي تل السلطان.")
    assert "city:jerusalem" not in got and "city:tel-al-sultan" in got
    got = ids("خرج آلاف المحتجين إلى شوارع تل أبيب مساء السبت.")
    assert "city:tel-aviv" in got  # the streets of a city are in the city


def test_a_camp_east_of_which_a_strike_fell_is_kept_before_the_strip() -> None:
    got = ids("قصفت مدفعية الاحتلال أرضاً زراعية شرقي مخيم البريج وسط قطاع غزة.")
    assert got[:2] == ["camp:bureij", "region:gaza"]
    got = ids("قصفت طائرة مسيرة نقطة مراقبة شرقي البريج وسط قطاع غزة.")
    assert "camp:bureij" in got


def test_an_event_east_of_a_camp_takes_the_camp_not_the_strip() -> None:
    text = ("غزة: استشهاد شابين بقصف مدفعي\n\n"
            "استشهد شابان، صباح اليوم، في قصف مدفعي إسرائيلي استهدف أرضاً زراعية شرقي مخيم البريج وسط قطاع غزة.")
    events = extract_text(text, published=DAY).events
    assert events and events[0].place is not None
    assert events[0].place.id == "camp:bureij" and events[0].place.country == "Palestine"


def test_syrias_central_region_is_not_read_in_a_gaza_story() -> None:
    text = ("قصفت الطائرات منزلاً في مخيم النصيرات وسط قطاع غزة، وشنت غارات على خان يونس ورفح. "
            "وتدور اشتباكات عنيفة شرق المنطقة الوسطى منذ الفجر.")
    assert "region:syria-centre" not in ids(text)
    assert "region:syria-centre" in ids("تشهد المنطقة الوسطى في سوريا موجة حر شديدة.")


def test_the_foreign_table_reads_its_optional_needs_cue_column_and_validates() -> None:
    rows = {e.id: e for e in read_foreign(data_dir() / "foreign.tsv")}
    assert rows["city:markaba"].needs_cue == "cue" and rows["city:aitaroun"].needs_cue == ""
    assert validate() == []


@pytest.mark.parametrize(("country", "lat", "lon"), [
    ("LBN", (33.0, 34.7), (35.1, 36.7)),
    ("PSE", (31.2, 32.6), (34.2, 35.6)),
    ("ISR", (29.4, 33.4), (34.2, 35.9)),
])
def test_rows_abroad_lie_in_their_country_box(country: str, lat: tuple[float, float],
                                              lon: tuple[float, float]) -> None:
    for e in read_foreign(data_dir() / "foreign.tsv"):
        if e.country == country and e.level != "country" and e.lat is not None and e.lon is not None:
            assert lat[0] <= e.lat <= lat[1] and lon[0] <= e.lon <= lon[1], e.id
