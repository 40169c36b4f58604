"""Places: governorate versus capital readings of a bare name, and named regions (regions.tsv)."""

from __future__ import annotations

from rasd.document import Document
from rasd.geo.gazetteer import data_dir, get_gazetteer, read_regions, validate
from rasd.geo.stage import recognize_places
from rasd.pipeline import text_layer


def places(text: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text)
    text_layer(doc)
    recognize_places(doc)
    return [(text[s.start:s.end], s.value.id, s.value.level) for s in doc.layer("places")]


def levels(text: str) -> dict[str, str]:
    return {surface: level for surface, _id, level in places(text)}


def test_regions_file_valid_and_loaded() -> None:
    assert validate() == []
    rows = read_regions(data_dir() / "regions.tsv")
    assert len(rows) >= 10 and all(e.level == "region" and e.precision == 3 for e in rows)
    g = get_gazetteer()
    sea = g.entries["region:mediterranean"]
    assert sea.lat is None and sea.country == ""  # no Syrian point for a sea
    south = g.entries["region:syria-south"]
    assert south.country == "SYR" and 32 < (south.lat or 0) < 34


def test_listed_governorates_read_as_governorates() -> None:
    got = levels("تقاسمت الفصائل النفوذ في الرقة ودير الزور والحسكة طوال عام كامل.")
    assert got == {"الرقة": "governorate", "دير الزور": "governorate", "الحسكة": "governorate"}
    got = levels("تبقى الجبهة الممتدة بين السويداء ودرعا هادئة نسبياً.")
    assert got == {"السويداء": "governorate", "درعا": "governorate"}
    # a count in brackets between the members does not break the list
    got = levels("تتوزع المواقع على محافظتين هما حمص (ثلاثة مواقع) وحماة (موقعان).")
    assert got == {"حمص": "governorate", "حماة": "governorate"}


def test_governorate_list_after_muhafazat_and_compass() -> None:
    got = places("فرضت السلطات قيوداً على التنقل في محافظات طرطوس واللاذقية وحماة.")
    assert [i for _s, i, _l in got] == ["SY10", "SY06", "SY05"]
    got = levels("انتشرت نقاط المراقبة في حلب وشمالي إدلب وريف اللاذقية.")
    assert got["حلب"] == "governorate"
    got = places("استهدفت مسيّرة موقعاً في إدلب شمال غربي سوريا.")
    assert got[0][1] == "SY07"


def test_city_cue_keeps_the_capitals() -> None:
    got = levels("افتتحت الوزارة مراكز جديدة في مدينتي حمص وحماة.")
    assert got["حمص"] == "city" and got["حماة"] == "city"
    got = levels("ارتفعت الأسعار في مدن طرطوس واللاذقية.")
    assert set(got.values()) == {"city"}
    # a town in the list: the bare name keeps its capital reading
    assert levels("وقعت اشتباكات في حلب ومنبج.")["حلب"] != "governorate"
    # a bare capital alone stays the city
    assert levels("وصل الوفد إلى حمص مساء الأحد.")["حمص"] == "city"


def test_elided_countryside() -> None:
    got = places("قصفت المدفعية قرى في أرياف حماة وإدلب واللاذقية.")
    assert [i for _s, i, _l in got] == ["SY05", "SY07", "SY06"]
    got = places("تعرضت مواقع في ريف حلب الغربي وإدلب لقصف مكثف.")
    assert [i for _s, i, _l in got] == ["SY02", "SY07"]


def test_named_regions() -> None:
    ids = {i for _s, i, _l in places("شنت طائرات غارات على نقاط في المنطقة الجنوبية قبل الفجر.")}
    assert "region:syria-south" in ids
    ids = {i for _s, i, _l in places("تتواصل التوترات في مناطق شرق الفرات وفي البادية السورية.")}
    assert {"region:east-euphrates", "region:badia"} <= ids
    ids = {i for _s, i, _l in places("انطلقت الصواريخ من فوق البحر المتوسط نحو الساحل السوري.")}
    assert {"region:mediterranean", "region:syria-coast"} <= ids
    ids = {i for _s, i, _l in places("قال المسؤول إن الشرق الأوسط يمر بمرحلة حرجة.")}
    assert ids == {"region:middle-east"}
    ids = {i for _s, i, _l in places("غرق قارب صغير في نهر الفرات قرب الضفة.")}
    assert "region:euphrates" in ids


def test_compass_region_dividing_a_place_is_not_the_country_part() -> None:
    ids = {i for _s, i, _l in places("تقدمت القوات في المنطقة الشمالية من ريف حماة.")}
    assert "region:syria-north" not in ids and "SY05" in ids
    ids = {i for _s, i, _l in places("تقدمت القوات في المنطقة الجنوبية من سوريا.")}
    assert "region:syria-south" in ids
