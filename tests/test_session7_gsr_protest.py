"""Protest detection classes (session 7): a protest noun told as breaking out or going out ("اندلعت
مظاهرات", "خرجت … تظاهرة") is read like the protest verb; a sentence whose only protest words are the crowd and
its chants, slogans or banners gets the scorer feature ``accompaniment``."""

from __future__ import annotations

from helpers import sentence_triggers, trigger_context

from rasd.events.frames import family_inputs
from rasd.events.scorer import FEATURES

_ctx = trigger_context
_triggers = sentence_triggers


def _demo_features(text: str) -> dict[str, float]:
    ctx = _ctx(text)
    assert ctx is not None
    fd = family_inputs(ctx)[1]
    assert fd is not None
    return fd


def test_outbreak_verb_makes_the_protest_noun_a_told_act() -> None:
    assert _triggers("واندلعت مساء الأحد مظاهرات غاضبة في أحياء المدينة الشرقية.")["مظاهرات"] == (1.0, True)
    assert _triggers("تجددت الاحتجاجات في العاصمة لليلة الثالثة.")["احتجاجات"] == (1.0, True)
    assert _triggers("وخرجت أمس في البلدة الساحلية تظاهرة طلابية.")["تظاهره"] == (1.0, True)
    assert _triggers("خرج مئات العمال في مسيرة احتجاجية نحو مقر الشركة.")["مسيره احتجاجيه"] == (1.0, True)


def test_protest_noun_without_an_outbreak_verb_stays_a_noun() -> None:
    # a call or a plan names the protest, it does not tell it happened
    assert _triggers("ودعت النقابة العمال إلى مظاهرات واسعة الأسبوع القادم.")["مظاهرات"] == (0.8, False)
    # the noun after a noun of calling is what was called for
    assert _triggers("انطلقت الحملة استجابة لدعوة الإضراب العام.")["اضراب"] == (0.7, False)
    # a clause break between the verb and the noun: another clause, another subject
    told = _triggers("خرج الوزير من الاجتماع، ثم قال إن المظاهرات لن تغير شيئا.")
    assert told["مظاهرات"] == (0.8, False)
    # "in protest at" is the reason for an act, not a protest of its own
    assert "احتجاجا" not in {k for k, (_, verb) in _triggers("انطلق السائقون احتجاجا على رفع الأسعار.").items()
                             if verb}


def test_accompaniment_marks_chants_and_crowd_only() -> None:
    chants = _demo_features("وردد المتظاهرون هتافات ضد الحكومة في الساحة الكبرى.")
    assert chants.get("accompaniment") == 1.0
    banners = _demo_features("ورفع المحتجون لافتات تطالب بالإفراج عن المعتقلين.")
    assert banners.get("accompaniment") == 1.0


def test_accompaniment_off_when_the_protest_itself_is_named() -> None:
    held = _demo_features("تظاهر آلاف الطلاب أمام الوزارة وهتفوا ضد القرار الجديد.")
    assert "accompaniment" not in held
    sit_in = _demo_features("واعتصم المعلمون في باحة المدرسة ورددوا شعارات تطالب بالأجور.")
    assert "accompaniment" not in sit_in


def test_accompaniment_is_a_named_scorer_feature() -> None:
    assert "accompaniment" in FEATURES
