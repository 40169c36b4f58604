"""Session 38 (rg20): places abroad and the region's fronts.  A curated site abroad followed by the province's
capital ("غارات على ميناءي X وY بالحديدة") lies in that province, ~50 km from the capital's point, as a site said to
lie "in" a place does (:func:`rasd.geo.assign._locates`): the capital only says where the site is; Sirwah, a front
of the Marib war, has a row; and the Yemeni outlet "عدن الغد" cited as a source is no place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_sites_named_with_their_province_capital_are_the_targets() -> None:
    text = ("طيران العدوان الأمريكي يستهدف الصليف ورأس عيسى بالحديدة\n\n"
            "الحديدة - سبأ:\n"
            "استهدف طيران العدوان الأمريكي البريطاني، فجر اليوم الثلاثاء، بأربع غارات ميناء الصليف، كما شن غارتين "
            "على ميناء رأس عيسى، ما ألحق أضراراً بمنشآت الميناءين، بحسب مصدر محلي.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert {r["location"] for r in rows} == {"Salif port", "Ras Isa port"}, [r["location"] for r in rows]


def test_sirwah_front() -> None:
    text = ("مأرب - خاص:\n"
            "دارت، اليوم الثلاثاء، معارك عنيفة بين قوات الجيش الوطني ومسلحي جماعة الحوثي في جبهة صرواح غربي مأرب، "
            "قُتل فيها أربعة من المهاجمين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Battles"]
    assert rows and rows[0]["location"] == "Sirwah" and rows[0]["country"] == "Yemen"


def test_aden_outlet_is_no_place() -> None:
    text = ("قُتل رجل، مساء أمس الاثنين، جراء قذيفة أطلقتها جماعة الحوثي على منزله في مدينة حيس جنوب الحديدة.\n\n"
            "وأفاد مصدر طبي لـ\"عدن الغد\" بأن القذيفة أصابت سطح المنزل مباشرة، وأن طفلين من الجيران أصيبا "
            "بشظاياها.")
    rows = _rows(text, dt.date(2021, 12, 7))
    assert rows and {r["location"] for r in rows} == {"Hays"}, [r["location"] for r in rows]
