"""Session 15 (surface-to-air missiles): the missile that downs or is fired at an aircraft ("بصاروخ أرض جو") is the
weapon of a defence, not of a strike.  In a sentence that names one, the missile noun and the bare noun of the aircraft
it was fired at, and a noun of targeting whose object is that aircraft, type no strike by themselves; a drone downed
stays a disrupted weapon, and a strike on a site told beside it stays a strike."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 4)


def _types(text: str) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, DAY)]


def test_a_drone_downed_by_a_surface_to_air_missile_is_no_strike() -> None:
    got = _types("أعلن حزب الله اليوم الاثنين إسقاط مسيرة إسرائيلية كبيرة بصاروخ أرض جو فوق قرية في جنوب لبنان.")
    assert "Disrupted weapons use" in got
    assert not any(t in ("Shelling/artillery/missile attack", "Air/drone strike") for t in got)


def test_an_aircraft_hit_by_a_surface_to_air_missile_is_no_strike() -> None:
    got = _types("أقر جيش الاحتلال اليوم بسقوط طائرة مسيرة تابعة له في جنوب لبنان بعد إصابتها بصاروخ أرض - جو.")
    assert not any(t in ("Shelling/artillery/missile attack", "Air/drone strike") for t in got)


def test_targeting_a_helicopter_with_a_surface_to_air_missile_is_no_air_strike() -> None:
    got = _types("ونشرت سرايا القدس اليوم مشاهد من استهداف مقاتليها مروحية إسرائيلية بصاروخ أرض جو في أجواء رفح.")
    assert "Air/drone strike" not in got and "Shelling/artillery/missile attack" not in got


def test_a_strike_on_a_site_beside_the_downing_stays() -> None:
    got = _types("أعلن حزب الله اليوم الاثنين إسقاط مسيرة إسرائيلية بصاروخ أرض جو، واستهداف موقع الراهب "
                 "بالأسلحة الصاروخية وتحقيق إصابات مباشرة.")
    assert any(t in ("Shelling/artillery/missile attack", "Air/drone strike") for t in got)


def test_a_missile_without_the_kind_stays_a_strike() -> None:
    got = _types("أطلقت المقاومة اليوم صاروخا على موقع عسكري إسرائيلي قرب الحدود وحققت إصابة مباشرة.")
    assert "Shelling/artillery/missile attack" in got
