"""Session 15 (eastern Syria): the drone named as the instrument without "طائرة" ("قُتل … بمسيّرة",
"قصف … بمسيّرة", "هجوم بمسيّرة") is an air/drone strike, not a clash between the two sides the sentence names;
a march that people take part in ("أثناء قيامهم بمسيرة", "خرجوا بمسيرة") stays a protest."""

from __future__ import annotations

import datetime as dt

from helpers import one_violent, sentence_triggers

DAY = dt.date(2024, 3, 10)


def test_fighters_killed_by_a_drone_in_the_east_is_a_drone_strike() -> None:
    ev = one_violent(DAY, "سقوط خمسة قتلى ومصابين من مقاتلي الدفاع الوطني بمسيرة في ريف الرقة "
                          "ومسلحو قسد يشنون حملة اعتقالات في بلدة الطبقة.")
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_soldiers_killed_by_a_drone_alone_is_a_drone_strike() -> None:
    ev = one_violent(DAY, "استشهاد خمسة عناصر من القوات الرديفة بمسيرة في ريف الرقة.")
    assert ev.sub_event_type == "Air/drone strike"


def test_the_drone_word_is_read_as_a_drone() -> None:
    assert "هجوم بمسيره" in sentence_triggers("أعلن الجيش عن هجوم بمسيرة على قاعدة التنف أمس.")
    assert "بمسيره" in sentence_triggers("أفاد المراسل بتعرض القوات الأميركية لقصف بمسيرة.")


def test_people_taking_part_in_a_march_is_a_protest_not_a_drone() -> None:
    got = sentence_triggers("اعتقلت الشرطة عشرين من أنصار الحزب أثناء قيامهم بمسيرة وسط العاصمة.")
    assert "قيامهم بمسيره" in got and "بمسيره" not in got
    assert "خرجوا بمسيره" in sentence_triggers("وخرجوا بمسيرة في شوارع المدينة رفضا للقرار.")

