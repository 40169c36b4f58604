"""Session 9, event location (second round): the Gaza Strip's northern governorate ("شمالي قطاع غزة") and the
sides of Gaza City ("شمال غرب غزة"), outlets whose names hold a city ("واشنطن بوست"), the seat of a centre that
announces the news, the side an act supports ("إسناداً لغزة"), and gazetteer gaps abroad (a West Bank village,
Israeli prisons, a Sudanese air base, Kosovo, European capitals)."""

from __future__ import annotations

import datetime as dt

from rasd.document import PlaceRef
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 11)


def _places(text: str) -> list[PlaceRef]:
    """The place of each event rasd extracts from ``text``."""
    return [e.place for e in extract_text(text, published=DAY).events if e.place is not None]


def _names(text: str) -> list[str]:
    return [p.name_en for p in _places(text)]


def test_north_of_the_strip_is_the_northern_governorate() -> None:
    places = _places("أعلن جيش الاحتلال إصابة جنديين بجروح خطيرة خلال اشتباك مع مقاومين شمالي قطاع غزة.")
    assert places and places[0].name_en == "North Gaza Governorate"
    assert places[0].country == "Palestine" and places[0].geo_precision == 3


def test_east_or_west_of_bare_gaza_is_the_side_of_the_city() -> None:
    places = _places("خاض المقاومون اشتباكات ضارية مع قوات الاحتلال المتوغلة جنوب غرب غزة.")
    assert places and places[0].name_en == "Gaza City" and places[0].geo_precision == 2
    strip = _places("خاض المقاومون اشتباكات ضارية مع قوات الاحتلال المتوغلة في غزة.")
    assert strip and strip[0].name_en == "Gaza Strip"


def test_supported_side_is_not_the_place_of_the_attack() -> None:
    names = _names("شنّ حزب الله هجوماً بالمسيّرات نصرةً لغزة على موقع راميا.")
    assert names == ["Ramia position"]
    assert _names("خرج المئات في تظاهرة تضامناً مع غزة في مدينة حلب.") == ["Aleppo"]


def test_protest_in_a_european_city() -> None:
    places = _places("تظاهر آلاف الأشخاص في العاصمة النمساوية فيينا تنديداً بالحرب.")
    assert places and places[0].name_en == "Vienna" and places[0].country == "Austria"


def test_town_followed_by_its_part_of_the_strip_stays_the_town() -> None:
    assert _names("قُتل شابان في غارة جوية إسرائيلية على منزل في بيت حانون شمالي قطاع غزة.") == ["Beit Hanoun"]
    assert _names("قُتل شابان في قصف مدفعي إسرائيلي على مخيم المغازي وسط قطاع غزة.") == ["Maghazi"]


def test_outlet_named_after_a_city_is_no_place() -> None:
    names = _names('ونقلت "واشنطن بوست" عن ضباط أن الطائرات الإسرائيلية قصفت حياً سكنياً في خان يونس.')
    assert names == ["Khan Yunis"]
    assert "New York" not in _names('وذكرت "نيويورك تايمز" أن غارات جوية إسرائيلية دمرت مباني سكنية فوق ساكنيها.')


def test_seat_of_an_announcing_centre_is_not_the_event_place() -> None:
    names = _names("أعلن مركز الرصد للحقوق والحريات في صنعاء مقتل طفلين في قصف جوي على مدينة الحديدة.")
    assert names == ["Hodeidah"]


def test_the_seat_alone_still_places_an_event_there() -> None:
    assert _names("قُتل طفلان في قصف جوي على صنعاء.") == ["Sanaa"]


def test_west_bank_village_is_not_the_town_beside_it() -> None:
    places = _places("هاجم مستوطنون منازل المواطنين في قرية جالود جنوبي نابلس واعتدوا على سكانها.")
    assert places and places[0].name_en == "Jalud" and places[0].geo_precision == 1


def test_prisoner_killed_in_an_israeli_prison_is_placed_at_the_prison() -> None:
    places = _places("استشهد أسير فلسطيني في سجن مجدو من جراء التعذيب على أيدي السجانين.")
    assert places and places[0].name_en == "Megiddo prison" and places[0].country == "Israel"


def test_air_base_abroad_outside_a_capital() -> None:
    names = _names("أطلق مسلحون النار على طائرة نقل عسكرية أثناء هبوطها في مطار وادي سيدنا شمال الخرطوم.")
    assert names == ["Wadi Seidna air base"]


def test_kosovo_is_a_country_abroad() -> None:
    places = _places("قُتل شرطي في هجوم مسلح على دورية في شمالي كوسوفو قرب الحدود.")
    assert places and places[0].country == "Kosovo"
