"""Session 13 (the place an event gets): a place name inside an organisation's name is no place ("قوة القدس",
the IRGC's Quds Force, is not Jerusalem), and a part of a town the text names ("منطقة X في البوكمال", "دوار X في
منطقة السيدة زينب") is read at that town when X's only namesakes lie in other governorates — also where the
article names X bare in a list before or after."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, PlaceRef
from rasd.geo.stage import find_places
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 26)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _places(text: str) -> list[tuple[str, PlaceRef]]:
    doc = Document(id="t", text=text, published=DAY)
    return [(text[sp.start:sp.end], sp.value) for sp in find_places(doc.normalized(), meta={})]


def test_quds_force_is_no_place() -> None:
    text = ("أعلن حرس الثورة استشهاد ضابط من قوة القدس في غارة جوية على موقع في ريف دير الزور الشرقي أمس. "
            "وقال قائد قوة القدس إن الرد سيأتي.")
    assert not any(ref.name_en == "Jerusalem" for _s, ref in _places(text))
    rows = _rows(text)
    assert rows and all(r["location"] != "Jerusalem" for r in rows)


def test_part_of_a_town_with_far_namesakes_is_read_at_the_town() -> None:
    found = _places("قصفت طائرات مجهولة منطقة الصالحية في البوكمال ليلة أمس.")
    part = [ref for s, ref in found if s == "الصالحية"]
    assert part and part[0].admin1 == "Deir ez-Zor" and part[0].geo_precision == 2
    found = _places("انفجرت عبوة ناسفة عند دوار الروضة في منطقة السيدة زينب صباح اليوم.")
    part = [ref for s, ref in found if s == "الروضة"]
    assert part and part[0].admin1 == "Rif Dimashq"
    # a camp abroad in a town that Syria also has keeps its own entry
    found = _places("اقتحمت قوات الاحتلال مخيم عقبة جبر في أريحا فجر اليوم.")
    assert any(ref.name_en.startswith("Aqabat Jabr") for _s, ref in found)


def test_bare_list_mention_follows_the_part_of_the_town() -> None:
    text = ("شنت طائرات حربية غارات على أربع مناطق في شرق البلاد، استهدفت دير الزور والميادين والصالحية "
            "والبوكمال. وقال مراسلنا إن الغارات طالت منطقة الصالحية في البوكمال.")
    found = [ref for s, ref in _places(text) if s == "الصالحية"]
    assert len(found) == 2 and all(ref.admin1 == "Deir ez-Zor" for ref in found)
    rows = _rows(text)
    assert rows and all(r["admin1"] != "Aleppo" for r in rows)
