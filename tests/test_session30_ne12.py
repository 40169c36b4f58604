"""Session 30 (ne12, the north-east and the east): a day and month right after the noun of an agreement name it
("اتفاق العاشر من آذار"), they do not date the act told beside it; the base of the gunners told with a masculine plural
("المتمركزين في محيط X قصفوا …") is where the fire came from, not its target; a road "بين بلدة X ومنطقة Y" is one
spot of one act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

DAY = dt.date(2025, 12, 15)  # a Monday


def _texts(s: str) -> list[str]:
    return [t.text for t in find_times(normalize(s), DAY)]


def test_a_date_after_an_agreement_names_it() -> None:
    assert _texts("طالب المحتجون بتطبيق اتفاق العاشر من آذار بين الطرفين.") == []
    assert _texts("دعا المجلس إلى الالتزام بتفاهمات 3 نيسان.") == []
    assert _texts("وبحسب الاتفاقية 12 أيار الموقعة بين الجانبين.") == []


def test_a_date_after_an_agreement_only_when_it_stands_right_after_it() -> None:
    assert _texts("وقّع الطرفان الاتفاق في العاشر من آذار الماضي.") == ["العاشر من آذار الماضي"]
    assert _texts("أعلن الطرفان عن الاتفاق أمس.") == ["أمس"]


def test_a_protest_for_an_agreement_keeps_its_own_day() -> None:
    rows = record_rows("خرج عشرات الأهالي صباح اليوم الاثنين في وقفة احتجاجية وسط مدينة الرقة، مطالبين بتنفيذ "
                       "اتفاق العاشر من آذار.", DAY)
    assert [(r["event_type"], r["event_date"], r["historical"]) for r in rows] == \
        [("Protests", "2025-12-15", False)]


def test_the_base_of_gunners_told_in_the_masculine_plural_is_no_target() -> None:
    rows = record_rows("قال مراسلنا إن عناصر الجيش التركي المتمركزين في محيط مدينة رأس العين قصفوا صباح اليوم "
                       "بلدة تل تمر بعشرات القذائف.", DAY)
    assert [r["location"] for r in rows] == ["Tal Tamer"]


def test_a_road_between_a_town_and_an_area_is_one_spot() -> None:
    rows = record_rows("انفجرت عبوة ناسفة مساء أمس بصهريج نفط على الطريق الواصل بين بلدة مركدة ومنطقة الصور، ما "
                       "أدى إلى إصابة سائقه.", DAY)
    assert len(rows) == 1
