"""Session 28 (ENAB28): long local reports of the south and the centre.  A related-article link on one line with its
heading ("اقرأ أيضاً: …") is page debris; "المزرعة" after an indefinite "مزرعة" is the farm, not the Suwayda town; a
fight named again after a word of sequence, in a relative clause of place or as a part suspects took in it is no
new fight; a civilian hit by a stray bullet in a clash is that clash's victim; a "when" clause after a bound
("منذ أحداث تموز الماضي، حين …") is dated by it; a count of the act among acts of its kind is no act; the seat of
the office that issued a statement is no event place; a hospital's town where a wounded man died is not where he
was hit."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.clean.debris import clean_text

DAY = dt.date(2024, 6, 18)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[tuple[str, str, str, bool]]:
    return [(str(r["event_type"]), str(r["location"]), str(r["event_date"]), bool(r["historical"]))
            for r in record_rows(text, day)]


def test_inline_read_also_link_is_debris() -> None:
    cleaned = clean_text("قتل شاب في بلدة كناكر أمس.\nاقرأ أيضاً: مقتل رجل برصاص مسلحين في زاكية\n"
                         "وقال شاهد إنه سمع الرصاص.")
    assert "زاكية" not in cleaned.text
    assert "كناكر" in cleaned.text


def test_guard_sentence_opening_with_read_is_kept() -> None:
    cleaned = clean_text("اقرأ أيضاً: قتل شاب في زاكية برصاص مجهولين أمس.")
    assert "زاكية" in cleaned.text


def test_the_farm_named_before_is_no_town() -> None:
    rows = _rows("داهمت قوة من الجيش مزرعة غربي مدينة نوى فجر اليوم، واندلعت اشتباكات مع مسلحين في المزرعة.")
    assert rows and all(loc != "Mazra'a" for _, loc, _, _ in rows)  # (the clash is kept, at the town)


def test_guard_the_town_after_a_settlement_word_stays() -> None:
    rows = _rows("أصيب عنصر بانفجار عبوة ناسفة في بلدة المزرعة بريف السويداء الغربي اليوم.")
    assert [loc for _, loc, _, _ in rows] == ["Mazra'a"]


def test_fight_named_again_in_a_relative_clause_is_no_new_fight() -> None:
    rows = _rows("اندلعت اشتباكات بين مسلحين من عائلتين في مدينة جاسم أمس.\n"
                 "وانتشرت قوات الأمن اليوم في الأحياء التي شهدت الاشتباكات، واعتقلت ثلاثة قالت إنهم شاركوا في "
                 "إطلاق النار.")
    assert sum(t == "Battles" for t, _, _, _ in rows) == 1


def test_stray_bullet_victim_joins_the_clash() -> None:
    rows = _rows("اندلعت اشتباكات فجر اليوم بين قوات النظام ومقاتلين محليين في مدينة نوى.\n"
                 "وقتل طفل برصاصة طائشة داخل منزل ذويه في مدينة نوى خلال الاشتباكات.")
    assert [t for t, _, _, _ in rows] == ["Battles"]


def test_when_clause_after_since_is_dated_by_it() -> None:
    rows = _rows("وتشهد الطريق حوادث خطف منذ أحداث تموز الماضي، حين اندلعت اشتباكات بين فصائل محلية والقوات "
                 "الحكومية في مدينة السويداء.", dt.date(2025, 10, 6))
    assert rows and all(d.startswith("2025-07") and hist for _, _, d, hist in rows)


def test_count_of_acts_of_its_kind_is_no_act() -> None:
    rows = _rows("قُتل عنصر من الأمن العام، ليل الإثنين - الثلاثاء، بهجوم شنه مسلحون مجهولون على حاجز عند مدخل بلدة "
                 "كناكر في ريف دمشق الغربي.\n"
                 "وطوقت قوات الأمن العام البلدة صباح اليوم الثلاثاء، واعتقلت خمسة أشخاص.\n"
                 "ويعد الهجوم على حاجز كناكر الثالث من نوعه في ريف دمشق الغربي خلال الشهر الحالي، بعد هجومين "
                 "مماثلين قرب الكسوة وزاكية لم يسفرا عن إصابات.", dt.date(2025, 6, 10))
    assert sorted(t for t, _, _, _ in rows) == ["Battles", "Strategic developments"]


def test_seat_of_the_office_of_a_statement_is_no_place() -> None:
    rows = _rows("اعتقلت قوات الأمن العام أمس سبعة مطلوبين في مدينة تلبيسة.\n"
                 "وقالت في بيان لمديرية الأمن العام في حمص إن القوات اعتقلت سبعة من المتورطين.",
                 dt.date(2025, 3, 4))
    assert {loc for _, loc, _, _ in rows} == {"Talbiseh"}
