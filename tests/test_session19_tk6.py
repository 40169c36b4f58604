"""Session 19 (TAKEN6): one record standing for two acts.  A sentence that tells an attack at one place and the
other side's reply at another ("تعرّضت القاعدة في X لهجوم، وردّت القوات بقصف Y") holds two events, each with its
own sides; unknown gunmen of a round-up's shootings in two towns are no one side fighting on two fronts."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

TUESDAY = dt.date(2024, 6, 25)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=TUESDAY)), timestamp=0)


def _at(rows: list[dict[str, object]], place: str) -> list[dict[str, object]]:
    return [r for r in rows if r["location"] == place]


@pytest.mark.parametrize("text", [
    "تعرّضت القاعدة الأميركية في حقل كونيكو لهجوم بالصواريخ، وردّت القوات الأميركية بقصف مدفعي استهدف بلدة خشام.",
    "تعرضت القاعدة الأمريكية في حقل كونيكو ليلاً لقصف صاروخي، فردت القوات الأمريكية بقصف مدفعي على أطراف خشام.",
])
def test_attack_undergone_at_one_place_and_the_reply_at_another_are_two_events(text: str) -> None:
    rows = _rows(text)
    base, town = _at(rows, "Conoco gas field"), _at(rows, "Khasham")
    assert len(base) == 1 and len(town) == 1, rows
    assert "United States" in str(town[0]["actor1"]) and "United States" not in str(town[0]["actor2"]), town
    assert "United States" in str(base[0]["actor2"]), base


@pytest.mark.parametrize(("text", "first", "second", "replier"), [
    ("هاجم مسلحون حاجزاً للجيش في بلدة المزيريب بالرصاص، وردّ الجيش بقصف مدفعي استهدف أطراف بلدة طفس.",
     "Mzeireb", "Tafas", "Military Forces of Syria"),
    ("تعرّض حاجز للجيش في بلدة المزيريب لهجوم بالرصاص، وردّ الجيش بقصف مدفعي استهدف بلدة طفس.",
     "Mzeireb", "Tafas", "Military Forces of Syria"),
])
def test_the_reply_clause_gives_the_replier_as_attacker(text: str, first: str, second: str, replier: str) -> None:
    rows = _rows(text)
    a, b = _at(rows, first), _at(rows, second)
    assert len(a) == 1 and len(b) == 1, rows
    assert replier in str(b[0]["actor1"]) and replier not in str(b[0]["actor2"]), b
    assert replier not in str(a[0]["actor1"]), a


def test_unknown_gunmen_in_two_towns_share_no_opponent() -> None:
    rows = _rows("أطلق مسلحون مجهولون النار على عنصر سابق في فصائل التسوية في بلدة المزيريب بريف درعا الغربي، ما أدى "
                 "إلى مقتله على الفور. وأصيب عنصران من الجيش السوري بجروح في هجوم مسلح على حاجز عسكري عند مدخل مدينة "
                 "جاسم.")
    mz, js = _at(rows, "Mzeireb"), _at(rows, "Jasim")
    assert len(mz) == 1 and len(js) == 1, rows
    assert "Military Forces of Syria" not in str(mz[0]["actor2"]), mz
    assert "Military Forces of Syria" in str(js[0]["actor2"]), js


def test_guard_one_named_side_on_two_fronts_still_takes_its_opponent() -> None:
    """Guard (passes on the old code too): a named group's attack on a second front of the same day takes the
    opponent its first clash names."""
    rows = _rows("اندلعت اشتباكات عنيفة بين الجيش السوري ومسلحي هيئة تحرير الشام على محور سراقب في ريف إدلب. "
                 "كما شنّ مسلحو هيئة تحرير الشام هجوماً على محور أريحا.")
    ariha = _at(rows, "Ariha")
    assert len(ariha) <= 1, rows
    if ariha:
        assert "Military Forces of Syria" in str(ariha[0]["actor1"]) + str(ariha[0]["actor2"]), ariha


@pytest.mark.parametrize(("text", "second", "day"), [
    ("قصفت طائرات روسية بلدة كفرنبل اليوم، كما استهدفت أمس بلدة معرة النعمان.", "Ma'arrat An Nu'man", "2024-06-24"),
    ("استهدف الجيش السوري مواقع المسلحين في سراقب صباح اليوم، كما قصف في وقت سابق من يوم أمس مواقع في أريحا.",
     "Ariha", "2024-06-24"),
])
def test_a_clause_added_by_kama_is_dated_by_its_own_time(text: str, second: str, day: str) -> None:
    rows = _rows(text)
    b = _at(rows, second)
    assert len(b) == 1 and b[0]["event_date"] == day, rows
    assert all(r["event_date"] == "2024-06-25" for r in rows if r["location"] != second), rows
