"""Counts carried by the noun itself (duals, a singular victim) and the number forms of the text layer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.events import lexicon
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 11)


def _violent(text: str) -> list:
    evs = extract_text(text, published=DAY).events
    return [e for e in evs if e.event_type in ("Battles", "Explosions/Remote violence",
                                               "Violence against civilians")]


def _one(text: str):
    evs = _violent(text)
    assert evs, text
    return evs[0]


def test_dual_nouns_count_two() -> None:
    ev = _one("اندلعت مواجهات مسلحة اليوم بين قوات النظام ومقاتلين محليين في القرية، "
              "قتل خلالها عنصران من قوات النظام.")
    assert ev.quantities.get("killed") == 2
    assert ev.fatalities == 2
    ev = _one("هاجم مقاتلون محليون حاجزا لقوات النظام اليوم ودمروا دبابتين وأسروا جنديين.")
    assert ev.quantities.get("vehicles_destroyed") == 2
    assert ev.quantities.get("captured") == 2


def test_singular_victim_counts_one_not_the_unnumbered_default() -> None:
    ev = _one("قصفت طائرات حربية اليوم أطراف القرية ما أدى إلى مقتل طفل وإصابة ستة آخرين.")
    assert ev.quantities.get("killed") == 1
    assert ev.quantities.get("injured") == 6
    assert ev.fatalities == 1
    ev = _one("سقطت قذائف مدفعية اليوم على حي سكني في المدينة، ما أسفر عن استشهاد رجل وامرأة.")
    assert ev.fatalities == 2  # coordinated singulars


def test_plural_looking_forms_stay_unnumbered() -> None:
    # "مدنيين" is written like a dual in the genitive but is read as a plural: no invented count
    ev = _one("قصفت قوات النظام اليوم بلدة في الريف الجنوبي ما أدى إلى مقتل مدنيين.")
    assert "killed" not in ev.quantities
    assert ev.fatalities == 3
    ev = _one("قتل مسلحون مجهولون عددا من الرعاة اليوم بإطلاق النار عليهم قرب البلدة.")
    assert "killed" not in ev.quantities
    assert ev.fatalities == 3


def test_a_noun_next_to_a_number_is_counted_once() -> None:
    ev = _one("قصفت طائرات مسيرة اليوم سيارة على طريق البلدة ما أدى إلى مقتل عنصر واحد من الفصائل.")
    assert ev.fatalities == 1
    ev = _one("اندلعت اشتباكات اليوم بين الفصائل وقوات النظام قتل فيها 7 عناصر وأصيب عنصران آخران.")
    assert ev.quantities.get("killed") == 7
    assert ev.quantities.get("injured") == 2


def test_number_words_and_vague_quantities_are_used() -> None:
    ev = _one("استهدف قصف صاروخي اليوم سوقا شعبية في المدينة ما أدى إلى مقتل خمسة وعشرين مدنيا.")
    assert ev.fatalities == 25
    ev = _one("شنت طائرات حربية اليوم غارات على المدينة ما أدى إلى سقوط عشرات الجرحى.")
    assert ev.quantities.get("injured") == 10


def test_count_noun_file_is_validated_with_file_and_line(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert lexicon.validate() == []
    bad = tmp_path / "count_nouns.tsv"
    bad.write_text("surface\tunit\tcount\n"
                   "جنديين\tperson\t2\n"
                   "جنديين\tperson\t2\n"
                   "سفينتين\tboat\t2\n"
                   "طفل\tperson\t3\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "COUNT_NOUNS_FILE", bad)
    problems = lexicon.validate()
    assert any(p.startswith("count_nouns.tsv:3:") and "duplicate" in p for p in problems)
    assert any(p.startswith("count_nouns.tsv:4:") and "unit" in p for p in problems)
    assert any(p.startswith("count_nouns.tsv:5:") and "count" in p for p in problems)
