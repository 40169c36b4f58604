"""Session 31 (ty13, the event's type on new text): a kamikaze drone shot down is a weapon stopped, not a strike;
a force's firing told in a sentence of its own as the dispersal of a crowd just told is the riot's or the protest's
answer, not an attack on civilians; a shepherd ("راعي أغنام") names no town of al-Rai."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 8, 13)  # a Saturday


def _types(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_a_kamikaze_drone_shot_down_is_a_weapon_stopped() -> None:
    rows = record_rows("أسقط مقاتلو الفصائل أمس طائرة مسيّرة انتحارية تابعة لقوات النظام فوق بلدة تفتناز.", DAY)
    assert _types(rows) == [("Strategic developments", "Disrupted weapons use")]


def test_a_kamikaze_drone_that_struck_stays_a_strike() -> None:
    rows = record_rows("استهدفت طائرة مسيّرة انتحارية أمس موقعاً للفصائل قرب بلدة تفتناز، ما أدى إلى مقتل مقاتلين.", DAY)
    assert _types(rows) == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_force_firing_to_disperse_a_riot_is_part_of_the_riot() -> None:
    text = ("اقتحم محتجون غاضبون أمس مبنى البلدية في مدينة أعزاز وحطموا نوافذه وأحرقوا الإطارات أمامه. "
            "وأطلق عناصر الشرطة الرصاص في الهواء لتفريقهم، وأصيب ثلاثة أشخاص برضوض.")
    rows = record_rows(text, DAY)
    assert _types(rows) == [("Riots", "Violent demonstration")]
    assert rows[0]["inter2"] == 1


def test_a_force_firing_to_disperse_a_protest_is_its_intervention() -> None:
    text = ("تظاهر العشرات أمس في مدينة الرقة رفضاً لحملة التجنيد. "
            "وأطلقت دورية أمنية النار لتفريقهم، ما أدى إلى إصابة شابين بجروح.")
    rows = record_rows(text, DAY)
    assert _types(rows) == [("Protests", "Excessive force against protesters")]


def test_a_shooting_of_its_own_after_a_protest_stays_an_attack() -> None:
    text = ("تظاهر العشرات أمس في مدينة الرقة رفضاً لحملة التجنيد. "
            "وفي اليوم نفسه قتل مسلحون مجهولون تاجراً أمام متجره في المدينة.")
    assert ("Violence against civilians", "Attack") in _types(record_rows(text, DAY))


def test_a_shepherd_is_no_town_of_al_rai() -> None:
    rows = record_rows("عُثر أمس على راعي أغنام مقتولاً بعد أن أطلق مسلحون مجهولون النار عليه في ريف مدينة بانياس.", DAY)
    assert [r["location"] for r in rows] != [] and all("Ra'ee" not in r["location"] for r in rows)


def test_drones_that_were_not_intercepted_stay_a_strike() -> None:
    rows = record_rows("اعترف الجيش بفشله في اعتراض مسيّرات انتحارية أطلقتها الفصائل أمس على موقع قرب بلدة تفتناز.", DAY)
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(rows)
