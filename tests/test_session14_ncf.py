"""Session 14 (events outside armed conflict): an agreement whose matter is money, trade or the economy (a debt
ceiling, a trade pact, a loan from the IMF, a financial settlement, tariffs; cue kind ``economy`` in ``cues.tsv``,
within its window after the agreement word) is no agreement ACLED codes; a verb of reaching passes the matter on
from the deal word it reaches ("توصّلت الشركة … إلى تسوية مالية").  A ceasefire or an exchange of prisoners named
before the economic word keeps its record."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 12)


def _agreements(text: str) -> list[dict[str, object]]:
    rows = records(Pipeline()(Document(id="t", text=text, published=DAY)))
    return [r for r in rows if r["sub_event_type"] == "Agreement"]


def test_debt_ceiling_deal_is_no_event() -> None:
    assert not _agreements("أعلن الرئيس ورئيس البرلمان اليوم التوصل إلى اتفاق لرفع سقف الدين العام في البلاد.")


def test_reaching_a_financial_settlement_is_no_event() -> None:
    assert not _agreements("توصلت الشبكة التلفزيونية الكبرى يوم الاثنين إلى تسوية مالية مع شركة للبرمجيات.")


def test_trade_pact_between_two_states_is_no_event() -> None:
    assert not _agreements("وأعلن الوزيران اليوم التوصل إلى اتفاق لخفض التعريفة الجمركية على السلع بين البلدين.")


def test_loan_from_the_fund_is_no_event() -> None:
    assert not _agreements("أعلنت الحكومة المصرية اليوم أنها وقعت اتفاقا مع صندوق النقد الدولي للحصول على قرض جديد.")


def test_ceasefire_named_before_trade_stays_an_agreement() -> None:
    rows = _agreements("توصل الجيش والمسلحون اليوم إلى اتفاق لوقف إطلاق النار في المدينة وإعادة فتح الطرق "
                       "التجارية.")
    assert rows
