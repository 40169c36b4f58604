"""Places (session 12, audit of fresh articles): countries and places abroad the news names that the gazetteer
lacked put events in Syria or in another country named in the article; the participle "المطلة على" (overlooking)
is not the settlement Metula, which it still is anywhere else."""

from __future__ import annotations

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def places(text: str) -> list[tuple[str, str]]:
    """(English name, country) of every place read in ``text``."""
    return [(s.value.name_en, s.value.country) for s in find_places(normalize(text))]


@pytest.mark.parametrize(("text", "place"), [
    ("أعلنت السلطات أن مسلحين اقتحموا قرية في نيجيريا وقتلوا عدداً من سكانها.", ("Nigeria", "Nigeria")),
    ("قتل عشرات المدنيين في هجوم على بلدة شمالي بوركينا فاسو.", ("Burkina Faso", "Burkina Faso")),
    ("اندلعت مواجهات بين الشرطة ومحتجين في شوارع فنزويلا أمس.", ("Venezuela", "Venezuela")),
    ("أسقطت الدفاعات الجوية مسيرات فوق أراضي بيلاروسيا.", ("Belarus", "Belarus")),
    ("وقع قصف على مدينة تمبكتو صباح الأحد.", ("Timbuktu", "Mali")),
    ("أحبطت الدفاعات هجوماً بالمسيرات على منشأة في أصفهان.", ("Isfahan", "Iran")),
    ("أسقطت الدفاعات الجوية صاروخاً فوق شبه جزيرة القرم.", ("Crimea", "Ukraine")),
    ("تعرضت قرية حدودية في مقاطعة بيلغورود لقصف مدفعي.", ("Belgorod", "Russia")),
    ("فتح رجل النار داخل متجر في ولاية ماين الأميركية.", ("Maine", "United States")),
    ("خرجت مسيرة تضامنية في دوسلدورف يوم السبت.", ("Dusseldorf", "Germany")),
])
def test_a_country_or_place_abroad_is_read(text: str, place: tuple[str, str]) -> None:
    assert place in places(text)


def test_mali_after_a_locative_is_the_country_but_the_adjective_financial_is_no_place() -> None:
    assert ("Mali", "Mali") in places("سقط جنود قتلى في كمين نصبه مسلحون في مالي.")
    assert places("قدمت البلدية دعم مالي للعائلات المتضررة.") == []


def test_overlooking_is_not_metula() -> None:
    assert ("Metula", "Israel") not in places("تمركز القناصة فوق التلال المطلة على الوادي.")
    assert ("Metula", "Israel") not in places("يملك الرجل بيتاً في الأحياء المطلة عليها.")


@pytest.mark.parametrize("text", [
    "قصفت المقاومة موقع المطلة بالصواريخ الموجهة.",
    "سقطت قذيفة في مستوطنة المطلة قرب الحدود.",
    "ادعى رئيس المجلس أن المطلة باتت خالية من سكانها.",
])
def test_metula_is_still_read_where_it_is_the_settlement(text: str) -> None:
    assert ("Metula", "Israel") in places(text)


@pytest.mark.parametrize(("text", "capital"), [
    ("وفي المقابل، أكدت طهران أنها سترد على أي اعتداء.", "Tehran"),
    ("وتعزز الدول المتحالفة مع واشنطن دعمها العسكري لكييف.", "Washington"),
    ("ويرى المحللون أنّ موسكو لن تتراجع عن شروطها.", "Moscow"),
    ("وجرت محادثات بين بكين وموسكو حول التجارة.", "Moscow"),
    ("ورأت صنعاء في الخطوة تصعيداً خطيراً.", "Sanaa"),
])
def test_a_capital_that_stands_for_its_government_places_nothing(text: str, capital: str) -> None:
    # the city is still a place mention (annotators mark it), but only as a reference: no event is placed there
    roles = [s.value.role for s in find_places(normalize(text)) if s.value.name_en == capital]
    assert roles and all(r == "reference" for r in roles)


@pytest.mark.parametrize(("text", "capital"), [
    ("وخرجت مسيرة حاشدة في طهران تنديداً بالعدوان.", "Tehran"),
    ("تظاهر الآلاف في العاصمة صنعاء يوم الجمعة.", "Sanaa"),
    ("أحبطت الدفاعات هجوماً بمسيرات على ضواحي موسكو.", "Moscow"),
])
def test_a_capital_where_something_happens_is_still_a_place(text: str, capital: str) -> None:
    roles = [s.value.role for s in find_places(normalize(text)) if s.value.name_en == capital]
    assert roles and "reference" not in roles


def test_crimea_is_read_after_a_locative_but_a_family_name_is_not() -> None:
    assert ("Crimea", "Ukraine") in places("أسقطت الدفاعات الجوية مسيرة فوق القرم ليلاً.")
    assert ("Crimea", "Ukraine") not in places("صرح الوزير جوني القرم بأن الشبكة مهددة.")


def test_every_country_of_the_gazetteer_has_an_acled_region() -> None:
    # a record abroad carries ACLED's region of its country: no country row of foreign.tsv may be left without one
    from pathlib import Path

    import rasd
    from rasd.output.records import _REGION_BY_ISO

    rows = (Path(rasd.__file__).parent / "data" / "gazetteer" / "foreign.tsv").read_text(encoding="utf-8").splitlines()
    missing = [r.split("\t")[4] for r in rows if not r.startswith(("#", "id\t")) and r.split("\t")[1:2] == ["country"]
               and r.split("\t")[8] not in ("", "0") and int(r.split("\t")[8]) not in _REGION_BY_ISO]
    assert not missing
