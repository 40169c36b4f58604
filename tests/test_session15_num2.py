"""Session 15 (tolls of named or singular people): a death told of one person by a singular title and a name counts
one, also when the title is itself a word of detention ("استشهاد الأسير X", "استشهاد المعتقل X") or a feminine
singular ("استشهدت فلسطينية", "استشهاد شابة"); "N من group … verb" counts N further than two words from the number;
a formation's number ("الكتيبة 614", "اللواء 444") is its name, no count of people; the dead named as the honoured
("على درب الشهداء") are no unnumbered dead of the act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 5)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_named_prisoner_dying_counts_one() -> None:
    rows = _rows("أكدت الهيئة استشهاد الأسير سامي خليل داخل سجن نفحة اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_named_detainee_dying_counts_one() -> None:
    rows = _rows("أكدت الوزارة استشهاد المعتقل رامي يوسف في سجون الاحتلال اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_named_fighter_title_counts_one() -> None:
    rows = _rows("أعلنت الوزارة استشهاد المقاوم علي حسن برصاص الاحتلال في طولكرم اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_feminine_nationality_singular_counts_one() -> None:
    rows = _rows("استشهدت فلسطينية برصاص الاحتلال قرب مدينة الخليل اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_young_woman_counts_one() -> None:
    rows = _rows("أعلنت الوزارة استشهاد شابة برصاص الاحتلال في نابلس اليوم.")
    assert [r["fatalities"] for r in rows] == [1]


def test_part_of_a_group_dying_further_on_counts_the_number() -> None:
    rows = _rows("أعلنت الكتائب أن اثنين من منفذي الهجوم على الحاجز العسكري استشهدا اليوم قرب نابلس.")
    assert [r["fatalities"] for r in rows] == [2]


def test_battalion_number_is_no_count_of_wounded() -> None:
    rows = _rows('أقر الجيش بإصابة نقيب وجنديين من الكتيبة "732" بجروح بالغة في اشتباكات جنوبي خان يونس اليوم.')
    assert rows and rows[0]["quantities"].get("injured") == 3  # type: ignore[union-attr]


def test_brigade_number_is_no_count_of_arrested() -> None:
    rows = _rows('اندلعت اشتباكات في طرابلس اليوم بعد توقيف أحد عناصر "اللواء 444" عند حاجز.')
    assert all(r["quantities"].get("arrested", 0) < 10 for r in rows)  # type: ignore[union-attr]


def test_path_of_the_martyrs_is_no_unnumbered_toll() -> None:
    rows = _rows("قال المقاومون إنهم ماضون على درب الشهداء، وإنهم أطلقوا النار على جنود الاحتلال عند حاجز قرب "
                 "طولكرم الليلة الماضية.")
    assert rows and all(r["fatalities"] == 0 for r in rows)
