"""Session 15 (fighter escorts): a fighter that intercepts a patrol or war plane near a border ("اعترضت مقاتلة …
طائرة …"), or a side that intercepts planes and forces them to turn back ("وأجبرتها على العودة"), stops no weapon:
ACLED codes no event.  A fighter that intercepts drones or missiles, or a plane shot down, stays a disrupted
weapons use.  A downing "over the Yemeni territorial waters" is placed at the sea off Yemen."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, record_rows

_DAY = dt.date(2024, 3, 4)
_DWU = ("Strategic developments", "Disrupted weapons use")


def test_a_fighter_intercepting_a_patrol_plane_is_no_event() -> None:
    rows = event_rows("اعترضت مقاتلة روسية اليوم الخميس طائرة دورية بريطانية اقتربت من الحدود فوق بحر البلطيق.", _DAY)
    assert not any(r[:2] == _DWU for r in rows)


def test_planes_intercepted_and_forced_to_turn_back_are_no_event() -> None:
    text = "أعلنت موسكو اليوم أنها اعترضت طائرات استطلاع أميركية فوق البحر الأسود وأجبرتها على العودة."
    rows = event_rows(text, _DAY)
    assert not any(r[:2] == _DWU for r in rows)


def test_a_fighter_intercepting_drones_stays_an_interception() -> None:
    rows = event_rows("اعترضت مقاتلات إسرائيلية اليوم مسيرات أطلقت من اليمن فوق مدينة إيلات.", _DAY)
    assert any(r[:2] == _DWU for r in rows)


def test_a_downing_over_yemeni_territorial_waters_is_placed_off_yemen() -> None:
    text = "أعلنت القوات المسلحة اليمنية اليوم إسقاط طائرة أميركية في أجواء المياه الإقليمية اليمنية."
    rows = record_rows(text, _DAY)
    assert rows and rows[0]["location"] == "Red Sea (off Yemen)"
