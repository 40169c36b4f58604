"""Session 7, GSR ASSAULT detection: chronology entries and embedding cues that reach further.

Fixture sentences are written for these tests."""

from __future__ import annotations

from functools import lru_cache

from rasd.document import Document
from rasd.events.frames import family_inputs
from rasd.events.scorer import rule_accepts
from rasd.events.stage import sentence_contexts
from rasd.pipeline import DEFAULT_STAGES, Pipeline


@lru_cache(maxsize=1)
def _pre() -> Pipeline:
    return Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])


def _violent(text: str) -> dict[str, float]:
    doc = _pre()(Document(id="t", text=text))
    feats = [fv for ctx in sentence_contexts(doc) for fv in [family_inputs(ctx)[0]] if fv is not None]
    assert feats, "the sentence holds no violent trigger"
    return feats[0]


def test_chronology_entry_is_anchored_and_opens_with_the_act() -> None:
    f = _violent("* 4 آذار 2003: اغتيال رئيس البلدية بعبوة ناسفة زرعت تحت سيارته في سوق المدينة.")
    assert f.get("anchor") and f.get("first") and f.get("dated")
    assert rule_accepts(f)


def test_the_same_act_without_the_entry_date_is_not_anchored() -> None:
    f = _violent("وتحدث الكاتب طويلا في مقاله الأخير عن اغتيال رئيس البلدية بعبوة ناسفة زرعت تحت سيارته.")
    assert not f.get("anchor") and not f.get("first")
    assert not rule_accepts(f)


def test_an_inquiry_covers_the_act_a_few_words_on() -> None:
    f = _violent("وانضم فريق أجنبي إلى التحقيق الرسمي في حادث التفجير الذي استهدف مبنى البلدية مساء الأحد.")
    assert f.get("embed")
    assert not rule_accepts(f)


def test_a_topic_phrase_embeds_the_act() -> None:
    f = _violent("وفيما يتعلق بالهجوم الذي شنه مسلحون على الثكنة يوم الجمعة، قال الوزير إن حكومته ستراجع خططها.")
    assert f.get("embed")
    assert not rule_accepts(f)


def test_a_link_to_a_crime_embeds_it() -> None:
    f = _violent("وأوقفت الشرطة أمس ثلاثة رجال على علاقة بخطف موظفين اثنين من شركة النفط.")
    assert f.get("embed")


def test_an_act_deep_in_a_sentence_with_no_source_is_not_first() -> None:
    f = _violent("وفي تطور لافت على صعيد الأوضاع في المنطقة الجنوبية من البلاد هاجم مسلحون نقطة تفتيش أمس.")
    assert not f.get("first")
