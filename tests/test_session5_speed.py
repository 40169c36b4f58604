"""Session 5 speed work: the normalised view is made once per document and shared, a sentence's
normalised text is cut out of it where that is provably what normalising the slice gives, and the
events stage finds each of its lexicons once per document.  Every shortcut must give exactly what
the long way gives."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_left

from helpers import glue_repair_on  # noqa: F401  (autouse: the repair on in every test here)

from rasd.arabic import glue
from rasd.arabic.normalize import _ONE_TO_ONE, _TABLE, NormText, _normalize_loop, _one_to_one, normalize
from rasd.arabic.segment import paragraphs, sentences
from rasd.document import Document
from rasd.events.lexicon import cue_matcher, trigger_matcher
from rasd.events.stage import _found
from rasd.pipeline import Pipeline, extract_text, text_layer

# own sentences: quotes and guillemets at sentence starts, diacritics, tatweel, a glued pair of words
# (after ة and before a definite word), a full stop with no space after it, Latin capitals, digits
TEXT = ("أعلنت وزارة الدفاع صباح الأحد أنّ الدفاعات الجوية تصدّت لهجومٍ بطائراتٍ مسيّرة.\n"
        "وقال المتحدث باسمها: «الهجوم لم يحقق أهدافه». \"ولا إصابات\" بين المدنيين.\n"
        "واستهدفت الطائرةالحربية مواقع للمسلحين في ريف المدينة الشرقي.وأضاف أن ١٢ مسلحاً قُتلوا.\n"
        "  ﻻ تزال الاشتباكاتُ متواصلةً حتى الآن، بحسب مصادر NGO محلية!\n"
        "ـوتتواصل الغارات على المنطقة منذ ثلاثة أيام؟ نعم.")




def _same(a: NormText, b: NormText) -> bool:
    return a.original == b.original and a.norm == b.norm and a.to_orig == b.to_orig


def test_the_shared_view_is_normalize_of_the_text_made_once() -> None:
    doc = Document(id="d", text=TEXT)
    nt = doc.normalized()
    assert _same(nt, normalize(TEXT))
    assert doc.normalized() is nt and doc.meta["norm"] is nt


def test_the_text_stage_makes_the_view_the_later_stages_read() -> None:
    doc = Document(id="d", text=TEXT, published=dt.date(2024, 3, 10))
    text_layer(doc)
    nt = doc.meta["norm"]
    assert _same(nt, normalize(TEXT))
    Pipeline([(name, stage) for name, stage in Pipeline().stages if name not in ("cleanup", "text")])(doc)
    assert doc.meta["norm"] is nt  # no stage made another one


def test_a_changed_text_gets_a_new_view() -> None:
    doc = Document(id="d", text=TEXT)
    old = doc.normalized()
    doc.text = TEXT.replace("الأحد", "الاثنين")
    new = doc.normalized()
    assert new is not old and _same(new, normalize(doc.text))
    doc.meta["norm"] = "not a view"
    assert _same(doc.normalized(), normalize(doc.text))


def test_the_whole_pipeline_output_does_not_depend_on_a_view_made_beforehand() -> None:
    day = dt.date(2024, 3, 10)
    plain = extract_text(TEXT, published=day)
    doc = Document(id="text", text=TEXT, published=day)
    doc.meta["norm"] = normalize("another text altogether")  # stale: must be replaced, not used
    Pipeline()(doc)
    assert [(e.event_type, e.sub_event_type, e.date, e.place, e.actor1, e.actor2) for e in doc.events] == \
        [(e.event_type, e.sub_event_type, e.date, e.place, e.actor1, e.actor2) for e in plain.events]


def _slices(text: str) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in sentences(text)] + [(p.start, p.end) for p in paragraphs(text)]
    rng = random.Random(5)
    for _ in range(400):
        a = rng.randrange(0, len(text))
        spans.append((a, rng.randrange(a + 1, len(text) + 1)))
    return spans


def test_a_sentence_cut_out_of_the_view_equals_the_sentence_normalised() -> None:
    nt = normalize(TEXT)
    for a, b in _slices(TEXT):
        assert nt.slice_norm(a, b) == normalize(TEXT[a:b]).norm, (a, b, TEXT[a:b])


def _naive_cut(nt: NormText, a: int, b: int) -> str:
    return nt.norm[bisect_left(nt.to_orig, a):bisect_left(nt.to_orig, b)]


def test_slices_where_a_plain_cut_would_differ_are_normalised_again() -> None:
    # a sentence that opens on a quote after a space: the view folded the quote into the space before
    text = 'قال الناطق: "انتهت الجولة" اليوم.'
    nt = normalize(text)
    a = text.index('"')
    assert _naive_cut(nt, a, len(text)) != normalize(text[a:]).norm
    assert nt.slice_norm(a, len(text)) == normalize(text[a:]).norm
    # a slice that begins inside two glued words: the view has the repair's space at the seam
    text = "قصفت الطائرةالحربية الموقع."
    nt = normalize(text)
    a = text.index("الحربية")
    assert _naive_cut(nt, a, len(text)) != normalize(text[a:]).norm
    assert nt.slice_norm(a, len(text)) == normalize(text[a:]).norm
    # a slice that ends inside a word: the whole word is one token of the view, not of the slice
    text = "دخلت القواتالخاصة البلدة."
    nt = normalize(text)
    b = text.index("الخاصة") + 2
    assert nt.slice_norm(0, b) == normalize(text[:b]).norm


def test_random_texts_slices_equal_their_normalisation() -> None:
    rng = random.Random(11)
    alphabet = list("ابتثجحخدذرسشصضطظعغفقكلمنهوي أإآةىـ \u064b\u064e\u0651\u00a0\n\t«»“”١٢3AbZ.،؟!\u200f")
    words = ["الجيش", "القوات", "الحربية", "مدينة", "في", "من", "الميادين", "العربية", "السورية"]
    for _ in range(150):
        parts = [rng.choice(words) if rng.random() < 0.5 else rng.choice(alphabet) for _ in range(rng.randrange(1, 30))]
        text = "".join(p + (" " if rng.random() < 0.3 else "") for p in parts)
        nt = normalize(text)
        for a in range(len(text)):
            for b in range(a + 1, min(len(text), a + 25) + 1):
                assert nt.slice_norm(a, b) == normalize(text[a:b]).norm, (text, a, b)


def test_a_view_not_made_by_normalize_or_made_without_the_repair_is_never_cut() -> None:
    text = "دخلت القواتالخاصة البلدة."
    raw = normalize(text, repair=False)
    assert raw.slice_norm(0, len(text)) == normalize(text).norm  # the slice gets the repair
    by_hand = NormText(text, "x" * len(text), list(range(len(text) + 1)))
    assert by_hand.slice_norm(0, len(text)) == normalize(text).norm
    repaired = normalize(text)
    glue.ENABLED = False
    assert repaired.slice_norm(0, len(text)) == normalize(text).norm == raw.norm


def test_replacing_characters_one_by_one_is_the_one_to_one_translation() -> None:
    rng = random.Random(2)
    chars = list(_TABLE) + [chr(c) for c in range(65, 91)] + list("ابةى abc 123٠٩")
    for _ in range(300):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 80)))
        assert _one_to_one(text) == text.translate(_ONE_TO_ONE), repr(text)
        fast, ref = normalize(text), _normalize_loop(text)
        assert fast.norm == ref.norm and fast.to_orig == ref.to_orig, repr(text)


def test_the_events_lexicons_are_matched_once_per_view() -> None:
    nt = normalize(TEXT)
    trig = _found(nt, "trigger")
    assert trig == trigger_matcher().find(nt) and trig
    assert _found(nt, "trigger") is trig
    assert _found(nt, "cue") == cue_matcher().find(nt)
    other = normalize(TEXT + " وقصفت المدفعية القرية.")
    assert _found(other, "trigger") is not trig and len(_found(other, "trigger")) > len(trig)
