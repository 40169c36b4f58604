"""Session 6: over-merging across places and countries (ACLED: one event per day, place, actor pair and type)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 4)


def _places(doc: Document) -> list[str]:
    return sorted(ev.place.name_en for ev in doc.events if ev.place is not None)


def test_comma_list_of_bases_is_one_event_per_base() -> None:
    # "X، Y وZ": an enumeration by commas closed by "و" names three targets
    text = ('أعلنت فصائل مسلحة، اليوم الأحد، أنها استهدفت بالطائرات المسيّرة ثلاث قواعد أميركية في سوريا، هي '
            '"الشدادي"، "الركبان" و"التنف".')
    places = _places(extract_text(text, DAY))
    assert "Shadadah" in places
    assert "Rukban camp" in places
    assert "Al-Tanf garrison" in places


def test_comma_without_closing_and_is_no_list() -> None:
    # a comma alone (no "و" closing a list) sets off a new clause: the second name is no further target
    from rasd.geo.assign import _comma_list

    text = 'استهدفت المسيّرات قاعدة "الشدادي"، "الركبان" مخيم قريب.'
    doc = extract_text(text, DAY)
    inside = sorted(doc.layer("places"), key=lambda p: p.start)
    names = [doc.text[p.start:p.end] for p in inside]
    assert names[:2] == ["الشدادي", "الركبان"]
    assert not _comma_list(doc, inside[0], inside[1], inside)


def test_region_abroad_beside_syrian_targets_is_no_target() -> None:
    # "ردّاً على العدوان على قطاع غزة": the region abroad is what the act answers, not a place it hit
    text = ('ردّاً على العدوان على قطاع غزة، أعلنت فصائل مسلحة، اليوم الأحد، استهداف قاعدتي الشدادي '
            'وخراب الجير في سوريا بالطائرات المسيّرة.')
    doc = extract_text(text, DAY)
    assert all(ev.place is None or ev.place.country == "Syria" for ev in doc.events)
