"""The Arabic text layer: normalisation with an exact offset map, segmentation, numbers, matching."""

from __future__ import annotations

import random

from rasd.arabic.matcher import LexiconMatcher
from rasd.arabic.normalize import norm, normalize
from rasd.arabic.numbers import find_numbers
from rasd.arabic.segment import clitic_stems, sentences, tokens

SAMPLE = ("قَالَ مُـــراسِلُنا إنّ «القوات» انسحبت من إِدلب يوم ١٥ آذار، وأُصيب ٣ مدنيين.\n"
          "التابع لـ”الفيلق الخامس” في مدينة طفس؟ نعم! وصل 2.5 طن من المساعدات")


def test_normalised_view_folds_arabic_variants() -> None:
    nt = normalize("أُصيبَ إبراهيم في آذار بمدرسةٍ على الطريــق ١٥")
    assert nt.norm == "اصيب ابراهيم في اذار بمدرسه علي الطريق 15"


def test_every_normalised_span_maps_back_to_the_exact_original() -> None:
    nt = normalize(SAMPLE)
    rng = random.Random(7)
    for _ in range(500):
        a = rng.randrange(0, len(nt.norm))
        b = rng.randrange(a + 1, len(nt.norm) + 1)
        oa, ob = nt.orig_span(a, b)
        original = SAMPLE[oa:ob]
        # normalising the original slice gives back the normalised slice (modulo edge spaces)
        assert norm(original).split() == nt.norm[a:b].split() or " ".join(norm(original).split()) == \
            " ".join(nt.norm[a:b].split())


def test_token_offsets_point_at_the_original_word() -> None:
    nt = normalize(SAMPLE)
    toks = tokens(nt)
    words = [SAMPLE[t.start:t.end] for t in toks]
    assert "مُـــراسِلُنا" in words
    assert "١٥" in words
    by_text = {SAMPLE[t.start:t.end]: t.value for t in toks}
    assert by_text["مُـــراسِلُنا"] == "مراسلنا"
    assert by_text["إِدلب"] == "ادلب"


def test_sentences_split_on_stops_and_lines_not_on_comma_or_decimal() -> None:
    spans = sentences(SAMPLE)
    texts = [SAMPLE[s.start:s.end] for s in spans]
    assert len(texts) == 4
    assert texts[0].endswith("مدنيين.")
    assert "،" in texts[0]  # the comma did not split
    assert texts[1].endswith("طفس؟")
    assert texts[3].startswith("وصل 2.5 طن")


def test_number_words_and_digits() -> None:
    text = "أسروا ستة عناصر ودمروا ثلاث آليات وقتل خمسة وعشرون شخصاً وجرح عشرات، وسقط ١٢ صاروخاً"
    found = {text[s.start:s.end]: (s.value.value, s.value.vague) for s in find_numbers(normalize(text))}
    assert found["ستة"] == (6, False)
    assert found["ثلاث"] == (3, False)
    assert found["خمسة وعشرون"] == (25, False)
    assert found["عشرات"] == (10, True)
    assert found["١٢"] == (12, False)


def test_teens_and_thousands() -> None:
    text = "نقل ثلاثة عشر جريحاً و ألفين من النازحين"
    values = [s.value.value for s in find_numbers(normalize(text))]
    assert 13 in values and 2000 in values


def test_matcher_accepts_proclitics_and_lam_alef_joins() -> None:
    m = LexiconMatcher([("الصنمين", "sanamayn"), ("جاسم", "jasim"), ("الفيلق الخامس", "5th"),
                        ("قوات النظام", "gov")])
    text = "بمدينة الصنمين ووجاسم وجاسم التابع لـ”الفيلق الخامس” وللفيلق الخامس ولقوات النظام"
    hits = [(text[x.start:x.end], x.payloads[0]) for x in m.find(normalize(text))]
    assert ("الصنمين", "sanamayn") in hits
    assert ("جاسم", "jasim") in hits  # "وجاسم": conjunction stripped
    assert ("الفيلق الخامس", "5th") in hits
    assert ("لفيلق الخامس", "5th") in hits  # "للفيلق" = ل + الفيلق
    assert ("قوات النظام", "gov") in hits
    # "ووجاسم" has a double conjunction: not a clitic form
    assert sum(1 for h in hits if h[1] == "jasim") == 1


def test_matcher_rejects_matches_inside_words() -> None:
    m = LexiconMatcher([("حلب", "aleppo")])
    assert m.find(normalize("حلبون والمحلبية")) == []
    assert len(m.find(normalize("في حلب"))) == 1


def test_clitic_stems() -> None:
    assert clitic_stems("وبمدينه")[-1] == "مدينه"
    assert "الفيلق" in clitic_stems("للفيلق")


def test_runs_of_spaces_of_any_kind_collapse() -> None:
    text = "حقل\u00a0 العمر و  حقل \u00a0العمر"
    nt = normalize(text)
    assert nt.norm == "حقل العمر و حقل العمر"
    assert nt.orig_text(0, 9) == "حقل\u00a0 العمر"


def test_fast_normalisation_equals_the_reference_loop() -> None:
    from rasd.arabic.normalize import _normalize_loop

    rng = random.Random(3)
    alphabet = list("ابتثجحخدذرسشصضطظعغفقكلمنهوي أإآةىـ \u064b\u064e\u0651\u00a0\n\t«»“”١٢3AbZ.،؟")
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        fast, ref = normalize(text), _normalize_loop(text)
        assert fast.norm == ref.norm and fast.to_orig == ref.to_orig, repr(text)


def test_glued_function_word_after_a_match_only_when_asked() -> None:
    # the matcher's own glued-word reading, on the unrepaired view (normalize repairs glued words itself)
    text = "سقطت قذائف على العاصمة دمشقفي ساعات الصباح وعلى حقل العمربريف دير الزور"
    entries = [("دمشق", "damascus"), ("حقل العمر", "omar")]
    plain = LexiconMatcher(entries)
    assert plain.find(normalize(text, repair=False)) == []  # scraping damage defeats a strict matcher
    glued = LexiconMatcher(entries, glued=True)
    hits = [text[m.start:m.end] for m in glued.find(normalize(text, repair=False))]
    assert hits == ["دمشق", "حقل العمر"]
    # the rest of the token must be a known glued word: "دمشقيون" is not دمشق + a word
    assert glued.find(normalize("وصل الدمشقيون ودمشقيون", repair=False)) == []


def test_glued_words_on_both_sides_from_the_data_file() -> None:
    from rasd.arabic.matcher import glued_words, validate_glued_words

    assert validate_glued_words() == []
    before, after = glued_words()
    assert "في" in before and "السوريه" in after
    entries = [("لبنان", "lb"), ("الولايات المتحدة", "us"), ("دير الزور", "dz"), ("قولا", "q")]
    m = LexiconMatcher(entries, glued=True)
    text = "وصل الوفد وفيلبنان أعلن أنّالولايات المتحدة ستنسحب من دير الزورالسورية"
    found = m.find(normalize(text, repair=False))
    assert [text[x.start:x.end] for x in found] == ["لبنان", "الولايات المتحدة", "دير الزور"]
    assert [x.glued for x in found] == ["before", "before", "after"]
    # a short key is never read after a glued word: "منقولا" is one word, not من + a place
    assert m.find(normalize("نص الخطاب منقولا بتصرف", repair=False)) == []
    assert LexiconMatcher(entries).find(normalize("وفيلبنان", repair=False)) == []
