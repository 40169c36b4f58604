"""Session 21 (nm9): one named victim counts one.  A singular victim told back in a pluperfect ("وكان X قد قُتل")
counts one even when its age ("(30 عاماً)") or the body it serves in ("في الدفاع المدني") stands between the noun
and "قد"; a singular with the article after the killers of an active killing verb ("قتل مسلحون الطبيب …") is their
one victim; an adviser ("مستشار") is a singular person noun; a count with "منهم" right after a casualty word, with no
count before it in the sentence, counts the group told uncounted ("ما أدى إلى مقتل اثنين منهم").  The unnumbered
default of three stays for plurals and for a part of a count already given."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

NEW_ERA = dt.date(2025, 4, 14)


def _one(text: str) -> dict[str, object]:
    rows = record_rows(text, NEW_ERA)
    assert len(rows) == 1, rows
    return rows[0]


def test_pluperfect_singular_with_age_between_counts_one() -> None:
    r = _one("وكان الشاب (30 عاماً) قد قُتل، ليل الأحد، برصاص مسلحين مجهولين قرب بلدة الحراك في ريف درعا.")
    assert r["fatalities"] == 1


def test_pluperfect_singular_with_group_between_counts_one() -> None:
    r = _one("وكان مسعف في الهلال الأحمر (فرع حماة) قد قُتل، السبت، بقذيفة سقطت على بلدة كفرنبودة.")
    assert r["fatalities"] == 1


def test_pluperfect_singular_of_a_town_counts_one() -> None:
    r = _one("وكانت طفلة من أبناء البلدة قد قُتلت أمس بقصف مدفعي على بلدة معرة النعمان.")
    assert r["fatalities"] == 1


def test_pluperfect_plural_keeps_default() -> None:  # guard: passes on the old code too
    r = _one("وكان مسلحون من أبناء المنطقة قد قُتلوا أمس بقصف مدفعي على بلدة معرة النعمان.")
    assert r["fatalities"] == 3


def test_definite_singular_after_the_gunmen_counts_one() -> None:
    r = _one("قتل مسلحون مجهولون الطبيب خالد داخل عيادته في مدينة إزرع، فجر اليوم.")
    assert r["event_type"] == "Violence against civilians"
    assert r["fatalities"] == 1


def test_adviser_killed_in_a_strike_counts_one() -> None:
    r = _one("وأسفرت الغارة الإسرائيلية عن استشهاد المستشار في الحرس الثوري حسن علي في منطقة السيدة زينب.")
    assert r["fatalities"] == 1


def test_count_of_them_after_a_death_word_counts() -> None:
    r = _one("استهدفت مسيّرة للجيش شاحنة تقل مسلحين قرب بلدة سرمين، ما أسفر عن مقتل اثنين منهم.")
    assert r["fatalities"] == 2


def test_part_of_a_count_already_given_adds_nothing() -> None:  # guard: passes on the old code too
    r = _one("قُتل 12 عنصراً من الجيش بهجوم على حاجز قرب بلدة نوى، ثمانية منهم من أبناء المنطقة.")
    assert r["fatalities"] == 12


def test_worker_marked_dual_counts_two_and_singular_one() -> None:
    r = _one("قصفت مسيّرة تركية معملاً للألبان في بلدة تل تمر، ما أدى إلى مقتل عاملَين.")
    assert r["fatalities"] == 2
    r = _one("قصفت مسيّرة تركية معملاً للألبان في بلدة تل تمر، ما أدى إلى مقتل عامل.")
    assert r["fatalities"] == 1


def test_unmarked_workers_keep_default() -> None:  # guard: "عاملين" unmarked is as often a plural
    r = _one("قصفت مسيّرة تركية معملاً للألبان في بلدة تل تمر، ما أدى إلى مقتل عاملين في المعمل.")
    assert r["fatalities"] == 3
