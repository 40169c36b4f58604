"""Session 26 (SYR: Syria's news and analysis).

- an agreement record that names no side at all and whose sentences name no matter of a deal between conflict
  actors (``deal_matters.tsv``: a truce, a ceasefire, an exchange of prisoners, a settlement) is a deal of trade,
  energy or diplomacy, or one an analysis talks about: no record (ACLED codes no such deal); so is any other
  strategic development ("Other") that names no side at all (a withdrawal an essay recalls);
- a deal of that kind that does name its matter (a truce, a prisoner exchange) stays, sides named or not.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.events.lexicon import deal_matters

DAY = dt.date(2023, 10, 4)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["sub_event_type"]), str(r["actor1"]), str(r["actor2"])) for r in record_rows(text, DAY, 15)]


def test_a_deal_to_repair_a_plant_with_no_side_is_no_event() -> None:
    rows = _rows("وأشار المسؤول إلى أنه تم التوصل إلى اتفاق لتأهيل محطة كهرباء حلب الحرارية خلال العام الجاري.")
    assert not any(sub == "Agreement" for sub, _, _ in rows), rows


def test_an_analysts_word_on_a_hard_deal_is_no_event() -> None:
    rows = _rows("ويبدو أن التوصل إلى اتفاق حول مستقبل المعابر الحدودية بات أبعد من أي وقت مضى، بحسب الكاتب.")
    assert not any(sub == "Agreement" for sub, _, _ in rows), rows


def test_a_truce_reached_with_no_side_named_stays() -> None:
    rows = _rows("وتم التوصل إلى اتفاق هدنة في مدينة درعا البلد، اليوم الأربعاء، بعد يومين من الاشتباكات.")
    assert any(sub == "Agreement" for sub, _, _ in rows), rows


def test_a_prisoner_exchange_with_no_side_named_stays() -> None:
    rows = _rows("وأعلن الوسطاء، اليوم الأربعاء، التوصل إلى اتفاق لتبادل الأسرى في ريف إدلب الجنوبي.")
    assert any(sub == "Agreement" for sub, _, _ in rows), rows


def test_the_deal_matters_are_listed_as_data() -> None:
    keys = deal_matters()
    assert keys and all(k == k.strip() for k in keys)
    assert any("هدن" in k for k in keys)


def test_a_withdrawal_with_no_side_named_is_no_event() -> None:
    rows = _rows("ثم انسحبت الولايات المتحدة من أفغانستان بعد عشرين عاماً، وفق الكاتب.")
    assert not any(sub == "Other" for sub, _, _ in rows), rows
