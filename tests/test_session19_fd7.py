"""Session 19 (fd7): parts and sums of acts coded as acts of their own.  A headline's or a lead's count of acts at a
region ("ثلاث هجمات في ريف دير الزور", "بهجومين في ريف حمص") that the article then tells one by one is no record of
its own; a cell or a gang "dismantled" (فككت … خلية) is no disrupted weapon; the 1974 disengagement named in a
statement is no clash, and a year in a document's name ("لعام 1974") dates no act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

DAY = dt.date(2025, 3, 12)


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


def test_a_lead_counting_attacks_at_the_countryside_is_no_record() -> None:
    rows = _violent("ثلاث هجمات على مواقع قسد في ريف دير الزور\n"
                    "شهد ريف دير الزور الشرقي اليوم ثلاث هجمات شنتها خلايا التنظيم على مواقع لقسد، قُتل فيها عنصران.\n"
                    "وقالت مصادر محلية إن مسلحين هاجموا صباح اليوم حاجزاً لقسد في بلدة البصيرة، ما أدى إلى مقتل عنصر.\n"
                    "وبعد ساعات، هاجمت خلية أخرى نقطة لقسد في بلدة ذيبان بالأسلحة الرشاشة، ما أدى إلى مقتل عنصر ثانٍ.")
    assert {r["location"] for r in rows} == {"Basira", "Thiban"}
    assert all(r["fatalities"] == 1 for r in rows)


def test_a_headline_counting_assassinations_takes_no_town_of_its_own() -> None:
    rows = _violent("أربع عمليات اغتيال في ريف درعا خلال يوم واحد\n"
                    "أطلق مسلحون مجهولون النار اليوم على شاب في بلدة تسيل بريف درعا الغربي، ما أدى إلى مقتله.\n"
                    "وفي مدينة جاسم، قُتل عنصر سابق في فصائل التسوية برصاص مجهولين أمام منزله اليوم.")
    assert sorted(r["location"] for r in rows) == ["Jasim", "Tassil"]
    assert all("عمليات اغتيال" not in e["text"] for r in rows for e in r["evidence"])  # the count is not the first act


def test_a_dual_count_in_the_lead_is_no_third_record() -> None:
    rows = _violent("قتيلان بهجومين لمسلحين في ريف حمص الشرقي\n"
                    "هاجم مسلحون اليوم حاجزاً للأمن العام عند مدخل مدينة القريتين، ما أدى إلى مقتل عنصر.\n"
                    "كما هاجم مسلحون آخرون دورية للأمن العام قرب بلدة مهين، ما أدى إلى مقتل عنصر آخر.")
    assert sorted(r["location"] for r in rows) == ["Mahin", "Qaryatein"]
    assert all("بهجومين" not in e["text"] for r in rows for e in r["evidence"])  # the count is not the first act


def test_guard_strikes_counted_at_one_town_stay_a_record() -> None:
    # guard: the count is of strikes at a town, the act itself, not a summary of acts told after it
    rows = _violent("شنت الطائرات الحربية ثلاث غارات جوية على أطراف بلدة البصيرة بريف دير الزور اليوم.\n"
                    "وفي سياق متصل، هاجم مسلحون حاجزاً في بلدة ذيبان اليوم.")
    assert "Basira" in {r["location"] for r in rows}


def test_guard_a_count_with_one_act_told_stays() -> None:
    # guard: a count that the article does not tell one by one (one act told) is kept: its sentence still tells
    # the record of that day
    rows = _violent("شهد ريف دير الزور الشرقي اليوم ثلاث هجمات لخلايا التنظيم على مواقع قسد.\n"
                    "وهاجم مسلحون حاجزاً لقسد في بلدة البصيرة اليوم، ما أدى إلى مقتل عنصر.")
    assert len(rows) == 1
    assert any("ثلاث هجمات" in e["text"] for e in rows[0]["evidence"])


def test_a_cell_dismantled_is_no_disrupted_weapon() -> None:
    rows = record_rows("فككت قوى الأمن الداخلي في محافظة حمص خلية تتبع للتنظيم في مدينة القريتين، بعد اشتباك مع "
                       "أفرادها صباح اليوم، قُتل فيه أحدهم.", DAY)
    assert all(r["sub_event_type"] != "Disrupted weapons use" for r in rows)
    rows = record_rows("فككت الشرطة اليوم شبكة لتهريب السلاح في مدينة جاسم بريف درعا واعتقلت أفرادها.", DAY)
    assert all(r["sub_event_type"] != "Disrupted weapons use" for r in rows)


def test_guard_a_device_dismantled_stays_a_disrupted_weapon() -> None:
    # guard: the device is the verb's object
    rows = record_rows("فككت وحدات الهندسة اليوم عبوة ناسفة زرعت على طريق في بلدة تسيل بريف درعا.", DAY)
    assert any(r["sub_event_type"] == "Disrupted weapons use" for r in rows)


def test_the_1974_disengagement_is_no_clash() -> None:
    rows = record_rows("قصفت قوات الاحتلال الإسرائيلي اليوم أطراف بلدة جباتا الخشب في ريف القنيطرة.\n"
                       "وقالت وزارة الخارجية إن القصف جاء بعد توغل دورية إسرائيلية في محيط البلدة، في خرق فاضح "
                       "لاتفاقية فض الاشتباك لعام 1974.", DAY)
    assert all(not str(r["event_date"]).startswith("1974") for r in rows)
    assert all(r["sub_event_type"] != "Armed clash" for r in rows)


def test_a_year_in_a_documents_name_is_no_time() -> None:
    on = dt.date(2025, 6, 19)
    for text in ("خرق لاتفاق فك الاشتباك لعام 1974", "وفق القرار 2254 لعام 2015", "بموجب القانون رقم 10 لعام 2018"):
        assert find_times(normalize(text), on) == []
    # guard: a year that dates an act stays
    assert [t.value.iso() for t in find_times(normalize("قصفت الطائرات البلدة في عام 2019"), on)] == ["2019"]


def _types(text: str) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, DAY)]


def test_weapons_seized_in_the_raid_are_the_raids_haul() -> None:
    assert _types("اعتقلت قوى الأمن الداخلي اليوم ثلاثة عناصر من خلية تتبع للتنظيم في مدينة الرقة.\n"
                  "وقال مصدر أمني إن العملية جاءت بعد مراقبة أفراد الخلية أسبوعاً، وإن القوات صادرت أسلحة خفيفة "
                  "وعبوات ناسفة.") == ["Arrests"]
    assert _types("ألقت الشرطة اليوم القبض على أربعة مطلوبين في مدينة جاسم بريف درعا.\n"
                  "وأوضح المصدر أن المداهمة استمرت ساعتين، وأن الدورية ضبطت قنابل يدوية وعبوات ناسفة داخل "
                  "المنزل.") == ["Arrests"]


def test_guard_a_device_defused_as_another_incident_stays() -> None:
    # guard: "وفي حادثة منفصلة": a device made safe apart from the raid is an event of its own
    assert "Disrupted weapons use" in _types(
        "اعتقلت قوى الأمن الداخلي اليوم ثلاثة عناصر من خلية تتبع للتنظيم في مدينة الرقة.\n"
        "وفي حادثة منفصلة، فككت وحدات الهندسة اليوم عبوة ناسفة زرعت على طريق في مدينة الرقة.")
