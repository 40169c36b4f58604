"""Session 21 (nv9): weapons fired in a test or a drill, and weapons shown at a parade, are no acts (ACLED codes no
weapons test, exercise or parade): a missile fired out to sea ("باتجاه البحر", "في اتجاه بحر …"), a launch told
"in" a test or a drill ("في إطار تجربة", "خلال التدريبات"), the weapons a parade holds ("عرض عسكري ضمّ …"); a
strike aimed at a ship or a place, or one told beside a drill, stays an event."""

from __future__ import annotations

import datetime as dt

from helpers import trigger_context, violent_events

from rasd.events.frames import _all_triggers, _blocked

DAY = dt.date(2024, 3, 10)


def _why(text: str) -> list[str]:
    """Why each trigger of the first sentence of ``text`` is no act ('' where it reports one)."""
    ctx = trigger_context(text)
    assert ctx is not None
    return [_blocked(ctx, m) for m in _all_triggers(ctx)]


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in violent_events(DAY, text)]


def test_missiles_fired_toward_a_named_sea_are_a_test() -> None:
    assert _why("وقالت الوكالة إن كوريا الشمالية أطلقت الصواريخ الثلاثة من منطقة بيونغ يانغ صباح اليوم "
                "في اتجاه بحر اليابان.") == ["trial"]


def test_missile_fired_out_to_sea_far_after_the_weapon() -> None:
    assert all(_why("وذكرت الوكالة أن الصواريخ الأربعة أطلقت من منطقة ساحلية في إحدى مقاطعات الشمال فجر اليوم "
                    "باتجاه البحر الشرقي المعروف أيضاً باسم بحر اليابان."))


def test_launch_told_in_a_test_is_no_attack() -> None:
    assert _why("أطلقت البحرية الصينية اليوم صاروخين من مدينة شنغهاي في إطار تجربة جديدة لمنظومة الدفاع "
                "الساحلي.") == ["trial", "trial"]


def test_strikes_during_a_naval_drill_are_rehearsed() -> None:
    assert _why("ونفذت السفن الروسية والإيرانية أمس ضربات صاروخية ومدفعية قبالة ميناء بندر عباس خلال "
                "التدريبات المشتركة.") == ["trial"]


def test_every_weapon_a_parade_holds_is_shown_not_fired() -> None:
    assert _why("أشرف الرئيس اليوم في مدينة بيونغ يانغ على عرض عسكري ضمّ مدافع ثقيلة وطائرات مسيرة جديدة "
                "وصواريخ بالستية عابرة للقارات.") == ["capability", "capability"]
    assert _why("نظّمت السلطات اليوم في مدينة طهران عرضاً عسكرياً شاركت فيه دبابات حديثة وطائرات مسيرة جديدة "
                "وصواريخ باليستية بعيدة المدى.") == ["capability", "capability"]


def test_rockets_toward_the_vicinity_of_a_city_guard() -> None:
    """Pure guard: "محيط" (the vicinity) is no ocean."""
    assert _types("أطلقت الفصائل اليوم رشقات صاروخية نحو محيط مدينة عسقلان.") != []


def test_missile_toward_the_sea_at_a_ship_guard() -> None:
    """Pure guard: a ship named as the target."""
    assert _types("أطلقت القوات اليمنية اليوم صاروخاً باتجاه البحر الأحمر استهدف سفينة تجارية قبالة ميناء "
                  "الحديدة.") != []


def test_strike_on_a_base_during_a_drill_guard() -> None:
    """Pure guard: the drill is the setting of a real strike told after it."""
    assert _types("وبينما كانت القوات الأميركية تجري تدريبات عسكرية مشتركة مع قوات محلية داخل محيط قاعدة حقل "
                  "العمر، شنت فصائل مسلحة هجوماً بالطائرات المسيرة على القاعدة في ريف دير الزور.") != []


def test_strike_launched_from_the_sea_guard() -> None:
    """Pure guard: "من اتجاه البحر" is where the strike came from, its target is told beside it."""
    assert _types("قصفت الطائرات الحربية فجر اليوم مستودعات في ريف مدينة جبلة بصواريخ أطلقتها من اتجاه "
                  "البحر.") != []


def test_tests_of_a_launch_reach_the_weapon_launched() -> None:
    assert _why("وفي العام الماضي، أجرت البحرية تجارب على إطلاق 12 صاروخاً مجنحاً.") == ["trial"]
    assert _why("وقال الوزير إنّ التجارب التي أجرتها بلاده على إطلاق صواريخ بعيدة المدى لا تهدد أحداً.") == ["trial"]


def test_launch_after_a_test_in_another_clause_guard() -> None:
    """Pure guard: a clause break stands between the test word and the launch noun."""
    assert _why("وأعلنت الوزارة انتهاء التجارب في الصحراء منذ أشهر، فيما تواصل القوات إطلاق صواريخ على "
                "مواقع المتمردين.")[-1] == ""


def test_strike_told_as_a_test_of_a_truce_guard() -> None:
    """Pure guard: a test of a truce in another clause is no weapons test."""
    assert _types("قصفت المدفعية صباح اليوم أطراف بلدة عيتا الشعب بعشرات القذائف، في أول اختبار جدي للهدنة "
                  "المعلنة منذ يومين.") != []


def test_shelling_that_killed_during_a_drill_guard() -> None:
    """Pure guard: a drill that is hit, with its dead, is an event."""
    assert _types("قُتل جنديان اليوم بقصف صاروخي خلال التدريبات المشتركة قرب مدينة القنيطرة.") != []
