"""Sentence features for GSR detection: who the crowd is in a protest sentence, explicit dates, and
rockets fired by a named launcher (own test sentences)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.events.scorer import FEATURES
from rasd.events.stage import sentence_contexts
from rasd.events.train import _features, _preprocess


def _feats(text: str, family: str) -> dict[str, float]:
    doc = _preprocess()(Document(id="t", text=text))
    out: dict[str, float] = {}
    for ctx in sentence_contexts(doc):
        f = _features(ctx, family, None)
        if f:
            out.update(f)
    return out


def test_new_features_are_named_scorer_features() -> None:
    assert {"crowd_agent", "crowd_object", "dated"} <= set(FEATURES)


@pytest.mark.parametrize("text", [
    "وتجمع المحتجون قرب مبنى البلدية ظهر السبت.",  # nominative plural subject
    "وتجمع مئات المتظاهرين في الساحة الكبرى.",  # counted genitive
    "وهتف نحو خمسين متظاهرا ضد الغلاء.",
])
def test_crowd_as_the_actor(text: str) -> None:
    f = _feats(text, "demo")
    assert f.get("crowd_agent") == 1.0
    assert not f.get("crowd_object")


@pytest.mark.parametrize("text", [
    "وفرقت قوات الأمن تظاهرة واعتقلت عشرات المتظاهرين.",  # arrest word before the crowd
    "وأطلقت الشرطة الغاز المسيل للدموع على المحتجين.",  # after a preposition
])
def test_crowd_as_the_object(text: str) -> None:
    f = _feats(text, "demo")
    assert f.get("crowd_object") == 1.0
    assert not f.get("crowd_agent")


def test_explicit_date_marks_the_sentence_dated() -> None:
    assert _feats("* 3 مارس 2001: اغتيال قاض بعبوة ناسفة في العاصمة.", "violent").get("dated") == 1.0
    assert not _feats("اغتيال القضاة جريمة يدينها الجميع.", "violent").get("dated")


def test_rockets_fired_by_a_named_launcher_are_a_strike_trigger() -> None:
    f = _feats("وأطلقت مروحية حربية ثلاثة صواريخ على مخزن في الوادي.", "violent")
    assert f.get("t:" + "اطلقت صواريخ") == 1.0
    assert f.get("verb") == 1.0
