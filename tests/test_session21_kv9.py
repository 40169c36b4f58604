"""Session 21 (kv9): killings told by verbal nouns and pronouns.  An execution told by the verbal noun after a verb
of doing ("أقدم … على إعدام", "قام … بإعدام") counts the executed as the act's dead (the verbal noun alone is no
death: a court's sentence, a protest's cause); the killing of a group counted before, told by the plural pronoun
after the act ("… ما أدى إلى مقتلهم"), counts that group (ACLED: the reported dead; with no count, none)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 4, 15)


def _tolls(text: str) -> list[object]:
    return [r["fatalities"] for r in record_rows(text, DAY)]


def test_doing_verb_then_execution_counts_the_executed() -> None:
    text = "أقدم مسلحون مجهولون، أمس الاثنين، على إعدام خمسة شبان في بلدة الصنمين بريف درعا."
    assert _tolls(text) == [5]


def test_verbal_noun_of_doing_then_execution_counts_the_executed() -> None:
    text = "أفاد مصدر محلي بإقدام مسلحين على إعدام خمسة شبان في بلدة الصنمين بريف درعا، أمس الاثنين."
    assert _tolls(text) == [5]


def test_qama_bi_execution_counts_the_executed() -> None:
    text = "قامت مجموعة مسلحة بإعدام ثلاثة أسرى ميدانياً في قرية الثعلة بريف السويداء، أمس الاثنين."
    assert _tolls(text) == [3]


def test_execution_of_a_dual_counts_two() -> None:
    text = "أقدم مسلحون مجهولون، أمس الاثنين، على إعدام شابين في بلدة الصنمين بريف درعا."
    assert _tolls(text) == [2]


def test_protest_over_an_execution_guard() -> None:
    """Guard (passes on the old code): the execution a crowd protests is its cause, no death of the protest."""
    text = "خرج العشرات في مدينة السويداء، أمس الاثنين، احتجاجاً على إعدام شاب."
    assert _tolls(text) == [0]


def test_plural_pronoun_after_the_act_counts_the_group_named_before() -> None:
    text = ("استهدف مسلحون مجهولون سيارة تقل ثلاثة مدنيين على طريق جاسم في ريف درعا، أمس الاثنين، "
            "ما أدى إلى مقتلهم.")
    assert _tolls(text) == [3]


def test_plural_pronoun_with_joined_preposition_and_a_dual() -> None:
    text = ("استهدفت طائرة مسيرة إسرائيلية سيارة كان يستقلها الشابان قرب بلدة جاسم، أمس الاثنين، "
            "ما أدى لمقتلهم.")
    assert _tolls(text) == [2]


def test_plural_pronoun_of_martyrdom_with_a_number() -> None:
    text = "أطلق مسلحون النار على 4 رعاة في بادية السخنة بريف حمص، أمس الاثنين، ما أدى إلى استشهادهم."
    assert _tolls(text) == [4]


def test_plural_pronoun_with_no_count_guard() -> None:
    """Guard: a group of unknown size killed ("عناصر من الأمن العام … مقتلهم") gives no figure."""
    text = "استهدف مسلحون مجهولون عناصر من الأمن العام في بلدة جاسم، أمس الاثنين، ما أدى إلى مقتلهم."
    assert _tolls(text) == [0]


def test_plural_pronoun_as_a_time_guard() -> None:
    """Guard: the pronoun after "بعد أيام على" is a time, not the result of the act."""
    text = "أطلق مسلحون مجهولون النار على أربعة مدنيين في بلدة جاسم أمس الاثنين، ونعاهم ذووهم بعد أيام على مقتلهم."
    assert _tolls(text) == [0]


def test_execution_after_a_long_subject_counts_the_executed() -> None:
    text = ("وثق ناشطون إقدام مسلحين تابعين لفصيل منضو في وزارة الدفاع على إعدام أربعة شبان في قرية قرب بانياس، "
            "أمس الاثنين.")
    assert _tolls(text) == [4]


def test_execution_in_another_clause_guard() -> None:
    """Guard: "بإعدام" in a later clause than "قام" is no execution done ("طالب بإعدام" is a demand)."""
    text = ("قامت قوات الأمن العام بحملة دهم في بلدة الصنمين أمس الاثنين، وطالب الأهالي بإعدام قاتل الشاب.")
    assert all(f == 0 for f in _tolls(text))


def _sides(text: str) -> list[tuple[object, object, object, object]]:
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in record_rows(text, DAY)]


def test_cell_of_the_group_between_killing_verb_and_group_is_the_killer() -> None:
    text = "قتلت خلية لتنظيم داعش راعيين في بادية السخنة بريف حمص الشرقي، أمس الاثنين."
    assert _sides(text) == [("Attack", "Islamic State (Syria)", "Civilians (Syria)", 2)]


def test_group_tied_by_affiliated_word_is_the_killer() -> None:
    text = "قتلت مجموعة تابعة لتنظيم داعش ثلاثة رعاة في بادية السخنة بريف حمص، أمس الاثنين."
    assert _sides(text) == [("Attack", "Islamic State (Syria)", "Civilians (Syria)", 3)]


def test_members_after_the_killing_verb_are_the_dead_guard() -> None:
    """Guard (passes on the old code): members between the verb and the group are the passive's dead, not a unit
    of the killers ("قتل عناصر من التنظيم في اشتباكات")."""
    text = "قتل عناصر من تنظيم داعش في اشتباكات مع الجيش السوري في بادية السخنة، أمس الاثنين."
    rows = _sides(text)
    assert rows and rows[0][2] == "Islamic State (Syria)"


def test_plural_pronoun_after_asfara_an_counts_the_household() -> None:
    text = ("قصفت طائرة مسيرة منزلاً يقطنه سبعة أشخاص من عائلة واحدة في بلدة جاسم، أمس الاثنين، "
            "ما أسفر عن مقتلهم جميعاً.")
    assert _tolls(text) == [7]
