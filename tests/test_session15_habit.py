"""Session 15 (habits): "from time to time" ("بين حين وآخر", "من حين لآخر") beside a present-tense verb of the act
tells a habit, not an act of the day: it makes no record and lends no actor to the day's event; beside a noun of
the act ("تجدد مواجهات من حين إلى آخر") it still tells the day's intermittent fighting."""

from __future__ import annotations

import datetime as dt

from rasd.events.frames import campaign
from tests.helpers import record_rows, trigger_context


def test_a_present_act_now_and_then_is_a_habit() -> None:
    for text in ("وتقصف المدفعية التركية بين الحين والآخر قرى ريف منبج الشمالي.",
                 "وتستهدف الطائرات المسيرة من حين لآخر مواقع المسلحين في ريف إدلب."):
        ctx = trigger_context(text)
        assert ctx is not None and campaign(ctx) == "habitual"


def test_intermittent_clashes_told_by_a_noun_are_no_habit() -> None:
    ctx = trigger_context("ونقل شهود عن تجدد مواجهات من حين إلى آخر مع المسلحين عند أطراف البلدة.")
    assert ctx is not None and campaign(ctx) != "habitual"


def test_the_habit_lends_no_actor_to_the_day_event() -> None:
    text = ("دوى انفجار قوي فجر اليوم داخل قاعدة عسكرية تركية قرب بلدة مارع في ريف حلب الشمالي.\n"
            "وأفادت مصادر محلية باستهداف سيارة داخل القاعدة.\n"
            "وتستهدف القوات التركية بالمسيرات بين حين وآخر مناطق سيطرة قوات سوريا الديمقراطية في شمال سوريا.")
    rows = record_rows(text, dt.date(2023, 8, 27))
    assert rows
    assert all(r["actor1"] != "Military Forces of Turkey (2016-)" for r in rows)
