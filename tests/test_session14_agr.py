"""Session 14 (strategic developments: agreements): an agreement named as what is demanded (also a verbal noun of
concluding joined by "و" to the demand's "ب" object, or a demand noun with the "ل" of purpose), requested, proposed,
evaded or what the parties are ready or resolved to reach is no agreement reached; an agreement in force named by
what befalls it (its expiry, breach, terms) is no new agreement, though it still supports a truce the sentence
tells as made."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 20)


def _agreements(text: str) -> list[dict[str, object]]:
    rows = record_rows(text, DAY)
    return [r for r in rows if r["sub_event_type"] == "Agreement"]


def test_concluding_joined_to_a_demand_is_no_agreement() -> None:
    assert not _agreements("تظاهر آلاف المستوطنين في حيفا مساء اليوم مطالبين بإسقاط الحكومة، وإجراء انتخابات، "
                           "وإبرام صفقة تبادل فورية للأسرى.")


def test_demand_noun_with_purpose_lam_is_no_agreement() -> None:
    assert not _agreements("خرج مئات المستوطنين اليوم في القدس لمطالبة الحكومة بإبرام صفقة لتبادل الأسرى مع حماس.")


def test_readiness_of_both_parties_is_no_agreement() -> None:
    assert not _agreements('أبدى الجيش السوداني وقوات "الدعم السريع" اليوم استعدادهما لتمديد اتفاق وقف إطلاق '
                           'النار في السودان.')


def test_request_and_proposal_are_no_agreement() -> None:
    assert not _agreements("تجددت المعارك اليوم في الخرطوم بين الجيش وقوات الدعم السريع، فيما تتسابق دول الجوار "
                           "لطلب وقف إطلاق النار وتمديد الهدنة.")
    assert not _agreements("رحب الرئيس الأوكراني اليوم بالاقتراح الصيني لوقف إطلاق النار في أوكرانيا.")


def test_standing_truce_is_no_new_agreement_but_supports_one_made() -> None:
    assert not _agreements('قال الوسطاء إن مهلة اتفاق وقف إطلاق النار بين الجيش وقوات "الدعم السريع" تنقضي '
                           'مساء اليوم في الخرطوم.')
    assert _agreements('أعلنت السعودية اليوم تمديد الهدنة في السودان بين الجيش وقوات "الدعم السريع" خمسة أيام، '
                       'بعد انتهاء الهدنة السابقة.')
