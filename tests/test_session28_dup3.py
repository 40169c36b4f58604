"""Session 28 (DUP3: duplicates in outlet-style text).

- a second telling that names the shelling again only by its definite noun ("القصف التركي طال قرية X قرب Y") at a
  village its own sentence puts beside the town of the first report is that report's act, not a second one;
- a village of its own, with no tie to the first town, stays an act of its own;
- a headline "… قرب Y" over a body that places the act on the road between a village and Y is one act.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 10)


def _rows(text: str, title: str = "") -> list[dict[str, object]]:
    doc = Document(id="t", text=text, title=title, published=DAY, published_hour=11)
    return list(records(Pipeline()(doc)))


def _show(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(r["event_date"], r["sub_event_type"], r["location"], r["actor2"]) for r in rows]


def test_a_definite_retelling_at_a_village_near_the_town_joins_it() -> None:
    rows = _rows("وقالت وزارة الدفاع التركية إن قواتها قصفت بالمدفعية، اليوم السبت، مواقع للمسلحين في منطقة تل رفعت. "
                 "في المقابل، ذكرت مصادر محلية أن القصف التركي أصاب قرية الشيخ عيسى قرب تل رفعت، "
                 "وألحق أضراراً بمنازل المدنيين.")
    shelling = [r for r in rows if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1, _show(rows)


def test_a_village_with_no_tie_to_the_town_stays_apart() -> None:
    rows = _rows("قصفت القوات التركية بالمدفعية، اليوم السبت، مواقع للمسلحين في منطقة تل رفعت. "
                 "كما طال القصف التركي قرية الشيخ عيسى، وألحق أضراراً بمنازل المدنيين.")
    shelling = [r for r in rows if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2, _show(rows)


def test_a_headline_near_a_town_and_the_road_from_a_village_to_it_are_one_act() -> None:
    head = "مقتل مدنيين بمسيّرة تركية قرب منبج"
    rows = _rows(head + "\n\n"
                 "قُتل مدنيان، أمس الجمعة، إثر استهداف طائرة مسيّرة تركية سيارتهما على الطريق الواصل بين "
                 "قرية عون الدادات ومدينة منبج بريف حلب.\n\n"
                 "وقال مصدر محلي إن الضحيتين شقيقان كانا عائدين من عملهما في الحقول.", title=head)
    drone = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert len(drone) == 1, _show(rows)
    assert drone[0]["event_date"] == "2024-02-09" and drone[0]["location"] == "Menbij", _show(rows)
