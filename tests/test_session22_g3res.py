"""Session 22, G3RES (the residue of benchmarks/gold3): the war's day counted by an ordinal ("في اليوم الثمانين
للعدوان") names the war, not an act, so a headline that gives the war's toll on that day is no event; aircraft that
break the sound barrier strike nothing; "قاعدة X الأميركية، وأخرى في Y" lists two targets; a place a distance is
measured from ("على بعد 5 كم عن معبر X") is a reference after the place it measures.  Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.document import Document
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 12, 20)


def _rows(text: str) -> list[tuple[str, str]]:
    return [(str(r["sub_event_type"]), str(r["location"])) for r in record_rows(text, DAY)]


def test_war_day_headline_toll_is_no_event() -> None:
    for text in (
        "في اليوم الخامس والسبعين للعدوان الإسرائيلي، أكثر من 19 ألف شهيد ومطالبات دولية بوقف النار.",
        "في اليوم الستين للحرب على القطاع، أكثر من خمسة عشر ألفاً وثلاثمئة شهيد.",
        "في اليوم الـ 70 للعدوان على غزة، 18500 شهيد وآلاف الجرحى.",
    ):
        assert _rows(text) == [], text


def test_war_day_keeps_the_acts_of_the_sentence() -> None:
    """Guard: the war's day blocks the war word only; the strikes told after it are events."""
    rows = _rows("في اليوم الـ75 للعدوان الإسرائيلي، غارات عنيفة على مدينة رفح.")
    assert ("Air/drone strike", "Rafah") in rows


def test_sound_barrier_is_no_strike() -> None:
    for text in (
        "وخرقت الطائرات الحربية الإسرائيلية جدار الصوت فوق بلدات الجنوب، ما أدى إلى تحطّم زجاج عدد من المنازل.",
        "طائرات حربية إسرائيلية تخترق جدار الصوت فوق مدينة صور وتتسبب بأضرار في بعض المحال.",
    ):
        assert _rows(text) == [], text


def test_strike_beside_sound_barrier_stays() -> None:
    """Guard: a raid told in its own clause is an event even when the jets also break the sound barrier."""
    rows = _rows("شنّت طائرات الاحتلال غارة على بلدة عيترون، واخترقت جدار الصوت فوق بلدات أخرى.")
    assert [t for t, _ in rows] == ["Air/drone strike"]


def test_another_base_after_adjective_and_comma() -> None:
    rows = _rows("استهدف مقاتلو المقاومة بالطائرات المسيّرة قاعدة حرير الأميركية، وأخرى في الشدادي.")
    assert {p for _, p in rows} == {"Harir Air Base", "Shadadah"}


def _place_roles(text: str) -> dict[str, str]:
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return {doc.span_text(p): p.value.role for p in doc.layer("places") if p.value is not None}


def test_distance_reference_is_a_reference() -> None:
    roles = _place_roles("قصف مسلحون بالصواريخ القاعدة الأميركية في مطار خراب الجير على مسافة 6 كيلومترات من معبر "
                         "اليعربية.")
    assert roles.get("معبر اليعربية") == "reference"
    assert "place" in roles.values()
    rows = _rows("قصف مسلحون بالصواريخ القاعدة الأميركية في مطار خراب الجير على بعد 5 كم عن معبر اليعربية.")
    assert [p for _, p in rows] == ["Kharab al-Jir airstrip"]


def test_distance_from_the_only_place_places_the_act_near_it() -> None:
    """With no other place in the sentence, the act lies near the place the distance is measured from."""
    assert "near" in _place_roles("انفجرت عبوة ناسفة بدورية على بعد 20 كلم من مدينة دير الزور.").values()
    rows = _rows("انفجرت عبوة ناسفة بدورية على بعد 20 كلم من مدينة دير الزور.")
    assert [p for _, p in rows] == ["Deir-ez-Zor"]
