"""Frames, session 4 (2): running totals and campaigns counted by day are no events, a raid that ends in
a capture is the arrest, and the speaker of a verb of saying is no party to the act its clause reports.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows

PUB = dt.date(2024, 3, 5)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return event_rows(text, PUB)


def test_a_running_total_until_today_is_no_event() -> None:
    text = ("وقد وصل عدد الهجمات منذ بدء الحرب حتى اليوم إلى أكثر من 120 هجوماً بالصواريخ "
            "على القواعد الأميركية في ريف دير الزور.")
    assert _events(text) == []


def test_an_attack_of_today_since_a_war_is_still_an_event() -> None:
    text = "قصفت قوات النظام اليوم بلدة كنصفرة في ريف إدلب الجنوبي، في أعنف قصف منذ بدء الحرب."
    assert _events(text)


def test_a_campaign_counted_in_days_with_a_detached_article_is_no_event() -> None:
    text = ("ويستمر استهداف الفصائل للقواعد الأميركية في ريف الحسكة، وسط تواصل العدوان على القطاع "
            "لليوم الـ 45.")
    assert _events(text) == []


def test_a_raid_that_ends_in_a_capture_is_the_arrest() -> None:
    text = ("اعتقلت القوات الأميركية مسؤولاً في تنظيم داعش بعد تنفيذ غارة بمروحية قرب بلدة الشدادي "
            "في ريف الحسكة يوم السبت.")
    types = [(t, s) for t, s, _, _ in _events(text)]
    assert ("Explosions/Remote violence", "Air/drone strike") not in types


def test_an_air_strike_with_deaths_beside_an_arrest_stays() -> None:
    text = ("قتل خمسة مسلحين في غارة جوية على بلدة الشدادي في ريف الحسكة يوم السبت، "
            "واعتقلت القوات الأميركية آخرين.")
    types = [(t, s) for t, s, _, _ in _events(text)]
    assert ("Explosions/Remote violence", "Air/drone strike") in types


def test_the_speaker_of_a_that_clause_is_no_attacker() -> None:
    text = ("قالت وزارة الدفاع السورية إنّ العدو الإسرائيلي شنّ عدواناً جوياً بعدد من الصواريخ "
            "مستهدفاً مواقع في محيط مدينة حمص مساء اليوم.")
    evs = _events(text)
    assert evs and evs[0][0] == "Explosions/Remote violence"
    assert evs[0][2] == "isr"


def test_a_speaker_resumed_in_its_clause_stays_the_attacker() -> None:
    text = "أعلنت قوات سوريا الديمقراطية اليوم أنها قصفت مواقع لتنظيم داعش قرب بلدة الشدادي في ريف الحسكة."
    evs = _events(text)
    assert evs and evs[0][2] == "sdf"
