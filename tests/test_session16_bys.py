"""Session 16 (BYST): bystanders and victims as actors — a civilian victim named by trade or work
("مهندس"، "صاحب محل"، "المعلم") is the civilians actor and counts one dead, and a shepherd ("راعي أغنام")
is no mention of the town of al-Ra'i."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import record_rows, violent_events

DAY = dt.date(2025, 5, 14)



@pytest.mark.parametrize("text", [
    "قُتل مهندس في مدينة نوى مساء الثلاثاء برصاص مسلحين مجهولين.",
    "قُتل صاحب محل لبيع الألبسة وسط مدينة الميادين أمس برصاص مسلحين مجهولين.",
    "أطلق مسلحون مجهولون النار على التاجر أمام منزله في بلدة الشحيل مساء الإثنين، ما أدى إلى مقتله.",
    "لقي صيدلاني حتفه أمس برصاص مسلحين مجهولين في مدينة جاسم.",
    "استهدف مسلحون مجهولون الطبيب بالرصاص أمام عيادته في تلبيسة أمس، ما أدى إلى مقتله.",
])
def test_victim_named_by_trade_is_a_civilian(text: str) -> None:
    events = violent_events(DAY, text)
    assert events
    assert any(e.event_type == "Violence against civilians" and e.actor2 and e.actor2.key == "civilians"
               for e in events)


@pytest.mark.parametrize("text", [
    "قُتل المعلم في مدينة طفس مساء الأحد برصاص مسلحين مجهولين.",
    "قُتل صاحب محل في مدينة طفس مساء الثلاثاء برصاص مسلحين مجهولين.",
    "قُتل مهندس في بلدة اليادودة أمس برصاص مسلحين مجهولين.",
])
def test_singular_trade_victim_counts_one(text: str) -> None:
    rows = record_rows(text, DAY)
    assert rows and all(r["fatalities"] == 1 for r in rows)


def test_shepherd_is_no_mention_of_al_rai() -> None:
    rows = record_rows("قضى راعي أغنام صباح الثلاثاء جراء انفجار لغم أرضي من مخلفات الحرب قرب بلدة ذيبان"
                       " في ريف دير الزور الشرقي.", DAY)
    assert rows and all(r["location"] != "Ar-Ra'ee" for r in rows)
    assert any(r["location"] == "Thiban" for r in rows)


def test_town_of_al_rai_still_a_place() -> None:
    # guard: the town with its article, or after a cue, is still read
    rows = record_rows("قصفت مدفعية الجيش التركي أمس محيط مدينة الراعي في ريف حلب الشمالي، ما أدى إلى مقتل مدني.", DAY)
    assert rows and rows[0]["location"] == "Ar-Ra'ee"


def test_armed_men_killed_stay_a_clash() -> None:
    # guard: a fighter killed in an exchange is no civilian victim
    rows = violent_events(DAY, "قُتل مسلح في مدينة طفس مساء الثلاثاء باشتباك مع مسلحين مجهولين.")
    assert rows and all(e.event_type == "Battles" for e in rows)


@pytest.mark.parametrize("tail", ["وذلك وفق أهاليه", "بحسب ما أفاد أهاليه", "وفق طبيبه"])
def test_source_name_with_pronoun_suffix_does_not_crash(tail: str) -> None:
    # a cited source that is a known mention with a pronoun suffix ("وفق أهاليه") made the whole document fail
    rows = record_rows(f"قُتل شاب برصاص مسلحين مجهولين في مدينة طفس أمس، {tail}.", DAY)
    assert rows and rows[0]["fatalities"] == 1


def _sides(text: str, on: dt.date = DAY) -> list[tuple[str, str]]:
    return [(e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "") for e in violent_events(on, text)]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة وسط مدينة الباب أمس، ما أدى إلى إصابة ثلاثة مدنيين، في حين فرضت الشرطة المدنية طوقاً أمنياً"
    " حول موقع الانفجار.",
    "انفجرت عبوة ناسفة في مدينة نوى أمس، وقال شاهد إن عناصر من الأمن الداخلي طوّقوا موقع الانفجار.",
    "انفجرت عبوة ناسفة في مدينة الباب أمس، ما أدى إلى إصابة شخصين، وأسعفت عناصر الشرطة الجرحى إلى المشفى.",
])
def test_side_at_the_scene_after_the_act_is_no_side(text: str) -> None:
    # (the third shape was already read so: a guard)
    rows = _sides(text)
    assert rows and all(a1 not in ("police_generic", "syr_gen_sec", "syr_police") for a1, _ in rows), rows


def test_cordon_as_part_of_a_raid_keeps_its_side() -> None:
    # guard: forces that surround a house and fight there are the side that acts
    rows = _sides("طوقت قوات الاحتلال منزلاً في جنين واشتبكت مع المقاومين أمس.", dt.date(2023, 5, 2))
    assert rows and rows[0][0] == "isr"


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بسيارة عنصر في جهاز الأمن العسكري في بلدة الحراك صباح اليوم، ما أدى لإصابته.",
    "انفجرت عبوة ناسفة بسيارة عنصر من الأمن العام في بلدة الحراك صباح اليوم، ما أدى لإصابته.",
    "استهدفت عبوة ناسفة سيارة عنصر في الأمن العام في بلدة الحراك صباح اليوم.",
])
def test_members_vehicle_hit_makes_his_force_the_target(text: str) -> None:
    rows = _sides(text)
    forces = ("syr_gen_sec", "syr_mil_intel")
    assert rows and rows[0][0] not in forces and rows[0][1] in forces


def test_member_as_object_makes_his_force_the_target() -> None:
    # guard: a member named as the act's object belongs to the side hit
    rows = _sides('اغتال مسلحون مجهولون، مساء الاثنين، قيادياً في "مجلس دير الزور العسكري" في بلدة الشحيل.',
                  dt.date(2024, 5, 21))
    assert rows and rows[0] == ("unidentified", "dez_council")


def test_member_as_object_right_after_the_subject_unchanged() -> None:
    # guard: already read so before
    rows = _sides("خطف مسلحون مجهولون عنصراً من الأمن العام قرب مدينة الرستن أمس.")
    assert rows and rows[0] == ("unidentified", "syr_gen_sec")


def test_parent_after_membership_adjective_is_one_side() -> None:
    rows = _sides('اغتال مسلحون مجهولون، مساء الاثنين، قيادياً في "مجلس دير الزور العسكري" المنضوي في صفوف قوات سوريا'
                  " الديمقراطية، في بلدة الشحيل.", dt.date(2024, 5, 21))
    assert rows and rows[0] == ("unidentified", "dez_council")


@pytest.mark.parametrize("text", [
    "قُتل مزارع من أبناء مدينة طفس مساء الثلاثاء برصاص مسلحين مجهولين أثناء عمله في أرضه.",
    "أصيب مزارع بجروح جراء قصف مدفعي لقوات النظام على أطراف بلدة سرمين أمس.",
])
def test_farmer_after_a_toll_word_is_a_civilian(text: str) -> None:
    rows = _sides(text)
    assert rows and rows[0][1] == "civilians"


@pytest.mark.parametrize("text", [
    "استهدف حزب الله موقع رويسات العلم في مزارع شبعا المحتلة بالصواريخ أمس.",
    "قصفت قوات النظام مزارع الزيتون في محيط بلدة سرمين أمس.",
])
def test_farms_are_no_farmer(text: str) -> None:
    # guard: "مزارع" as farms names no people
    rows = _sides(text, dt.date(2024, 3, 10))
    assert rows and all(a2 != "civilians" for _, a2 in rows)
