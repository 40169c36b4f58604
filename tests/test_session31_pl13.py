"""Session 31 (pl13, places that are not the event's place): a bearing from a town ("إلى الشرق من مدينة X") places the
act near X, it is no origin; the people of a town ("من أهالي مدينة X") rank it below the sentence's other place; a
force's nominative base after a verb of fire ("قصف الجيش ومرتزقته المتمركزون في X … محيط Y") is where the fire came
from; the home of a part of the dead ("اثنين منهم من سكان مخيم X في Y") places no act; a source of fire named at
length ("مصدره مواقع قوات … في محيط X") is no target; a detail told after a report on a road near a town goes on at
that town."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 11, 8)  # a Tuesday


def _places(rows: list[dict]) -> list[str]:
    return [r["location"] for r in rows]


def test_a_bearing_from_a_town_beats_the_victims_home_town() -> None:
    rows = record_rows("قُتل راعي أغنام من أهالي مدينة تدمر يوم الثلاثاء بانفجار لغم في أرض تقع إلى الشرق من مدينة "
                       "القريتين.", DAY)
    assert _places(rows) == ["Qaryatein"]


def test_a_nominative_base_after_a_fire_verb_is_the_origin() -> None:
    rows = record_rows("قصف الجيش التركي ومرتزقته المتمركزون في مدينة رأس العين يوم الثلاثاء بالمدفعية محيط بلدة "
                       "تل تمر.", DAY)
    assert _places(rows) == ["Tal Tamer"]


def test_the_home_of_a_part_of_the_dead_places_no_act() -> None:
    rows = record_rows("قُتل ثلاثة عناصر من قوات النظام يوم الثلاثاء بهجوم مسلحين على حاجز قرب مدينة العشارة. "
                       "وأكدت مصادر محلية أن اثنين منهم من سكان مخيم النيرب في حلب.", DAY)
    assert "Neirab camp" not in _places(rows) and "Aleppo" not in _places(rows)
    assert "Ashara" in _places(rows)


def test_a_source_of_fire_told_at_length_is_no_target() -> None:
    rows = record_rows("قُتل مدنيان يوم الثلاثاء بقصف مدفعي مصدره مواقع قوات سوريا الديمقراطية وقوات النظام في محيط "
                       "تل رفعت، طال الأحياء السكنية في مدينة مارع.", DAY)
    assert _places(rows) == ["Mare'"]
