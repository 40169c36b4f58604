"""Session 28 (ne10: Syria after December 2024, new text).

- "أقدم مسلحون … على خطف …" with the kidnappers' car and a time between the verb and "على", and a paragraph that
  opens on "وفي حادثة منفصلة،" (another news item, as "وفي سياق متصل،"), report the act;
- "أسفرت الحملة التي بدأت الاثنين عن توقيف 17 شخصاً": the arrests a campaign yielded, a short relative clause on the
  campaign between the verb of result and its preposition;
- a monitor's count of the dead over a whole month ("وثّق المكتب مقتل 37 شخصاً بعمليات اغتيال خلال تشرين الأول
  الماضي") is a tally, no event;
- "مجموعات مسلحة محلية" is a local (communal) armed group, as "مجموعات محلية مسلحة";
- the Interior Ministry's patrols ("دورية من الأمن الداخلي") are its forces; a patrol "تعرضت لإطلاق نار" in a fight
  that killed a gang member is the side hit, the gang the side that fired;
- a detainee exchange ("تبادل الموقوفين") between the government and the SDF is an agreement.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2025, 11, 26)  # a Wednesday


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def _brief(recs: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    return [(r["event_date"], r["sub_event_type"], r["location"], r["actor1"], r["actor2"]) for r in recs]


def test_undertaken_abduction_after_a_separate_incident_turn() -> None:
    recs = _records("اشتباكات بين مسلحين في ريف السويداء الغربي.\n"
                    "شهدت بلدة المزرعة، مساء الثلاثاء، اشتباكات بين مجموعتين مسلحتين أسفرت عن مقتل شاب.\n"
                    "وفي حادثة منفصلة، أقدم مسلحون مجهولون يستقلون سيارة دون لوحات، صباح اليوم الأربعاء، على خطف "
                    "طبيب من أهالي مدينة شهبا عند مدخلها الشمالي أثناء توجهه إلى عمله، واقتادوه إلى جهة مجهولة.")
    kidnap = [r for r in recs if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert kidnap and kidnap[0]["location"] == "Shahba", _brief(recs)


def test_arrests_a_campaign_yielded_after_a_relative_clause() -> None:
    recs = _records("أعلنت وزارة الداخلية، اليوم الأربعاء، انتهاء حملة أمنية نفذتها قيادة الأمن الداخلي في مدينة "
                    "تلبيسة بريف حمص الشمالي.\n"
                    "وأسفرت الحملة التي بدأت يوم الاثنين عن توقيف 12 شخصاً من المطلوبين، وضبط أسلحة وذخائر.")
    assert any(r["sub_event_type"] == "Arrests" and r["location"] == "Talbiseh" for r in recs), _brief(recs)


def test_a_monthly_count_of_assassinations_is_no_event() -> None:
    recs = _records("قُتل رجل برصاص مسلحين مجهولين مساء الثلاثاء في مدينة طفس بريف درعا الغربي.\n"
                    "وتتكرر حوادث الاغتيال في المحافظة، إذ وثّق ناشطون مقتل 29 شخصاً بعمليات اغتيال خلال أيلول "
                    "الماضي.")
    assert [r["location"] for r in recs] == ["Tafas"], _brief(recs)
    assert recs[0]["fatalities"] == 1, _brief(recs)


def test_local_armed_groups_against_clan_gunmen() -> None:
    recs = _records("اندلعت ليل الثلاثاء اشتباكات بين مجموعات مسلحة محلية ومسلحين من عشائر البدو في بلدة المزرعة "
                    "بريف السويداء، ما أدى إلى مقتل شخصين.")
    clash = [r for r in recs if r["sub_event_type"] == "Armed clash"]
    assert clash and {clash[0]["inter1"], clash[0]["inter2"]} == {4}, _brief(recs)
    assert "مجموعات مسلحة محلية" in clash[0]["actor1_mentions"] + clash[0]["actor2_mentions"], _brief(recs)


def test_a_patrol_fired_on_is_the_side_hit_and_the_gang_the_side_that_fired() -> None:
    recs = _records("وقال مصدر أمني إن دورية من الأمن الداخلي تعرضت لإطلاق نار أثناء مداهمتها مزرعة على أطراف مدينة "
                    "الرستن مساء الثلاثاء، ما أدى إلى اشتباك قُتل فيه أحد أفراد عصابة مسلحة.")
    clash = [r for r in recs if r["sub_event_type"] == "Armed clash"]
    assert clash, _brief(recs)
    assert clash[0]["inter1"] == 3 and "عصابة مسلحة" in clash[0]["actor1_mentions"], _brief(recs)
    assert clash[0]["inter2"] == 1 and "دورية من الأمن الداخلي" in clash[0]["actor2_mentions"], _brief(recs)


def test_a_detainee_exchange_is_an_agreement() -> None:
    recs = _records("جرت أمس الثلاثاء في مدينة حلب دفعة جديدة من تبادل الموقوفين بين الحكومة السورية وقوات سوريا "
                    "الديمقراطية، شملت الإفراج عن 80 موقوفاً من الطرفين.")
    assert any(r["sub_event_type"] == "Agreement" and r["location"] == "Aleppo" for r in recs), _brief(recs)
