"""Session 32 (ms14, events missed): a later act told in the same sentence after a comma and a lapse of minutes or
hours ("…، وبعد ساعة انفجر لغم …", "…، وبعدها بساعات اغتال مسلحون …") is an event of its own, not a weapon or a toll
of the act told first; a lapse with no verb of an act after it, or the same act again, stays one event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 9, 12)  # a Thursday


def test_an_act_after_a_lapse_of_an_hour_is_its_own_event() -> None:
    text = ("أطلق مسلحون مجهولون النار على مدرّس في مدينة الميادين ظهر اليوم فقتلوه، "
            "وبعد ساعة انفجرت عبوة ناسفة بسيارة عسكرية على طريق المدينة الشرقي ما أدى إلى إصابة عنصرين.")
    kinds = {r["sub_event_type"] for r in record_rows(text, DAY)}
    assert "Remote explosive/landmine/IED" in kinds
    assert "Attack" in kinds


def test_a_lapse_told_by_its_pronoun_opens_a_later_act() -> None:
    text = ("انفجر لغم أرضي بجرار زراعي قرب بلدة ذيبان صباح اليوم دون إصابات، "
            "وبعدها بساعات قصفت طائرة مسيّرة سيارة على أطراف البلدة.")
    kinds = {r["sub_event_type"] for r in record_rows(text, DAY)}
    assert {"Remote explosive/landmine/IED", "Air/drone strike"} <= kinds


def test_the_same_act_again_after_a_lapse_stays_one_event() -> None:
    text = "قصفت المدفعية قرية قرب بلدة ذيبان صباح اليوم، وبعد ساعة قصفت القرية ذاتها مرة أخرى."
    rows = record_rows(text, DAY)
    assert len(rows) == 1


def test_a_lapse_without_a_verb_of_an_act_opens_no_clause() -> None:
    text = ("انفجرت عبوة ناسفة بدورية عسكرية قرب بلدة البصيرة صباح اليوم، وبعد ساعة من الحادثة "
            "وصلت سيارات الإسعاف إلى المكان.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1
