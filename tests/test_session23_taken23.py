"""Session 23 (TAKEN23: several acts told in one sentence or one list become one record).

- a further object of the same verb after the first target's weapon, with its own object noun — the troops' guns or
  works ("مرابض", "تحصينات", "منصات"), a genitive and an adjective after it, a second object joined by "و" — and its
  place set off by a preposition or by a side word alone ("…، ومرابض مدفعية العدو جنوبي Y") is a further target:
  one record per place;
- the same after the first target's weapon and outcome told at length ("… بصواريخ، مؤكدين إصابتها، ومرابض
  مدفعيته وانتشار جنوده جنوبي Y").

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 20)
HEAD = "حزب الله يستهدف مواقع الاحتلال\n"


def _places(text: str) -> list[str]:
    doc = Document(id="t", text=HEAD + text + "\n", published=DAY, published_hour=15)
    return [str(r["location"]) for r in records(Pipeline()(doc))]


def test_object_item_with_a_genitive_and_a_side_word() -> None:
    for text, want in (
        ("قصف مقاتلو الحزب ثكنة زبدين في مزارع شبعا بصاروخين موجهين، ومرابض مدفعية العدو جنوبي كريات شمونة.",
         {"Shebaa Farms", "Kiryat Shmona"}),
        ("قصف مجاهدو المقاومة موقع الراهب بقذائف المدفعية، ومربض مدفعية العدو شرقي مستوطنة المطلة.",
         {"Al-Raheb position", "Metula"}),
        ("قصفت سرايا القدس نقطة للجيش قرب خان يونس بالهاون، وتجمعاً لدبابات الجيش المتقدمة في بيت لاهيا.",
         {"Khan Yunis", "Beit Lahia"}),
    ):
        assert want <= set(_places(text)), text


def test_object_item_after_a_long_weapon_and_outcome() -> None:
    text = ("واستهدفت المقاومة ثكنة زبدين في مزارع شبعا، بصاروخين موجهين، محققةً فيها إصابة دقيقة، "
            "ومرابض مدفعية الاحتلال وانتشار جنوده جنوبي \"كريات شمونة\"، بالقذائف.")
    assert {"Shebaa Farms", "Kiryat Shmona"} <= set(_places(text))


def test_guard_a_long_gap_with_no_object_noun_adds_no_place() -> None:
    """Pure guard (holds on the old code too): past a long outcome, a clause with no object noun of the act
    names no further target."""
    text = ("قصف مقاتلو الحزب ثكنة زبدين في مزارع شبعا، بصواريخ موجهة، مؤكدين إصابتها بدقة، "
            "وسط حالة استنفار في مستوطنة كريات شمونة.")
    assert "Kiryat Shmona" not in _places(text)
