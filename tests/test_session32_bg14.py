"""Session 32 (bg14, background acts and acts going on since then): a date right after "منذ" followed by a clause of
"when" ("منذ منتصف آذار، حين قصفت …") dates the act that clause tells, an event of its own in the background, not the
start of a period (unless the clause tells a campaign begun then, "حين بدأت … تستهدف"); fighting "going on since
then" beside an act the sentence dates is no act of that day; an arrest campaign told in the pluperfect with a day
of its own ("وكانت قوى الأمن قد نفّذت في الخامس من شباط حملة اعتقالات …") is an arrest on that day."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 11, 20)  # a Wednesday


def test_since_a_month_when_an_air_strike_dates_the_strike() -> None:
    text = ("أصيب مدنيان اليوم الأربعاء بقصف مدفعي على بلدة تل تمر في ريف الحسكة. "
            "ويشهد الريف توتراً منذ آذار 2022، حين قصفت طائرات حربية تركية محطة للكهرباء قرب مدينة القامشلي.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[0]["event_date"].startswith("2022-03")
    assert rows[0]["historical"] is True


def test_since_a_month_when_a_campaign_began_is_no_act() -> None:
    text = ("أصيب مدنيان اليوم الأربعاء بقصف مدفعي على بلدة تل تمر في ريف الحسكة. "
            "ويتواصل التصعيد منذ آذار 2022، حين بدأت الطائرات التركية تقصف محطات الكهرباء قرب مدينة القامشلي.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Air/drone strike"]
    assert not any(r["event_date"].startswith("2022-03") for r in rows)


def test_fighting_going_on_since_then_is_not_dated_at_the_capture() -> None:
    text = ("قُتل عنصران اليوم الأربعاء بانفجار عبوة ناسفة في مدينة منبج. "
            "وسيطرت الفصائل على مدينة منبج في 9 كانون الأول الماضي، فيما تتواصل الاشتباكات منذ ذلك الحين "
            "على محور سد تشرين.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Armed clash"]
    assert not any(r["event_date"] == "2024-12-09" for r in rows)


def test_a_dated_arrest_campaign_in_the_pluperfect_is_an_event() -> None:
    text = ("قُتل عنصران اليوم الأربعاء بانفجار عبوة ناسفة في مدينة القامشلي. "
            "وكانت قوات الأسايش قد شنّت في الخامس من تشرين الثاني الحالي حملة اعتقالات في مدينة عامودا "
            "طالت عشرات الشبان.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["event_date"] == "2024-11-05"
    assert rows[0]["historical"] is True
