"""Glued words: the normalised view parts words the scraper glued together, offsets stay exact."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import glue_repair_on  # noqa: F401  (autouse: the repair on in every test here)

from rasd.arabic import glue
from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import _normalize_loop, normalize
from rasd.arabic.segment import tokens


def _words(text: str) -> list[str]:
    return [t.value for t in tokens(normalize(text))]


def _originals(text: str) -> list[str]:
    return [text[t.start:t.end] for t in tokens(normalize(text))]




def test_a_word_final_ta_marbuta_or_alef_maqsura_before_a_letter_ends_the_word() -> None:
    text = "زار الوفد الحكومةالسورية ثم عاد إلىبيروت"
    assert _originals(text) == ["زار", "الوفد", "الحكومة", "السورية", "ثم", "عاد", "إلى", "بيروت"]


def test_a_tanween_before_a_letter_ends_the_word() -> None:
    assert _originals("حلقت الطائرات جوياًبكثافة") == ["حلقت", "الطائرات", "جويا", "بكثافة"]


def test_old_hamza_spellings_with_alef_maqsura_are_one_word() -> None:
    assert _words("أعلنت حالة الطوارىء والمبادىء") == ["اعلنت", "حاله", "الطوارىء".replace("ى", "ي"),
                                                        "والمبادىء".replace("ى", "ي")]


def test_the_outlet_name_is_parted_from_the_words_on_both_sides() -> None:
    assert _words("قال مراسلالميادينفي الجنوب") == ["قال", "مراسل", "الميادين", "في", "الجنوب"]
    assert _words("وأكدت مصادرللميادينأن الوضع هادئ") == ["واكدت", "مصادر", "للميادين", "ان", "الوضع", "هادئ"]


def test_a_definite_word_glued_after_a_frequent_word_is_parted() -> None:
    assert _words("تقدمت الدباباتالإسرائيلية أمس") == ["تقدمت", "الدبابات", "الاسرائيليه", "امس"]


def test_a_nisba_adjective_glued_to_the_next_word_is_parted() -> None:
    assert _words("شن الطيران الإسرائيليغارات على المنطقة")[2:4] == ["الاسرائيلي", "غارات"]


def test_long_words_and_inflected_words_stay_whole() -> None:
    for word in ("الاستخبارات", "والمستوطنات", "الانتخابات", "بالغرامات", "وانسداد", "عدوانهما",
                 "المستقيم", "الأشرطة", "حكومتها", "اندفاعا", "الخطابين"):
        assert _words(word) == [normalize(word, repair=False).norm], word


def test_spans_on_either_side_and_across_a_seam_map_back_to_the_original() -> None:
    text = "أفاد مراسلالميادين بسقوط قذائف"
    nt = normalize(text)
    assert nt.norm == "افاد مراسل الميادين بسقوط قذائف"
    a = nt.norm.index("مراسل")
    b = nt.norm.index("الميادين")
    assert nt.orig_text(a, a + len("مراسل")) == "مراسل"
    assert nt.orig_text(b, b + len("الميادين")) == "الميادين"
    assert nt.orig_text(a, b + len("الميادين")) == "مراسلالميادين"
    assert len(nt.to_orig) == len(nt.norm) + 1


def test_repair_can_be_asked_off_and_both_implementations_agree() -> None:
    text = "نفذت القواتالخاصة عمليةًجديدة"
    assert normalize(text, repair=False).norm == "نفذت القواتالخاصه عمليهجديده"
    fast, ref = normalize(text), _normalize_loop(text)
    assert fast.norm == ref.norm == "نفذت القوات الخاصه عمليه جديده"
    assert fast.to_orig == ref.to_orig
    glue.ENABLED = False
    assert normalize(text).norm == "نفذت القواتالخاصه عمليهجديده"


def test_a_strict_matcher_finds_a_name_once_the_glue_is_repaired() -> None:
    m = LexiconMatcher([("قوات سوريا الديمقراطية", "sdf")])
    text = "هاجمت قوات سوريا الديمقراطيةمواقع التنظيم"
    assert [text[x.start:x.end] for x in m.find(normalize(text))] == ["قوات سوريا الديمقراطية"]
    assert m.find(normalize(text, repair=False)) == []


def test_building_the_word_list_leaves_glued_forms_out(tmp_path: Path) -> None:
    corpus = tmp_path / "mini.jsonl"
    lines = []
    for i in range(40):
        text = ("قال مراسل الميادين إن المدينة هادئة. ونقل مراسلالميادين خبر المدينة. "
                "وذكرت المصادر أن الاشتباكات توقفت.")
        lines.append(json.dumps({"id": str(i), "title": "", "text": text}, ensure_ascii=False))
    corpus.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "words.tsv"
    assert glue.build(corpus, out) > 0
    listed = {line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    assert "مراسل" in listed and "الميادين" in listed and "الاشتباكات" in listed
    assert "مراسلالميادين" not in listed
