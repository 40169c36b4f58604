"""Sentence scorer: shipped weights, word-space features (rasd.events.wordvec)."""

from __future__ import annotations

import math

import pytest

from rasd.events import scorer
from rasd.events.wordvec import DATA_FILE as WORDVEC_FILE
from rasd.events.wordvec import sentence_vector, table

needs_vectors = pytest.mark.skipif(not WORDVEC_FILE.is_file(), reason="data/events/wordvec.npz not installed")


def test_shipped_weights_validate() -> None:
    assert scorer.validate() == []


@needs_vectors
def test_words_used_alike_are_near() -> None:
    tab = table()
    assert tab is not None
    index, mat = tab

    def cos(a: str, b: str) -> float:
        return float(mat[index[a]] @ mat[index[b]])

    # (word, a word of the same meaning, an unrelated word), normalised forms
    for word, alike, other in (("مظاهره", "تظاهره", "صاروخ"), ("قصف", "استهدف", "مظاهره"),
                               ("المتظاهرين", "المحتجين", "المسلحين"), ("غاره", "غارات", "مظاهره")):
        assert cos(word, alike) > cos(word, other) + 0.3, (word, alike, other)


@needs_vectors
def test_with_vectors_adds_a_scaled_unit_direction() -> None:
    feats = {"w_max": 1.0, "w:قصف": 1.0, "w:الطيران": 1.0, "w:البلده": 1.0}
    out = scorer.with_vectors(feats)
    vec = [v for k, v in out.items() if k.startswith("v:")]
    assert len(vec) == len(table()[1][0])  # type: ignore[index]
    assert math.isclose(math.sqrt(sum(x * x for x in vec)), scorer.VECTOR_SCALE, rel_tol=1e-3)
    assert scorer.with_vectors(out) is out  # idempotent: training rows and run time see the same features
    assert feats == {"w_max": 1.0, "w:قصف": 1.0, "w:الطيران": 1.0, "w:البلده": 1.0}  # input untouched
    # no word the table knows: nothing added
    assert scorer.with_vectors({"w_max": 1.0, "w:ققققق": 1.0}) == {"w_max": 1.0, "w:ققققق": 1.0}
    assert sentence_vector([]) is None


@needs_vectors
def test_probability_adds_the_word_space_only_for_families_weighted_on_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {"_bias": -1.0, "_threshold": 0.5, "w_max": 1.0}
    spaced = dict(plain, **{f"v:{i}": 0.5 for i in range(8)})
    monkeypatch.setattr(scorer, "weights", lambda: {"violent": spaced, "demo": plain})
    scorer._uses_vectors.cache_clear()
    try:
        feats = {"w_max": 1.0, "w:قصفت": 1.0, "w:الطائرات": 1.0}
        z = sum(spaced.get(k, 0.0) * v for k, v in scorer.with_vectors(feats).items() if k.startswith("v:"))
        assert z != 0.0
        assert math.isclose(scorer.probability("violent", feats), 1.0 / (1.0 + math.exp(-z)))
        assert math.isclose(scorer.probability("demo", feats), 0.5)  # bias -1 + w_max 1
    finally:
        scorer._uses_vectors.cache_clear()


def test_clear_report_outscores_its_plan() -> None:
    # own sentences: the act reported vs the same act announced as a plan
    from rasd.pipeline import extract_text

    done = extract_text("قصفت طائرات حربية بلدة الهبيط في ريف إدلب الجنوبي صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين.")
    plan = extract_text("قال مسؤول إن الجيش يعتزم قصف مواقع المسلحين في الأيام المقبلة إذا لم ينسحبوا.")
    assert any(ev.event_type == "Explosions/Remote violence" for ev in done.events)
    assert not any(ev.event_type in ("Explosions/Remote violence", "Battles") for ev in plan.events)
