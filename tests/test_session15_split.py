"""Session 15 (one event per place): a dual noun names two places of one report even when the places stand
before the act word ("تعرضت القاعدتان في حقلي X وY لقصف"), when the dual is a site head (a field, a base, a
position), when its adjectives or owner stand between it and the names ("قاعدتي الاحتلال الأميركي، "X" و"Y""),
when it is a definite dual in apposition ("القاعدتين الأميركيتين X وY"), and when the names stand in quotes:
ACLED codes one event at each of the two."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_DAY = dt.date(2024, 1, 27)


def _places(text: str) -> list[str]:
    return sorted(str(r["location"]) for r in record_rows(text, _DAY))


def test_two_fields_named_before_the_act_word_are_two_events() -> None:
    text = "دير الزور - تعرضت القاعدتان الأميركيتان في حقلي العمر وكونيكو اليوم لقصف صاروخي."
    assert _places(text) == ["Al-Omar oil field", "Conoco gas field"]


def test_quoted_names_of_a_dual_field_head_are_two_events() -> None:
    text = 'دير الزور - أفاد مراسلنا اليوم بأن القاعدتين الأميركيتين في حقلي "العمر" و"كونيكو" تعرضتا لقصف صاروخي.'
    assert _places(text) == ["Al-Omar oil field", "Conoco gas field"]


def test_a_dual_base_head_with_its_owner_between_it_and_the_names() -> None:
    text = ('دير الزور - تعرضت قاعدتا الاحتلال الأميركي "كونيكو" و"القرية الخضراء" في العمق السوري اليوم '
            "إلى استهداف بالطائرات المسيرة.")
    assert _places(text) == ["Al-Omar oil field", "Conoco gas field"]


def test_one_base_named_before_the_act_stays_one_event() -> None:
    text = "دير الزور - تعرضت القاعدة الأميركية في حقل العمر اليوم لقصف صاروخي."
    assert _places(text) == ["Al-Omar oil field"]
