"""Session 21 (dp9): one act told again by other writers.  A party's statement that a "from its side" phrase opens
("من جهتها، قالت …"، "بدوره، أكد …"، "في المقابل، ذكرت …") and that only its own day dates re-tells the act the
article told before; a side's own outlets ("منصات تابعة للفصائل") claiming a strike in the fight are a party's
statement; and an act that another act's sentence names as its cause ("وقفة احتجاجية … على مقتل شاب"، "اعتقلت …
متهمين بتنفيذ هجوم …"), told later in the pluperfect with its own day ("وكان الشاب قد قُتل مساء الجمعة …"), is that
one act on its own day, not a second record on the day of the protest or the arrest."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, on: dt.date) -> list[dict[str, object]]:
    return record_rows(text, on)


def _of(rows: list[dict[str, object]], event_type: str) -> list[dict[str, object]]:
    return [r for r in rows if r["event_type"] == event_type]


TUESDAY = dt.date(2025, 2, 4)


def test_statement_opened_by_from_its_side_retells_the_clash() -> None:
    rows = _rows("اندلعت مساء الاثنين اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني قرب بلدة تل تمر.\n"
                 "من جهتها، قالت قوات سوريا الديمقراطية في بيان اليوم الثلاثاء إن مقاتليها صدوا هجوماً للفصائل "
                 "قرب تل تمر وقتلوا اثنين من عناصرها.", TUESDAY)
    clashes = _of(rows, "Battles")
    assert len(clashes) == 1 and clashes[0]["event_date"] == "2025-02-03"


def test_statement_opened_by_in_his_turn_retells_the_clash() -> None:
    rows = _rows("دارت ليل الأحد مواجهات بين قوات الأمن العام ومسلحين من فلول النظام في محيط مدينة خان شيخون.\n"
                 "بدوره، أكد الأمن العام في بيان صباح الاثنين أن عناصره اشتبكوا مع المسلحين في خان شيخون "
                 "وأوقعوا ثلاثة قتلى في صفوفهم.", dt.date(2025, 3, 10))
    clashes = _of(rows, "Battles")
    assert len(clashes) == 1 and clashes[0]["event_date"] == "2025-03-09"


def test_the_other_sides_outlets_claim_a_strike_inside_the_fight() -> None:
    rows = _rows("اندلعت مساء الاثنين اشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني قرب بلدة عين عيسى.\n"
                 "في المقابل، ذكرت منصات إعلامية تابعة للفصائل أنها قصفت مواقع قوات سوريا الديمقراطية قرب عين عيسى "
                 "بالطائرات المسيرة مساء الاثنين.", TUESDAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Battles"


def test_killing_named_as_the_cause_of_a_protest_is_dated_by_its_retelling() -> None:
    rows = _rows("نظم العشرات من أهالي مدينة صلخد ظهر اليوم الأحد وقفة احتجاجية للمطالبة بمحاسبة قتلة شاب "
                 "قتل برصاص مسلحين مجهولين في مدينة صلخد.\n"
                 "وكان الشاب قد قتل مساء الجمعة برصاص مسلحين مجهولين أطلقوا النار على سيارته في صلخد.",
                 dt.date(2025, 4, 27))
    attacks = _of(rows, "Violence against civilians")
    assert len(attacks) == 1 and attacks[0]["event_date"] == "2025-04-25"
    assert _of(rows, "Protests")


def test_ambush_named_in_an_arrest_report_is_dated_by_its_retelling() -> None:
    rows = _rows("اعتقلت قوى الأمن الداخلي أمس الأربعاء ثلاثة أشخاص قالت إنهم متورطون في كمين استهدف دورية لها في "
                 "ريف داعل وأسفر عن مقتل عنصر.\n"
                 "وكانت مجموعة مسلحة قد نصبت كميناً لدورية الأمن الداخلي قرب مدينة داعل مساء الاثنين، ما أدى إلى "
                 "مقتل عنصر.", dt.date(2025, 6, 5))
    clashes = _of(rows, "Battles")
    assert len(clashes) == 1 and clashes[0]["event_date"] == "2025-06-02" and clashes[0]["historical"] is False
    assert _of(rows, "Strategic developments")


def test_attack_named_in_an_arrest_report_is_dated_by_its_retelling() -> None:
    """Guard (passes on the old code too): the same shape at one town, which earlier rules already join."""
    rows = _rows("اعتقلت قوى الأمن الداخلي أمس الأربعاء ثلاثة أشخاص قالت إنهم متورطون في هجوم مسلح استهدف حاجزاً "
                 "لها في مدينة داعل وأسفر عن مقتل عنصر.\n"
                 "وكانت مجموعة مسلحة قد هاجمت حاجز الأمن الداخلي في داعل مساء الاثنين واشتبكت مع عناصره، ما أدى "
                 "إلى مقتل عنصر.", dt.date(2025, 6, 5))
    clashes = _of(rows, "Battles")
    assert len(clashes) == 1 and clashes[0]["event_date"] == "2025-06-02"


def test_cause_in_another_town_stays_its_own_act() -> None:
    """Guard (passes on the old code too): the pluperfect act at a town far from the one the protest named."""
    rows = _rows("نظم العشرات من أهالي مدينة صلخد ظهر اليوم الأحد وقفة احتجاجية للمطالبة بمحاسبة قتلة شاب "
                 "قتل برصاص مسلحين مجهولين في مدينة صلخد.\n"
                 "وكان شاب آخر قد قتل مساء الجمعة برصاص مسلحين مجهولين في مدينة بصرى الشام.",
                 dt.date(2025, 4, 27))
    attacks = _of(rows, "Violence against civilians")
    assert len(attacks) == 2
