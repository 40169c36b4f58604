"""Session 23 (FRESHACT): actors of unseen Al Mayadeen reports — the side an act is waged in support of ("دعماً للشعب
والمقاومة في غزة", "الداعم للمقاومة الفلسطينية") is no side of the act and no group a bare "المقاومة" refers back to;
a paragraph that opens with a verb and no subject continues the doer of the paragraph before; a verb after a comma and
its own "و" ("… الضباط والجنود، وتقصف …") keeps the sentence's subject."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 24)
HEZBOLLAH = "Hezbollah"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_side_backed_is_not_the_side_hit() -> None:
    rows = _rows("أفاد مراسلنا باستهداف الطيران الأميركي البريطاني، اليوم الاثنين، جزيرة كمران في الحديدة بغارة "
                 "جوية، في محاولة لردع صنعاء عن موقفها الداعم للمقاومة الفلسطينية.")
    assert rows and rows[0]["inter1"] == 8
    assert rows[0]["actor2"] != "Unidentified Armed Group (Palestine)"
    assert all("مقاومة" not in m for m in rows[0]["actor2_mentions"])


def test_bare_resistance_does_not_refer_back_to_the_side_backed() -> None:
    rows = _rows("استهدف حزب الله مبنى يتموضع فيه جنود إسرائيليون في مستوطنة المنارة بالأسلحة المناسبة. "
                 "وجاء هذا الاستهداف دعماً للشعب والمقاومة في قطاع غزة. "
                 "إضافة إلى ذلك، استهدفت المقاومة موقع السماقة في مزارع شبعا بالأسلحة الصاروخية.")
    assert rows and all(r["actor1"] == HEZBOLLAH for r in rows), [r["actor1"] for r in rows]
    assert len(rows) == 2  # the sentence of the backed side tells no act of its own


def test_backed_side_in_a_claim_of_iraqi_groups() -> None:
    rows = _rows("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة، إسناداً لفصائل "
                 "المقاومة الفلسطينية. وأضافت أنها استهدفت أيضاً ميناء حيفا بالمسيرات، وأكدت المقاومة أنها "
                 "ستواصل عملياتها.")
    assert rows and all(r["actor1"] == "Islamic Resistance in Iraq" for r in rows)
    assert all(r["actor2"] != "Unidentified Armed Group (Palestine)" for r in rows)


def test_paragraph_opening_with_a_verb_continues_the_doer() -> None:
    rows = _rows("وقالت المقاومة الإسلامية في لبنان، في بيان، إن مقاوميها استهدفوا موقع رويسات العلم في تلال "
                 "كفرشوبا بقذائف المدفعية، وأصابوه بصورة مباشرة.\n"
                 "واستهدفوا موقع بياض بليدا، وأصابوه إصابةً مباشرة. كما استهدفوا ثكنة راميم بقذائف المدفعية.")
    assert len(rows) >= 3
    assert all(r["actor1"] == HEZBOLLAH for r in rows), [(r["location"], r["actor1"]) for r in rows]


def test_verb_after_comma_and_wa_keeps_the_subject() -> None:
    rows = _rows("أعلنت المقاومة الإسلامية في لبنان شن هجوم على قاعدة ميرون بالصواريخ، مستهدفة تجمعات الضباط "
                 "والجنود، وتقصف ثكنة راميم بالمدفعية.")
    assert rows and all(r["actor1"] == HEZBOLLAH for r in rows), [(r["location"], r["actor1"]) for r in rows]
    assert any(r["location"] == "Ramim barracks" for r in rows)


def test_another_side_with_its_own_verb_is_still_a_clause_of_its_own() -> None:
    """Guard (passes on the old code): "و" + a side + its verb, with no comma between, opens the other side's act."""
    rows = _rows("استهدف حزب الله بالصواريخ تجمعاً للجنود الإسرائيليين قرب مستوطنة المالكية والمقاومة الإسلامية "
                 "في العراق تقصف ميناء حيفا بالمسيرات.")
    assert {r["actor1"] for r in rows} == {HEZBOLLAH, "Islamic Resistance in Iraq"}


def test_noun_of_announcing_by_a_spokesman_claims_the_act() -> None:
    rows = _rows("وسبق ذلك إعلان المتحدث باسم القوات المسلحة اليمنية تنفيذ القوات البحرية عملية عسكرية استهدفت "
                 "سفينة أميركية في خليج عدن بصواريخ بحرية، دعماً للمقاومة الفلسطينية في غزة.")
    assert rows and rows[0]["actor1"] == "Military Forces of Yemen (2017-) Houthi"
