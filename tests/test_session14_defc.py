"""Session 14 (actors named after the wrong country abroad): the bare words of Syria's state ("النظام", "أمن
الدولة", "المخابرات العسكرية", "الحرس الجمهوري", "وسائط الدفاع الجوي") name Syria's forces only in Syrian news; in
an event abroad they are the state forces of the event's country (``abroad`` = ``state_generic`` in actors.tsv),
under that state's own ACLED name, or of the state a nationality adjective after them names; in Syria, or when
the words name Syria, they stay Syria's forces."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 10)
SYRIA = "Military Forces of Syria (2000-2024)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _actors(rows: list[dict[str, object]]) -> set[str]:
    return {str(r[k]) for r in rows for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2") if r[k]}


def test_state_security_abroad_is_the_country_s_forces() -> None:
    rows = _rows("اعتقلت عناصر أمن الدولة اليوم عشرة متظاهرين في مدينة لاغوس النيجيرية.")
    assert rows
    assert SYRIA not in _actors(rows)
    assert any(r["actor1"] == "Military Forces of Nigeria" for r in rows)


def test_air_defence_abroad_takes_the_state_s_own_name() -> None:
    rows = _rows("أسقطت وسائط الدفاع الجوي اليوم ثلاث طائرات مسيرة أوكرانية فوق مقاطعة بيلغورود الروسية.")
    assert rows
    assert SYRIA not in _actors(rows)
    assert "Military Forces of Russia (2000-)" in _actors(rows)


def test_the_regime_abroad_is_the_country_s_forces() -> None:
    rows = _rows("واعتقل النظام في البحرين اليوم عشرات المواطنين في المنامة.")
    assert rows
    assert SYRIA not in _actors(rows)
    assert any(r["actor1"] == "Military Forces of Bahrain" for r in rows)


def test_intelligence_with_a_nationality_is_that_state_s() -> None:
    rows = _rows("وأعلن جهاز الأمن الروسي اليوم أن المخابرات العسكرية الأوكرانية نفذت تفجيراً استهدف جسراً "
                 "في مقاطعة كورسك الروسية.")
    assert rows
    assert SYRIA not in _actors(rows)
    assert "Military Forces of Ukraine (2019-)" in _actors(rows)


def test_the_words_stay_syria_s_in_syria() -> None:
    rows = _rows("اعتقلت عناصر أمن الدولة اليوم خمسة شبان في مدينة حمص.")
    assert rows and rows[0]["actor1"] == SYRIA
    rows = _rows("قصفت قوات النظام اليوم بلدة كنصفرة في ريف إدلب الجنوبي.")
    assert rows and rows[0]["actor1"] == SYRIA
