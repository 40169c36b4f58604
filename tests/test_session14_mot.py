"""Session 14 (motive and background clauses): the war described as a whole is no event of a day.  A verb of
targeting whose subject is the war noun with an adjective of lasting ("شنّ الجيش عدواناً واسعاً مستمراً يستهدف
القطاع") tells the war, not a strike; so does the war noun "عدوان" with such an adjective ("العدوان المستمر على
القطاع", "عدوان الاحتلال الممنهج"); the war noun alone ("عدوان إسرائيلي يستهدف مطار …") still tells a strike.
Places listed by "و" after a word of support ("دعماً لفلسطين وغزة") are all the side backed, not where the act is."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 10, 22)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_background_war_after_the_october_attack_is_no_record() -> None:
    rows = _rows("وشهدت مدن الضفة حملة اعتقالات كبيرة إثر عملية طوفان الأقصى التي بدأتها فصائل المقاومة يوم 7 "
                 'تشرين الأول/أكتوبر، ليشنّ "الجيش" الإسرائيلي عدواناً واسعاً مستمراً يستهدف القطاع.')
    assert not any(r["event_date"] == "2023-10-07" for r in rows)


def test_lasting_war_as_subject_of_targeting_is_no_strike() -> None:
    assert _rows("شنّ الجيش الإسرائيلي عدواناً واسعاً متواصلاً يستهدف القطاع المحاصر.") == []


def test_systematic_war_with_relative_clause_is_no_strike() -> None:
    assert _rows("وتحدث المدير عن عدوان الاحتلال الممنهج الذي يستهدف المستشفيات في القطاع.") == []


def test_lasting_war_noun_is_the_setting() -> None:
    assert _rows("وقال المتحدث إن عدوان الاحتلال المتواصل على مخيم جنين أدى إلى دمار واسع.") == []


def test_war_noun_alone_still_tells_a_strike() -> None:
    rows = _rows("عدوان إسرائيلي يستهدف مطار دمشق الدولي فجر اليوم.")
    assert rows and rows[0]["actor1"] == "Military Forces of Israel (2009-)"


def test_places_listed_after_a_support_word_are_the_side_backed() -> None:
    rows = _rows("خرجت مسيرات غاضبة في مدن الأردن اليوم دعماً لفلسطين وغزة.")
    assert rows and all(r["location"] != "Gaza Strip" for r in rows)
