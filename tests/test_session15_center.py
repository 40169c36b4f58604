"""Session 15 (central Syria): "تدمر" is mostly the verb "to destroy".  Joined by "و" to a place named before it, it is
still the verb when a count or an indefinite accusative follows it (its object: "وتدمر 12 مسيّرة", "وتدمر عدداً من
الآليات"), as it is before a definite subject; the city Palmyra stays a place after a locative or listed with places."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def _names(text: str) -> list[str]:
    return [s.value.name_en for s in find_places(normalize(text))]


def test_the_verb_before_a_count_is_no_palmyra() -> None:
    got = _names("الدفاعات الجوية تعترض صاروخاً فوق بيلغورود وتدمر 15 طائرة مسيّرة فوق البحر.")
    assert not any("Tadmor" in n or "Tadmur" in n for n in got)


def test_the_verb_before_an_indefinite_accusative_is_no_palmyra() -> None:
    got = _names("المقاتلون يصدّون تقدّم الجنود في رفح وتدمر عدداً من الآليات العسكرية.")
    assert not any("Tadmor" in n or "Tadmur" in n for n in got)
    got = _names("القوات تتصدى للهجوم قرب حلب وتدمر زورقاً مفخخاً.")
    assert not any("Tadmor" in n or "Tadmur" in n for n in got)


def test_palmyra_listed_with_places_stays_a_place() -> None:
    assert any("Tadmor" in n or "Tadmur" in n for n in _names("شنت الطائرات غارات على مواقع التنظيم في السخنة وتدمر."))
    assert any("Tadmor" in n or "Tadmur" in n for n in _names("قتل جنديان بهجوم قرب مدينة تدمر في ريف حمص الشرقي."))
