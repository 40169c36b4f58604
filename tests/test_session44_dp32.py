"""Session 44 (dp32): one act, one record.  A strike that the lead places at a spot in a town's countryside ("محيط
معبر X في ريف Y") and that an official statement tells again as hitting "points in the Y area" is one act, kept
at the spot; a strike told on the town itself stays a second act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _strikes(text: str, day: dt.date) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, day) if r["event_type"] == "Explosions/Remote violence"]


def test_statement_of_strikes_in_a_towns_area_is_the_spots_strike() -> None:
    text = ("قصفت طائرات إسرائيلية فجر اليوم الثلاثاء محيط معبر جوسية الحدودي في ريف القصير، وفق ما أفاد به "
            "مراسلون في المنطقة.\n\n"
            "وذكر مصدر عسكري في بيان أن غارات إسرائيلية استهدفت مواقع في منطقة القصير، ما أسفر عن "
            "مقتل جندي وجرح اثنين آخرين.")
    places = _strikes(text, dt.date(2024, 11, 5))
    assert len(places) == 1
    # (a strike told on the town itself stays a second act)
    text = ("قصفت طائرات إسرائيلية فجر اليوم الثلاثاء محيط معبر جوسية الحدودي في ريف القصير، وفق ما أفاد به "
            "مراسلون في المنطقة.\n\n"
            "وفي وقت لاحق، استهدفت غارة ثانية مبنى سكنياً وسط مدينة القصير، ما أسفر عن مقتل مدنيين اثنين.")
    places = _strikes(text, dt.date(2024, 11, 5))
    assert len(places) == 2


def test_lead_clause_that_borrowed_the_place_before_it_is_the_bombs_record() -> None:
    text = ("تتصاعد الفوضى الأمنية في ريف درعا، إذ قُتل مدرّس برصاص مجهولين في مدينة نوى ظهر الاثنين، فيما قُتل ثلاثة "
            "عناصر من قوات النظام بانفجار عبوة ناسفة مساء اليوم ذاته.\n\n"
            "وقالت شبكة محلية إن المدرّس كان عائداً من عمله حين أطلق عليه مسلحان النار.\n\n"
            "وفي حادثة أخرى، انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام على الطريق قرب بلدة المزيريب، ما أدى إلى "
            "مقتل ثلاثة عناصر كانوا على متنها.")
    rows = [r for r in record_rows(text, dt.date(2023, 4, 4)) if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert [r["location"] for r in rows] == ["Mzeireb"]
