"""Session 21 (tl9): a toll update that names the figure the toll rose to ("لترتفع حصيلة الهجوم إلى قتيلين", "إلى
4 قتلى") gives the act's new total, also when the same sentence tells the wounded man who died: the figure replaces
the count, it is not added to the dead the report already counted (ACLED: a toll update replaces the total)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 4, 15)


def _tolls(text: str) -> list[tuple[str, object]]:
    return [(str(r["location"]), r["fatalities"]) for r in record_rows(text, DAY)]


def test_died_wounded_with_dual_figure_is_the_total_not_one_more() -> None:
    text = ("مقتل شرطيين بهجوم مسلح في بلدة الصنمين\n"
            "قُتل شرطيان من الأمن الداخلي، أمس الاثنين، بهجوم شنّه مسلحون مجهولون على دورية في بلدة الصنمين.\n"
            "وقال مصدر محلي إن المسلحين أطلقوا النار على الدورية مساء الاثنين، ما أدى إلى مقتل شرطي على الفور "
            "وإصابة زميله بجروح خطيرة.\n"
            "وفجر اليوم الثلاثاء، توفي الشرطي الثاني متأثراً بجراحه في مستشفى درعا، لترتفع حصيلة الهجوم إلى قتيلين.")
    assert _tolls(text) == [("As-Sanamayn", 2)]


def test_died_wounded_with_number_figure_is_the_total() -> None:
    text = ("قُتل ثلاثة مدنيين وأصيب اثنان آخران، أمس الأحد، بانفجار عبوة ناسفة في مدينة نوى.\n"
            "وصباح اليوم، فارق أحد الجرحى الحياة متأثراً بجراحه، لترتفع حصيلة الانفجار إلى أربعة قتلى.")
    assert [f for _p, f in _tolls(text)] == [4]


def test_dual_figure_of_a_risen_toll_counts_two() -> None:
    text = ("قُتل مدني وأصيب اثنان آخران بجروح، أمس الأحد، بقصف مدفعي على بلدة اليادودة.\n"
            "وصباح اليوم ارتفع عدد القتلى إلى قتيلين بعد وفاة أحد المصابين.")
    assert [f for _p, f in _tolls(text)] == [2]


def test_died_wounded_without_figure_adds_one_guard() -> None:
    """Guard (passes on the old code): a wounded man who died, with no figure, is one more dead."""
    text = ("قُتل مدني وأصيب آخر، أمس الأحد، برصاص مجهولين في مدينة جاسم.\n"
            "وصباح اليوم، توفي المصاب متأثراً بجراحه في مشفى المدينة.")
    assert [f for _p, f in _tolls(text)] == [2]


def test_one_of_after_the_acts_pronoun_counts_one() -> None:
    """"قُتل خلالها أحد المهاجمين": "أحد" after the casualty word and the pronoun of the act is one dead, not an
    unnumbered toll."""
    text = ("هاجم مسلحون، مساء أمس، حاجزاً للأمن العام في مدينة الصنمين، واستمرت الاشتباكات نحو ساعة قُتل خلالها "
            "أحد المهاجمين.")
    assert [f for _p, f in _tolls(text)] == [1]


def test_one_of_after_fiha_counts_one() -> None:
    text = "نفذت طائرة مسيرة غارة على سيارة قرب بلدة جاسم، أمس الأحد، قُتل فيها أحد ركابها."
    assert [f for _p, f in _tolls(text)] == [1]


def test_nobody_after_the_acts_pronoun_guard() -> None:
    """Guard: a negated "أحد" after the pronoun counts no one ("لم يُقتل خلالها أحد")."""
    text = "سقطت قذيفة هاون على أطراف بلدة جاسم، أمس الأحد، ولم يُصب فيها أحد من السكان."
    assert all(f == 0 for _p, f in _tolls(text))
