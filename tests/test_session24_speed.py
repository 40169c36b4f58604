"""The fast paths of session 24 (speed) give what the plain forms they replace give."""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from rasd.arabic import normalize as norm_mod
from rasd.arabic.normalize import SHORT_VOWELS, norm_key, normalize
from rasd.document import Document, Span
from rasd.events import stage as ev_stage
from rasd.events.stage import sentence_contexts
from rasd.geo import assign as geo_assign
from rasd.geo import stage as geo_stage
from rasd.geo.demonyms import _word_key
from rasd.pipeline import extract_text


def test_short_texts_normalise_as_the_long_ones() -> None:
    rnd = random.Random(11)
    alphabet = [*norm_mod._TABLE, "ب", "ت", "ة", "ى", " ", "  ", "a", "Z", "\t", "5"]
    texts = ["", " ", "قصفت الطائراتُ بلدةً", "وأُصيبَ  ثلاثةُ مدنيين", "ABC  def"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, norm_mod._LONG_KEY + 20))) for _ in range(800)]
    for t in texts:
        assert norm_mod._one_to_one(t) == t.translate(norm_mod._ONE_TO_ONE), t
        fast, plain = normalize(t), norm_mod._normalize_loop(t)
        assert (fast.norm, fast.to_orig) == (plain.norm, plain.to_orig), t


def test_geo_clitic_strip_as_before() -> None:
    def plain(word: str, cues: dict[str, str]) -> tuple[str, str]:
        if word in cues:
            return "", word
        for p in geo_stage._CLITICS:
            if word.startswith(p) and word[len(p):] in cues:
                return p, word[len(p):]
        if word.startswith("لل") and "ال" + word[2:] in cues:
            return "ل", "ال" + word[2:]
        return "", word

    cues = {"ريف": "admin", "مدينة": "settlement", "المدينة": "settlement", "شمال": "direction", "": "x"}
    words = ["", "ريف", "وريف", "بريف", "فيريف", "وفيريف", "للمدينة", "لمدينة", "مدينة", "شمال", "وشمال", "حلب",
             "و", "ل", "في", "المدينة", "ولمدينة", "فبريف", "ريفي"]
    for w in words:
        assert geo_stage._strip(w, cues) == plain(w, cues), w


def test_text_before_a_place_as_before() -> None:
    text = "سقطت قذيفةٌ صباحاًعلى حيِّ الميدان في مدينة حلب، وأُصيب طفلان."
    doc = Document(id="t", text=text)
    for start in range(0, len(text), 3):
        p = Span(start, start + 1, "place")
        for n in (40, 45, 60, 80, 90):
            plain = SHORT_VOWELS.sub("", geo_assign._GLUED_TANWEEN.sub(r"\1 ", text[max(0, start - n):start]))
            assert geo_assign._before(doc, p, n) == plain


def test_word_key_is_norm_key() -> None:
    for w in ["مدينةِ", "الأميركيّة", "إسرائيل", "ABC", "قرى"]:
        assert _word_key(w) == norm_key(w)


def test_times_still_found() -> None:
    import datetime as dt

    doc = extract_text("وفي 12 آذار 2024، قصفت الطائرات بلدة قرب حلب. وأمس، انفجرت عبوة في درعا.",
                       published=dt.date(2024, 3, 20))
    days = sorted({t.value.date for t in doc.layer("times")})
    assert dt.date(2024, 3, 12) in days and dt.date(2024, 3, 19) in days


def test_token_index_as_before() -> None:
    doc = extract_text("قصفت المدفعية أطراف بلدة في ريف إدلب، وأصيب ثلاثة مدنيين بجروح.")
    ctxs = sentence_contexts(doc)
    assert ctxs
    for ctx in ctxs:
        for pos in range(-2, len(doc.text) + 2):
            assert ctx.tok(pos) == max(bisect_right(ctx.token_starts, pos) - 1, 0)


def test_named_person_is_no_claim() -> None:
    # "يدعى" naming the man killed is no claim of a party; a cue of another kind is never read so
    doc = extract_text("قتل مسلحون مزارعا يدعى سالم في ريف درعا، وزعم الجيش أن المزارع كان مسلحا.")
    cues = ev_stage._found(doc.normalized(), "cue")
    called = [c for c in cues if ev_stage._called(doc.text, c)]
    assert [doc.text[c.start:c.end] for c in called] == ["يدعى"]
    assert all(ev_stage._cue(c).kind == "claim" for c in called)


def test_sentence_vector_is_the_mean() -> None:
    import numpy as np

    from rasd.events import wordvec

    t = wordvec.table()
    if t is None:
        pytest.skip("no word vectors here")
    index, mat = t
    words = list(index)[:40]
    for n in (1, 2, 7, 40):
        ids = [index[w] for w in words[:n]]
        v = mat[ids].mean(axis=0)
        norm = float(np.linalg.norm(v))
        got = wordvec.sentence_vector(words[:n])
        assert got is not None and got.tobytes() == (v / norm).tobytes()


def test_disposal_and_test_fire_read_the_stripped_words() -> None:
    from rasd.events import frames

    doc = extract_text("فجّر الجيش مخلفات حربية غير منفجرة قرب بلدة في ريف حماة، وسمع دوي انفجار.")
    for ctx in sentence_contexts(doc):
        i0, i1 = ctx.tok(ctx.sentence.start), ctx.tok(ctx.sentence.end - 1)
        assert frames._stripped_values(ctx.token_values)[i0:i1 + 1] == ctx.words
    assert any(frames._ordnance_disposal(ctx) for ctx in sentence_contexts(doc))
