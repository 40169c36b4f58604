"""Session 26 (PLACE): a bare "العاصمة" after a locative ("وسط العاصمة", "في العاصمة وضواحيها") places the act in
the capital of the country the article's place lies in (``capitals.tsv``), rather than a town of another paragraph
or the country's centroid; a capital named by its name or a nationality adjective is left to the place reader."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.geo.gazetteer import get_gazetteer, national_capitals, validate

DAY = dt.date(2024, 4, 24)  # a Wednesday


def _places(text: str, day: dt.date = DAY) -> list[tuple[object, object]]:
    return [(r["sub_event_type"], r["location"]) for r in record_rows(text, day)]


def test_capitals_file_is_valid() -> None:
    assert not [p for p in validate() if "capitals.tsv" in p]
    caps = national_capitals()
    assert caps["Tunisia"].name_en == "Tunis"
    assert caps["Sudan"].name_en == "Khartoum"
    assert "Palestine" not in caps and "Syria" not in caps
    g = get_gazetteer()
    assert all(g.entries[c.id].level == "foreign_city" for c in caps.values())


def test_bare_capital_beats_another_paragraphs_town() -> None:
    text = ("شهدت مدينة صفاقس التونسية الأسبوع الماضي إضراباً للعمال.\n\n"
            "وتظاهر أمس الثلاثاء مئات التونسيين وسط العاصمة، احتجاجاً على غلاء الأسعار.")
    rows = _places(text)
    assert ("Peaceful protest", "Tunis") in rows
    assert ("Peaceful protest", "Sfax") not in rows


def test_bare_capital_with_its_suburbs() -> None:
    text = ("السودان: تجدد المعارك بين الجيش والدعم السريع\n\n"
            "اندلعت أمس اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة وضواحيها، وفق شهود عيان.")
    assert ("Armed clash", "Khartoum") in _places(text)


def test_named_town_of_the_sentence_stands() -> None:
    """The sentence names its own town: the bare capital later in it does not move the act."""
    text = ("تظاهر أمس مئات الأردنيين في مدينة إربد شمالي المملكة، فيما دعت النقابات إلى وقفة مماثلة في العاصمة "
            "الأسبوع المقبل.")
    rows = _places(text)
    assert all(loc != "Amman" for _t, loc in rows)


def test_an_indefinite_capital_is_no_place() -> None:
    """"في عاصمة أوروبية" (some European capital) names no capital."""
    text = "اعتقلت الشرطة الفرنسية أمس ثلاثة مطلوبين في عاصمة أوروبية بعد ملاحقة استمرت أسابيع."
    assert all(loc != "Paris" for _t, loc in _places(text))


def test_capital_of_another_nationality_is_not_taken() -> None:
    """The sentence's forces are of another country than the place chosen: its "العاصمة" is not that place's."""
    text = ("كينيا: احتجاجات على الضرائب\n\n"
            "وفي سياق آخر، فرّقت الشرطة الأوغندية أمس مسيرة للمعارضة في العاصمة واعتقلت عشرة من المشاركين.")
    assert all(loc != "Nairobi" for _t, loc in _places(text))


def test_a_capital_named_after_the_noun_is_read_as_named() -> None:
    text = "تظاهر أمس آلاف الأوكرانيين وسط العاصمة كييف ضد روسيا."
    assert all(loc != "Moscow" for _t, loc in _places(text))
