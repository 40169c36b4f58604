"""Session 27 (NONEV: records that are no event, in everyday news).

- the verb "أوقف" whose object is a thing or an activity ("أوقفت مؤقتاً برامج المساعدات", "أوقفت التنسيق
  الأمني", "أوقفت بعض الدول تمويل …") is a suspension, no arrest (cue kind ``halt``, and the nouns of kind
  ``economy``); a person stopped stays an arrest, and an adjective of relation after a place ("أمام مركز
  تجاري") names nothing stopped;
- the noun "احتجاج" lodged by a state ("استدعت السفيرة احتجاجاً على …", "مذكرة احتجاج", "احتجاجاً شديداً") is a
  diplomatic step, no demonstration (cue kind ``envoy``); a crowd before an embassy stays a protest;
- an agreement the parties were near ("كنّا قريبين من اتفاق تبادل") is not reached;
- a bare blast inside a factory, or one put down to a mishap ("انفجار غازي", "تسرّب غاز"), with no side or weapon
  named, is no act (cue kind ``mishap``); a bomb by a factory stays an event.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 3)  # a Sunday


def test_aid_programmes_suspended_are_no_arrest() -> None:
    text = ("واشنطن تعلّق مساعداتها\n"
            "قال وزير الخارجية الأميركي، اليوم الأحد، إنّ بلاده أوقفت مؤقتاً بعض برامج المساعدات المقدّمة إلى "
            "حكومة النيجر بعد الانقلاب.\n")
    assert record_rows(text, DAY) == []


def test_cooperation_and_funding_suspended_are_no_arrest() -> None:
    for body in ("قال المتحدث اليوم إنّ السلطة الفلسطينية أوقفت التنسيق الأمني مع الاحتلال في الضفة الغربية.",
                 "وقال المقرر الأممي اليوم إنّ الأزمة تفاقمت بعدما أوقفت بعض الدول تمويل وكالة الأونروا.",
                 "وأفادت الصحيفة اليوم بأنّ شركات الشحن أوقفت تقديم خدماتها للسفن المتجهة إلى ميناء إيلات."):
        assert record_rows("قرار جديد\n" + body + "\n", DAY) == [], body


def test_a_person_stopped_stays_an_arrest() -> None:
    """Guard: people after the verb, or a place described by an adjective, keep the arrest."""
    rows = record_rows("توقيف معارضين\nأوقفت الشرطة التونسية، اليوم الأحد، ثلاثة معارضين في العاصمة تونس.\n", DAY)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Arrests"
    rows = record_rows("توقيف معارض\nقال محامو المعارض التونسي اليوم إنّ الشرطة أوقفته أمام مركز تجاري في "
                       "العاصمة تونس.\n", DAY)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Arrests"


def test_a_state_protesting_to_an_envoy_is_no_demonstration() -> None:
    for body in ("استدعت وزارة الخارجية المصرية، اليوم الأحد، سفيرة هولندا احتجاجاً على إحراق نسخة من المصحف.",
                 "وبعث وزير الخارجية، اليوم الأحد، مذكرة احتجاج إلى السفارة الأردنية بشأن توقيف مواطنين.",
                 "وقدّمت الإدارة الأميركية، أمس السبت، احتجاجاً شديداً لحكومة الاحتلال بعد الاجتماع."):
        assert record_rows("خطوة دبلوماسية\n" + body + "\n", DAY) == [], body


def test_a_crowd_before_an_embassy_stays_a_protest() -> None:
    """Guard: protesters named in the sentence keep the protest, even beside the word "السفير"."""
    rows = record_rows("وقفة في عمّان\nتظاهر مئات الطلاب، اليوم الأحد، أمام مقر السفير البريطاني في عمّان "
                       "احتجاجاً على الحرب على غزة.\n", DAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Protests"


def test_an_agreement_the_parties_were_near_is_not_reached() -> None:
    text = ("صنعاء: كنا قريبين من اتفاق تبادل أسرى قبل أسابيع\n"
            "قال رئيس لجنة الأسرى، اليوم الأحد، إنّ الطرفين كانا قريبين من اتفاق لتبادل الأسرى.\n")
    assert record_rows(text, DAY) == []


def test_an_agreement_reached_stays_an_event() -> None:
    """Guard: a deal the parties reach today is an agreement."""
    rows = record_rows("اتفاق في جنيف\nتوصّلت الحكومة اليمنية وحركة أنصار الله، اليوم الأحد، إلى اتفاق لتبادل "
                       "الأسرى في جنيف.\n", DAY)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Agreement"


def test_a_blast_in_a_factory_or_from_a_gas_leak_is_no_act() -> None:
    for body in ("أفاد مراسلنا، اليوم الأحد، بأنّ انفجاراً كبيراً هزّ مدينة حيفا، وقع داخل مصنع تابع للجيش.",
                 "ورجّحت تقارير صحافية، اليوم الأحد، أن يكون الانفجار في حيفا ناجماً عن انفجار غازي.",
                 "قالت الشرطة إنّ انفجاراً وقع اليوم في مبنى سكني في طهران بسبب تسرب غاز ما أدى إلى إصابة 5 "
                 "أشخاص."):
        assert record_rows("انفجار\n" + body + "\n", DAY) == [], body


def test_a_bomb_by_a_factory_stays_an_event() -> None:
    """Guard: a weapon named keeps the act, wherever it went off."""
    rows = record_rows("تفجير في الرقة\nانفجرت عبوة ناسفة اليوم قرب مصنع للإسمنت في مدينة الرقة، ما أدى إلى "
                       "مقتل عاملين.\n", DAY)
    assert len(rows) == 1 and rows[0]["event_type"] == "Explosions/Remote violence"
