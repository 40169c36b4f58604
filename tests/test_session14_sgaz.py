"""Place mentions in Syrian news (session 14, SGAZ): everyday words that are also names of small Syrian villages
(a layer, channels, salt, cream, a calorie, "was absent", "attended", a Hajj station …) are places only after a
settlement, admin, region or near cue word; the Israeli army's regional commands ("قيادة المنطقة الشمالية", "قائد
المنطقة الوسطى") are commands, not the compass parts of Syria; "محافظ X" (X's governor) names the governorate X,
not its capital city."""

from __future__ import annotations

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def places(text: str) -> list[tuple[str, str, str]]:
    """(surface, English name, level) of every place read in ``text``."""
    return [(text[s.start:s.end], s.value.name_en, s.value.level) for s in find_places(normalize(text))]


@pytest.mark.parametrize("text", [
    "ضع طبقة رقيقة من العجين ثم أضف رشة ملح وقليلاً من الكريمة.",
    "تحتوي الحصة الواحدة على 90 سعرة حرارية فقط.",
    "غاب الوزير عن الاجتماع، بينما حضر نائبه الجلسة كاملة.",
    "دعا الوسيط إلى إعادة فتح قنوات الحوار بعد فترة وجيزة من التوتر.",
    "توجه الحجاج بعد الغروب إلى مزدلفة لقضاء الليل.",
    "قال إن الفئة العمرية الأكثر تضرراً هي فئة الشباب.",
    "وصف الراعي الرسمي للبطولة الحدث بأنه فرصة ذهبية.",
])
def test_everyday_words_are_no_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت طائرات مسيرة بلدة قنوات في ريف السويداء.", "Qanawat"),
    ("استهدفت غارة قريتي ملح وعرمان جنوبي السويداء.", "Milh"),
    ("اندلعت اشتباكات في بلدة حضر بريف القنيطرة.", "Hadar"),
])
def test_the_village_after_a_place_cue(text: str, name: str) -> None:
    assert name in [n for _s, n, _l in places(text)]


@pytest.mark.parametrize("text", [
    "استهدفت المقاومة قاعدة للدفاع الجوي تابعة لقيادة المنطقة الشمالية بصواريخ الكاتيوشا.",
    "صادق قائد المنطقة الوسطى في جيش الاحتلال على هدم المنازل.",
    "قال رئيس الأركان وقائد المنطقة الجنوبية إن الخطة لم تكتمل.",
])
def test_army_commands_are_not_compass_parts_of_syria(text: str) -> None:
    assert [p for p in places(text) if p[2] == "region"] == []


def test_a_compass_part_of_syria_is_still_read() -> None:
    assert places("سقطت قذائف على مواقع في المنطقة الجنوبية مساء أمس.")[0][1].startswith("Southern Syria")


@pytest.mark.parametrize(("text", "name"), [
    ("قال محافظ الحسكة إن القصف طال أحياء سكنية.", "Al-Hasakah"),
    ("زار محافظ السويداء موقع الانفجار صباح اليوم.", "As-Suwayda"),
    ("التقى وزير الداخلية ومحافظ درعا وجهاء العشائر.", "Daraa"),
])
def test_the_governor_names_the_governorate(text: str, name: str) -> None:
    assert places(text)[0][1:] == (name, "governorate")


def test_a_governor_abroad_is_no_syrian_village() -> None:
    # a Yemeni governorate named like a small Aleppo village: the governor's title does not make it Syrian
    assert [p for p in places("قال محافظ أبين إن الوضع في المحافظة مستقر.")
            if p[2] not in ("foreign_city", "region")] == []
