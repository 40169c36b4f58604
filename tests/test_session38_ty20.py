"""Session 38 (ty20): event types.  Armed men the report cannot name who lead a man away at gunpoint abduct him
(violence against civilians), they do not arrest him; houses burnt in the sentence of a killing that names no doer
are part of that attack, not a property destruction of their own; a toll clause split from the strike its next
clause gives as the cause ("… وإصابة آخرين جراء غارات") is the strike's, not a battle; a headline's "battle" of one
armed side against civilians over the body's shelling of that side is the shelling; a passer-by hurt "at the
place" of a strike told just before is that strike's toll, not an attack at his home town."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 10, 17)  # a Thursday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_unknown_gunmen_leading_a_man_away_abduct_him() -> None:
    text = ("أطلقت عائلة في مدينة السلمية نداءً للكشف عن مصير ابنها صاحب محل الهواتف.\n\n"
            "وكان مسلحون ملثمون يستقلون سيارة من دون لوحات قد اقتادوا الشاب تحت تهديد السلاح من أمام محله في "
            "مدينة السلمية مساء الثلاثاء، ثم انطلقوا به نحو طريق حماة.")
    rows = _rows(text)
    assert ("Violence against civilians", "Abduction/forced disappearance") in _types(rows)
    assert "Arrests" not in {r["sub_event_type"] for r in rows}


def test_houses_burnt_in_a_killing_with_no_doer_are_the_attack() -> None:
    text = ("وفي اليوم التالي، الأربعاء، امتدت عمليات القتل إلى قرية البيضا قرب مدينة بانياس، حيث قُتل عشرات "
            "المدنيين بينهم نساء، وأُحرقت منازل عدة.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Violence against civilians"]


def test_toll_clause_before_its_cause_is_the_strikes() -> None:
    text = ("دمشق تتحدث عن ثلاثة قتلى من جنودها بغارات ليلية\n\n"
            "أعلنت وزارة الدفاع السورية مقتل ثلاثة عسكريين وإصابة اثنين آخرين جراء غارات إسرائيلية استهدفت فجر اليوم "
            "الخميس مواقع عسكرية في محيط بلدة الكسوة جنوبي العاصمة دمشق.")
    rows = records(article_doc(text, DAY))
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
    assert rows[0]["sub_event_type"] == "Air/drone strike"


def test_headline_battle_against_civilians_is_the_bodys_shelling() -> None:
    text = ("أنقرة تعلن تحييد 9 مقاتلين و\"قسد\" تتحدث عن ضحايا مدنيين في ريف تل رفعت\n\n"
            "تضاربت الروايات حول نتائج القصف التركي الذي استهدف قرى في محيط مدينة تل رفعت شمالي حلب، اليوم الخميس.\n\n"
            "وقالت وزارة الدفاع التركية إن قواتها قصفت مواقع \"قوات سوريا الديمقراطية\" في منطقة تل رفعت وحيّدت 9 "
            "مقاتلين، فيما قالت \"قسد\" إن المدفعية التركية قصفت منازل المدنيين وقتلت رجلاً مسناً.")
    rows = records(article_doc(text, DAY))  # (its first line the title, as `rasd extract FILE.txt` reads it)
    assert "Battles" not in {r["event_type"] for r in rows}
    assert any(r["sub_event_type"] == "Shelling/artillery/missile attack" for r in rows)


def test_passer_by_hurt_at_the_place_of_a_strike_is_its_toll() -> None:
    text = ("استشهد مقاوم من حزب الله، اليوم الخميس، بغارة نفذتها مسيّرة إسرائيلية على سيارة في بلدة حولا جنوبي "
            "لبنان.\n\n"
            "وأفادت مصادر محلية بأن رجلاً كان مارّاً في المكان أصيب بجروح، ونُقل إلى مستشفى تبنين، وهو من أبناء بلدة "
            "ميس الجبل.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
