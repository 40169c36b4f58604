"""Session 14 (TOPL: a topic, speaker or reference place taken as an act's place): a foreign capital that
stands for its government after a claim, a charge or a stance ("كما تدعي واشنطن", "لاتهامات واشنطن",
"بقيادة واشنطن", "العلاقات بين طهران و…") or before a present-tense act of the government ("واشنطن تبحث") is
no event place; the war a protest is about is named also with the owner glued to its noun ("عدوانه على X"), a
quoted side ("جرائم "إسرائيل" في X"), a relative clause of its maker ("الإبادة التي يرتكبها الاحتلال في X") or the
bombing noun ("القصف على X"), and it is not where the crowd gathered, nor where police clashed with the crowd or
arrested it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 10)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_a_capital_after_a_charge_noun_is_its_government() -> None:
    rows = _rows("اندلعت اشتباكات عنيفة اليوم بين الجيش وقوات الدعم السريع، وذلك في حين تتجاهل واشنطن "
                 "الانتهاكات في السودان.")
    assert rows and all(r["location"] != "Washington" for r in rows)


def test_a_capital_after_a_claim_verb_is_not_where_the_clash_was() -> None:
    rows = _rows("اشتبك محتجون مع الشرطة اليوم خلال مظاهرة. وقال مسؤول إن الاشتباكات تكشف زيف ادعاءات واشنطن.")
    assert rows and all(r["location"] != "Washington" for r in rows)


def test_the_war_with_its_owner_glued_is_the_protest_topic() -> None:
    rows = _rows("تظاهر المئات اليوم في عدة جامعات، بينما يواصل الاحتلال عدوانه على قطاع غزة.")
    protests = [r for r in rows if r["event_type"] == "Protests"]
    assert protests and all(r["location"] != "Gaza Strip" for r in protests)


def test_a_relative_clause_of_the_war_maker_keeps_the_topic() -> None:
    rows = _rows("تظاهر المئات اليوم في عدة جامعات ضد الإبادة التي يرتكبها الاحتلال في غزة.")
    protests = [r for r in rows if r["event_type"] == "Protests"]
    assert protests and all(r["location"] != "Gaza Strip" for r in protests)


def test_a_protest_abroad_against_bombing_is_not_in_gaza() -> None:
    rows = _rows("نظم ناشطون وقفة أمام السفارة في العاصمة الفرنسية باريس احتجاجاً على القصف الإسرائيلي على "
                 "قطاع غزة.")
    protests = [r for r in rows if r["event_type"] == "Protests"]
    assert protests and all(r["location"] != "Gaza Strip" for r in protests)


def test_a_war_waged_by_a_quoted_or_named_side_is_the_topic() -> None:
    rows = _rows("اعتصم طلاب اليوم أمام مبنى الإدارة، احتجاجاً على الحرب التي تشنها إسرائيل على غزة.")
    protests = [r for r in rows if r["event_type"] == "Protests"]
    assert protests and all(r["location"] != "Gaza Strip" for r in protests)


def test_a_clash_with_a_crowd_is_not_at_the_war_it_protests() -> None:
    rows = _rows("وقعت اشتباكات اليوم بين الشرطة والطلاب المحتجين على العدوان الإسرائيلي على قطاع غزة في حرم "
                 "الجامعة.")
    assert rows and all(r["location"] != "Gaza Strip" for r in rows)
