"""Session 15 (agreements from appeals, nearness and findings): an agreement word joined by "و" or the "ل" of
purpose to a deal sought before it is sought too; an appeal or call a few words before the deal asks for it; a
party nearing a deal ("اقتراب … من التوصّل إلى هدنة") has made none; a verb of reaching that reaches a conclusion or
points back at a finding ("ما توصّل إليه التقرير") tells no deal; an accusation of breaching a truce ("بانتهاك
اتفاق هدنة") names a deal in force.  Real agreements stay (guards)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _agreements(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Agreement"]


def test_exchange_joined_to_a_sought_truce_is_sought() -> None:
    assert not _agreements('قالت قطر ومصر في بيان اليوم إن "الأوان قد حان لإبرام اتفاق لوقف إطلاق النار في '
                           'جنوب لبنان وتبادل الأسرى".')


def test_exchange_as_purpose_of_a_truce_neared_is_no_agreement() -> None:
    assert not _agreements("نقلت صحيفة مصرية اليوم عن اقتراب الوسطاء من التوصل إلى هدنة مؤقتة في قطاع غزة، "
                           "لتبادل الأسرى.")


def test_far_appeal_asks_for_a_deal() -> None:
    assert not _agreements("ناشد وزير الخارجية التركي الطرفين، اليوم الثلاثاء، تمديد اتفاق الهدنة في السودان.")
    assert not _agreements("ناشد مسؤول رفيع في المفوضية الأوروبية الطرفين، اليوم الأحد، تمديد اتفاق الهدنة في "
                           "اليمن.")
    assert not _agreements("طالب الوزير بوقف الحرب، داعيا جميع الأطراف إلى ضبط النفس والتوصل إلى هدنة في "
                           "السودان.")


def test_reaching_a_conclusion_or_a_finding_is_no_agreement() -> None:
    assert not _agreements("قال الرئيس اليوم إن الأوروبيين توصلوا إلى استنتاج مفاده أن الحرب في أوكرانيا ستطول.")
    assert not _agreements("وتوقف التقرير اليوم عند ما توصلت إليه لجنة التحقيق، ومفاده أن الهجوم خطط له مسبقا.")


def test_accused_of_breaching_a_truce_is_no_new_agreement() -> None:
    assert not _agreements("اتهم الجيش السوداني اليوم قوات الدعم السريع بانتهاك اتفاق هدنة رعته السعودية في "
                           "الخرطوم.")


def test_talks_about_a_deal_are_no_agreement() -> None:
    assert not _agreements("أعلنت الحكومة الإسرائيلية اليوم استئناف التفاوض على صفقة تبادل مع حماس في الدوحة.")
    assert not _agreements("جرت اليوم في القاهرة محادثات لبحث التوصل إلى هدنة في قطاع غزة.")


def test_real_agreements_stay() -> None:
    assert _agreements("أسفرت المحادثات في الدوحة اليوم عن اتفاق لوقف إطلاق النار في السودان.")
    assert _agreements("وفي ختام المباحثات في القاهرة اليوم تم الاتفاق على وقف إطلاق النار في غزة.")
    assert _agreements("أعلن الوسطاء اليوم التوصل إلى اتفاق لوقف إطلاق النار في جنوب لبنان وتبادل الأسرى بين "
                       "الطرفين.")
    assert _agreements("اتفقت الحكومة والمعارضة في الخرطوم اليوم على وقف إطلاق النار وتبادل الأسرى.")
    assert _agreements("أشاد الوزير بالاتفاق الذي توصلت إليه الحكومة والمعارضة في الخرطوم اليوم.")
