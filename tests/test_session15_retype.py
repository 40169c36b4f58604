"""Session 15 (weapons borrowed across stories): a record typed only by a general word ("مجزرة", "عدوان",
"استهداف") takes the article's one named weapon, but in a news bulletin ("نشرة", "أبرز الأحداث") each line is a
story of its own: a line borrows no weapon from another line (a drone strike on another front, in another country)."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 12)


def _rows(title: str, lines: list[str]) -> list[dict[str, object]]:
    text = title + "\n" + "\n".join(lines)
    return records(Pipeline()(Document(id="t", text=text, title=title, published=DAY)))


def _subs(rows: list[dict[str, object]], place: str) -> set[str]:
    return {str(r["sub_event_type"]) for r in rows if r["location"] == place}


_GAZA = "عشرة شهداء في مجزرة إسرائيلية جديدة في خان يونس جنوبي قطاع غزة."
_DRONE = "الجيش الروسي يعلن أن طائرة مسيرة أوكرانية قصفت منشأة للطاقة في مدينة بيلغورود."


def test_a_bulletin_line_borrows_no_weapon_from_another_line() -> None:
    rows = _rows("نشرة الظهيرة", [_GAZA, _DRONE])
    gaza = _subs(rows, "Khan Yunis")
    assert gaza and "Air/drone strike" not in gaza


def test_the_weapon_on_the_same_bulletin_line_still_types_it() -> None:
    line = "عشرة شهداء في مجزرة إسرائيلية جديدة في خان يونس جنوبي قطاع غزة إثر غارة بطائرة مسيرة."
    rows = _rows("نشرة الظهيرة", [line, "الحكومة تعقد جلستها الأسبوعية في العاصمة."])
    assert _subs(rows, "Khan Yunis") == {"Air/drone strike"}


def _types(text: str) -> set[str]:
    doc = Pipeline()(Document(id="t", text=text, title=text.split("\n")[0], published=DAY))
    return {str(r["sub_event_type"]) for r in records(doc) if r["event_type"] == "Explosions/Remote violence"}


def test_an_israeli_aggression_told_only_as_tank_shelling_is_shelling() -> None:
    text = ("عدوان إسرائيلي على ريف القنيطرة الجنوبي\n"
            "عدوان إسرائيلي على تلة قرب بلدة جباتا الخشب في ريف القنيطرة صباح اليوم.\n"
            "وقال مراسلنا إن دبابات الاحتلال أطلقت عشر قذائف على التلة من دون وقوع إصابات.")
    assert _types(text) == {"Shelling/artillery/missile attack"}


def test_an_israeli_aggression_keeps_the_air_strike_when_the_sentence_names_an_aircraft() -> None:
    text = ("عدوان إسرائيلي على ريف القنيطرة الجنوبي\n"
            "عدوان إسرائيلي بطائرة مروحية على تلة قرب بلدة جباتا الخشب في ريف القنيطرة صباح اليوم.\n"
            "وقال مراسلنا إن دبابات الاحتلال أطلقت عشر قذائف على التلة من دون وقوع إصابات.")
    assert "Air/drone strike" in _types(text)
