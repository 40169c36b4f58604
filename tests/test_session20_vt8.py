"""Session 20 (vt8): other writers' shapes — an agency's dateline ("دمشق (رويترز) -") is where the story was filed,
not where its act happened; a live blog's present of a raid ("قوات الاحتلال تداهم … وتعتقل"); the rank of a numbered
list's item ("2- استشهد …") counts no one; a feud's dead man is no side of the clans' fight; a monitor's toll told as
a list, one line per dead person with no word of death of its own; a feature's day after its lead's few-days-old news
is no background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 16)  # a Monday


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


# ---------------------------------------------------------------- an agency's dateline

def test_agency_dateline_city_is_not_the_place_of_the_act() -> None:
    rows = _violent("كمين في الساحل\nدمشق (رويترز) - قُتل ثلاثة من عناصر الأمن العام وأصيب اثنان آخران، مساء الأحد، "
                    "عندما فتح مسلحون النار على سيارتهم أثناء مرورها على طريق زراعي قرب مدينة جبلة الساحلية، "
                    "وفق ما قاله مسؤول محلي.")
    assert [r["location"] for r in rows] == ["Jablah"]


def test_agency_dateline_with_a_date_and_an_en_dash() -> None:
    rows = _violent("هجوم في درعا\nدمشق، 15 حزيران (الأناضول) – قُتل عنصران من قوى الأمن الداخلي وأصيب ثلاثة آخرون، "
                    "مساء الأحد، حين هاجم مجهولون بالأسلحة الرشاشة نقطة تفتيش تقع عند الطرف الشرقي لمدينة طفس، بحسب "
                    "ما أفاد مصدر محلي.")
    assert [r["location"] for r in rows] == ["Tafas"]


def test_a_city_named_first_without_an_agency_is_no_dateline() -> None:
    # pure guard: a place opening the sentence with no bracketed agency keeps its usual reading
    rows = _violent("قصف على حمص\nحمص شهدت مساء الأحد قصفاً مدفعياً استهدف أحد أحيائها الشرقية، ما أدى إلى مقتل مدني.")
    assert rows and rows[0]["location"] in ("Homs", "Hims")


# ---------------------------------------------------------------- the present of a raid

def test_live_blog_raid_in_the_present_is_an_arrest() -> None:
    rows = record_rows("تحديثات\n09:40 | قوات الاحتلال تداهم منازل في جباتا الخشب وتعتقل شابين من أهالي البلدة.", DAY)
    assert any(r["sub_event_type"] == "Arrests" and r["location"] == "Jubata al-Khashab" for r in rows)


def test_raid_in_the_present_after_a_plural_subject() -> None:
    rows = record_rows("عاجل\nجنود الاحتلال يداهمون منازل في جباتا الخشب ويعتقلون ثلاثة شبان.", DAY)
    assert any(r["sub_event_type"] == "Arrests" for r in rows)


def test_present_raid_opening_the_sentence_is_a_practice() -> None:
    # pure guard: the present opening its sentence tells what a side keeps doing
    rows = record_rows("تقرير\nوتداهم قوات الاحتلال القرى الحدودية بشكل متكرر منذ أشهر.", DAY)
    assert not any(r["sub_event_type"] == "Arrests" for r in rows)


# ---------------------------------------------------------------- the rank of a numbered item

def test_rank_of_a_numbered_item_counts_no_one() -> None:
    rows = _violent("بيان الوزارة\nوجاء في البيان:\n2- استشهد عنصر من قوى الأمن الداخلي وأصيب آخر يوم الأحد إثر هجوم "
                    "نفذه مسلحون على حاجز أمني عند مدخل مدينة طفس.")
    assert rows and rows[0]["fatalities"] == 1


def test_rank_with_a_bracket_counts_no_one() -> None:
    rows = _violent("حصيلة\nوتوزعت الحوادث كالآتي:\n3) قُتل مدني برصاص مسلحين مجهولين في مدينة نوى يوم الأحد.")
    assert rows and rows[0]["fatalities"] == 1


def test_a_count_opening_its_line_still_counts() -> None:
    # pure guard: a number with no mark of a rank after it is a count
    rows = _violent("حصيلة\n3 قتلى برصاص مسلحين مجهولين في مدينة نوى يوم الأحد.")
    assert rows and rows[0]["fatalities"] == 3


# ---------------------------------------------------------------- a feud's dead

def test_man_killed_in_a_clan_feud_is_no_side() -> None:
    rows = _violent("اشتباكات عشائرية\nقُتل رجل خلال اشتباكات بين مسلحين من عشيرتين في بلدة ذيبان مساء الأحد.")
    assert rows and rows[0]["inter1"] == 4 and rows[0]["inter2"] == 4


def test_child_killed_in_a_family_feud_is_no_side() -> None:
    rows = _violent("شجار مسلح\nقُتل طفل خلال اشتباك بين أبناء عائلتين في مدينة جاسم مساء الأحد.")
    assert rows and rows[0]["inter1"] == 4 and rows[0]["inter2"] == 4


# ---------------------------------------------------------------- a toll told as a list

_HEAD = "حصيلة يومية\nوثّق المرصد مقتل أربعة أشخاص يوم أمس في حوادث أمنية متفرقة، توزعوا على النحو التالي:\n"


def test_item_of_a_toll_list_counts_its_dead_person() -> None:
    rows = _violent(_HEAD + "- مواطن برصاص مسلحين مجهولين في مدينة نوى.\n"
                    "- شاب إثر انفجار لغم أرضي في محيط مدينة سراقب.")
    got = {r["location"]: r["fatalities"] for r in rows}
    assert got.get("Saraqab") == 1


def test_item_of_a_toll_list_with_a_dual_and_a_bullet() -> None:
    rows = _violent(_HEAD + "• رجل برصاص قناص في بلدة طفس.\n• طفلان بانفجار قذيفة من مخلفات الحرب في مدينة سراقب.")
    got = {r["location"]: r["fatalities"] for r in rows}
    assert got.get("Saraqab") == 2


def test_head_of_a_toll_list_only_sums_its_items() -> None:
    rows = _violent("حصيلة يومية\nوثّق المرصد مقتل أربعة أشخاص يوم أمس، وهم:\n"
                    "- مواطن برصاص مسلحين مجهولين في مدينة نوى.\n"
                    "- شاب إثر انفجار لغم أرضي في محيط مدينة سراقب.")
    assert sorted((r["location"], r["fatalities"]) for r in rows) == [("Nawa", 1), ("Saraqab", 1)]


def test_head_over_a_list_of_names_is_the_act() -> None:
    # pure guard: the lines name the dead of the head's act, which stays with its toll
    rows = _violent("حصيلة\nقُتل ثلاثة أشخاص بقصف مدفعي على بلدة طفس أمس، وهم:\n- أحمد محمد العلي\n- خالد سعيد")
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Tafas", 3)]


def test_list_under_a_head_that_names_no_dead_counts_nothing() -> None:
    # pure guard: the items of a list of incidents whose head counts no dead
    rows = _violent("تقرير\nرصد المرصد الحوادث التالية:\n- انفجار عبوة ناسفة في محيط مدينة سراقب.")
    assert all(r["fatalities"] == 0 for r in rows)


# ---------------------------------------------------------------- a feature's later day

_FEATURE = ("خلايا التنظيم في دير الزور\nتحليل - تعيد خلايا التنظيم تنظيم صفوفها في ريف دير الزور الشرقي منذ أشهر.\n"
            "ففي مساء الثلاثاء الماضي، هاجم مسلحون حاجزاً لقوات سوريا الديمقراطية عند مدخل بلدة ذيبان، ما أدى إلى "
            "مقتل عنصرين.\n")
SUNDAY = dt.date(2025, 9, 14)


def test_day_after_a_feature_lead_is_news() -> None:
    rows = _violent(_FEATURE + "وفجر الخميس، انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد قرب البصيرة.", SUNDAY)
    ied = [r for r in rows if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert ied and ied[0]["event_date"] == "2025-09-11" and ied[0]["historical"] is False


def test_pluperfect_after_a_feature_lead_stays_background() -> None:
    # pure guard: the pluperfect recalls
    rows = _violent(_FEATURE + "وكانت عبوة ناسفة قد انفجرت فجر الخميس بسيارة عسكرية تابعة لقسد قرب البصيرة.", SUNDAY)
    ied = [r for r in rows if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert ied and ied[0]["historical"] is True

