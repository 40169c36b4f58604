"""Session 27 (ACTKEY: the right actor of the same inter code).

- in a report that names Israel and another occupier (the US forces in Syria), a bare occupation word ("جنود
  الاحتلال", "قاعدة الاحتلال") takes the state whose occupation the report named last, when no word of Israel stands
  between them; Israel's entity ("كيان الاحتلال") and a bare word after Israel was named again stay Israel's;
- a reply with an adjective ("في ردّ سريع على عدوان …") names the act replied to as the reply without one does:
  its side is no initiator of the sentence's own attack.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2023, 11, 8)
ISRAEL = "Military Forces of Israel (2009-)"
USA = "Military Forces of the United States (2021-)"


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def _pairs(recs: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(r["location"], r["actor1"], r["actor2"]) for r in recs]


def test_a_bare_occupation_word_after_the_us_occupation_is_the_us() -> None:
    recs = _records("قصف العدو الإسرائيلي موقعاً للجيش السوري في ريف القنيطرة فجر اليوم الأربعاء.\n"
                    "وفي شرق البلاد، استهدفت المقاومة قاعدة الاحتلال الأميركي في حقل العمر بصواريخ عدة مساء "
                    "اليوم، وأفادت مصادر محلية بأنّ انفجارات دوّت في مساكن جنود الاحتلال داخل القاعدة.")
    omar = [r for r in recs if r["location"] == "Al-Omar oil field"]
    assert omar and all(r["actor2"] == USA and "جنود الاحتلال" in r["actor2_mentions"] for r in omar), _pairs(recs)
    israel = [r for r in recs if r["actor1"] == ISRAEL]
    assert israel and all("جنود الاحتلال" not in r["actor1_mentions"] for r in israel), _pairs(recs)


def test_a_base_of_the_occupation_after_the_us_was_named_is_the_us() -> None:
    recs = _records("قصف العدو الإسرائيلي موقعاً للجيش السوري في ريف القنيطرة فجر اليوم الأربعاء.\n"
                    "وفي شرق البلاد، تواصل المقاومة عملياتها ضد قوات الاحتلال الأميركي.\n"
                    "واستهدفت المقاومة مساء اليوم قاعدة الاحتلال في حقل العمر بصواريخ عدة، ما أدى إلى إصابة عدد "
                    "من جنود الاحتلال.")
    omar = [r for r in recs if r["location"] == "Al-Omar oil field"]
    assert omar and all(r["actor2"] == USA for r in omar), _pairs(recs)
    assert all(ISRAEL not in (r["actor1"], r["actor2"]) for r in omar), _pairs(recs)


def test_guard_israels_entity_and_a_bare_word_after_israel_stay_israels() -> None:
    recs = _records("وأعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة الاحتلال الأميركي في التنف بطائرة "
                    "مسيّرة اليوم الأربعاء.\n"
                    "وفي جنوب لبنان، قصف الجيش الإسرائيلي أطراف بلدة الخيام، كما استهدفت مدفعية الاحتلال بلدة "
                    "كفركلا ظهر اليوم.")
    south = [r for r in recs if r["location"] in ("Khiam", "Kfar Kila")]
    assert south and all(r["actor1"] == ISRAEL for r in south), _pairs(recs)


def test_guard_without_another_occupier_the_occupation_is_israels() -> None:
    recs = _records("استهدفت مدفعية الاحتلال أطراف بلدة عيتا الشعب جنوبي لبنان صباح اليوم الأربعاء.")
    assert recs and all(r["actor1"] == ISRAEL for r in recs), _pairs(recs)


def test_a_reply_with_an_adjective_names_no_initiator_of_the_attack() -> None:
    recs = _records("تعرّضت قاعدة لقوات الاحتلال الأميركي قرب مدينة الحسكة لهجوم بطائرة مسيّرة فجر اليوم "
                    "الأربعاء، ما أدى إلى مقتل جندي أميركي، وذلك في ردّ سريع على عدوان إسرائيلي استهدف مطار "
                    "حلب.")
    hasakah = [r for r in recs if r["location"] == "Al-Hasakeh"]
    assert hasakah and all(r["actor1"] != ISRAEL and r["actor2"] == USA for r in hasakah), _pairs(recs)
