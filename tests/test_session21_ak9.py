"""Session 21 (ak9): an active killing verb keeps its armed subject as the killer when a time stands between the verb,
the group and the people killed ("قتل مسلحون، مساء أمس، شاباً"), and a singular after a casualty word and a time counts
one ("استشهد صباح اليوم طفل"); a bare targeting word whose object is a patrol or a checkpoint, with no weapon named, is
a fight at close range (ACLED: an armed clash), not shelling."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 11)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_time_between_gunmen_and_the_one_they_killed() -> None:
    rows = _rows("قتل مسلحون مجهولون أمس شاباً قرب بلدة المزيريب في ريف درعا.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7 and rows[0]["fatalities"] == 1


def test_time_set_off_by_commas_between_gunmen_and_two_victims() -> None:
    rows = _rows("قتلت مجموعة مسلحة، مساء الاثنين، راعيين في بادية تدمر الشرقية.")
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7 and rows[0]["fatalities"] == 2


def test_time_between_the_verb_and_the_gunmen() -> None:
    rows = _rows("قتل فجر اليوم مسلحون ملثمون سائقاً على طريق السويداء الشرقي.")
    assert rows and rows[0]["inter1"] == 3 and rows[0]["fatalities"] == 1


def test_singular_victim_after_a_time_counts_one() -> None:
    rows = _rows("استشهد صباح اليوم فتى بقصف مدفعي إسرائيلي على أطراف بلدة كفركلا الجنوبية.", dt.date(2024, 3, 5))
    assert rows and rows[0]["fatalities"] == 1


def test_gunmen_killed_in_a_clash_stay_killed() -> None:
    """Guard (passes on the old code): with no object after the group, the verb is the passive."""
    rows = _rows("قتل مسلحون أمس خلال اشتباك مع قوات الأمن الداخلي قرب مدينة الصنمين.")
    assert rows and rows[0]["event_type"] == "Battles"


def test_bare_targeting_of_a_patrol_is_a_clash() -> None:
    rows = _rows("وقُتل عنصر من الأمن العام وأصيب آخر إثر استهداف دورية لهم على طريق بصرى الشام مساء الإثنين.")
    assert rows and rows[0]["event_type"] == "Battles" and rows[0]["sub_event_type"] == "Armed clash"


def test_gunmen_targeting_a_checkpoint_is_a_clash() -> None:
    rows = _rows("استهدف مجهولون الحاجز الواقع عند مدخل مدينة الميادين ليل الأحد، ما أدى إلى جرح عنصرين.")
    assert rows and rows[0]["sub_event_type"] == "Armed clash"


def test_targeting_a_patrol_with_a_shell_stays_shelling() -> None:
    """Guard (passes on the old code): a weapon named types the targeting."""
    rows = _rows("أصيب عنصران من الأمن العام باستهداف دورية لهم بقذيفة هاون في بلدة اللجاة.")
    assert rows and rows[0]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_drone_targeting_a_patrol_stays_a_drone_strike() -> None:
    """Guard (passes on the old code): aircraft that target a patrol strike it from the air."""
    rows = _rows("استهدفت طائرة مسيرة دورية لقسد في ريف دير الزور الشرقي صباح اليوم.")
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"
