"""Session 38 (ce20): Syria's centre, coast and north.  An act a source reports in its clause ("أفاد مصدر بأن مجهولين
اختطفوا …") stands first in that clause; masked men who take a person away abduct him; the government named by its
seat ("حكومة دمشق") is no place; the persons seized "from" a town with the
doer and the time between commas before them are taken there; a village name ending in a bare adjective is found
with the article the news gives it."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 8, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_act_first_in_a_source_clause_is_an_event() -> None:
    rows = _rows("من جهة ثانية، ذكر مصدر محلي من مدينة جبلة أن مجهولين اختطفوا، مساء الأحد الماضي، موظفاً من أبناء "
                 "المدينة يعمل في محطة الكهرباء، خلال عودته إلى منزله، ولا يزال مصيره مجهولاً حتى لحظة إعداد هذا "
                 "التقرير.")
    ab = [r for r in rows if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert ab and ab[0]["event_date"] == "2025-08-10" and ab[0]["admin2"] == "Jableh"
    # guard: the reported clause tells a threat, not an act done
    rows = _rows("وقال مصدر محلي من مدينة جبلة إن مسلحين مجهولين يهددون، منذ مساء الأحد الماضي، بخطف سائقي الشاحنات "
                 "من أبناء المدينة إذا لم يدفعوا لهم مبالغ مالية كبيرة كل شهر خلال عودتهم من المرفأ.")
    assert not [r for r in rows if r["sub_event_type"] == "Abduction/forced disappearance"]


def test_masked_men_who_take_a_person_abduct_him() -> None:
    rows = _rows("اقتاد مسلحون ملثمون يستقلون سيارة سوداء، مساء الأحد، شاباً من أمام محله في مدينة مصياف.")
    assert rows and rows[0]["sub_event_type"] == "Abduction/forced disappearance"


def test_government_of_damascus_is_no_place() -> None:
    rows = _rows("اعتقلت حواجز حكومة دمشق، أمس الاثنين، ثلاثة شبان من أهالي حي الشيخ مقصود في مدينة حلب.",
                 dt.date(2022, 9, 20))
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["admin1"] == "Aleppo" and arrests[0]["inter1"] == 1


def test_persons_seized_from_a_town_with_time_between_commas() -> None:
    rows = _rows("اعتقلت دورية تابعة لفرع الأمن العسكري، صباح أمس الاثنين، خمسة شبان من مدينة حرستا في الغوطة "
                 "الشرقية، بعد مداهمة منازلهم.", dt.date(2022, 3, 15))
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["location"] == "Harasta"


def test_village_name_with_its_adjective_given_the_article() -> None:
    rows = _rows("قصفت الفصائل الموالية لتركيا بقذائف الهاون، فجر اليوم، قرية عرب حسن الكبير في ريف منبج.",
                 dt.date(2023, 5, 23))
    assert rows and rows[0]["location"] == "Big Arab Hasan"
