"""Session 19 (bk7): background acts that vanished.  A pluperfect of a verb of taking place whose object is the act
("وكانت بلدة X قد شهدت في آذار اغتيال …"), with the act far from "قد" ("… قد شهدت في تشرين الثاني، قبل أسابيع من
…، هجوماً …"), and a sequel that names the earlier act right after the days passed since it, with the act's own
date ("ويأتي ذلك بعد أيام من مقتل …، في الخامس من الشهر"): each a dated past act, coded with its date and the
historical flag."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 10, 20)
LEAD = ("قُتل شاب برصاص مسلحين مجهولين مساء أمس الأحد في مدينة إنخل بريف درعا.\n"
        "وقال مصدر محلي إن الشاب كان يعمل في تجارة المواد الغذائية.\n"
        "ولم تعلن أي جهة مسؤوليتها عن العملية حتى الآن.\n")


def _background(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(LEAD + text, on) if r["historical"]]


def test_pluperfect_scene_saw_an_assassination_early_this_month() -> None:
    rows = _background("وكانت مدينة جاسم المجاورة قد شهدت مطلع الشهر الجاري اغتيال صيدلاني أمام منزله برصاص مجهولين.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Jasim" and str(rows[0]["event_date"]).startswith("2025-10")


def test_pluperfect_town_saw_a_killing_last_friday() -> None:
    rows = _background("وكانت بلدة المزيريب قد شهدت يوم الجمعة الماضي اغتيال شاب برصاص مسلحين.")
    assert len(rows) == 1 and rows[0]["event_date"] == "2025-10-17"
    assert rows[0]["event_type"] == "Violence against civilians"


def test_pluperfect_saw_an_attack_in_a_named_month() -> None:
    rows = _background("وكانت بلدة نوى قد شهدت في آذار الماضي هجوماً على حاجز للأمن العام.")
    assert len(rows) == 1 and str(rows[0]["event_date"]).startswith("2025-03")


def test_pluperfect_saw_act_after_a_long_aside() -> None:
    rows = _background("وكانت طفس قد شهدت في تشرين الثاني 2024، قبل أسابيع من سقوط النظام، هجوماً لمسلحين محليين "
                       "على مفرزة أمنية، قتل فيه عنصران.")
    assert len(rows) == 1 and str(rows[0]["event_date"]).startswith("2024-11")


def test_sequel_days_after_a_dated_killing() -> None:
    # guard: a sequel with a toll the weights already accept keeps its own day and the historical flag
    rows = _background("ويأتي ذلك بعد أيام من مقتل شابين برصاص مجهولين في بلدة نوى، في الحادي عشر من الشهر الجاري.")
    assert len(rows) == 1 and rows[0]["event_date"] == "2025-10-11" and rows[0]["location"] == "Nawa"


def test_sequel_days_after_an_assassination_last_wednesday() -> None:
    rows = _background("وتأتي الحادثة بعد أيام على اغتيال مختار في بلدة طفس يوم الأربعاء الماضي.")
    assert len(rows) == 1 and rows[0]["location"] == "Tafas" and rows[0]["event_date"] == "2025-10-15"


def test_guard_pluperfect_series_of_assassinations_is_no_event() -> None:
    # guard: a series over months ("سلسلة اغتيالات") or many ("عمليات اغتيال عديدة") stays background talk
    assert not _background("وكانت درعا قد شهدت منذ مطلع العام سلسلة اغتيالات طالت عناصر سابقين.")
    assert not _background("وكانت المدينة قد شهدت خلال السنوات الماضية عمليات اغتيال عديدة.")


def test_guard_sequel_of_a_statement_or_undated_act() -> None:
    # guard: a sequel naming a statement, or an act with no date of its own, gives no background record
    assert not _background("ويأتي ذلك بعد يومين من إعلان الحكومة خطة أمنية جديدة الأحد الماضي.")
    assert not _background("ويأتي ذلك بعد أيام من مقتل شابين في جاسم.")


def test_similar_attack_takes_the_kind_of_the_act_it_is_like() -> None:
    text = ("أعلنت المقاومة الإسلامية في العراق، فجر اليوم، أنّها استهدفت قاعدة الاحتلال الأميركي في حقل العمر بطائرة "
            "مسيّرة.\nوأكدت المقاومة أنّ المسيّرة أصابت هدفها بدقة.\nولم تعلّق القوات الأميركية على الهجوم.\n"
            "ويأتي ذلك بعد أيام على هجوم مماثل طال قاعدة التنف، يوم الخميس الماضي.")
    rows = [r for r in record_rows(text, dt.date(2023, 11, 14)) if r["historical"]]
    assert len(rows) == 1 and rows[0]["event_type"] == "Explosions/Remote violence"


def test_guard_similar_attack_told_as_a_fight_stays_a_clash() -> None:
    # guard: a like attack whose sentence tells a fight ("اشتباكات") keeps the clash
    text = ("أعلنت المقاومة الإسلامية في العراق، فجر اليوم، أنّها استهدفت قاعدة الاحتلال الأميركي في حقل العمر بطائرة "
            "مسيّرة.\nوأكدت المقاومة أنّ المسيّرة أصابت هدفها بدقة.\nولم تعلّق القوات الأميركية على الهجوم.\n"
            "ويأتي ذلك بعد أيام على هجوم مماثل تخللته اشتباكات قرب قاعدة التنف، يوم الخميس الماضي.")
    rows = [r for r in record_rows(text, dt.date(2023, 11, 14)) if r["historical"]]
    assert len(rows) == 1 and rows[0]["event_type"] == "Battles"
