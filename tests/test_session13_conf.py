"""Session 13 (confrontations of a populace with a force): people hurt by the means of crowd control ("أصيب العشرات
بالاختناق خلال مواجهات"), townsfolk whose first letter is ف ("فلسطينيين"), one youth hurt or killed in the
confrontation, and citizens who stand up to a force and clash with it ("تصدى المواطنون … واندلعت اشتباكات") make a
violent demonstration (ACLED Riots), not a battle with civilians as a side; a riot keeps its dead, but not the
killing it rose over; and civilians hurt or killed in fighting told by its own word are its victims, never a side.
Armed men beside them, or demonstrators named as the side, keep the earlier readings."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 1, 20)
ISR = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _types(rows: list[dict[str, object]]) -> list[str]:
    return [str(r["event_type"]) for r in rows]


def test_people_choking_on_gas_in_confrontations_are_a_riot() -> None:
    rows = _rows("وفي نابلس، أصيب عشرون فلسطينياً بالاختناق خلال مواجهات مع قوات الاحتلال في بلدة بيتا اليوم.")
    assert _types(rows) == ["Riots"]
    assert rows[0]["actor1"] == "Rioters (Palestine)" and rows[0]["actor2"] == ISR
    # demonstrators named as the side, with no violence of theirs told: the earlier decision (a clash) stands
    rows = _rows("تجددت اليوم المواجهات بين قوات الأمن ومتظاهرين في المنامة بعد مقتل مواطن اختنق بالغاز المسيل للدموع.")
    assert "Riots" not in _types(rows)


def test_townsfolk_word_beginning_with_feh_names_the_crowd() -> None:
    rows = _rows("جُرح اليوم ثلاثة فلسطينيين في مخيم بلاطة، وذلك أثناء مواجهات اندلعت مع جنود الاحتلال.")
    assert _types(rows) == ["Riots"]
    assert all(r["actor2"] != "Civilians (Palestine)" for r in rows)


def test_youth_killed_in_confrontations_is_a_riot_with_its_dead() -> None:
    rows = _rows("استشهد شاب برصاص قوات الاحتلال خلال مواجهات في مخيم العروب شمالي الخليل اليوم.")
    assert _types(rows) == ["Riots"]
    assert rows[0]["fatalities"] == 1
    # the killing a riot rose over is not its toll
    rows = _rows("خرجت اليوم تظاهرات ومواجهات مع الشرطة في مدن فرنسية عدة على خلفية مقتل فتى برصاص شرطي.")
    assert _types(rows) == ["Riots"] and rows[0]["fatalities"] == 0


def test_citizens_standing_up_to_a_raid_and_clashing_are_a_riot() -> None:
    rows = _rows("اقتحمت قوات الاحتلال اليوم بلدة عزون شرقي قلقيلية، وتصدى لها المواطنون واندلعت اشتباكات بينهم.")
    assert "Riots" in _types(rows) and "Battles" not in _types(rows)
    rows = _rows("اقتحمت قوات الاحتلال اليوم بلدة عزون شرقي قلقيلية، واندلعت اشتباكات مع الشبان.")
    assert "Riots" in _types(rows) and "Battles" not in _types(rows)
    # armed men: a battle all the same
    rows = _rows("اقتحمت قوات الاحتلال اليوم مخيم جنين، وتصدى لها المقاومون واندلعت اشتباكات مسلحة بينهم.")
    assert "Battles" in _types(rows) and "Riots" not in _types(rows)


def test_civilians_killed_in_fighting_are_no_side_of_it() -> None:
    rows = _rows("كشفت منظمة طبية اليوم عن مقتل 40 شخصاً في مدينة نيالا السودانية من جراء المعارك.")
    assert _types(rows) == ["Battles"]
    assert not any(str(r["actor1"]).startswith("Civilians") or str(r["actor2"]).startswith("Civilians")
                   for r in rows)
    assert rows[0]["fatalities"] == 40 and rows[0]["civilian_targeting"] == ""
