"""Session 14 (GSR sentence detection): the noun of ability ("قدرة", "القدرة على", "قدرته", "قدرتها", "قدرتهم") is a
``capability`` cue (``cues.tsv``): the attack word within its window after it is what a side can do, not an act
("قدرة المقاومة على استهداف …", "عدم قدرته على إطلاق …").  The bare "القدرة" is no cue (it is also a family name,
that of a spokesman quoted on strikes), and an act told further on in the sentence stays an event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.eval.gsr import predicted_types

DAY = dt.date(2024, 3, 10)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _types(text: str) -> set[str]:
    return {str(r["event_type"]) for r in record_rows(text, DAY)}


def test_ability_to_strike_is_no_strike() -> None:
    text = "وقال قائد عسكري إن قدرة الجيش على شن غارات جوية على مواقع المسلحين تعززت أمس."
    assert not _types(text) & VIOLENT


def test_ability_with_a_pronoun_is_no_strike() -> None:
    text = "أظهرت المقاومة الفلسطينية اليوم قدرتها على قصف تل أبيب بالصواريخ رغم الحرب المستمرة."
    assert "ASSAULT" not in predicted_types(text)


def test_the_family_name_is_no_cue() -> None:
    text = "وقال القدرة إن طائرات الاحتلال قصفت منزلا في خان يونس فجر اليوم ما أدى إلى استشهاد خمسة مواطنين."
    assert _types(text) & VIOLENT
