"""Session 28 (pl28, the event's place in outlet-style text).

- a person said to be "from" a town ("شاب من مدينة X، قُتل …"): the person's home, like "من أبناء مدينة X"; it
  yields to another town of the sentence, and where the person opens the sentence or a list item (a monitor's
  list) it is no origin of a strike or a movement either: the act is there when the sentence names no other town;
- a person seized "from" a town in Syria ("اختطف مسلحون … سائق شاحنة من مدينة X"): taken there, or a native of
  it; either way the act's town, not an origin (unless a journey comes between: "أثناء عودته من لبنان");
- the far end of a road told by where it leads ("انقطاع الطرق المؤدية إلى X"): the road only points at X; a
  town of the sentence, or a governorate that does not hold X, places the act better (a region abroad that holds
  the town, "جنوب لبنان", does not);
- the attackers' way out to their own positions ("انسحبوا نحو مواقع شرق الفرات"): not where the act was.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 7, 20)


def _places(text: str) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, DAY)]


def test_person_from_a_town_is_the_act_place_when_alone() -> None:
    text = ("وثّق المكتب في تقريره الشهري عدة حوادث في ريف درعا.\n\n"
            "وفي حادثة أخرى، عثر أهالٍ على جثة رجل قرب مدينة إزرع، صباح الاثنين.\n\n"
            "شاب من مدينة داعل، قُتل برصاص مسلحين مجهولين يوم 12 تموز.")
    places = _places(text)
    assert "Da'el" in places


def test_person_from_a_town_yields_to_the_town_of_the_act() -> None:
    text = "قُتل شاب من بلدة داعل، يوم الأحد، برصاص مسلحين مجهولين في مدينة إزرع بريف درعا."
    assert _places(text) == ["Izra'"]


def test_origin_of_fire_stays_an_origin() -> None:
    text = "قصفت قوات الجيش، يوم الأحد، بلدة الكرك الشرقي بقذائف الهاون انطلاقاً من مدينة إزرع."
    assert "Izra'" not in _places(text)


def test_road_far_end_yields_to_the_governorate_of_the_act() -> None:
    text = ("شهدت عدة بلدات في محافظة السويداء، يوم الجمعة، احتجاجات شعبية على تردي الأوضاع المعيشية "
            "وانقطاع الطرق المؤدية إلى دمشق.")
    places = _places(text)
    assert places
    assert "Damascus" not in places


def test_road_far_end_abroad_stays_the_place() -> None:
    text = ("وفي جنوب لبنان، استهدفت مسيّرة إسرائيلية، بعد ظهر اليوم، دراجة نارية على الطريق المؤدي إلى "
            "بلدة الخيام، ما أدى إلى مقتل شخصين.")
    assert _places(text) == ["Khiam"]


def test_way_out_to_own_positions_is_no_place() -> None:
    text = ("سلّمت قوات سوريا الديمقراطية، أمس الجمعة، نقاطها العسكرية في محيط بلدة دير حافر إلى وحدات الجيش.\n\n"
            "وقال مصدر عسكري إن العملية جرت من دون حوادث، مشيراً إلى أن العناصر انسحبوا نحو مواقع شرق الفرات.")
    places = _places(text)
    assert places
    assert all(p == "Dayr Hafir" for p in places), places


def test_seized_from_a_town_is_the_act_place() -> None:
    text = ("نظّم أهالي مدينة السويداء، اليوم السبت، وقفة احتجاجية أمام مبنى المحافظة.\n\n"
            "وفي حادثة مماثلة، اختطف مسلحون يوم الأربعاء الماضي سائق شاحنة من مدينة شهبا، قبل أن يفرجوا عنه "
            "مقابل فدية.")
    assert "Shahba" in _places(text)


def test_seized_on_the_way_back_from_abroad_is_no_place() -> None:
    text = "اعتقلت دورية للأمن العام، يوم الأحد، شاباً في مدينة تلكلخ أثناء عودته من لبنان."
    assert _places(text) == ["Tall Kalakh"]
