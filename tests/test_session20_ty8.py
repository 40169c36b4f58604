"""Session 20 (ty8): event types.

People seized by unidentified gunmen or a gang ("اعتقل مسلحون مجهولون شاباً") are abducted, not arrested: no
authority holds them (ACLED: Violence against civilians / Abduction/forced disappearance); the same verb with a
force as its subject stays an arrest.  "اقتاد" (to lead someone away) is a weak arrest verb, so that "اقتاده
مسلحون مجهولون إلى جهة مجهولة" is read as the abduction it tells.  A post set up by a force named between the verb
and the noun ("أقامت القوات التركية نقطة عسكرية جديدة") is a base established, as the adjacent "أقامت نقطة"."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 14)


def _types(text: str) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, DAY)]


ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")
BASE = ("Strategic developments", "Headquarters or base established")


def test_unidentified_gunmen_arresting_is_an_abduction() -> None:
    assert _types("اعتقل مسلحون مجهولون، مساء الخميس، شاباً في مدينة بانياس.") == [ABDUCTION]


def test_gang_detaining_is_an_abduction() -> None:
    assert _types("أوقفت عصابة مسلحة، أمس الجمعة، سيارة أجرة على طريق دمشق - السويداء واعتقلت سائقها.") == [ABDUCTION]


def test_led_away_by_gunmen_is_an_abduction() -> None:
    assert _types("اعترض مسلحون مجهولون طريق تاجر قرب مدينة الميادين، مساء الخميس، واقتادوه إلى جهة مجهولة.") \
        == [ABDUCTION]


def test_led_away_after_the_family_appeal() -> None:
    rows = record_rows("ناشدت عائلة شاب الكشف عن مصيره، بعد أن اقتاده مسلحون مجهولون من أمام منزله في مدينة جبلة، "
                       "مساء الخميس.", DAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [ABDUCTION]
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_police_leading_away_is_an_arrest() -> None:
    """A force that takes people away arrests them ("اقتاد" was no trigger before)."""
    assert _types("اقتادت دورية للأمن العام، مساء الخميس، ثلاثة شبان من مدينة بانياس إلى مركز الشرطة.") == [ARRESTS]


def test_guard_security_arrest_stays_an_arrest() -> None:
    """Guard: the arrest verb with a state force as its subject."""
    assert _types("اعتقلت قوات الأمن الداخلي، صباح الجمعة، أربعة مطلوبين في بلدة عين الشرقية.") == [ARRESTS]


def test_guard_post_set_up_after_a_day() -> None:
    """Guard: the post named with its day and "جديدة" was read before and still is."""
    assert BASE in _types("وأنشأ الجيش التركي، يوم الأحد، نقطة عسكرية جديدة قرب مدينة منبج.")


def test_guard_medical_point_is_no_base() -> None:
    """Guard: a relief post set up is no military base."""
    assert BASE not in _types("أقامت منظمة الهلال الأحمر نقطة طبية في مدينة القنيطرة.")
