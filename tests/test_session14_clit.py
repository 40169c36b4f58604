"""Session 14 (clitics in the rules' word lists): the rules compare a token with their word lists after taking
a leading و/ف conjunction off (``rasd.events.frames.strip_conj``), but a word whose own first letter is و or ف
("وسائل", "وكالة", "فرصة", "وصول", "وحدات", "فلسطينيين") keeps it, so a list that holds such a word matches it; a
conjunction before an ordinary word ("وقال", "وهتف") is still taken off.  The scorer's word features keep the
stripping they were trained with (``rasd.events.wordvec.strip_conj``)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.events import frames, wordvec

DAY = dt.date(2024, 5, 14)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_a_word_whose_own_first_letter_is_waw_or_fa_keeps_it() -> None:
    for w in ("وحدات", "وزاره", "وسائل", "وكاله", "فلسطينيين", "فصائل", "وصول", "فرصه"):
        assert frames.strip_conj(w) == w


def test_a_conjunction_before_a_word_is_still_taken_off() -> None:
    assert frames.strip_conj("وقال") == "قال"
    assert frames.strip_conj("فاستشهد") == "استشهد"
    assert frames.strip_conj("وهتف") == "هتف"  # a rare bare stem that a rule list holds


def test_the_scorer_words_are_unchanged() -> None:
    assert wordvec.strip_conj("وحدات") == "حدات"
    assert wordvec.strip_conj("وقال") == "قال"


def test_media_that_open_the_sentence_are_its_source() -> None:
    rows = _rows("وسائل إعلام إسرائيلية ذكرت اليوم أن طائرات الاحتلال شنت غارات على بلدة بيت حانون شمالي قطاع غزة.")
    assert rows and any("وسائل إعلام إسرائيلية" in a for a in rows[0]["attribution"])


def test_an_agency_that_opens_the_sentence_is_its_source() -> None:
    rows = _rows('وكالة "سانا" أفادت اليوم بأن الدفاعات الجوية السورية تصدت لصواريخ إسرائيلية في محيط دمشق.')
    assert rows and any(a.startswith("وكالة") for a in rows[0]["attribution"])


def test_a_lost_chance_of_an_agreement_is_no_agreement() -> None:
    rows = _rows("اتهم وزير الأمن رئيس الحكومة اليوم بإضاعة فرصة التوصل إلى اتفاق يعيد الهدوء إلى المدينة.")
    assert not any(r["sub_event_type"] == "Agreement" for r in rows)


def test_the_arrival_of_one_martyr_is_one_killed() -> None:
    rows = _rows("وتحدثت مراسلتنا اليوم عن وصول شهيد من مخيم قلنديا إلى مستشفى رام الله ارتقى برصاص الاحتلال في الرأس.")
    assert rows and rows[0]["fatalities"] == 1


def test_a_quote_glued_to_the_source_head_stands_for_a_space() -> None:
    rows = _rows('وكالة"سانا" السورية أكدت اليوم أن الدفاعات الجوية تصدت لصواريخ إسرائيلية في محيط دمشق.')
    assert rows and "وكالة سانا السورية" in rows[0]["attribution"]
