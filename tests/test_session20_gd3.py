"""Session 20, gd3: a rare listed token that is two frequent words glued is parted, so the attacker named
in it is found (an Israeli strike recalled as "تصدت الدفاعات الجوية لعدوان إسرائيلي…استهدف")."""

from __future__ import annotations

import datetime as dt

from helpers import glue_repair_on, record_rows  # noqa: F401  (autouse: the repair on in every test here)

from rasd.arabic.normalize import normalize


def test_a_rare_listed_token_of_two_frequent_words_is_parted() -> None:
    assert normalize("تصدت الدفاعات لعدوان إسرائيلياستهدف المطار").norm.split()[3:5] == ["اسرائيلي", "استهدف"]
    assert normalize("ذكرتوكالة الأنباء أن").norm.split()[:2] == ["ذكرت", "وكاله"]


def test_a_dual_or_a_listed_word_stays_whole() -> None:  # pure guard: passes on the old code too
    assert normalize("قال مسؤولان أميركيان إن").norm.split()[2] == "اميركيان"


def test_the_attacker_glued_to_the_verb_is_the_first_actor_of_a_recalled_strike() -> None:
    text = ("أفاد مصدر عسكري اليوم الاثنين بسقوط قذائف على ريف دمشق.\n"
            "وفي منتصف أيار/مايو، تصدت الدفاعات الجوية لعدوان إسرائيلياستهدف مستودعاً قرب مطار حلب الدولي.")
    rows = [r for r in record_rows(text, dt.date(2023, 5, 29)) if "Aleppo" in str(r.get("location"))]
    assert rows and rows[0]["inter1"] == 8 and "Israel" in str(rows[0]["actor1"])


def test_a_site_named_after_a_verb_of_saying_is_the_cited_news_site() -> None:
    for text in ("أفاد موقع \"نيوز بوست\" الأميركي، اليوم الأحد، بأن اشتباكات اندلعت بين الجيش السوداني وقوات "
                 "الدعم السريع في الخرطوم.",
                 "وأشار موقع \"نيوز بوست\" الأميركي إلى مقتل 3 مدنيين في اشتباكات بين قوات الدعم السريع والجيش "
                 "السوداني في الخرطوم اليوم."):
        rows = record_rows(text, dt.date(2023, 5, 28))
        assert rows and all("United States" not in str(r.get("actor1")) + str(r.get("actor2")) for r in rows)


def test_a_post_named_after_an_attack_verb_stays_the_state_s() -> None:  # pure guard: passes on the old code too
    text = "استهدف حزب الله اليوم الأحد موقع \"الرادار\" الإسرائيلي في مزارع شبعا بالصواريخ."
    rows = record_rows(text, dt.date(2023, 11, 5))
    assert rows and any("Israel" in str(r.get("actor2")) for r in rows)
