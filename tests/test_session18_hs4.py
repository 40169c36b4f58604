"""Session 18 (HIST4): the dates and the historical flag of background acts.  A vague count back ("قبل أسابيع",
"قبل عدة أشهر", and "منذ أسابيع" after a perfect with قد: "كانت الخلية قد نفذت منذ أسابيع …") dates the act that
long ago at month precision, background; a sequel's offset may be qualified ("بعد أكثر من شهرين على …", "بعد يوم
واحد على …") or told as what a source says ("أشار إلى أن هذا الهجوم يأتي بعد …"); a part of a month that ended
a week or more before the news ("وفي مطلع حزيران الجاري، …") is recalled as an old day is; the act an anniversary
names ("وقفة في الذكرى الخامسة للغارة التي استهدفت البلدة") is no act of the news, nor is the act a sentence opens
on the weeks or months since ("وبعد أسابيع من الاشتباكات في …، دعا …").  Guards: "منذ أسابيع" of a state that
lasts, a lull named after the offset ("بعد نحو شهرين من توقف الهجمات"), a vague count specified by a month ("قبل
أشهر، وتحديداً في آذار"), a part of the month that has just ended, an opening lapse of days."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, time_doc

DAY = dt.date(2025, 6, 12)  # a Thursday

LEAD = ("هجوم على حاجز للأمن العام في ريف حماة\nمراسلنا - حماة\n\n"
        "قتل عنصران من الأمن العام، اليوم الخميس، بهجوم شنه مسلحون مجهولون على حاجز قرب بلدة صوران "
        "في ريف حماة الشمالي، ولاذ المهاجمون بالفرار.\n\n")


def _rows(text: str, where: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(LEAD + text, day) if r["location"] == where]


def test_weeks_ago_dates_the_act_at_month_precision() -> None:
    rows = _rows("وكان مسلحون قد هاجموا قبل أسابيع حاجزاً للأمن العام في بلدة كفرزيتا، ما أدى إلى مقتل عنصر.",
                 "Kafr Zita")
    assert rows and rows[0]["historical"] and rows[0]["time_precision"] == 3
    assert rows[0]["event_date"] == "2025-05-22"


def test_since_weeks_after_a_perfect_with_qad_is_weeks_ago() -> None:
    rows = _rows("وقال مصدر محلي إن الخلية كانت قد نفذت منذ أسابيع هجوماً على حاجز للأمن العام في بلدة كفرزيتا، "
                 "ما أسفر عن مقتل عنصرين.", "Kafr Zita")
    assert rows and rows[0]["historical"] and rows[0]["event_date"] == "2025-05-22"


def test_a_few_months_ago_is_three_months_back() -> None:
    rows = _rows("واغتال مسلحون مجهولون قبل عدة أشهر مختار بلدة كفرزيتا أمام منزله.", "Kafr Zita")
    assert rows and rows[0]["historical"] and rows[0]["time_precision"] == 3
    assert rows[0]["event_date"] == "2025-03-14"


def test_since_weeks_of_a_lasting_state_is_no_date() -> None:
    # guard: "منذ أسابيع" after a verb of lasting says how long, not when
    doc = time_doc("وتتواصل الاحتجاجات في المدينة منذ أسابيع.", DAY)
    assert not doc.layer("times")


def test_a_qualified_sequel_offset_moves_the_act_back() -> None:
    rows = _rows("ويأتي ذلك بعد أكثر من شهرين على مقتل شاب برصاص مجهولين في بلدة كفرزيتا.", "Kafr Zita")
    assert rows and rows[0]["historical"] and rows[0]["event_date"] == "2025-04-13"


def test_a_reported_sequel_one_day_after_dates_the_earlier_act() -> None:
    rows = _rows("وأشار المصدر إلى أن هذا الهجوم يأتي بعد يوم واحد على مقتل شاب برصاص مجهولين في بلدة كفرزيتا.",
                 "Kafr Zita")
    assert rows and rows[0]["historical"] and rows[0]["event_date"] == "2025-06-11"


def test_a_lull_after_the_offset_dates_nothing_back() -> None:
    # guard: "بعد نحو شهرين من توقف الهجمات": the news act is no older for it
    rows = _rows("وأكد المراسل أن استهداف الحاجز يأتي بعد نحو شهرين من توقف الهجمات على بلدة كفرزيتا، "
                 "مشيراً إلى سقوط قذائف على البلدة اليوم.", "Kafr Zita")
    assert all(r["event_date"] != "2025-04-13" for r in rows)


def test_a_vague_count_specified_by_a_month() -> None:
    # guard: "قبل أشهر من الآن، وتحديداً في آذار الماضي": the month named
    rows = _rows("وقبل أشهر، وتحديداً في آذار الماضي، قتل شاب برصاص مسلحين مجهولين في بلدة كفرزيتا.", "Kafr Zita")
    assert rows and rows[0]["event_date"].startswith("2025-03")


def test_the_start_of_the_month_two_weeks_gone_is_recalled() -> None:
    rows = _rows("وفي مطلع حزيران الجاري، قتل مسلحون مجهولون شاباً في بلدة كفرزيتا.", "Kafr Zita",
                 dt.date(2025, 6, 25))
    assert rows and rows[0]["historical"]


def test_the_start_of_the_month_just_ended_stays_news() -> None:
    # guard: the first ten days of the month end two days before the news: not yet recalled
    rows = _rows("ومطلع حزيران الجاري، قتل مسلحون مجهولون شاباً في بلدة كفرزيتا.", "Kafr Zita")
    assert rows and not rows[0]["historical"]


def test_the_act_an_anniversary_names_is_no_event() -> None:
    rows = _rows("ونظم العشرات من أهالي بلدة كفرزيتا، مساء أمس، وقفة في ساحة البلدة في الذكرى الخامسة للغارة التي "
                 "استهدفت البلدة.", "Kafr Zita")
    assert rows and {r["event_type"] for r in rows} == {"Protests"}


def test_an_act_the_opening_lapse_names_is_no_news() -> None:
    rows = _rows("وبعد أسابيع من الاشتباكات العنيفة بين مسلحين محليين وعناصر الأمن العام في بلدة كفرزيتا، دعا وجهاء "
                 "البلدة إلى التهدئة.", "Kafr Zita")
    assert not rows


def test_an_opening_lapse_of_days_keeps_the_act() -> None:
    # guard: two days after the fighting, the fighting may be the news still
    rows = _rows("وبعد يومين من الاشتباكات العنيفة بين مسلحين محليين وعناصر الأمن العام في بلدة كفرزيتا، دعا وجهاء "
                 "البلدة إلى التهدئة.", "Kafr Zita")
    assert rows
