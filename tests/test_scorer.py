"""Sentence scorer: shipped weights, word-space features (rasd.events.wordvec)."""

from __future__ import annotations

import math
from pathlib import Path

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


def test_shipped_vector_settings() -> None:
    # round 8: demo reads the window around its first trigger × 3, violent the whole sentence × 1.5
    settings = scorer.vector_settings()
    assert settings["demo"] == ("window", 3.0)
    assert settings["violent"] == ("sentence", 1.5)


def test_vector_rows_are_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "scorer.tsv"
    bad.write_text("family\tfeature\tweight\ndemo\t_vec_source\tparagraph\ndemo\t_vec_scale\t-1\n"
                   "demo\twin:مظاهره\t0.5\nviolent\t_vec_source\twindow\n", encoding="utf-8")
    monkeypatch.setattr(scorer, "DATA_FILE", bad)
    problems = scorer.validate()
    assert len(problems) == 3 and all("scorer.tsv:" in p for p in problems)
    assert any("_vec_source" in p for p in problems) and any("_vec_scale" in p for p in problems)
    assert any("win:" in p for p in problems)  # window words get no weight of their own


@needs_vectors
def test_window_source_reads_the_words_near_the_trigger() -> None:
    feats = {"w_max": 1.0, "w:مظاهره": 1.0, "w:المتظاهرين": 1.0, "w:قصف": 1.0, "w:الطيران": 1.0,
             "win:مظاهره": 1.0, "win:المتظاهرين": 1.0}
    win = scorer.with_vectors(feats, "window", 3.0)
    sent = scorer.with_vectors(feats, "sentence", 3.0)
    near = sentence_vector(["مظاهره", "المتظاهرين"])
    assert near is not None
    assert all(math.isclose(win[f"v:{i}"], 3.0 * x, rel_tol=1e-5, abs_tol=1e-6) for i, x in enumerate(near.tolist()))
    assert any(not math.isclose(win[k], sent[k], abs_tol=1e-4) for k in win if k.startswith("v:"))
    # no known window word: the whole sentence
    fallback = scorer.with_vectors({"w:مظاهره": 1.0, "win:ققققق": 1.0}, "window", 1.0)
    assert fallback["v:0"] == pytest.approx(scorer.with_vectors({"w:مظاهره": 1.0}, "sentence", 1.0)["v:0"])


def test_window_keys_stay_near_the_first_trigger_and_out_of_the_vocabulary() -> None:
    from rasd.document import Document
    from rasd.events.frames import family_inputs
    from rasd.events.stage import sentence_contexts
    from rasd.events.train import _VOCAB, set_vocabulary
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    pre = Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])
    # own sentence: the protest word opens it, the last words lie far from it
    text = ("خرجت مظاهرات حاشدة في مدينة إدلب مساء أمس للمطالبة بالإفراج عن المعتقلين وتحسين الأوضاع المعيشية "
            "في المخيمات المنتشرة على طول الحدود الشمالية")
    doc = pre(Document(id="t", text=text))
    feats = [fd for ctx in sentence_contexts(doc) for fd in [family_inputs(ctx)[1]] if fd is not None]
    assert feats
    f = feats[0]
    assert "win:مظاهرات" in f and "win:ادلب" in f
    assert "w:الشماليه" in f and "win:الشماليه" not in f
    set_vocabulary([([f], 1)] * 3, 3)
    try:
        assert "w:ادلب" in _VOCAB and not any(k.startswith("win:") for k in _VOCAB)
    finally:
        set_vocabulary([], 3)
