"""Session 40 (mw25): Al Mayadeen's sentence shapes and the sides they give.  A headline's item after ".." keeps its
own act; the resistance that targets a village or a settlement is the attacker; a later clause's operations of the
resistance are no side hit by the act before; "عدوان مماثل" is the same attacker's act."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.events.stage import detect_frames
from rasd.output.records import records
from rasd.pipeline import extract_text


def test_headline_item_after_two_dots_keeps_its_own_act() -> None:
    text = ("المقاومة الإسلامية في لبنان تستهدف مواقع للاحتلال.. وشهيد في غارة على بلدة الخيام\n\n"
            "الميادين نت | الثلاثاء 12 آذار 2024\n\n"
            "أعلنت المقاومة الإسلامية في لبنان تنفيذ عمليات ضد مواقع جيش الاحتلال الإسرائيلي عند الحدود.\n\n"
            "في المقابل، شنّت الطائرات الحربية الإسرائيلية ظهر اليوم غارة على منزل في بلدة الخيام، ما أدّى إلى "
            "استشهاد مواطن.")
    rows = [r for r in records(article_doc(text, dt.date(2024, 3, 12))) if r["location"] == "Khiam"]
    assert rows
    assert all(r["inter1"] == 8 for r in rows)


def test_resistance_targeting_a_village_is_the_attacker() -> None:
    text = ("الميادين نت | الخميس 4 كانون الثاني 2024\n\n"
            "دوّت انفجارات داخل قاعدة الاحتلال الأميركي في حقل العمر النفطي بريف دير الزور، بعد استهداف المقاومة "
            "الإسلامية القرية الخضراء التي تضم مساكن جنود الاحتلال داخل القاعدة.")
    doc = extract_text(text, published=dt.date(2024, 1, 4))
    frames = [f for f in detect_frames(doc) if f.event_type == "Explosions/Remote violence"]
    assert frames and frames[0].actor1 is not None
    assert frames[0].actor1.entry.inter == 3 and frames[0].actor1.role == "agent"
    rows = [r for r in records(doc) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["inter1"] == 3 and rows[0]["inter2"] == 8


def test_later_operations_of_the_resistance_are_no_side_hit() -> None:
    text = ("الميادين نت | السبت 22 حزيران 2024\n\n"
            "قصف إسرائيلي مكثف على وسط خان يونس وغربها، وعمليات نوعية للمقاومة ضد قوات الاحتلال.")
    rows = [r for r in record_rows(text, dt.date(2024, 6, 22)) if r["location"] == "Khan Yunis"]
    assert rows
    assert rows[0]["inter1"] == 8
    assert rows[0]["inter2"] != 3


def test_similar_aggression_is_the_same_attackers() -> None:
    text = ("الميادين نت | الجمعة 14 حزيران 2024\n\n"
            "شنّ الاحتلال الإسرائيلي فجر اليوم عدواناً جوياً على مطار حماة العسكري، ما أدّى إلى وقوع أضرار مادية.\n\n"
            "ويأتي هذا العدوان بعد أقل من أسبوعين على عدوان مماثل طال محيط دمشق في الثاني من حزيران الجاري، أدّى إلى "
            "استشهاد جنديين سوريين.")
    rows = [r for r in record_rows(text, dt.date(2024, 6, 14)) if r["event_date"] == "2024-06-02"]
    assert rows
    assert rows[0]["inter1"] == 8
