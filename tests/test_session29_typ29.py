"""Session 29 (typ29, event types on the new text): a drone that only flies or hovers overhead, or rides along with
a patrol ("بمشاركة عربات وطائرات مسيرة"), reports no strike when its sentence tells no toll and no other act of
force."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 7, 19)


def _types(text: str) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, DAY)]


def test_a_hovering_drone_is_no_strike() -> None:
    text = "وحلقت طائرة مسيرة تابعة للتحالف على ارتفاع منخفض فوق بلدة الصور في ريف دير الزور اليوم الأربعاء."
    assert not any(sub == "Air/drone strike" for _, sub in _types(text))


def test_a_drone_riding_with_a_patrol_is_no_strike() -> None:
    text = ("سيّرت القوات الروسية والتركية اليوم الأربعاء دورية مشتركة على طريق حلب اللاذقية قرب بلدة سراقب، "
            "بمشاركة مدرعات وطائرات مسيرة.")
    assert not any(sub == "Air/drone strike" for _, sub in _types(text))


def test_a_drone_that_hovers_and_kills_still_strikes() -> None:
    text = ("استشهد شابان اليوم الأربعاء بعد أن استهدفتهما طائرة مسيرة إسرائيلية كانت تحلق فوق بلدة عيترون "
            "في جنوب لبنان.")
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(text)
