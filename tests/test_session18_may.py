"""Session 18 (MAY): several events in one Al Mayadeen-style article — a detail sentence that names no place goes on
with the act told right before it, not with the next act's place; the surroundings ("محيط") of a town that is no
governorate's capital do not reach a town 20 km off, so two strikes there stay two records; two villages of a dual
list that the gazetteer lacks, located by the place after the list, are two events."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 6, 3)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _evidence_of(rows: list[dict[str, object]], location: str) -> list[str]:
    return [e["text"] for r in rows if r["location"] == location for e in r["evidence"]]  # type: ignore[index,union-attr]


def test_a_detail_goes_on_with_the_strike_before_it_not_the_next_one() -> None:
    text = ("عدوان إسرائيلي جديد على سوريا\n"
            "عاود طيران الاحتلال فجر اليوم استهداف نقطة عسكرية قرب مدينة القصير بصواريخ أطلقت من أجواء لبنان.\n"
            "وأفاد مراسل الميادين في حمص بأن الغارات على الموقع أسفرت عن أضرار مادية فقط.\n"
            "وفي وقت لاحق من صباح اليوم، استهدفت طائرة مسيّرة إسرائيلية سيارة في بلدة سعسع بريف دمشق، ما أدى إلى "
            "استشهاد شخصين.")
    rows = _rows(text)
    assert any("الغارات على الموقع" in t for t in _evidence_of(rows, "Al-Qusayr"))
    assert not any("الغارات على الموقع" in t for t in _evidence_of(rows, "Sa'sa'"))


def test_a_reported_detail_of_an_ambush_stays_at_the_ambush() -> None:
    text = ("هجمات لداعش في البادية\n"
            "قُتل ستة جنود من الجيش السوري مساء أمس في كمين نصبه مسلحو داعش لحافلة عسكرية قرب مدينة السخنة.\n"
            "وأوضح المصدر أن المسلحين هاجموا الحافلة بالرشاشات والقذائف قبل أن يلوذوا بالفرار.\n"
            "وفي هجوم منفصل، هاجمت خلية للتنظيم نقطة للجيش قرب بلدة معدان، واندلعت اشتباكات قُتل فيها جنديان.")
    rows = _rows(text, dt.date(2024, 3, 10))
    assert any("هاجموا الحافلة" in t for t in _evidence_of(rows, "Sokhneh"))
    assert not any("هاجموا الحافلة" in t for t in _evidence_of(rows, "Maadan"))


def test_the_surroundings_of_a_small_town_do_not_reach_a_town_twenty_km_off() -> None:
    text = ("عدوان إسرائيلي على ريف دمشق\n"
            "شنّ الاحتلال الإسرائيلي بعد منتصف الليل غارات جوية على مواقع في محيط مدينة الكسوة، ما أدى إلى "
            "استشهاد جنديين.\n"
            "وتصدّت الدفاعات الجوية السورية للصواريخ المعادية وأسقطت معظمها.\n"
            "وفي وقت لاحق، استهدفت مسيّرة إسرائيلية سيارة على طريق فرعي في بلدة سعسع، ما أدى إلى استشهاد شخصين "
            "كانا بداخلها.")
    places = sorted(str(r["location"]) for r in _rows(text) if r["event_type"] == "Explosions/Remote violence")
    assert places == ["Kisweh", "Sa'sa'"]


def test_two_unknown_villages_of_a_dual_list_are_two_events() -> None:
    text = ("اشتباكات في ريف دير الزور\n"
            'اندلعت مساء اليوم اشتباكات عنيفة بين عناصر "قسد" ومسلحين من أبناء العشائر في قريتي الزغيبة والمعيزيلة '
            "في ريف دير الزور الشرقي.")
    rows = [r for r in _rows(text, dt.date(2023, 8, 27)) if r["event_type"] == "Battles"]
    assert sorted(m for r in rows for m in r["location_mentions"]  # type: ignore[union-attr]
                  if m in ("الزغيبة", "المعيزيلة")) == ["الزغيبة", "المعيزيلة"]
    assert len(rows) == 2


def test_the_unknown_villages_of_the_act_replied_to_are_no_targets_of_the_reply() -> None:
    """Guard (the old code made no record of unknown villages at all): "ردّ الجيش على قصف قريتي X وY" names the
    villages of the act replied to, not where the reply struck."""
    text = ('ردّ الجيش السوري على قصف قريتي الزغيبة والمعيزيلة في ريف دير الزور بقصف مواقع "قسد" في مدينة البصيرة.')
    rows = _rows(text, dt.date(2024, 8, 8))
    mentions = [m for r in rows if r["actor1"] and "Syria" in str(r["actor1"])
                for m in r["location_mentions"]]  # type: ignore[union-attr]
    assert "الزغيبة" not in mentions and "المعيزيلة" not in mentions
