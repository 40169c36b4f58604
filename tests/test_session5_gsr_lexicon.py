"""General lexical gaps seen on world news (session 5): the detonation verb "فجر" against the noun "dawn",
light verbs that make an act noun a done act ("قام … ب", "تعرض … ل", "تم"), chronology entries, hostages
and rockets split from their verb by the subject, and protesters named as the subject of what they do."""

from __future__ import annotations

from helpers import sentence_triggers, trigger_context

_ctx = trigger_context
_triggers = sentence_triggers


def test_detonation_verb_with_an_explosive_object_or_an_attacker() -> None:
    assert "فجر" in _triggers("وفجر الرجل عبوته عند مدخل السوق المزدحم.")
    assert "فجر" in _triggers("فجر المهاجم حزامه الناسف قرب الحافلة.")
    assert "فجر" in _triggers("فجر رجل سيارته أمام مبنى البلدية.")
    assert "فجر" in _triggers("ثم تقدم المسلح نحو البوابة وفجرها.")


def test_dawn_is_not_a_detonation() -> None:
    assert "فجر" not in _triggers("وصلت القافلة إلى البلدة فجر اليوم بعد رحلة طويلة.")
    assert "فجر" not in _triggers("غادر الصيادون الميناء فجراً نحو عرض البحر.")
    assert "فجر" not in _triggers("استيقظ السكان بفجر بارد على صوت المطر.")
    assert "فجر" not in _triggers("انطلقت الحافلات فجر الخميس من المحطة.")
    assert "فجر" not in _triggers("وعاد الجنود إلى الثكنة فجر نفس اليوم.")


def test_light_verbs_make_the_noun_a_done_act() -> None:
    beaten = _triggers("قال المحامي إن موكله تعرض في مركز الشرطة للضرب على أيدي الحراس.")
    assert beaten["للضرب"] == (0.9, True)
    abducted = _triggers("تعرض موظف في شركة النفط للخطف على يد رجال ملثمين.")
    assert abducted["للخطف"][1]
    raped = _triggers("ذكرت الشاهدة أن ثلاثة رجال قاموا باغتصابها في الحقل.")
    assert raped["اغتصابها"][1]
    # a general word stays general: "قامت … باستهداف" weighs as the verb "استهدفت", not more
    targeted = _triggers("قامت الطائرات باستهداف مستودع قرب الطريق.")
    assert targeted["استهداف"] == (0.7, True)
    # without the light verb the noun stays a noun
    assert not _triggers("ينص القانون على معاقبة الاغتصاب بالسجن.")["اغتصاب"][1]


def test_chronology_entry_reports_a_done_act() -> None:
    entry = _triggers("* 4 أبريل (نيسان) 2003: اغتيال رجل الأعمال المعروف بعبوة في سيارته.")
    assert entry["اغتيال"][1]
    assert not _triggers("ناقش المؤتمر اغتيال رجل الأعمال المعروف.")["اغتيال"][1]


def test_hostages_taken_with_the_subject_between() -> None:
    held = _triggers("واحتجز المسلحون عشرين من ركاب القطار رهائن لساعات.")
    assert held["احتجزوا رهائن"] == (1.0, True)
    assert "احتجزوا رهائن" not in _triggers("احتجزت الشرطة المشتبه به في المركز.")


def test_rockets_fired_by_a_launcher_named_at_length() -> None:
    far = _triggers("أطلقت طائرة بلا طيار تابعة لجهاز الاستخبارات في البلد المجاور ثلاثة صواريخ على مزرعة.")
    assert far["اطلقت صواريخ"][1]
    # far from the verb and aimed at nothing: not its object
    assert "اطلقت صواريخ" not in _triggers(
        "أطلقت الحكومة أمس خطة واسعة لإعادة بناء المصانع التي تنتج قطع الغيار ومحركات الصواريخ.")


def test_protesters_as_the_subject_of_an_act() -> None:
    assert "المتظاهرون" in _triggers("توجه المتظاهرون بعد الظهر إلى مبنى البرلمان.")
    assert "المتظاهرين" not in _triggers("أطلقت الشرطة الغاز على المتظاهرين في الساحة.")
    assert _triggers("ثم نصبوا خيامهم قرب مقر الحكومة.").get("نصبوا خيامهم") is not None
