"""Session 37 (dt19, dates and the historical flag): an act counted back by days from the day a sentence names
("أفرجت عصابة خطف، مساء أمس، عن تاجر بعد ستة أيام على اختطافه": the abduction six days before the release, the
gang's trade no act of the sentence); a sequel that gives the earlier act its own full day after the offset ("وتأتي
الحادثة بعد أقل من أسبوعين على مقتل شاب …، في الرابع من أيار") records that act on that day, as background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, published: dt.date, sub_event: str) -> list[tuple[object, object]]:
    return sorted((r["event_date"], r["location"]) for r in record_rows(text, published)
                  if r["sub_event_type"] == sub_event)


def test_an_abduction_counted_back_from_the_release_day() -> None:
    text = ("الإفراج عن تاجر مخطوف في نوى\n"
            "أفرجت عصابة خطف، مساء أمس السبت، عن تاجر مواشٍ من أبناء مدينة نوى في ريف درعا الغربي بعد ستة أيام على "
            "اختطافه، إثر دفع ذويه فدية مالية كبيرة.\n")
    rows = _rows(text, dt.date(2023, 5, 14), "Abduction/forced disappearance")
    assert [d for d, _ in rows] == ["2023-05-07"]


def test_a_sequel_that_dates_the_earlier_killing_records_it() -> None:
    text = ("مقتل شاب برصاص مجهولين في داعل\n"
            "قُتل شاب، مساء أمس الاثنين، برصاص مسلحين مجهولين أطلقوا النار عليه قرب منزله في بلدة داعل بريف درعا "
            "الأوسط، ولاذوا بالفرار.\n"
            "وتأتي الحادثة بعد أقل من أسبوعين على مقتل شاب آخر في مدينة طفس، حيث عُثر على جثته في الرابع من أيار "
            "الجاري وعليها آثار طلقات نارية.\n")
    rows = _rows(text, dt.date(2022, 5, 17), "Attack")
    assert ("2022-05-04", "Tafas") in rows
    assert ("2022-05-16", "Da'el") in rows
