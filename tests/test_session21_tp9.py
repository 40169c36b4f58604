"""Session 21 (tp9): event types as other writers tell them. An armed group's attack on a force's checkpoint told
beside a bomb in a civilian's car stays a clash (the general word borrows no weapon that hit only civilians); a crowd
of residents ("حشد من أهالي X") that attacks a patrol is a riot; arson of houses told by the verbal noun ("أقدموا على
إضرام النار في …") is property destruction, and "أقارب القتيل" names the kin of the dead, no death; a fight that ran
through a raid ("تخللها اشتباك") is a clash, and the arrests that end it ("انتهى باعتقال …") belong to it, as the
detention told as the start of an execution ("بعد اعتقالهم") belongs to the execution; an execution's verb counts its
dead; a riot word with the crowd's own burning keeps the damage in the riot; a reminder whose place "saw" a dated act
("يُذكر أن X شهدت في … خطف …") recalls that act."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 8, 21)
NEW_ERA = dt.date(2025, 6, 10)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in rows]


def test_attack_on_checkpoint_beside_a_car_bomb_on_civilians_stays_a_clash() -> None:
    doc = article_doc("هجوم لخلايا التنظيم على نقطة لقسد في البصيرة وانفجار يستهدف سيارة مدنية في الشحيل\n"
                      "قتل ثلاثة عناصر من قوات سوريا الديمقراطية فجر اليوم بهجوم شنه مسلحون من تنظيم داعش على نقطة "
                      "لقسد في بلدة البصيرة.\n\nوفي بلدة الشحيل، أصيبت امرأة وطفلها مساء أمس بانفجار عبوة ناسفة زرعت "
                      "في سيارتهم المدنية.", DAY)
    by_place = {r["location"]: (r["event_type"], r["sub_event_type"]) for r in records(doc)}
    assert by_place.get("Basira") == ("Battles", "Armed clash")
    assert by_place.get("Al-Shuhayl", ("", ""))[0] == "Explosions/Remote violence"


def test_crowd_of_a_towns_residents_attacking_a_patrol_is_a_riot() -> None:
    rows = record_rows("هاجم حشد من أهالي بلدة الرستن دورية للأمن العام مساء أمس ورشقوها بالحجارة.", NEW_ERA)
    assert _types(rows) == [("Riots", "Mob violence")]
    assert rows[0]["inter1"] == 5


def test_crowd_of_inhabitants_named_by_jam_is_a_riot_too() -> None:
    rows = record_rows("اعتدى جمع من الأهالي على عناصر حاجز للشرطة في مدينة تلبيسة أمس بالعصي والحجارة.", NEW_ERA)
    assert _types(rows) == [("Riots", "Mob violence")]


def test_arson_told_by_the_verbal_noun_is_property_destruction() -> None:
    rows = record_rows("أقدم مسلحون صباح اليوم على إضرام النار في أربعة منازل في قرية عريقة بريف السويداء، دون وقوع "
                       "إصابات.", NEW_ERA)
    assert _types(rows) == [("Strategic developments", "Looting/property destruction")]


def test_kin_of_the_dead_after_lam_are_no_death() -> None:
    rows = record_rows("أقدم مسلحون صباح اليوم على إضرام النار في منزلين يعودان لأقارب القتيل في قرية عريقة بريف "
                       "السويداء.", NEW_ERA)
    assert _types(rows) == [("Strategic developments", "Looting/property destruction")]
    assert rows[0]["fatalities"] == 0


def test_arrests_that_end_a_raids_firefight_belong_to_the_clash() -> None:
    rows = record_rows("داهمت قوى الأمن الداخلي أمس مزرعة في بلدة نوى يتحصن فيها مطلوبون، ودار تبادل لإطلاق النار "
                       "معهم انتهى باعتقال ثلاثة منهم.", NEW_ERA)
    assert _types(rows) == [("Battles", "Armed clash")]


def test_fight_that_ran_through_a_raid_is_a_clash_with_its_arrests() -> None:
    rows = record_rows("نفذت قوات الأمن العام أمس حملة دهم في مدينة الصنمين، تخللها اشتباك مع مطلوبين انتهى بالقبض "
                       "على اثنين منهم.", NEW_ERA)
    assert _types(rows) == [("Battles", "Armed clash")]


def test_detention_told_as_the_start_of_an_execution_is_part_of_it() -> None:
    rows = record_rows("أعدم مسلحون أربعة رجال ميدانياً في ريف جبلة أمس، بعد اعتقالهم من منازلهم.", NEW_ERA)
    assert _types(rows) == [("Violence against civilians", "Attack")]
    assert rows[0]["fatalities"] == 4


def test_execution_verb_counts_the_dead() -> None:
    rows = record_rows("أعدمت عناصر التنظيم ثلاثة معتقلين في بادية الميادين أمس.", DAY)
    assert rows and rows[0]["event_type"] == "Violence against civilians" and rows[0]["fatalities"] == 3


def test_riot_word_and_the_crowds_arson_are_one_riot() -> None:
    rows = record_rows("تحولت تظاهرة في مدينة بانياس اليوم إلى أعمال شغب، إذ رشق المحتجون مبنى البلدية بالحجارة "
                       "وأضرموا النار في بوابته.", NEW_ERA)
    assert _types(rows) == [("Riots", "Violent demonstration")]


def test_reminder_of_a_place_that_saw_a_dated_act_recalls_it() -> None:
    doc = article_doc("خبر عن درعا\nقتل شاب في مدينة نوى أمس.\n\nيُذكر أن بلدة داعل شهدت في آذار 2023 اغتيال "
                      "قيادي سابق في المعارضة على يد مجهولين.", NEW_ERA)
    rows = records(doc)
    old = [r for r in rows if r["location"] == "Da'el"]
    assert old and old[0]["historical"] and str(old[0]["event_date"]).startswith("2023-03")


def test_reminder_of_a_count_of_acts_is_no_event() -> None:
    """Guard: a count of acts after the verb ("شهدت العام الماضي عدة حوادث خطف") is a trend, no event."""
    doc = article_doc("خبر عن درعا\nقتل شاب في مدينة نوى أمس.\n\nيُذكر أن بلدة داعل شهدت العام الماضي عدة حوادث خطف "
                      "طالت مدنيين.", NEW_ERA)
    assert not [r for r in records(doc) if r["location"] == "Da'el"]
