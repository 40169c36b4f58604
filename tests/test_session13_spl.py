"""Session 13 (several events in one article): a sentence that opens by telling an earlier act ("وفي وقت سابق من
اليوم، …", "وقبل ذلك، …") tells another act than the ones just told, so its country-level place does not fold it
into their records at the towns inside that country; a report dated earlier ("وفي وقت سابق، أكّد …") may re-tell
an act and still joins it; and a city's record joins the record at a site beside it that bears its name (the
city's airport)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)


def _rows(text: str, title: str = "") -> list[dict[str, object]]:
    body = f"{title}\n{text}" if title else text
    return records(Pipeline()(Document(id="t", text=body, title=title, published=DAY)))


def _tells(row: dict[str, object], opening: str) -> bool:
    """One of the record's evidence sentences opens with ``opening``."""
    return any(str(e["text"]).startswith(opening) for e in row["evidence"])  # type: ignore[index, union-attr]


def test_earlier_act_at_a_country_stays_apart_from_the_towns_records() -> None:
    text = ('استهدف مقاتلو المقاومة الإسلامية في لبنان، اليوم الأحد، موقع "المالكية" بقذائف المدفعية، وأصابوا كذلك '
            'موقع "معيان باروخ" بصاروخين موجهين.\n\n'
            'وفي وقت سابق من اليوم، هاجمت المقاومة بسرب من المسيّرات الانقضاضية ثكنة إسرائيلية قرب الحدود مع '
            'فلسطين المحتلة، وأصابت أهدافها.')
    rows = _rows(text)
    towns = [r for r in rows if r["location"] in ("Malkia", "Ma'ayan Baruch")]
    assert len(towns) == 2
    assert not any(_tells(r, "وفي وقت سابق") for r in towns)
    drone = [r for r in rows if _tells(r, "وفي وقت سابق")]
    assert len(drone) == 1 and drone[0]["sub_event_type"] == "Air/drone strike"


def test_earlier_act_opened_by_qabl_dhalik_is_another_event() -> None:
    text = ('أعلنت المقاومة الإسلامية في لبنان، اليوم الخميس، قصف موقع "المالكية" بالصواريخ.\n\n'
            'وقبل ذلك، أطلقت المقاومة مسيّرتين انقضاضيتين على مقر قيادة إسرائيلي قرب الحدود مع فلسطين المحتلة.')
    rows = _rows(text)
    town = [r for r in rows if r["location"] == "Malkia"]
    assert len(town) == 1 and not _tells(town[0], "وقبل ذلك")
    assert any(_tells(r, "وقبل ذلك") and r["sub_event_type"] == "Air/drone strike" for r in rows)


def test_a_report_dated_earlier_still_retells_the_act() -> None:
    text = ('أسقطت الدفاعات الجوية التابعة للقوات المسلحة اليمنية، اليوم الأربعاء، طائرة مسيّرة أميركية من نوع "MQ9" '
            'فوق المياه الإقليمية اليمنية.\n\n'
            'وفي وقت سابق اليوم، أكد المتحدث العسكري اليمني أنّ الدفاعات الجوية أسقطت الطائرة الأميركية فوق المياه '
            'اليمنية.')
    rows = _rows(text)
    assert len(rows) == 1 and _tells(rows[0], "وفي وقت سابق")


def test_city_headline_joins_the_report_at_its_airport() -> None:
    title = "فصائل عراقية تستهدف القوات الأميركية في أربيل"
    text = ("أعلنت فصائل المقاومة الإسلامية في العراق، اليوم الأحد، استهداف القوات الأميركية في محيط مطار أربيل "
            "الدولي بطائرتين مسيّرتين، مؤكدةً إصابة أهدافها.")
    rows = _rows(text, title)
    violent = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert len(violent) == 1 and violent[0]["location"] == "Erbil International Airport"
