"""Session 44 (ym31): Yemen's places.  An act in a district of a Yemeni governorate is placed at the district's seat,
not at the governorate's capital (Maqbanah is 35 km from Taiz city, Razih 53 km from Saada city, Nisab 38 km from
Ataq); the Saudi border towns the Houthis' drones target are places of their own; a drone "launched from the capital
Sanaa towards Jizan" happens at Jizan, not at its launch site."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("اندلعت مواجهات عنيفة فجر اليوم بين قوات الجيش ومسلحي الحوثي في مديرية مقبنة غربي محافظة تعز، "
     "وقُتل فيها جنديان.", "Battles", "Maqbanah"),
    ("أصيب ثلاثة مواطنين أمس بقصف مدفعي سعودي على قرى مديرية رازح الحدودية في محافظة صعدة.",
     "Explosions/Remote violence", "Razih"),
    ("قُتل جنديان من قوات دفاع شبوة الثلاثاء بانفجار عبوة ناسفة على الطريق في مديرية نصاب بمحافظة شبوة.",
     "Explosions/Remote violence", "Nisab"),
    ("قصفت جماعة الحوثي بقذائف الهاون أحياء في مديرية الدريهمي جنوب الحديدة، ما أدى إلى إصابة امرأتين.",
     "Explosions/Remote violence", "Ad-Durayhimi"),
    ("استهدفت مسيرة حوثية مواقع للقوات الحكومية في مديرية بيحان غربي محافظة شبوة دون خسائر بشرية.",
     "Explosions/Remote violence", "Bayhan"),
    ("لقي طفلان مصرعهما عصر الأحد بانفجار لغم أرضي زرعه الحوثيون في أحد وديان مديرية التحيتا جنوب محافظة الحديدة.",
     "Explosions/Remote violence", "At-Tuhayta"),
])
def test_a_district_of_a_yemeni_governorate_is_not_its_capital(text: str, kind: str, place: str) -> None:
    rows = _rows(text, dt.date(2023, 5, 9), kind)
    assert rows
    assert {r["location"] for r in rows} == {place}


def test_a_saudi_border_town_is_the_target() -> None:
    text = "أعلنت جماعة الحوثي استهداف مطار نجران بطائرة مسيرة، وقالت إن الإصابة كانت دقيقة."
    rows = _rows(text, dt.date(2021, 6, 2), "Explosions/Remote violence")
    assert rows
    assert rows[0]["location"] == "Najran" and rows[0]["country"] == "Saudi Arabia"


def test_a_drone_launched_from_the_capital_happens_where_it_was_headed() -> None:
    text = ("أعلن التحالف بقيادة السعودية اعتراض طائرة مسيرة مفخخة قال إنها أُطلقت من العاصمة صنعاء باتجاه "
            "مدينة خميس مشيط صباح اليوم.")
    rows = _rows(text, dt.date(2022, 3, 4))
    assert rows
    assert all(r["location"] != "Sanaa" for r in rows)
    assert any(r["location"] == "Khamis Mushait" for r in rows)
