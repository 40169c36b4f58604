"""Session 8, splitting by place: ACLED codes one event per place, so acts told of several places in one sentence
are several events; a place that only locates another ("X شرق مدينة Y", "X وسط القطاع"), a region that only sums
up the places named inside it, and a word read as a place right after another name are no events of their own."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 10)


def _places(text: str) -> list[str]:
    return sorted(e.place.name_en if e.place else "" for e in extract_text(text, published=DAY).events)


def test_a_city_after_a_compass_word_only_locates_the_district() -> None:
    places = _places("وقصفت المدفعية الإسرائيلية أمس السبت حي الشجاعية شرق مدينة غزة بعشرات القذائف.")
    assert len(places) == 1
    assert "Shujaiya" in places[0]


def test_a_site_with_its_bearing_in_brackets_is_one_event() -> None:
    places = _places('وقصفت المقاومة أمس السبت تجمعاً للجنود في محور "نتساريم" (جنوب غربي مدينة غزة) بالصواريخ.')
    assert len(places) == 1
    assert "Netzarim" in places[0]


def test_a_camp_in_the_middle_of_the_strip_and_another_town_are_two_events() -> None:
    places = _places("وشنّت الطائرات أمس السبت غارات على مخيم المغازي وسط قطاع غزة، فيما استهدفت غارة أخرى مدينة رفح.")
    assert len(places) == 2
    assert any("Maghazi" in p for p in places) and any("Rafah" in p for p in places)


def test_a_list_item_opened_by_wa_and_a_side_word_is_another_place() -> None:
    # "وشرقي حي …" adds a place to the list; it does not locate the region before it
    places = _places("وأفاد مراسلنا أمس السبت بقصف مدفعي على مناطق شمالي قطاع غزة وشرقي حي الزيتون وباتجاه مدينة رفح.")
    # (the north of the Strip, whose governorate reaches a few km only, is a third place: Zeitoun lies in Gaza City)
    assert places == ["North Gaza Governorate", "Rafah", "Zeitoun (Gaza City)"]


def test_idafatan_ila_adds_a_target_to_the_list() -> None:
    places = _places("وشنّت الطائرات الحربية أمس السبت غارات على حي الزيتون في مدينة غزة، إضافة إلى مخيم النصيرات.")
    assert len(places) == 2
    assert any("Nuseirat" in p for p in places)


def test_bil_idafa_ila_an_object_and_its_place_is_another_target() -> None:
    text = ("واستهدف حزب الله أمس السبت موقع رأس الناقورة البحري بالأسلحة المناسبة، بالإضافة إلى دبابة للاحتلال، "
            "جنوبي موقع الضهيرة، بالصواريخ الموجّهة.")
    places = _places(text)
    assert len(places) == 2
    assert any("Dhayra" in p for p in places)


def test_the_place_of_an_outcome_told_before_its_cause_is_an_event_place() -> None:
    text = ('واندلع حريق كبير أمس السبت في مستوطنة "كريات شمونة" بعد سقوط صواريخ أُطلقت من لبنان، بالإضافة إلى '
            'إصابة مبنى في "المطلة" بقذيفة.')
    places = _places(text)
    assert len(places) == 2
    assert any("Kiryat Shmona" in p for p in places) and any("Metula" in p for p in places)


def test_a_word_right_after_a_place_name_is_no_place_of_its_own() -> None:
    # "المطلة" here means "overlooking", not the town: no list item stands without "و" or a comma
    places = _places("وأطلقت الزوارق الحربية أمس السبت نيرانها على الشاطئ المقابل لمخيم النصيرات وسط قطاع غزة، ثم قصفت "
                     "أيضاً الأحياء الشمالية للنصيرات المطلة على البحر.")
    assert not any("Metula" in p for p in places)


def test_the_hometown_of_a_victim_stays_no_event_place() -> None:
    # the strike's places, listed with "بالإضافة إلى", are the events; the victim's camp is none of them
    places = _places("واستشهد شاب من مخيم جباليا أمس السبت في غارة إسرائيلية استهدفت مدينة رفح، "
                     "بالإضافة إلى مخيم النصيرات.")
    assert not any("Jabalia" in p for p in places)
    assert any("Rafah" in p for p in places) and any("Nuseirat" in p for p in places)
