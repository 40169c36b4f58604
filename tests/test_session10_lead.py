"""Session 10 (lead): the feminine adjective "سلمية" (peaceful) is no place; the district Salamiyah still is after
a place cue."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def names(text: str) -> list[str]:
    """The English name of each place found in ``text``."""
    return [s.value.name_en for s in find_places(normalize(text))]


def test_peaceful_vigil_is_no_place() -> None:
    assert names("نظّم العمال وقفة سلمية أمام مبنى البلدية في صيدا.") == ["Sidon"]
    assert "As-Salamiyeh" not in names("دعا الوزير إلى تسوية سلمية للنزاع بطرق سلمية.")
    assert "Al-Salamiyah" not in names("دعا الوزير إلى تسوية سلمية للنزاع بطرق سلمية.")


def test_salamiyah_after_a_cue_is_still_a_place() -> None:
    found = names("سقطت قذيفة على حي سكني في مدينة سلمية بريف حماة.")
    assert any(n in ("As-Salamiyeh", "Al-Salamiyah") for n in found)


def test_cue_only_name_at_a_road_end_is_a_place() -> None:
    # a road named by its two ends: the cue-only name at its start is a place too
    assert names("انفجرت عبوة بحافلة على طريق سلمية – حمص صباح اليوم.")[:2] == ["As-Salamiyeh", "Homs"]


def test_gaza_envelope_kibbutzim_are_places() -> None:
    # kibbutzim a rocket report names beside a known town are placed themselves, not at the town's point
    assert names("سقطت صواريخ على سديروت ونير عام وناحل عوز صباح اليوم.") == ["Sderot", "Nir Am", "Nahal Oz"]
    assert "Ein HaShlosha" in names("قصفت الفصائل موقع \"العين الثالثة\" بقذائف الهاون اليوم.")
