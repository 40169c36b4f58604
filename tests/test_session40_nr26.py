"""Session 40 (nr26): a broad place narrowed by the text.  A statement quoted in the next sentence places an act that
the lead put only in a country; a lead's strike "south of a city" is the body's strike at the town the body puts on
that same side of that city; a hospital's town is not where a strike told before hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_statement_names_the_place_the_lead_put_in_a_country() -> None:
    text = ("أعلنت وزارة الدفاع التركية، الأحد، تحييد 4 مسلحين من الوحدات الكردية حاولوا التسلل إلى منطقة "
            "عملية \"نبع السلام\" شمالي سوريا.\n\n"
            "وقالت الوزارة في بيان، إن \"المسلحين الأربعة حُيّدوا أثناء محاولتهم التسلل إلى منطقة نبع السلام غربي "
            "تل أبيض، في عملية نفذتها وحدات الكوماندوز مساء السبت\".")
    rows = [r for r in record_rows(text, dt.date(2021, 3, 7)) if r["event_type"] == "Battles"]
    assert rows
    assert all(r["location"] == "Tell Abiad" for r in rows)


def test_lead_strike_south_of_a_city_is_the_body_strike_on_that_side() -> None:
    text = ("فصائل تتبنى قصف قاعدة أمريكية.. وغارة على موقع للحشد الشعبي\n\n"
            "تعرض موقع تابع لـ\"الحشد الشعبي\" جنوبي بغداد لغارة جوية بطائرة مسيّرة فجر الأحد.\n\n"
            "وفجر الأحد، استهدفت طائرة مسيّرة مقراً لأحد ألوية \"الحشد الشعبي\" في منطقة جرف النصر بمحافظة بابل، "
            "جنوبي العاصمة بغداد، ما أدى إلى إصابة ثلاثة عناصر.")
    rows = [r for r in record_rows(text, dt.date(2024, 2, 4)) if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    assert all(r["location"] != "Baghdad" for r in rows)
    assert any("Jurf" in str(r["location"]) for r in rows)


def test_hospital_town_after_a_definite_strike_is_not_its_place() -> None:
    text = ("أغار الطيران الحربي الإسرائيلي فجر الجمعة على جسر في بلدة القصير بريف حمص.\n\n"
            "وقالت وسائل إعلام رسمية إن الغارة أسفرت عن مقتل مدني وإصابة ثلاثة آخرين نقلوا إلى المستشفى "
            "الوطني في حماة.")
    rows = [r for r in record_rows(text, dt.date(2024, 10, 25)) if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    assert all(r["location"] != "Hama" for r in rows)


def test_border_watch_force_is_no_hama() -> None:
    text = ("قصفت طائرات الاحتلال مساء الاثنين نقطة رصد تتبع قوات \"حماة الثغور\" شرقي حي الشجاعية في مدينة غزة "
            "بصاروخين، من دون وقوع إصابات.")
    rows = record_rows(text, dt.date(2023, 9, 26))
    assert rows
    assert all(r["location"] != "Hama" for r in rows)
