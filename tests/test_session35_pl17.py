"""Session 35 (pl17): the act's place, not a place the text names for another reason.

- "ريف X" of a district or subdistrict named after its seat town is located at that town (geo_precision 2), not at
  the area's centroid, which for a desert district lies tens of kilometres away.
- An official's area ("وأوضح مدير الأمن الداخلي في منطقة X أن …") is where he is in charge, not the act's place.
- Sources that tell the news from a town ("قالت مصادر محلية في X إن الغارات أصابت أطراف المدينة") do not place the
  act there: the definite town noun of the reported clause points back to the town named before.
- A list of arrests counted by place ends with "ومواطناً واحداً من Y": the accusative number word still counts, so
  Y is an arrest event of its own.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 11, 7)  # a Thursday


def test_countryside_of_a_desert_district_is_at_its_seat_town() -> None:
    text = ("جثة في ريف سلمية\n\n"
            "عثر أهالي قرية في ريف سلمية الشرقي، صباح اليوم الخميس، على جثة رجل مقتول بطلقات نارية، بعد يوم من "
            "خطفه على يد مسلحين مجهولين.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["latitude"] is not None and abs(float(r["latitude"]) - 35.01) < 0.05
               and abs(float(r["longitude"]) - 37.05) < 0.05 for r in rows), \
        [(r["location"], r["latitude"], r["longitude"]) for r in rows]
    assert all(r["geo_precision"] == 2 for r in rows)


def test_countryside_of_a_governorate_stays_the_governorate() -> None:
    text = ("قصف على ريف إدلب\n\n"
            "قصفت قوات النظام بالمدفعية، صباح اليوم الخميس، مناطق في ريف إدلب الجنوبي، دون وقوع إصابات.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["location"] != "Idleb" or r["geo_precision"] != 1 for r in rows)


def test_sources_town_is_not_the_act_s_town() -> None:
    text = ("غارات على أريحا\n\n"
            "شنّت طائرات حربية روسية، صباح اليوم الخميس، غارات على مدينة أريحا جنوبي إدلب.\n\n"
            "وقالت مصادر محلية في سرمدا إن الغارات أصابت أطراف المدينة وأدت إلى مقتل مدني وإصابة اثنين.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["location"] != "Sarmada" for r in rows), [r["location"] for r in rows]
    assert any(r["location"] == "Ariha" and r["fatalities"] == 1 for r in rows), \
        [(r["location"], r["fatalities"]) for r in rows]


def test_sources_town_stays_when_the_clause_names_no_town_before() -> None:
    # the reported clause points back to no town named before it: the sources' town is all the text gives
    text = ("انفجار في سرمدا\n\n"
            "قالت مصادر محلية في سرمدا إن انفجار عبوة ناسفة صباح اليوم الخميس أدى إلى إصابة ثلاثة مدنيين في المدينة.")
    rows = record_rows(text, DAY)
    assert rows
    assert any(r["location"] == "Sarmada" for r in rows), [r["location"] for r in rows]


def test_official_s_area_is_not_the_act_s_place() -> None:
    text = ("هجوم على دورية للأمن الداخلي\n\n"
            "تعرضت دورية لقوى الأمن الداخلي، مساء اليوم الخميس، لإطلاق نار كثيف من مسلحين مجهولين. "
            "وأوضح مدير الأمن الداخلي في منطقة بانياس أن الدورية تعرضت للهجوم على الطريق الواصل إلى بلدة القدموس، "
            "ما أدى إلى إصابة عنصرين.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["location"] != "Banyas" for r in rows), [r["location"] for r in rows]


def test_counted_arrests_with_an_accusative_one() -> None:
    text = ("اعتقالات في الضفة\n\n"
            "اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الخميس، ثلاثة شبان من مدينة جنين، ومواطناً واحداً من مدينة "
            "طولكرم، بعد دهم منازل ذويهم وتفتيشها.")
    rows = record_rows(text, DAY)
    places = sorted(str(r["location"]) for r in rows if r["sub_event_type"] == "Arrests")
    assert places == ["Jenin", "Tulkarm"], places
