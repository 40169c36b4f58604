"""Session 16 (what is no event: tallies in Syrian local outlets' wording — the Civil Defence's yearly count of
attacks, a monitor's breakdown of its tally).

- attacks counted by the many over a month or a year ("استجابت فرقه لأكثر من 900 هجوم خلال عام 2022", "نفّذ 250
  غارة خلال الشهر الماضي", "تقريرها عن عام 2021") are a tally, never one act, whatever toll the sentence adds;
- a breakdown of a tally ("توزعت الهجمات بين قصف مدفعي وغارات", "وتوزع الباقون بين …") in a sentence that names the
  report or the tally ("التقرير", "الإحصائية") gives the tally's parts, no act.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

MONDAY = dt.date(2024, 1, 8)


def _types(text: str) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in record_rows(text, MONDAY)]


# --- attacks counted over a year or a month -----------------------------------------------------------------


def test_yearly_count_of_attacks_with_its_toll_is_no_event() -> None:
    assert _types("وقالت منظمة الدفاع المدني إن فرقها استجابت لأكثر من 900 هجوم على أرياف إدلب وحلب خلال عام "
                  "2022، أسفرت عن مقتل 140 مدنياً.") == []


def test_month_count_of_air_strikes_is_no_event() -> None:
    assert _types("وقال فريق منسقو الاستجابة إن الطيران الحربي الروسي شن أكثر من 250 غارة على ريف إدلب الجنوبي "
                  "خلال الشهر الماضي، أسفرت عن مقتل 30 مدنياً.") == []


def test_report_about_a_year_counting_attacks_is_no_event() -> None:
    assert _types("وذكرت الشبكة في تقريرها عن عام 2021 أن قوات النظام شنت 430 هجوماً على مدن ريف حماة "
                  "الشمالي.") == []


def test_few_strikes_of_one_day_stay_an_event() -> None:
    """Guard: a count of strikes on one day with no month or year span is the day's act."""
    assert _types("شن الطيران الحربي 12 غارة على بلدة كفرنبل جنوبي إدلب صباح اليوم الاثنين.") != []


# --- a tally's breakdown ------------------------------------------------------------------------------------


def test_report_breakdown_of_attacks_is_no_event() -> None:
    assert _types("وبيّن التقرير أن الهجمات توزعت بين قصف مدفعي لقوات النظام وغارات جوية روسية وضربات بالطائرات "
                  "المسيّرة، وأن ريف حلب الغربي كان الأكثر استهدافاً.") == []


def test_tally_breakdown_by_cause_is_no_event() -> None:
    assert _types("وبحسب الإحصائية، قضى 14 من الضحايا برصاص مسلحين مجهولين في ريف درعا، وتوزع الباقون بين "
                  "انفجار ألغام وحوادث ثأر.") == []


def test_spread_of_shells_without_report_stays_an_event() -> None:
    """Guard: shells spread over two villages in a plain report of today's shelling are the day's act."""
    assert _types("قصفت قوات النظام بعشرين قذيفة مدفعية، صباح اليوم الاثنين، قرى جبل الزاوية، توزعت بين البارة "
                  "وكنصفرة.") != []


# --- arrests made inside a clash ----------------------------------------------------------------------------


def test_arrest_during_the_clash_joins_the_clash() -> None:
    """Guard (passes on the old code too: this shape already gave one record there)."""
    rows = record_rows("هاجم مسلحون من فلول النظام البائد حاجزاً للأمن العام في مدينة تلكلخ فجر اليوم الاثنين، واندلعت "
                       "اشتباكات بين الطرفين. وتمكن عناصر الأمن العام خلال الاشتباك من القبض على ثلاثة من المسلحين "
                       "في مدينة تلكلخ.", MONDAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Battles", "Armed clash")]


def test_arrests_told_as_the_clash_result_join_the_clash() -> None:
    rows = record_rows("اندلعت اشتباكات بين قوات الأمن العام ومجموعة من المطلوبين في بلدة بيت ياشوط صباح اليوم "
                       "الاثنين، أسفرت عن مقتل اثنين منهم وإلقاء القبض على آخرين.", MONDAY)
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Battles", "Armed clash")]


def test_arrest_campaign_elsewhere_stays_its_own_event() -> None:
    """Guard: arrests in another town on the same day are no part of the clash."""
    rows = record_rows("اندلعت اشتباكات بين قوات الأمن العام ومجموعة من المطلوبين في بلدة بيت ياشوط صباح اليوم "
                       "الاثنين. وفي مدينة حمص، اعتقلت قوات الأمن العام خمسة أشخاص بتهمة تهريب السلاح.", MONDAY)
    assert ("Strategic developments", "Arrests") in [(r["event_type"], r["sub_event_type"]) for r in rows]
