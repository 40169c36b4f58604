"""Session 13 (a place inside an organisation's name): "المقاومة الإسلامية في لبنان" (Hezbollah) names no place —
its act is not in Lebanon; the country in the name only marks the group's front: a sentence that names no place
of its own takes a place of the paragraph only on that front (never a place of another story, "دعماً لغزة"), acts
spread "على طول الحدود" take none, and the article's main place of another story is not theirs."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.geo.stage import find_places
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 11, 12)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _hezbollah(text: str) -> list[dict[str, object]]:
    return [r for r in _rows(text) if r["actor1"] == "Hezbollah"]


def test_the_country_in_the_group_name_is_no_place() -> None:
    text = "أعلنت المقاومة الإسلامية في لبنان أن مقاتليها قصفوا موقع المالكية بالصواريخ اليوم."
    doc = Document(id="t", text=text, published=DAY)
    meta: dict[str, object] = {}
    names = [text[sp.start:sp.end] for sp in find_places(doc.normalized(), meta=meta)]
    assert "لبنان" not in names
    assert meta["org_fronts"]  # the group's front is kept for the event places
    rows = _hezbollah(text)
    assert rows and all(r["country"] != "Lebanon" or r["location"] != "Lebanon" for r in rows)


def test_an_act_without_a_place_is_not_at_a_place_of_another_story() -> None:
    text = ("تتواصل الحرب على قطاع غزة منذ أسابيع، وسقط فيها آلاف الشهداء في غزة.\n"
            "وقصفت المقاومة الإسلامية في لبنان مواقع للاحتلال بالصواريخ الموجهة اليوم، دعماً للشعب الفلسطيني.")
    rows = _hezbollah(text)
    assert rows
    assert all(r["location"] not in ("Gaza Strip", "Gaza City", "Lebanon") for r in rows)


def test_acts_along_the_border_have_no_one_place() -> None:
    text = ("قصفت المقاومة الإسلامية في لبنان ثكنة برانيت بالصواريخ صباح اليوم.\n"
            "وبعد الظهر، استهدفت المقاومة الإسلامية في لبنان مزيداً من مواقع الاحتلال على طول الحدود بالأسلحة المناسبة.")
    rows = _hezbollah(text)
    assert any(r["location"] == "Biranit barracks" for r in rows)
    assert all(r["location"] != "Lebanon" for r in rows)
