"""Session 21 (hm9): one event told twice across headline, lead and body — the present of killing in a headline
("انفجار لغم يقتل جنديين") names the dead, not the doer, so the headline's second act joins the body's report of it;
a raid's withdrawal told in the next sentence ends the raid; a headline's act "بعد هجوم …" that a quote names again by
its definite noun ("الهجوم") joins the body's pluperfect report."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.document import Event


def _events(text: str, on: dt.date) -> list[Event]:
    return list(article_doc(text, on).events)


def test_headline_second_act_with_present_of_killing_joins_the_next_day_report() -> None:
    evs = _events("قصف مدفعي على ريف حماة ليل الخميس – الجمعة.. وانفجار لغم يقتل جنديين قرب الصنمين\n"
                  "تعرضت قرى في ريف حماة الشمالي، ليل الخميس – الجمعة، لقصف مدفعي من مواقع المسلحين، "
                  "بحسب ما أفاد مصدر عسكري.\n\n"
                  "وفي اليوم التالي، قتل جنديان من الجيش السوري جراء انفجار لغم أرضي زرعه مجهولون على طريق "
                  "قرب مدينة الصنمين في ريف درعا الشمالي.\n", dt.date(2024, 2, 12))
    ieds = [e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(ieds) == 1


def test_present_of_killing_makes_the_people_after_it_the_side_hit() -> None:
    evs = _events("عبوة ناسفة تقتل عنصرين من الأمن العام في ريف درعا\n"
                  "قتل عنصران من الأمن العام، مساء أمس الإثنين، جراء انفجار عبوة ناسفة زرعها مجهولون على "
                  "الطريق بين بلدتي المزيريب واليادودة في ريف درعا الغربي.\n", dt.date(2025, 3, 4))
    assert len(evs) == 1


def test_withdrawal_told_right_after_a_raid_ends_the_raid() -> None:
    evs = _events("قوات الاحتلال تقتحم بلدة جباتا الخشب وتعتقل ثلاثة شبان\n"
                  "أفادت مصادر محلية، اليوم الخميس، بأن قوة إسرائيلية اقتحمت بلدة جباتا الخشب في ريف القنيطرة "
                  "الشمالي، وداهمت عدداً من المنازل، واعتقلت ثلاثة شبان.\n\n"
                  "وأضافت المصادر أن القوة المقتحمة فتشت السيارات عند مدخل البلدة لساعات، ثم انسحبت نحو "
                  "الجولان المحتل.\n", dt.date(2025, 4, 10))
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_withdrawal_of_another_day_stays_its_own_guard() -> None:
    """Guard (passes on the old code): a withdrawal the next sentence dates to another day is no end of the raid."""
    evs = _events("قوات الاحتلال تقتحم بلدة جباتا الخشب وتعتقل ثلاثة شبان\n"
                  "أفادت مصادر محلية، اليوم الخميس، بأن قوة إسرائيلية اقتحمت بلدة جباتا الخشب في ريف القنيطرة "
                  "الشمالي، وداهمت عدداً من المنازل، واعتقلت ثلاثة شبان.\n\n"
                  "وكانت قوات الاحتلال قد انسحبت من البلدة في الأول من آذار الماضي بعد أن أقامت فيها نقطة "
                  "عسكرية.\n", dt.date(2025, 4, 10))
    assert len(evs) == 2


def test_headline_after_attack_and_quote_join_the_pluperfect_report() -> None:
    """Guard (passes on the old code, where the quote's record joins the body's by another path): one act, the body's
    day."""
    evs = _events("توتر في بلدة المزرعة بريف السويداء بعد هجوم على حاجز لفصيل محلي\n"
                  "تشهد بلدة المزرعة في ريف السويداء الغربي توتراً أمنياً منذ صباح اليوم الثلاثاء.\n\n"
                  "وكان مسلحون مجهولون قد هاجموا، مساء الإثنين، حاجزاً لفصيل محلي عند أطراف البلدة، ما أسفر عن "
                  "مقتل عنصر من الفصيل.\n\n"
                  "وقال قائد في الفصيل إن الهجوم لن يبقى من دون رد.\n", dt.date(2025, 7, 8))
    violent = [e for e in evs if e.event_type in ("Battles", "Violence against civilians",
                                                   "Explosions/Remote violence")]
    assert len(violent) == 1 and violent[0].date is not None and violent[0].date.date == dt.date(2025, 7, 7)
