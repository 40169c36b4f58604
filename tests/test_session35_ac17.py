"""Session 35 (ac17): actors.  A fight whose toll names civilians keeps the named force that fought unnamed gunmen
("اشتباكات بين قوات الأمن العام ومسلحين"); a crowd dispersed by a word with its pronoun ("لتفريقهم") met an
intervention, the force that fired its second side; a weapon fronted in its clause ("قال إن طائرة مسيّرة تابعة لـ Y
استهدفت …") was fired by its owner Y; protesters backed elsewhere ("تضامن مع المحتجين") are not the crowd that acts;
a few counted out of a town ("ثلاثة من أبناء البلدة") are civilians."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 10)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_clash_toll_keeps_the_force_that_fought_gunmen() -> None:
    text = "قُتل مدنيان أمس خلال اشتباكات بين قوات الأمن العام ومسلحين في بلدة تل سلحب."
    rows = [r for r in _rows(text) if r["event_type"] == "Battles"]
    assert rows and {rows[0]["inter1"], rows[0]["inter2"]} == {1, 3}


def test_dispersal_by_pronoun_is_an_intervention_unless_it_failed() -> None:
    text = ("تجمّع العشرات من أهالي بلدة الأتارب أمس أمام مبنى المجلس المحلي، مطالبين بتحسين الخدمات، "
            "فأطلق عناصر من الأمن العام الرصاص في الهواء لتفريقهم.")
    rows = [r for r in _rows(text) if r["event_type"] == "Protests"]
    assert rows and rows[0]["sub_event_type"] == "Protest with intervention"
    assert rows[0]["inter1"] == 6 and rows[0]["inter2"] == 1
    # a dispersal that failed is none: the protest stays peaceful
    text = "تظاهر العشرات أمس في مدينة جسر الشغور، وفشلت قوات الأمن في تفريقهم."
    rows = [r for r in _rows(text) if r["event_type"] == "Protests"]
    assert rows and rows[0]["sub_event_type"] == "Peaceful protest"


def test_fronted_weapon_in_a_reported_clause_is_its_owners() -> None:
    text = ("وقال مراسل محلي إن طائرة مسيّرة انتحارية تابعة لقوات النظام استهدفت أمس سيارة مدنية "
            "عند أطراف بلدة محمبل غربي إدلب.")
    rows = [r for r in _rows(text, dt.date(2023, 10, 10)) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and str(rows[0]["actor1"]).startswith("Military Forces of Syria")
    assert rows[0]["inter2"] == 7



def test_crowd_backed_elsewhere_is_not_the_crowd_that_acts() -> None:
    text = ("خرجت وقفة احتجاجية في مدينة شهبا أمس، شارك فيها العشرات، ورفعوا لافتات تضامن مع المحتجين "
            "في مدينة السويداء.")
    rows = [r for r in _rows(text, dt.date(2023, 9, 9)) if r["event_type"] == "Protests" and r["location"] == "Shahba"]
    assert rows and rows[0]["inter1"] == 6
    assert "العشرات" in rows[0]["actor1_mentions"]


def test_a_few_counted_out_of_the_town_are_civilians() -> None:
    rows = [r for r in _rows("اعتقلت دورية من الأمن العسكري أمس ثلاثة من أبناء البلدة في بلدة الحراك.",
                             dt.date(2023, 10, 10)) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7
