"""Session 28 (DATETYPE28: dates, the historical flag and event types of styles7).

- a paragraph that opens on a connective of another item of the news ("في الأثناء، …", "وفي غضون ذلك، …", "وفي
  سياق آخر، …", "من جهة أخرى، …"), or on an additive "كما" before its act with a day named by a weekday (not "أمس" nor a
  calendar date: a recap), tells a recent day (two or three days back) as news, not as a background of the lead's;
- a verb of a fight breaking out or flaring up again right before the clash noun ("وتجددت الاشتباكات فجر اليوم")
  tells the clash done, as its own verb would;
- the place a fire comes from, named as the aim of a reply ("ردّت المدفعية على مصادر النيران"), is no clash.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

from rasd.arabic.normalize import norm_key
from rasd.time.assign import _ADDED_ITEM_RE, _RELATED_ITEM_RE

WEDNESDAY = dt.date(2024, 4, 17)


def _records(text: str, day: dt.date = WEDNESDAY) -> list[dict[str, Any]]:
    return record_rows(text, day)


def _brief(recs: list[dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    return [(r["event_date"], r["sub_event_type"], r["location"], r["historical"]) for r in recs]


LEAD = ("أفرجت السلطات في مدينة حمص، اليوم الأربعاء، عن عشرة موقوفين ضمن اتفاق بين الحكومة ووجهاء المدينة.\n"
        "وقال مصدر محلي إن الإفراج جاء بعد مفاوضات استمرت أسبوعاً.\n"
        "وأضاف المصدر أن دفعة ثانية ستخرج الأسبوع المقبل.\n")


def test_a_clash_of_monday_after_meanwhile_is_news() -> None:
    recs = _records(LEAD + "في الأثناء، اندلع اشتباك بالأسلحة الخفيفة، مساء الإثنين، بين عناصر من الجيش "
                           "ومسلحين محليين على أطراف مدينة تلكلخ، دون وقوع إصابات.")
    monday = [r for r in recs if r["event_date"] == "2024-04-15"]
    assert monday and not any(r["historical"] for r in monday), _brief(recs)


def test_an_additive_kama_paragraph_tells_news() -> None:
    recs = _records(LEAD + "كما انفجرت عبوة ناسفة، مساء الإثنين، بسيارة عسكرية على الطريق بين نوى وجاسم، "
                           "ما أدى إلى جرح عنصرين.")
    monday = [r for r in recs if r["event_date"] == "2024-04-15"]
    assert monday and not any(r["historical"] for r in monday), _brief(recs)


def test_kama_before_a_verb_of_saying_opens_no_news_item() -> None:
    # a report's "كما أفاد …" is no new item; "وفي سياق آخر، …" is
    assert _ADDED_ITEM_RE.match(norm_key("كما انفجرت عبوة ناسفة، مساء الإثنين"))
    assert not _ADDED_ITEM_RE.match(norm_key("كما أفاد المصدر بأن عبوة انفجرت"))
    assert _RELATED_ITEM_RE.match(norm_key("وفي سياق آخر، قُتل عاملان"))


def test_kama_with_yesterday_after_the_lead_stays_background() -> None:
    recs = _records(LEAD + "كما قُتل شاب، أمس، برصاص مسلحين مجهولين في بلدة الحولة.")
    yesterday = [r for r in recs if r["event_date"] == "2024-04-16"]
    assert yesterday and all(r["historical"] for r in yesterday), _brief(recs)


def test_clashes_renewed_at_dawn_are_a_clash_of_the_day() -> None:
    recs = _records("اندلعت مواجهات، أمس الثلاثاء، بين قوات الحكومة ومقاتلين محليين في بلدة اليادودة، "
                    "ما أدى إلى مقتل عنصرين.\n"
                    "وتجددت الاشتباكات فجر اليوم، الأربعاء، على أطراف البلدة، واستخدم فيها الطرفان الرشاشات "
                    "الثقيلة، قبل أن تتوقف قرابة الظهر مع وصول وفد من الوجهاء إلى المنطقة.")
    days = {r["event_date"] for r in recs if r["sub_event_type"] == "Armed clash"}
    assert {"2024-04-16", "2024-04-17"} <= days, _brief(recs)


def test_return_fire_at_the_source_of_fire_is_no_clash() -> None:
    recs = _records("قُتل مدني، مساء الثلاثاء، بقذيفة هاون أطلقتها قوات سوريا الديمقراطية على بلدة مارع.\n"
                    "وردّت المدفعية التركية على مصادر النيران، واستهدفت مواقع قسد في محيط تل رفعت.")
    assert not any(r["sub_event_type"] == "Armed clash" for r in recs), _brief(recs)
    assert any(r["sub_event_type"] == "Shelling/artillery/missile attack" and r["location"] == "Tall Refaat"
               for r in recs), _brief(recs)
