"""Session 6, place recognition in event sentences (fresh audit pool E): a Syrian site named with a facility head
in an article about places abroad, and Hebron after a locative."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.document import PlaceRef
from rasd.geo.stage import find_places

# an article about places abroad: five foreign places, one Syrian base named by its town
_ABROAD = ("سقطت صواريخ على تل أبيب وعسقلان وأسدود، وشنت طائرات غارات على بيروت وصيدا. "
           "وفي السياق ذاته أعلنت فصائل عراقية أنها ضربت قاعدة الشدادي بمسيّرتين فجر اليوم.")


def _places(text: str) -> list[tuple[str, PlaceRef]]:
    nt = normalize(text)
    meta: dict[str, object] = {}
    return [(text[p.start:p.end], p.value) for p in find_places(nt, meta=meta)]


def test_facility_head_keeps_syrian_site_in_foreign_article() -> None:
    got = {name: ref for name, ref in _places(_ABROAD)}
    assert "الشدادي" in got
    assert got["الشدادي"].country == "Syria"
    assert got["الشدادي"].admin1 == "Al-Hasakah"


def test_bare_village_still_dropped_in_foreign_article() -> None:
    # the same article, the town named with no facility head nor a tie to Syria: a namesake, not a place
    text = _ABROAD.replace("قاعدة الشدادي", "أحياء الشدادي")
    names = [name for name, _ in _places(text)]
    assert "الشدادي" not in names


def test_hebron_after_locative() -> None:
    got = _places("استشهد شاب برصاص قوات الاحتلال في الخليل صباح اليوم.")
    assert [(n, r.name_en, r.country) for n, r in got] == [("الخليل", "Hebron", "Palestine")]


def test_khalil_as_person_name_is_no_place() -> None:
    assert _places("وقال الشيخ إبراهيم الخليل إن الاجتماع تأجل.") == []
    assert _places("التقى الوزير محمد الخليل بوفد زائر.") == []
