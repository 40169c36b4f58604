"""Event places (session 11): a country inside an armed group's name is no place; "ورقة" (a paper, a card) is not
Raqqa; towns the news names that the gazetteer lacked; "المدينة" points back to a town, never to a checkpoint the
article names more often; "في عموم البلاد" is the whole country; a building named without a place is where
another sentence of the article puts it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.document import Document, Event, PlaceRef
from rasd.geo.assign import event_place
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 14)


def names(text: str) -> list[str]:
    """The gazetteer id of each place found in ``text``."""
    return [s.value.id for s in find_places(normalize(text))]


def sentence_place(text: str, words: str) -> PlaceRef | None:
    """The place rasd gives the act of the sentence that holds ``words``, read alone (its first trigger)."""
    doc = extract_text(text, published=DAY)
    k = doc.text.index(words)
    sentence = next(s for s in doc.layer("sentences") if s.start <= k < s.end)
    trigger = next(t for t in doc.layer("triggers") if sentence.start <= t.start < sentence.end)
    return event_place(doc, [sentence], trigger, [])[0]


def event_with(doc: Document, words: str) -> Event:
    """The event whose evidence holds the sentence with ``words``."""
    k = doc.text.index(words)
    return next(e for e in doc.events if any(s.start <= k < s.end for s in e.evidence))


@pytest.mark.parametrize("text", [
    "أعلنت الجبهة الشعبية لتحرير فلسطين أن مقاتليها هاجموا دورية للاحتلال.",
    "قالت الجبهة الديمقراطية لتحرير فلسطين إن عناصرها قصفوا تجمعاً للجنود.",
    "أكد الناطق باسم حركة الجهاد الإسلامي في فلسطين أن الحركة ستواصل القتال.",
])
def test_a_country_in_an_armed_groups_name_is_no_place(text: str) -> None:
    assert "country:PSE" not in names(text)


def test_the_groups_act_is_not_in_the_country_of_its_name() -> None:
    text = ("دارت اشتباكات عنيفة اليوم في حي الشجاعية شرقي مدينة غزة.\n"
            "وأعلنت الجبهة الشعبية لتحرير فلسطين خوض مقاتليها اشتباكات ضارية مع قوات الاحتلال في الحي نفسه.")
    place = sentence_place(text, "خوض مقاتليها")
    assert place is not None and place.name_en == "Shujaiya (Gaza City)", place


@pytest.mark.parametrize("text", [
    "تستخدم الحكومة ورقة الضغط الأخيرة في المفاوضات.",
    "وقدم الوفد ورقة عمل تتضمن مطالبه.",
])
def test_a_paper_is_not_raqqa(text: str) -> None:
    assert names(text) == []


def test_raqqa_is_still_raqqa() -> None:
    assert names("قصفت طائرة مسيّرة موقعاً في مدينة الرقة.")


@pytest.mark.parametrize(("text", "place"), [
    ("اقتحمت قوات الاحتلال بلدة عقابا شمالي طوباس.", "city:aqqaba"),
    ("قُتل متظاهرون في مدينة الناصرية جنوبي العراق.", "city:nasiriyah-iq"),
    ("استهدفت غارة إسرائيلية بلدة كفرا في جنوب لبنان.", "city:kafra-lb"),
    ("سقط صاروخ في مستوطنة نطوعا.", "city:natua"),
    ("اقتحمت القوات بلدة السيلة الحارثية غرب جنين.", "city:silat-al-harithiya"),
])
def test_towns_the_gazetteer_lacked(text: str, place: str) -> None:
    assert place in names(text)


@pytest.mark.parametrize("text", [
    "لا يجوز أن يُتهم أحد كفراً بسبب رأيه.",
    "جلس صديقين على المقعد.",
    "زار الوزير الناصرية أمس.",  # bare: the Syrian villages of that name as much as the Iraqi city
])
def test_everyday_words_and_bare_namesakes_are_no_foreign_town(text: str) -> None:
    assert not any(n in ("city:kafra-lb", "city:siddiqin", "city:nasiriyah-iq") for n in names(text)), names(text)


def test_the_city_is_never_a_checkpoint() -> None:
    text = ("استشهد شاب برصاص الاحتلال عند حاجز مزموريا شرق بيت لحم.\n"
            "وقالت مصادر محلية إن الشاب أصيب عند حاجز مزموريا قبل أن يفارق الحياة.\n"
            "وكانت مواجهات قد اندلعت الأسبوع الماضي في مخيم الدهيشة في بيت لحم.\n"
            "واقتحمت قوات الاحتلال اليوم أحياء عدة من المدينة وأطلقت الرصاص على الشبان.")
    doc = extract_text(text, published=DAY)
    ev = event_with(doc, "أحياء عدة من المدينة")
    assert ev.place is not None and ev.place.name_en == "Bethlehem", ev.place


def test_the_whole_country_is_not_the_articles_town() -> None:
    text = ("قضت محكمة اليوم بسجن ضابط أدين بقتل متظاهرين في مدينة البصرة جنوبي العراق.\n"
            "وفي تلك الأيام خرجت احتجاجات شارك فيها آلاف المتظاهرين في عموم البلاد تنديداً بالفساد.")
    doc = extract_text(text, published=DAY)
    ev = event_with(doc, "في عموم البلاد")
    assert ev.place is not None and ev.place.name_en == "Iraq", ev.place


def test_a_building_is_where_another_sentence_puts_it() -> None:
    text = ("ارتكب الاحتلال مجزرة في مدرسة \"الفلاح\" في حي الزيتون، وسط مدينة غزة، فجر اليوم.\n"
            "وأكد المكتب الإعلامي الحكومي في غزة أن جيش الاحتلال قصف مدرسة الفلاح بثلاثة صواريخ.")
    place = sentence_place(text, "قصف مدرسة الفلاح")
    assert place is not None and place.name_en == "Zeitoun (Gaza City)", place


def test_a_building_named_again_with_no_place() -> None:
    text = ("قصف الاحتلال مدرستي \"النور\" و\"الأمل\" في حي الزيتون، فجر اليوم.\n"
            "وفي مخيم جباليا، استشهد 5 أشخاص في غارة على منزل.\n"
            "ولاحقاً، استهدفت غارة إسرائيلية مدرسة \"الأمل\" مرة ثانية.")
    doc = extract_text(text, published=DAY)
    ev = event_with(doc, "مرة ثانية")
    assert ev.place is not None and ev.place.name_en == "Zeitoun (Gaza City)", ev.place


def test_a_building_no_sentence_places_keeps_the_sentences_place() -> None:
    text = ("قصف الاحتلال مخيم جباليا فجر اليوم.\n"
            "وأكد المكتب الإعلامي الحكومي في غزة أن جيش الاحتلال قصف مدرسة الفلاح بثلاثة صواريخ.")
    place = sentence_place(text, "قصف مدرسة الفلاح")
    assert place is not None and place.name_en == "Gaza Strip", place
