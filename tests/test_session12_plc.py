"""Event places (session 12, audit of fresh articles): a sentence that names no place of its own, in an article
whose first place is a region ("قطاع غزة") and whose story keeps naming one quarter or town inside it, goes on
at that quarter, not at the region; a town named once, or less often than the region, does not move it.  A
governorate abroad that the gazetteer knows only by its capital ("محافظة صعدة") is the capital's area (geo_precision
3) that holds the towns around it, not the city itself; a side of the town ("شرقي خان يونس") stays a place near it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.document import PlaceRef
from rasd.geo.assign import contains, event_place, is_broad
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 2)
ACT = "وفي ساعات الليل أصاب صاروخ موجه دبابة إسرائيلية وقتل جنديان من طاقمها."


def sentence_place(text: str, words: str) -> PlaceRef | None:
    """The place rasd gives the act of the sentence that holds ``words``, read alone (its first trigger)."""
    doc = extract_text(text, published=DAY)
    k = doc.text.index(words)
    sentence = next(s for s in doc.layer("sentences") if s.start <= k < s.end)
    trigger = next(t for t in doc.layer("triggers") if sentence.start <= t.start < sentence.end)
    return event_place(doc, [sentence], trigger, [])[0]


def test_a_placeless_act_goes_on_at_the_quarter_the_story_keeps_naming() -> None:
    text = ("أيام صعبة يعيشها سكان قطاع غزة.\n"
            "يعرف أهالي حي الزيتون الحرب جيداً، فقد دمرت الغارات نصف بيوت حي الزيتون في الأعوام الماضية.\n"
            + ACT)
    place = sentence_place(text, "أصاب صاروخ")
    assert place is not None and place.name_en == "Zeitoun (Gaza City)", place


def test_a_town_named_once_does_not_move_the_act_off_the_region() -> None:
    text = ("أيام صعبة يعيشها سكان قطاع غزة.\n"
            "ويقول أحد أهالي حي الزيتون إن الحياة توقفت.\n"
            + ACT)
    place = sentence_place(text, "أصاب صاروخ")
    assert place is not None and place.name_en == "Gaza Strip", place


def test_a_region_the_article_names_more_often_than_the_town_stays() -> None:
    text = ("أيام صعبة يعيشها سكان قطاع غزة، والحصار على قطاع غزة يشتد، ولا دواء في قطاع غزة.\n"
            "يعرف أهالي حي الزيتون الحرب جيداً، فقد دمرت الغارات نصف بيوت حي الزيتون في الأعوام الماضية.\n"
            + ACT)
    place = sentence_place(text, "أصاب صاروخ")
    assert place is not None and place.name_en == "Gaza Strip", place


def place_of(text: str, name_en: str) -> PlaceRef:
    """The first place of ``text`` whose entry is ``name_en``."""
    return next(s.value for s in find_places(normalize(text)) if s.value.name_en == name_en)


@pytest.mark.parametrize(("text", "name_en"), [
    ("قصفت الطائرات سوقاً شعبياً في إحدى مديريات محافظة صعدة.", "Saada"),
    ("سقط عدد من الضحايا في قرية نائية تابعة لمحافظة تعز.", "Taiz"),
    ("توغلت الدبابات في عدة بلدات شرقي محافظة خان يونس.", "Khan Yunis"),
])
def test_a_governorate_abroad_named_by_its_capital_is_the_capitals_area(text: str, name_en: str) -> None:
    ref = place_of(text, name_en)
    assert ref.geo_precision == 3 and ref.role == "region" and is_broad(ref), ref


@pytest.mark.parametrize(("text", "name_en", "precision"), [
    ("قصفت الطائرات سوقاً شعبياً وسط مدينة صعدة.", "Saada", 1),
    ("توغلت الدبابات في المناطق الواقعة شرقي خان يونس.", "Khan Yunis", 2),
])
def test_the_town_itself_or_its_side_is_no_governorate(text: str, name_en: str, precision: int) -> None:
    ref = place_of(text, name_en)
    assert ref.geo_precision == precision and not is_broad(ref), ref


def test_the_governorate_abroad_holds_the_towns_around_its_capital() -> None:
    gov = place_of("اشتدت المعارك في محافظة خان يونس.", "Khan Yunis")
    town = place_of("اشتدت المعارك في بلدة بني سهيلا.", "Bani Suheila")
    far = place_of("اشتدت المعارك في مدينة جنين.", "Jenin")
    assert contains(gov, town) and not contains(town, gov) and not contains(gov, far)
