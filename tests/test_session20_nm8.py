"""Session 20 (nm8): fatalities of one dead told without a number — "أحدهم/إحداهن" after a casualty word ("مقتل
أحدهم"), a man named by his office ("قُتل رئيس البلدية"), and the singular subject of a pluperfect of dying ("وكان
الشاب قد قُتل"): one dead, not ACLED's three for unnumbered plural deaths; and an assassination with no casualty word
("اغتيال قيادي سابق", "اغتال مسلحون … الشاب …") counts its object, one (two for a dual), not none."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 8, 18)


def _fatalities(text: str) -> list[int]:
    return [int(str(r["fatalities"])) for r in record_rows(text, DAY)]


def test_one_of_them_killed_is_one() -> None:
    assert _fatalities("اشتبكت القوات مع مسلحين في بلدة نوى، ما أسفر عن مقتل أحدهم وإصابة عنصر من القوات.") == [1]


def test_one_of_them_feminine_is_one() -> None:
    assert _fatalities("استهدفت غارة منزلاً في بلدة نوى، ما أدى إلى مقتل إحداهن.") == [1]


def test_officer_named_by_office_is_one() -> None:
    assert _fatalities("وفي بلدة داعل، قُتل رئيس البلدية بانفجار عبوة ناسفة زُرعت في سيارته.") == [1]


def test_director_named_by_office_is_one() -> None:
    assert _fatalities("قُتل مدير ناحية المزيريب برصاص مسلحين مجهولين في بلدة المزيريب.") == [1]


def test_pluperfect_singular_definite_is_one() -> None:
    assert _fatalities("وكان الشاب قد قُتل أمس برصاص مسلحين مجهولين في مدينة طفس.") == [1]


def test_pluperfect_singular_indefinite_is_one() -> None:
    assert _fatalities("وكانت طفلة قد توفيت متأثرة بجروحها جراء قصف استهدف بلدة نوى.") == [1]


def test_pluperfect_plural_keeps_unnumbered_default() -> None:
    """Guard: plural dead told back with no number stay ACLED's unnumbered three."""
    assert _fatalities("وكان الشبان قد قُتلوا برصاص مسلحين في بلدة نوى.") == [3]


def test_counted_dead_keep_their_number() -> None:
    """Guard: a number of dead before "أحدهم" stays the toll."""
    assert _fatalities("قُتل ثلاثة عناصر في اشتباك مع مسلحين في بلدة نوى، وأصيب أحدهم بجروح.") == [3]


def test_assassination_noun_counts_its_singular_object() -> None:
    assert _fatalities("وتأتي الحادثة بعد أسبوع من اغتيال قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في "
                       "مدينة طفس.") == [1]


def test_assassination_verb_with_doers_and_time_between() -> None:
    assert _fatalities("اغتال مسلحون مجهولون، ظهر اليوم الاثنين، الشاب خالد العبد الله، بإطلاق النار عليه في "
                       "مدينة جاسم.") == [1]


def test_assassination_by_drone_counts_its_object() -> None:
    assert _fatalities("اغتالت طائرة مسيرة إسرائيلية قيادياً في حزب الله بغارة على بلدة حضر.") == [1]


def test_passive_assassination_of_a_dual_is_two() -> None:
    assert _fatalities("اغتيل شابان برصاص مسلحين مجهولين في بلدة المزيريب مساء اليوم.") == [2]


def test_attempted_assassination_kills_no_one() -> None:
    """Guard: an attempt is no killing."""
    assert _fatalities("أصيب قيادي سابق في محاولة اغتيال بمدينة طفس مساء اليوم.") == [0]


def test_assassination_in_a_headline_leaves_the_toll_to_the_body() -> None:
    """Guard: a headline's assassination word gives no toll of its own."""
    from helpers import record_rows as rows
    text = ("درعا: اغتيال قيادي سابق واشتباكات في طفس\n"
            "قُتل قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين أمام منزله في مدينة جاسم مساء اليوم.")
    assert all(int(str(r["fatalities"])) <= 1 for r in rows(text, DAY))


def test_assassination_that_wounded_kills_no_one() -> None:
    """Guard: a word of wounding tells the one aimed at lived."""
    assert _fatalities("اندلعت الاشتباكات في مخيم عين الحلوة بعد عملية اغتيال استهدفت مسؤولاً في أحد التنظيمات، "
                       "أدت لإصابته بإطلاق نار مباشر.") == [0]


def test_one_of_the_wounded_is_no_more_wounded() -> None:
    """Guard: "إصابة أحدهم خطرة" after a count of wounded is one of them."""
    from helpers import record_rows as rows
    got = rows("أصيب خمسة جنود إسرائيليين بجروح، إصابة أحدهم خطرة، في عملية دهس قرب مستوطنة عتنائيل.", DAY)
    assert all(r["fatalities"] == 0 for r in got)


def test_assassination_answered_by_a_strike_is_not_its_toll() -> None:
    """Guard: the act a reply answers gives the reply no dead."""
    assert _fatalities("استهدف حزب الله مقر قيادة في صفد رداً على اغتيال قيادي في الحزب بغارة إسرائيلية.") == [0]


def test_singular_with_an_unnumbered_many_is_unnumbered() -> None:
    assert _fatalities("استشهد طفل فلسطيني، وعدد من أفراد أسرته بعد قصف الاحتلال منزلهم في مخيم النصيرات.") == [3]


def test_office_holder_with_an_unnumbered_many_is_unnumbered() -> None:
    """Guard: the office word counts one only where no unnumbered many is joined to it."""
    assert _fatalities("أفاد مراسلنا باستشهاد رئيس بلدية الزهراء وعدد من أفراد أسرته في استهداف مخيم النصيرات.") == [3]
