"""Session 10 (retell): one act told twice is one record.  A headline (and the standfirst the page prints
twice) that re-tells the body's report joins the body's record of that act, on the day the body gives,
instead of standing as a second record on the publication day (ACLED: one event)."""

from __future__ import annotations

from helpers import glue_repair_on  # noqa: F401

from rasd.document import Document, Event
from rasd.events.stage import _headline_spans
from rasd.io.readers import record_document
from rasd.pipeline import Pipeline


def _article(title: str, standfirst: str, body: list[str], published: str) -> Document:
    """A corpus record as the site prints it: the standfirst on top and again under the body."""
    rec = {"id": "retell", "title": title, "text": "\n".join([standfirst, *body, standfirst]), "published": published}
    doc = record_document(rec, "test", None)
    assert isinstance(doc, Document)
    return Pipeline()(doc)


def _violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.event_type in ("Explosions/Remote violence", "Battles",
                                                      "Violence against civilians")]


# a massacre named in the headline (no side, no time: the publication day), the act reported in the body with
# its day ("أمس الجمعة"), and another act elsewhere
_TITLE = "في مجزرة مروعة عند دوار الكويت.. الاحتلال يلاحق المنتظرين للطحين"
_STANDFIRST = ("الاحتلال الإسرائيلي يرتكب مجزرة بحق المنتظرين للمساعدات عند دوار الكويت جنوبي مدينة غزة، "
               "وعشرات الشهداء والجرحى.")
_BODY = [
    "أفادت مصادر طبية باستشهاد 12 مواطناً، وإصابة 25 آخرين، في قصف مدفعي إسرائيلي طال تجمعاً للمواطنين عند "
    "دوار الكويت في مدينة غزة، أمس الجمعة.",
    "وفي رفح، استهدفت طائرة مسيّرة إسرائيلية منزلاً في حي الجنينة شرقي المدينة، ما أدى إلى إصابة شخصين.",
]


def test_headline_block_is_title_and_repeated_standfirst() -> None:
    doc = _article(_TITLE, _STANDFIRST, _BODY, "2024-03-02T01:00:00+02:00")
    heads = [doc.text[s.start:s.end] for s in _headline_spans(doc)]
    assert heads[0].startswith("في مجزرة مروعة")
    assert any(h.startswith("الاحتلال الإسرائيلي يرتكب مجزرة") for h in heads)
    assert not any(h.startswith("أفادت مصادر طبية") for h in heads)


def test_headline_massacre_joins_the_body_act_on_its_day() -> None:
    doc = _article(_TITLE, _STANDFIRST, _BODY, "2024-03-02T01:00:00+02:00")
    events = _violent(doc)
    assert len(events) == 2  # the Kuwait roundabout shelling and the Rafah drone strike, no headline record
    gaza = next(e for e in events if e.place is not None and e.place.id in ("city:gaza", "site:kuwait-roundabout"))
    assert gaza.date is not None and gaza.date.date.isoformat() == "2024-03-01"
    assert not gaza.historical
    assert gaza.fatalities == 12
    assert any(sp.start == 0 for sp in gaza.evidence)  # the headline is the same record's evidence
    assert all(e.place is not None and e.place.level != "country" for e in events)


def test_headline_act_of_its_own_place_stays() -> None:
    """A headline act at a place the body does not report (beyond a town's surroundings) is its own event."""
    doc = _article("قصف مدفعي إسرائيلي يطال أطراف بلدة الناقورة",
                   "مدفعية الاحتلال تقصف أطراف بلدة الناقورة الساحلية، وطائرة مسيّرة تستهدف بلدة كفركلا.",
                   ["وأفاد مراسلنا بأنّ طائرة مسيّرة إسرائيلية شنّت، اليوم الإثنين، غارة على منزل في بلدة "
                    "كفركلا، من دون وقوع إصابات."],
                   "2024-03-04T12:00:00+02:00")
    places = sorted(e.place.id for e in _violent(doc) if e.place is not None)
    assert places == ["city:kfar-kila", "city:naqoura"]
