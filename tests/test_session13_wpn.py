"""Session 13 (capabilities, drills and arms transfers read as attacks): a weapon or attack word governed by a
word of owning or being able ("تمتلك صواريخ", "قادرة على ضرب"), of a drill, test or parade ("مناورات",
"تحاكي هجوماً", "تجربة صاروخ", "عرض عسكري يضم"), of a sale or delivery of arms ("بيع قذائف", "شحنة صواريخ") or the
"any" of a hypothetical act ("أي هجوم") reports no event.  The cue kind ``capability`` covers only the trigger
within its window after it: a real strike told further on in the same sentence is still an event."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 4, 20)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _violent(text: str) -> list[dict[str, object]]:
    return [r for r in _rows(text) if r["event_type"] in VIOLENT]


def test_missiles_fired_in_manoeuvres_are_no_strike() -> None:
    assert not _violent("طهران تجري مناورات بحرية\nنفذت القوات الإيرانية اليوم مناورات واسعة أطلقت خلالها "
                        "صواريخ بالستية على أهداف وهمية في الخليج.")


def test_a_drill_that_simulates_a_bombardment_is_no_bombardment() -> None:
    assert not _violent("مناورات كورية\nقال الجيش الكوري الجنوبي اليوم إن 50 طائرة حربية أجرت تدريبات تحاكي "
                        "قصف مواقع للعدو قرب الحدود.")


def test_owning_missiles_is_no_strike() -> None:
    assert not _violent("تقرير: حزب الله يمتلك صواريخ موجهة\nقال مسؤول أمني إسرائيلي اليوم إن حزب الله يمتلك "
                        "صواريخ موجهة تصل إلى ميناء حيفا.")


def test_selling_shells_is_no_shelling() -> None:
    assert not _violent("واشنطن تقر بيع قذائف مدفعية للاحتلال\nأقر البنتاغون، أمس الأربعاء، بيع قذائف مدفعية "
                        "ثقيلة لجيش الاحتلال الإسرائيلي لاستخدامها في غزة.")


def test_any_shelling_to_come_is_no_shelling() -> None:
    assert not _violent("الاحتلال يهدد\nأكد قائد المنطقة الشمالية في جيش الاحتلال الإسرائيلي اليوم أن أي قصف "
                        "على المستوطنات سيقابل برد قاس في لبنان.")


def test_a_real_strike_after_the_drill_in_the_same_sentence_stays() -> None:
    """Guard of the cue's reach (passes on the old code as well): the drill's window ends before the strike."""
    rows = _violent("قصف قاعدة حقل العمر\nوبينما كانت القوات الأميركية تجري تدريبات عسكرية مشتركة داخل قاعدة "
                    "حقل العمر في ريف دير الزور، قصفت المقاومة الإسلامية في العراق القاعدة بعدة صواريخ صباح اليوم.")
    assert rows and rows[0]["event_type"] == "Explosions/Remote violence"
