"""Session 17, wave 2 (HIST): recent acts told outside the lead.  Yesterday's act, or a weekday of the last three
days, told in the first clause of a paragraph that turns to another place ("وفي ريف X، …"), or opens on a connective
of a related item ("وفي سياق متصل، …") is another item of the news cycle, not background; yesterday's act of another
side told in the pluperfect ("وكان الشاب قد قُتل، مساء أمس، …") is news.  Guards: a far day, an earlier report in
the pluperfect, the same side's act of the day before its act of today, a related paragraph in a closing chain of
recalls stay background.  Also: a device defused is no blast; the community of a source ("ناشطون من أبناء المنطقة")
is no side; machine guns and a grenade the attackers used make a clash; "رجل وزوجته" counts two; people "من" an armed
group are that group."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 12)  # a Thursday

LEAD = ("مقتل عنصرين من الأمن العام بهجوم على حاجز في ريف حماة\nمراسلنا - حماة\n\n"
        "قتل عنصران من الأمن العام، اليوم الخميس، بهجوم شنه مسلحون مجهولون على حاجز قرب بلدة صوران "
        "في ريف حماة الشمالي، ولاذ المهاجمون بالفرار.\n\nوأضاف المراسل أن تعزيزات وصلت إلى المكان وبدأت "
        "عمليات تمشيط في المنطقة.\n\n")


def _rows(text: str, where: str) -> list[dict[str, object]]:
    return [r for r in record_rows(LEAD + text, DAY) if r["location"] == where]


def test_yesterday_far_into_a_place_turn_clause_is_news() -> None:
    rows = _rows("وفي ريف إدلب الجنوبي، قتل شاب برصاص مسلحين مجهولين يستقلون دراجة نارية على الطريق الواصل "
                 "إلى مدينة معرة النعمان، مساء أمس الأربعاء، بحسب ما أفاد أهالٍ.", "Ma'arrat An Nu'man")
    assert rows and rows[0]["event_date"] == "2025-06-11" and not rows[0]["historical"]


def test_a_weekday_three_days_old_after_a_place_turn_is_news() -> None:
    rows = _rows("وفي ريف حمص الشمالي، داهمت دورية من الأمن العام منازل في مدينة تلبيسة، يوم الإثنين، واعتقلت "
                 "ثلاثة شبان بتهمة حيازة السلاح.", "Talbiseh")
    assert rows and rows[0]["event_date"] == "2025-06-09" and not rows[0]["historical"]


def test_a_far_day_after_a_place_turn_stays_background() -> None:
    # guard: the turn to another place does not make a day long past news
    rows = _rows("وفي ريف حمص الشمالي، داهمت دورية من الأمن العام منازل في مدينة تلبيسة، في 20 أيار الماضي، "
                 "واعتقلت ثلاثة شبان.", "Talbiseh")
    assert rows and rows[0]["historical"]


def test_a_related_item_two_days_old_is_news() -> None:
    rows = _rows("وفي سياق متصل، أصيب عنصر من الأمن العام بجروح، مساء الثلاثاء، جراء انفجار عبوة ناسفة "
                 "استهدفت سيارته قرب مدينة سراقب.", "Saraqab")
    assert rows and rows[0]["event_date"] == "2025-06-10" and not rows[0]["historical"]


def test_a_related_item_in_a_closing_chain_of_recalls_stays_background() -> None:
    # guard: "وفي سياق متصل … أمس" followed by "ويوم الإثنين الماضي، …": the article's look back, background
    rows = _rows("وفي سياق متصل، قصفت مدفعية الجيش مواقع للمسلحين في محيط مدينة سراقب، أمس الأربعاء، "
                 "بعشرات القذائف.\n\nويوم الإثنين الماضي، قتل مدني بانفجار لغم أرضي قرب بلدة صوران.", "Saraqab")
    assert rows and rows[0]["historical"]


def test_yesterdays_act_of_another_side_in_the_pluperfect_is_news() -> None:
    rows = _rows("وكانت طائرة مسيّرة تركية قد استهدفت، مساء أمس الأربعاء، سيارة مدنية قرب بلدة كفرنبل، ما أدى "
                 "إلى إصابة مدنيين.", "Kafr Nobol")
    assert rows and rows[0]["event_date"] == "2025-06-11" and not rows[0]["historical"]


def test_an_earlier_report_in_the_pluperfect_stays_background() -> None:
    # guard: the pluperfect of a verb of saying recalls an earlier report
    rows = _rows("وكانت وزارة الدفاع قد أعلنت أمس مقتل جندي بقصف استهدف نقطة قرب بلدة كفرنبل.", "Kafr Nobol")
    assert rows and all(r["historical"] for r in rows)


def test_the_same_sides_act_of_the_day_before_stays_background() -> None:
    # guard: the lead's side acting today, its act of yesterday in the pluperfect is an earlier link of the series
    text = ("استهدفت المقاومة الإسلامية في لبنان اليوم الخميس موقع المالكية بقذائف المدفعية.\n\n"
            "وكانت المقاومة قد قصفت، أمس الأربعاء، موقع الراهب بالصواريخ.")
    rows = [r for r in record_rows(text, DAY) if r["event_date"] == "2025-06-11"]
    assert rows and all(r["historical"] for r in rows)


def test_a_defused_device_planted_by_unknown_men_is_no_blast() -> None:
    rows = record_rows("فككت وحدات الهندسة، أمس الأربعاء، عبوة ناسفة زرعها مجهولون على طريق مدينة جبلة.", DAY)
    types = {(r["event_type"], r["sub_event_type"]) for r in rows}
    assert ("Strategic developments", "Disrupted weapons use") in types
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in types


def test_a_blast_beside_a_defused_device_stays() -> None:
    # guard: a device that went off is told beside the one defused
    rows = record_rows("انفجرت عبوة ناسفة زرعها مجهولون بسيارة عسكرية قرب مدينة جبلة أمس، بينما فككت وحدات "
                       "الهندسة عبوة ثانية.", DAY)
    assert any(r["sub_event_type"] == "Remote explosive/landmine/IED" for r in rows)


def test_the_community_of_activists_who_report_is_no_side() -> None:
    rows = record_rows("قتل شاب برصاص مجهولين قرب بلدة ذيبان مساء أمس، بحسب ما أفاد به ناشطون من أبناء "
                       "العشائر.", DAY)
    assert rows and rows[0]["actor1"] == "Unidentified Armed Group (Syria)"


def test_machine_guns_and_a_grenade_the_attackers_used_make_a_clash() -> None:
    # a headline that names the act by a general word ("بهجوم لخلية من …") and a later sentence that names the weapons
    text = ("مقتل عنصرين من الأمن العام بهجوم لخلية من تنظيم داعش في ريف حماة\n\n"
            "قتل عنصران من الأمن العام، اليوم الخميس، إثر هجوم شنه مسلحون على حاجز قرب بلدة صوران.\n\n"
            "وأفاد مصدر أمني بأن المهاجمين استخدموا أسلحة رشاشة وقنبلة يدوية قبل أن ينسحبوا.")
    types = {(r["event_type"], r["sub_event_type"]) for r in record_rows(text, DAY)}
    assert ("Battles", "Armed clash") in types and ("Explosions/Remote violence", "Grenade") not in types


def test_a_grenade_thrown_alone_stays_a_grenade() -> None:
    # guard: with no guns named, a hand grenade thrown at a checkpoint is a grenade attack
    rows = record_rows("ألقى مجهولون قنبلة يدوية على حاجز للأمن العام قرب بلدة صوران مساء أمس، دون وقوع إصابات.", DAY)
    assert any(r["sub_event_type"] == "Grenade" for r in rows)


def test_a_man_and_his_wife_killed_count_two() -> None:
    rows = record_rows("قتل رجل وزوجته برصاص مسلحين مجهولين اقتحموا منزلهما في بلدة صوران مساء أمس.", DAY)
    assert rows and rows[0]["fatalities"] == 2


def test_a_kin_told_aside_counts_nothing() -> None:
    # guard: the kin alone, in an aside about an earlier death, adds no dead to the act
    rows = record_rows("قتل شاب برصاص مسلحين مجهولين في بلدة صوران مساء أمس، علماً أن شقيقه قتل قبل عام.", DAY)
    assert rows and rows[0]["fatalities"] == 1


def test_people_of_an_armed_group_arrested_are_that_group() -> None:
    rows = record_rows("ألقت قوى الأمن الداخلي، اليوم الخميس، القبض على خمسة أشخاص من فلول النظام البائد في مدينة "
                       "جبلة.", DAY)
    assert rows and rows[0]["actor2"] == "Former Regime Loyalists (Syria)"


def test_people_from_a_community_stay_civilians() -> None:
    # guard: "من أبناء العشائر" tells where the people are from
    rows = record_rows("اختطف مسلحون مجهولون أربعة أشخاص من أبناء العشائر في مدينة شهبا مساء أمس.", DAY)
    assert rows and rows[0]["actor2"] == "Civilians (Syria)"
