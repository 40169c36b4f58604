"""Session 20 (ty9): types and non-events — a partitive relative clause that tells which people a person is one of
("ممن انضموا إلى اتفاق التسوية", "من الذين أجروا المصالحة") is the person's past, no agreement of the report; the
definite fighting named as the thing whose spark or start another act was ("كانت شرارة المواجهات قد اندلعت عقب
اعتقال …", "تعود بداية الاشتباكات إلى … حين اعتقلت …") is the fighting the article tells, no second clash at the
cause's place."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

DAY = dt.date(2024, 5, 12)


def _types(text: str) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in record_rows(text, DAY)]


def test_killed_man_one_of_those_who_joined_the_settlement_is_no_agreement() -> None:
    types = _types("قتل مسلحون مجهولون أمس السبت عنصراً سابقاً في فصيل معارض ممن انضموا إلى اتفاق التسوية، "
                   "وذلك في بلدة اليادودة بريف درعا.")
    assert ("Strategic developments", "Agreement") not in types
    assert any(t[0] == "Violence against civilians" or t[0] == "Battles" for t in types)


def test_one_of_those_who_made_the_reconciliation_with_min_alladhina() -> None:
    types = _types("اغتال مجهولون اليوم الأحد أحد الوجهاء من الذين أجروا اتفاق المصالحة مع الحكومة في مدينة "
                   "الصنمين شمالي درعا.")
    assert ("Strategic developments", "Agreement") not in types


def test_guard_an_agreement_reached_now_stays() -> None:
    """Pure guard: a deal concluded by the sentence's subject keeps its record."""
    types = _types("توصلت اللجنة المركزية والقوات الحكومية اليوم الأحد إلى اتفاق تسوية في مدينة طفس بريف درعا.")
    assert ("Strategic developments", "Agreement") in types


def test_spark_of_the_clashes_after_an_arrest_is_no_clash_there() -> None:
    types = _types("وكانت شرارة الاشتباكات قد اندلعت يوم الخميس الماضي عقب اعتقال قوات الأمن أحد وجهاء العشائر "
                   "في مدينة الرقة.")
    assert ("Battles", "Armed clash") not in types
    assert ("Strategic developments", "Arrests") in types


def test_start_of_the_fighting_goes_back_to_an_arrest() -> None:
    types = _types("وتعود بداية الاشتباكات إلى 3 من آذار الماضي، حين اعتقلت قوات الأمن الداخلي أحد وجهاء العشائر "
                   "في مدينة منبج.")
    assert ("Battles", "Armed clash") not in types
    assert ("Strategic developments", "Arrests") in types


def test_guard_clashes_that_broke_out_are_a_clash() -> None:
    """Pure guard: clashes told as such, with no cause named after them, stay a clash."""
    types = _types("اندلعت اليوم الأحد مواجهات عنيفة بين قوات الأمن ومسلحين محليين في مدينة الرقة.")
    assert ("Battles", "Armed clash") in types


def _article_types(text: str, on: dt.date) -> list[tuple[object, object, object]]:
    return [(ev.event_type, ev.sub_event_type, ev.place.id if ev.place else None)
            for ev in article_doc(text, on).events]


def test_headline_toll_after_two_dots_is_the_strikes_hurt() -> None:
    text = ("غارات إسرائيلية على ريف حمص.. وإصابة مدنيين\n"
            "شنّت طائرات الاحتلال الإسرائيلي، ليل الأربعاء، غارات جوية طالت مواقع عسكرية في محيط مدينة القصير "
            "بريف حمص الجنوبي، بحسب ما أعلنت وزارة الدفاع السورية.")
    types = _article_types(text, dt.date(2024, 5, 16))
    assert [t[:2] for t in types] == [("Explosions/Remote violence", "Air/drone strike")]


def test_headline_death_after_two_dots_joins_the_blast() -> None:
    """Pure guard: a headline toll the body tells again with its act stays one record."""
    text = ("انفجار عبوة ناسفة في ريف درعا.. ومقتل عنصر\n"
            "انفجرت عبوة ناسفة، صباح اليوم الخميس، بسيارة عسكرية على الطريق بين بلدتي داعل وطفس في ريف درعا "
            "الغربي، ما أدى إلى مقتل عنصر من قوات الأمن.")
    types = _article_types(text, dt.date(2025, 5, 15))
    assert [t[0] for t in types] == ["Explosions/Remote violence"]


def test_raid_campaign_with_no_one_held_is_no_arrest() -> None:
    types = _types("وبعد الهجوم، شنّت قوى الأمن الداخلي حملة دهم في قريتي الحصين والمسعودية بريف الحسكة الجنوبي.")
    assert ("Strategic developments", "Arrests") not in types


def test_search_campaign_after_an_attack_is_no_arrest() -> None:
    types = _types("ودفعت القوات بتعزيزات إلى المكان، وفرضت طوقاً أمنياً، ونفّذت حملة مداهمات في الحي بحثاً عن المهاجمين.")
    assert ("Strategic developments", "Arrests") not in types


def test_raid_campaign_with_arrests_is_an_arrest() -> None:
    """Pure guard: the campaign that names its arrests stays one."""
    types = _types("وشنّت قوات الأمن الداخلي أمس حملة دهم واعتقالات في بلدة الحصين بريف الحسكة الجنوبي.")
    assert ("Strategic developments", "Arrests") in types
