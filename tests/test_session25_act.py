"""Session 25 (ACT: actor pairs of Israel's strikes and raids).

- an attack verb whose subject is a strike noun in construct with a side ("استهدفت غارات الاحتلال منزلاً") has that
  side as its attacker, not as what was hit;
- the verbal noun of an attack, a side as its first complement and then a noun of a group with "من"
  ("استهداف الاحتلال مجموعةً من المواطنين") has that side as its agent;
- an arrest told in the sentence of a clash between a state's force and an armed group does not borrow the clash's
  two sides: the force arrests, the people the arrest names (civilians) are the side taken, or none; the group's
  men named right after the arrest word stay the ones taken.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 5)
ISRAEL = "Military Forces of Israel (2009-)"
CIVILIANS = "Civilians (Palestine)"
UNKNOWN_PS = "Unidentified Armed Group (Palestine)"


def _rows(text: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [(str(r["sub_event_type"]), str(r["actor1"]), str(r["actor2"])) for r in records(Pipeline()(doc))]


def test_strikes_in_construct_with_a_side_are_that_sides_attack() -> None:
    rows = _rows("وقصفت غارات الاحتلال منزلاً في حي الشجاعية شرقي مدينة غزة، اليوم الاثنين.")
    assert rows and all(a1 == ISRAEL and a2 != ISRAEL for _, a1, a2 in rows), rows


def test_the_agent_of_a_verbal_noun_before_a_group_of_people() -> None:
    rows = _rows("وأصيب ثلاثة أشخاص من جراء استهداف الاحتلال مجموعة من المواطنين قرب مفترق الشهداء في دير البلح، "
                 "اليوم الاثنين.")
    assert rows and all(a1 == ISRAEL for _, a1, _ in rows), rows
    assert any(a2 == CIVILIANS for _, _, a2 in rows), rows


def test_the_verbal_noun_without_an_object_still_names_the_side_hit() -> None:
    # guard: "استهداف قوات الاحتلال بعبوة": the side after the verbal noun is what was hit
    rows = _rows("وأعلنت مجموعة مقاومة استهداف قوات الاحتلال بعبوة ناسفة قرب مدينة طوباس، اليوم الاثنين.")
    assert rows and all(a1 != ISRAEL for _, a1, _ in rows), rows


def test_an_arrest_beside_a_clash_takes_the_people_it_names() -> None:
    rows = _rows("واقتحم جيش الاحتلال بلدة بيت أمر، حيث اعتقل الشاب أحمد علي بعد دهم منزله، واندلعت مواجهات "
                 "بين المقاومين والقوات المقتحمة في البلدة، اليوم الاثنين.")
    arrests = [r for r in rows if r[0] == "Arrests"]
    assert arrests and all(a1 == ISRAEL and a2 == CIVILIANS for _, a1, a2 in arrests), rows
    assert any(r[0] == "Armed clash" and UNKNOWN_PS in r for r in rows), rows


def test_a_raid_fired_on_is_still_the_forces_arrest() -> None:
    rows = _rows("وأطلق مقاومون النار نحو قوة من جيش الاحتلال خلال تنفيذها حملة دهم واعتقالات في مدينة طوباس، "
                 "اليوم الاثنين.")
    arrests = [r for r in rows if r[0] == "Arrests"]
    assert all(a1 == ISRAEL and a2 != UNKNOWN_PS for _, a1, a2 in arrests), rows


def test_fighters_taken_after_the_clash_stay_the_side_arrested() -> None:
    # guard: the group's men right after the arrest word are the ones taken, by the force
    rows = _rows("واندلعت اشتباكات بين قوات الاحتلال ومقاومين في مخيم جنين، واعتقلت القوات مقاومين بعد محاصرة "
                 "منزل، اليوم الاثنين.")
    arrests = [r for r in rows if r[0] == "Arrests"]
    assert all(a1 == ISRAEL and a2 == UNKNOWN_PS for _, a1, a2 in arrests), rows


def test_another_sides_operations_lend_no_side_to_the_strike() -> None:
    # a bulletin's line: a strike, then "، وعمليات لـ X ضد …" (another item, with its own side)
    rows = _rows("شهيد في غارة إسرائيلية على حي البركة شرقي مدينة دير البلح، وعمليات لكتائب القسام ضد "
                 "الاحتلال في رفح وخان يونس.")
    strikes = [r for r in rows if r[0] == "Air/drone strike"]
    assert strikes and all(a1 == ISRAEL and a2 != "Hamas Movement" for _, a1, a2 in strikes), rows


def test_one_martyr_of_a_strike_is_a_civilian_hit() -> None:
    rows = _rows("شهيد في غارة إسرائيلية على منطقة المواصي غربي مدينة خان يونس، اليوم الاثنين.")
    assert ("Air/drone strike", ISRAEL, CIVILIANS) in rows, rows


def test_a_martyr_of_a_sides_ranks_is_no_civilian() -> None:
    # guard: "شهيد من المقاومة" names the dead as the group's man
    rows = _rows("شهيد من المقاومة في غارة إسرائيلية على منطقة المواصي غربي مدينة خان يونس، اليوم الاثنين.")
    assert all(a2 != CIVILIANS for _, _, a2 in rows), rows


def test_at_the_same_time_as_names_no_partner_of_a_clash() -> None:
    rows = _rows("وبالتوازي مع تنفيذ المقاومة الإسلامية في لبنان عدة عمليات ضد المواقع الإسرائيلية، كان آخرها "
                 "استهداف التجهيزات التجسسية في موقع جل العلام بالصواريخ الموجهة، اليوم الاثنين.")
    assert rows and all(a1 == "Hezbollah" and a2 == ISRAEL for _, a1, a2 in rows), rows
