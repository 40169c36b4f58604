"""Places abroad: a foreign locating phrase beats a Syrian namesake, an article about places abroad reads its
names abroad, and an outlet named like a town is no place."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

ARIHA = "geonames:172994"  # Ariha, Idlib
JERICHO = "city:jericho"
MAYADIN = "geonames:173480"  # al-Mayadin, Deir ez-Zor


def names(text: str) -> list[tuple[str, str, str]]:
    """(surface, id, country) of each place found in ``text``."""
    return [(text[s.start:s.end], s.value.id, s.value.country) for s in find_places(normalize(text))]


def ids(text: str) -> list[str]:
    return [i for _n, i, _c in names(text)]


def test_a_camp_located_in_the_gaza_strip_is_not_its_syrian_namesake() -> None:
    got = names("قصفت طائرات الاحتلال فجر اليوم منزلاً في مخيم البريج وسط قطاع غزة.")
    assert ("البريج", "camp:bureij", "Palestine") in got
    assert all(c != "Syria" for _n, _i, c in got)


def test_a_village_placed_abroad_without_an_entry_of_its_own_takes_the_place_that_locates_it() -> None:
    # "الزهراء" is a village near Aleppo in the gazetteer; here it lies in Yemen
    got = names("شنت الطائرات غارتين على منطقة الزهراء شمالي اليمن مساء الأحد.")
    assert got[0][0] == "الزهراء" and got[0][1] == "country:YEM"
    assert all(c != "Syria" for _n, _i, c in got)


def test_a_yemeni_governorate_phrase_reads_the_yemeni_city() -> None:
    got = names("أعلنت صنعاء أن غارات استهدفت محافظة الحديدة غربي اليمن.")
    assert ("الحديدة", "city:hodeidah", "Yemen") in got
    assert all(c != "Syria" for _n, _i, c in got)


def test_an_unqualified_west_bank_city_in_a_west_bank_article_is_abroad() -> None:
    text = ("اقتحمت قوات الاحتلال مدينة نابلس وبلدات قرب طولكرم في الضفة الغربية المحتلة. "
            "وفي وقت لاحق اعتقلت قوة أخرى ثلاثة شبان في أريحا، واندلعت مواجهات في رمانة.")
    got = ids(text)
    assert JERICHO in got and ARIHA not in got
    assert "C1860" not in got  # رمانة: a village near Aleppo in the gazetteer, not in this story


def test_the_same_name_in_an_idlib_article_stays_syrian() -> None:
    got = ids("قصفت المدفعية أطراف مدينة أريحا جنوبي إدلب، كما سقطت قذائف على سراقب.")
    assert ARIHA in got and JERICHO not in got
    got = ids("سقطت قذائف صاروخية على أريحا وجسر الشغور في ريف إدلب ليل الأحد.")
    assert ARIHA in got and JERICHO not in got


def test_a_syrian_locating_phrase_beats_a_foreign_namesake() -> None:
    # "صيدا" here is the town near Daraa (which the gazetteer lacks), not Sidon: located at its governorate
    got = names("استهدف قصف مدفعي محيط صيدا في ريف درعا الشرقي.")
    assert got[0][0] == "صيدا" and got[0][2] == "Syria"


def test_the_outlet_named_like_a_town_is_no_place() -> None:
    for text in ("قال قيادي في الحركة في حديث إلى الميادين إن المفاوضات متوقفة.",
                 "وأكدت مصادر خاصة بالميادين وقوع اشتباكات عنيفة.",
                 "وأفاد مراسل الميادين بسقوط صواريخ.",
                 "وقال للميادين إن المعركة مستمرة.",
                 "ونشر موقع الميادين نت تقريراً مطولاً.",
                 "ودعت الفصائل إلى مواجهة الاحتلال في الميادين كافة."):
        assert MAYADIN not in ids(text), text


def test_the_town_named_like_the_outlet_is_a_place_in_its_own_context() -> None:
    assert MAYADIN in ids("سقطت قذائف على مدينة الميادين بريف دير الزور الشرقي.")
    assert MAYADIN in ids("قصفت الطائرات أحياء سكنية في الميادين والبوكمال شرقي دير الزور.")
    # no place cue and no Deir ez-Zor place: the squares, not the town
    assert MAYADIN not in ids("رفع الشبان الأعلام في الميادين احتفالاً بالإفراج عن الأسرى في نابلس.")


def test_an_event_in_a_gaza_camp_is_coded_abroad() -> None:
    doc = extract_text("استشهد ثلاثة فلسطينيين في قصف إسرائيلي على مخيم البريج وسط قطاع غزة صباح اليوم.",
                       published=dt.date(2024, 1, 10))
    places = [e.place for e in doc.events]
    assert places and all(p is not None and p.country == "Palestine" for p in places), places


def test_a_compass_part_located_abroad_is_that_place_not_a_part_of_syria() -> None:
    got = names("قصفت الزوارق الحربية شواطئ المنطقة الوسطى في قطاع غزة ليلاً.")
    assert got[0][1] == "region:gaza" and all(c != "Syria" for _n, _i, c in got)
    # Syria's own compass part stays Syrian
    assert ids("تشهد المنطقة الوسطى من سوريا تصعيداً.")[0] == "region:syria-centre"


def test_a_town_abroad_with_a_syrian_village_namesake_reads_abroad_unless_the_text_ties_it_to_syria() -> None:
    assert ids("طعن شاب مستوطناً في مدينة الرملة صباح اليوم.") == ["city:ramla"]
    got = names("سقطت قذائف على قرية الرملة في ريف حلب الجنوبي.")
    assert got[0][2] == "Syria"
