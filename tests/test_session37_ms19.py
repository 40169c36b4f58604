"""Session 37 (ms19): missed acts in lists of towns.  An arrest sentence that counts the people taken from each of
two or more towns by a number ("اعتقلت القوات 4 شبان من X و3 من Y") or by an indefinite ordinal after the first
town's number ("ثلاثة شبان من X وشاباً رابعاً من Y") tells an arrest at each town (ACLED: one event per place),
though the towns are named without their noun ("من بلدة X")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _arrest_places(text: str) -> set[object]:
    return {r["location"] for r in record_rows(text, DAY) if r["sub_event_type"] == "Arrests"}


def test_numbers_taken_from_two_towns_named_without_their_noun() -> None:
    text = "اعتقلت قوات الاحتلال فجر اليوم الثلاثاء 4 شبان من قلقيلية و3 آخرين من عزون بعد دهم منازلهم."
    assert {"Qalqilya", "Azzun"} <= _arrest_places(text)


def test_number_words_taken_from_two_towns() -> None:
    text = "واعتقلت القوة الإسرائيلية اليوم الثلاثاء خمسة مواطنين من بيت أمر واثنين من يطا واقتادتهم إلى جهة مجهولة."
    assert {"Beit Ummar", "Yatta"} <= _arrest_places(text)


def test_an_ordinal_counts_the_one_taken_from_the_second_town() -> None:
    text = ("داهمت دورية للأمن العام صباح اليوم الثلاثاء عدداً من المنازل، واعتقلت ثلاثة شبان من الصنمين "
            "وشاباً رابعاً من جاسم بتهمة حيازة السلاح.")
    assert len(_arrest_places(text)) == 2


def test_incursion_into_two_towns_named_by_a_dual_before_the_arrests() -> None:
    text = ("توغّلت قوة إسرائيلية صباح اليوم الثلاثاء في بلدتي الرفيد وخان أرنبة بريف القنيطرة، وفتّش جنودها "
            "المنازل واعتقلوا عدداً من الشبان.")
    assert {"Al-Rafid", "Khan Arnaba"} <= _arrest_places(text)


def test_a_long_recall_of_a_place_that_saw_an_act_with_its_toll() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة الصنمين بريف درعا الشمالي مساء اليوم الثلاثاء.\n"
            "وكانت بلدة جاسم المجاورة قد شهدت مساء الأحد، العاشر من آذار، إلقاء قنبلة يدوية على دكان عند الطرف "
            "الشمالي من البلدة، ما أسفر عن إصابة رجلين بجروح خفيفة، من دون أن يُعرف من يقف خلف الاعتداء.")
    rows = record_rows(text, DAY)
    assert any(r["location"] == "Jasim" and r["event_type"] == "Explosions/Remote violence" for r in rows)
