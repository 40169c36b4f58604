"""Session 15 (economic and administrative agreements): a deal on loans or debts, a visa, a deal with a company, a
concurring view on inflation, and cooperation or contacts between partners ("اتفقا على تعزيز الشراكة الدفاعية",
"مواصلة التشاور") are no agreement ACLED codes (cue kind ``economy`` in ``cues.tsv``).  A truce, a ceasefire or an
exchange named by the trigger keeps its record when a second, cooperative matter of the same deal follows it."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 12)


def _agreements(text: str) -> list[dict[str, object]]:
    rows = records(Pipeline()(Document(id="t", text=text, published=DAY)))
    return [r for r in rows if r["sub_event_type"] == "Agreement"]


def test_defence_partnership_is_no_event() -> None:
    assert not _agreements("أعلنت الحكومة اليوم أنها اتفقت مع موسكو على تعزيز شراكتهما الدفاعية خلال زيارة الوزير.")


def test_coordination_between_factions_is_no_event() -> None:
    assert not _agreements("واتفقت الفصائل الثلاث خلال لقائها أمس على تعزيز كل أشكال التنسيق بينها.")


def test_visa_fee_is_no_event() -> None:
    assert not _agreements("وقال الوزير إنه تم الاتفاق على أن تكون رسوم التأشيرة الجديدة 500 دولار.")


def test_restructuring_loans_with_creditors_is_no_event() -> None:
    assert not _agreements("وأعلنت الحكومة اليوم التوصل إلى اتفاق مع الدائنين لإعادة هيكلة قروض بمليارات الدولارات.")


def test_deal_with_a_company_is_no_event() -> None:
    assert not _agreements("وأعلن رئيس الهيئة اليوم التوصل إلى اتفاق مع شركة أجنبية لتطوير حقل للغاز في البحر.")


def test_concurring_on_inflation_is_no_event() -> None:
    assert not _agreements("وقال المحضر اليوم إن أعضاء اللجنة اتفقوا على أن التضخم المرتفع يتطلب رفع الفائدة.")


def test_continuing_contacts_is_no_event() -> None:
    assert not _agreements("وتم الاتفاق بين الرئيسين خلال الاتصال على مواصلة الاتصالات الشخصية.")


def test_ceasefire_with_coordination_stays_an_agreement() -> None:
    assert _agreements("توصل الجيش والمسلحون اليوم إلى اتفاق لوقف إطلاق النار وتعزيز التنسيق بين الطرفين.")


def test_exchange_with_cooperation_stays_an_agreement() -> None:
    assert _agreements("اتفق الطرفان اليوم على تبادل الأسرى وتعزيز التعاون في المدينة.")


def test_trade_truce_is_no_event() -> None:
    assert not _agreements("وأعلن البلدان اليوم التوصل إلى هدنة تجارية لمدة تسعين يوما.")
