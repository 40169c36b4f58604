"""Session 11 (statements and talks): an agreement asked for, hoped for, sought or hindered is none reached, talks
are no agreement, and a statement's detail told "في بيان" is the act the report before it told."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2024, 5, 15)


def _subs(text: str) -> list[str]:
    return [sub for _etype, sub, _a1, _a2 in event_rows(text, DAY)]


def test_deal_demanded_far_from_the_demand_verb_is_no_agreement() -> None:
    text = ("وطالب أقارب المحتجزين الإسرائيليين في قطاع غزة، إثر اجتماعهم مساء أمس بوزير الحرب في مكتبه، "
            "بـ\"صفقة تبادل تعيد الجميع\".")
    assert "Agreement" not in _subs(text)


def test_crowd_asking_to_conclude_a_deal_is_no_agreement() -> None:
    text = "احتشد آلاف المستوطنين مساء اليوم في تل أبيب مطالبين بإبرام صفقة تبادل مع حركة حماس."
    assert "Agreement" not in _subs(text)


def test_efforts_to_reach_a_ceasefire_are_no_agreement() -> None:
    text = "تكثّف القاهرة والدوحة اليوم جهودهما للتوصل إلى اتفاق لوقف إطلاق النار بين حماس والجيش الإسرائيلي."
    assert "Agreement" not in _subs(text)


def test_obstacles_before_a_deal_are_no_agreement() -> None:
    text = "قال مسؤول في حركة حماس اليوم إن الحكومة الإسرائيلية تضع العراقيل أمام التوصل إلى اتفاق في قطاع غزة."
    assert "Agreement" not in _subs(text)


def test_deal_as_the_only_way_is_no_agreement() -> None:
    text = "أكد أهالي الأسرى اليوم أن عودة أبنائهم من قطاع غزة لن تتحقق إلا من خلال صفقة تبادل مع حركة حماس."
    assert "Agreement" not in _subs(text)


def test_talks_planned_or_under_way_are_no_agreement() -> None:
    text = "تنطلق اليوم في القاهرة جولة جديدة من المفاوضات غير المباشرة بين حماس والحكومة الإسرائيلية."
    assert "Agreement" not in _subs(text)


def test_ceasefire_reached_is_an_agreement() -> None:
    text = "توصلت حماس والحكومة الإسرائيلية صباح اليوم بوساطة قطرية إلى اتفاق هدنة ووقف للقتال في مدينة رفح."
    assert "Agreement" in _subs(text)


def test_withdrawal_after_talks_keeps_its_agreement() -> None:
    text = ("انسحبت قوات النظام السوري اليوم من مدينة جاسم بعد مفاوضات أجريت في مدينة الصنمين مع وجهاء المدينة، "
            "وتوصل الطرفان إلى سحب القوات مقابل الإفراج عن المحتجزين.")
    assert "Agreement" in _subs(text)


def test_statement_detail_in_an_indefinite_statement_is_the_act_told_before() -> None:
    text = ("استهدفت المقاومة الإسلامية في العراق، فجر اليوم، قاعدة عين الأسد الأميركية في محافظة الأنبار، مرتين.\n"
            "وذكرت المقاومة، في بيانٍ، أنّها شنّت هجومين على قاعدة عين الأسد التي يتمركز فيها جنود أميركيون.")
    events = extract_text(text, published=DAY).events
    assert len([e for e in events if e.place is not None and "Asad" in e.place.name_en]) == 1


def test_another_statement_is_not_folded_by_its_words() -> None:
    from rasd.arabic.normalize import norm_key
    from rasd.events.stage import _REPORT_GOES_ON

    assert _REPORT_GOES_ON.match(norm_key("وأضافت في بيانٍ أنّ المقاتلين انسحبوا"))
    assert _REPORT_GOES_ON.match(norm_key("وأوضح بيان الوزارة أنّ الاستهداف طال سيارتين"))
    assert not _REPORT_GOES_ON.match(norm_key("وقالت الفصائل في بيانٍ آخر إنها قصفت موقعاً ثانياً"))
    assert not _REPORT_GOES_ON.match(norm_key("وقالت الفصائل في بيان منفصل إنها قصفت موقعاً ثانياً"))


def test_deal_reached_through_mediation_is_an_agreement() -> None:
    text = "بوساطة مصرية توصلت حماس والحكومة الإسرائيلية اليوم إلى هدنة في قطاع غزة."
    assert "Agreement" in _subs(text)
