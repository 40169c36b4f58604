"""Session 20 (nv8): false agreements — a deal joined by a person or a group ("انضمّ إلى اتفاق التسوية",
"المنضمّين لاتفاق المصالحة") is a step into a deal made before, and a deal named by the article or a demonstrative
alone, with no word of concluding, signing or announcing it in the sentence ("جاء الاتفاق … ليساهم في …", "عن هذا
الاتفاق"), is the known deal talked about: neither is an agreement reached (ACLED codes the deal on its day)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 18)


def _subs(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, on)]


def test_victim_who_had_joined_the_settlement_deal_is_no_agreement() -> None:
    subs = _subs("قُتل رجل برصاص مسلحين مجهولين قرب بلدة نوى، مساء أمس، وأوضح ناشطون أن الرجل كان قد انضم إلى "
                 "اتفاق التسوية قبل أعوام ولا يتبع لأي فصيل.")
    assert "Agreement" not in subs and subs


def test_group_joining_the_reconciliation_named_after_the_act() -> None:
    subs = _subs("اغتال مجهولون قيادياً سابقاً في المعارضة بمدينة جاسم، اليوم، وكان القيادي من المنضمين لاتفاق "
                 "المصالحة منذ عام 2018.")
    assert "Agreement" not in subs


def test_known_deal_named_by_article_and_demonstrative_is_talked_about() -> None:
    subs = _subs("وأعربت الحكومة السورية، اليوم، عن استعدادها للحوار في إطار هذا الاتفاق، مشددة على التزام قسد "
                 "بتعهداتها ضمن الاتفاق في دير الزور.")
    assert "Agreement" not in subs


def test_guard_known_deal_as_a_subject_of_analysis() -> None:
    """Guard (passes on the old code too): the known deal as the subject of a comment, and by a demonstrative."""
    subs = _subs("جاء الاتفاق التركي-الروسي الأخير حول إدلب ليفتح الباب أمام تقارب بين أنقرة ودمشق، في وقت تواصل فيه "
                 "الفصائل المسلحة هجماتها على مواقع الجيش في ريف حلب.")
    assert "Agreement" not in subs
    assert "Agreement" not in _subs("وقال المتحدث باسم الحركة في دمشق إن قيادتها غير راضية عن هذا الاتفاق.")


def test_guard_definite_deal_signed_in_the_sentence_stays_an_agreement() -> None:
    """Guard (passes on the old code too): the definite deal with its verb of signing is a deal made."""
    subs = _subs("وقّعت الحكومة السورية وقوات سوريا الديمقراطية، اليوم الثلاثاء، الاتفاق في دمشق.")
    assert "Agreement" in subs


def test_guard_deal_reached_in_the_sentence_stays_an_agreement() -> None:
    """Guard (passes on the old code too): a deal reached, named with its verb of reaching."""
    subs = _subs("توصلت الفصائل المحلية في السويداء، اليوم، إلى اتفاق مع وزارة الداخلية لتفعيل الشرطة في المحافظة.")
    assert "Agreement" in subs
