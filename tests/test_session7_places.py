"""Session 7, event places: a news bulletin's lines are separate stories, and a formula of martyrdom
notices ("على طريق القدس") names no place."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Event
from rasd.geo.assign import is_bulletin
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 10)


def _run(text: str, title: str = "") -> Document:
    body = f"{title}\n{text}" if title else text
    return Pipeline()(Document(id="t", text=body, title=title, published=DAY))


def _events(doc: Document) -> list[Event]:
    return list(doc.events)


def _about(doc: Document, words: str) -> Event:
    """The event whose evidence holds ``words``."""
    return next(ev for ev in _events(doc) if any(words in doc.text[s.start:s.end] for s in ev.evidence))


# a bulletin: a line on a shooting that names no place, then a line on a blast in a Syrian town
BULLETIN = (
    "مسلحون مجهولون يطلقون النار على حافلة تقل عمالاً ويقتلون سائقها مساء اليوم.\n"
    "انفجار عبوة ناسفة بسيارة عسكرية في مدينة درعا يوقع ثلاثة جرحى.\n"
    "وزير الخارجية يلتقي نظيره لبحث العلاقات الثنائية.\n"
)


def _places_of(doc: Document, words: str) -> list[str]:
    """The places (English names, "" for none) of the events whose evidence holds ``words``."""
    return [ev.place.name_en if ev.place else "" for ev in _events(doc)
            if any(words in doc.text[s.start:s.end] for s in ev.evidence)]


def test_bulletin_title() -> None:
    assert is_bulletin(Document(id="t", text="x", title="نشرة الثامنة"))
    assert is_bulletin(Document(id="t", text="x", title="النشرة المسائية"))
    assert not is_bulletin(Document(id="t", text="x", title="انفجار في درعا"))
    assert not is_bulletin(Document(id="t", text="x", title="منشورات على مواقع التواصل"))


def test_bulletin_line_takes_no_place_from_another_line() -> None:
    doc = _run(BULLETIN, "نشرة منتصف الليل")
    assert _places_of(doc, "عبوة ناسفة") == ["Dar'a"]
    assert "Dar'a" not in _places_of(doc, "يطلقون النار")


def test_same_lines_outside_a_bulletin_share_the_main_place() -> None:
    # the same text under an ordinary title: a sentence with no place continues the article's place
    doc = _run(BULLETIN, "أخبار متفرقة من الجنوب السوري")
    assert "Dar'a" in _places_of(doc, "يطلقون النار")


def test_bulletin_cause_place_is_not_the_event_place() -> None:
    # "نصرة لفلسطين" says what the rallies are for; the line names no place of its own
    text = "وقفات احتجاجية نصرة لفلسطين تعم عواصم عديدة حول العالم اليوم.\nقصف مدفعي على بلدة الكرك الشرقي بريف درعا.\n"
    doc = _run(text, "نشرة الظهيرة")
    rally = _about(doc, "وقفات")
    assert rally.place is None  # neither Palestine (the cause) nor the town of the next line


def test_road_to_jerusalem_formula_is_no_place() -> None:
    text = ("نعى حزب الله ثلاثة من مقاتليه ارتقوا على طريق القدس، بعد غارة جوية إسرائيلية قرب مدينة القصير "
            "في ريف حمص الغربي فجر اليوم.")
    doc = _run(text)
    assert all("القدس" not in doc.text[p.start:p.end] for p in doc.layer("places"))
    strike = _about(doc, "غارة")
    assert strike.place is not None and strike.place.country == "Syria"
