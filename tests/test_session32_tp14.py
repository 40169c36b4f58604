"""Session 32 (tp14): event types, second round.  A side named only as the ruler of the zone where an act happened
("في البلدة الخاضعة لسيطرة قسد") is no side of an attack on a civilian, so the killing stays an attack, not a clash;
a member of a local council is a civilian; an arrest only tried ("على خلفية محاولة الدورية اعتقال شاب") makes no
arrest beside the fight it set off; a neutralising told as done "in an air operation" is an air strike; a crowd
shown in a video "وهم ينهالون بالضرب" on a man is a mob; the blows and arrests of protesters told after the protest a
force broke up are that protest's intervention."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 20)  # a Wednesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _article(text: str) -> list[dict[str, object]]:
    """The records of an article whose first line is its title."""
    return records(article_doc(text, DAY))


def test_zone_ruler_is_no_side_of_an_assassination() -> None:
    rows = _rows("اغتال مسلحون مجهولون اليوم الأربعاء عضواً في المجلس المحلي لبلدة الكرامة أمام منزله، في البلدة "
                 "الخاضعة لسيطرة قسد.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["actor1"] == "Unidentified Armed Group (Syria)"
    assert rows[0]["inter2"] == 7


def test_zone_described_after_a_preposition() -> None:
    rows = _rows("قتل مسلحون مجهولون اليوم الأربعاء مدرساً في بلدة ذيبان، ضمن مناطق سيطرة قسد بريف دير الزور.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert all("قسد" not in str(r["actor1_mentions"]) + str(r["actor2_mentions"]) for r in rows)


def test_attack_on_the_zone_ruler_itself_stays_a_fight() -> None:
    rows = _rows("هاجم مسلحون مجهولون اليوم الأربعاء حاجزاً لقسد في بلدة ذيبان، ما أدى إلى مقتل عنصرين.")
    assert rows and rows[0]["event_type"] == "Battles"


def test_arrest_only_tried_is_no_arrest() -> None:
    rows = _rows("اندلعت اشتباكات اليوم الأربعاء في بلدة تل شهاب بين دورية للأمن العسكري ومسلحين من أبناء البلدة، "
                 "على خلفية محاولة الدورية اعتقال أحد الشبان.")
    assert rows and {r["sub_event_type"] for r in rows} == {"Armed clash"}


def test_arrest_made_stays_an_arrest() -> None:
    rows = _rows("اعتقلت دورية للأمن العسكري اليوم الأربعاء شابين من أبناء بلدة تل شهاب.")
    assert rows and rows[0]["sub_event_type"] == "Arrests"


def test_neutralising_in_an_air_operation_is_an_air_strike() -> None:
    rows = _rows("أعلنت وزارة الدفاع التركية اليوم الأربعاء تحييد أربعة مسلحين من وحدات حماية الشعب في عملية جوية "
                 "قرب بلدة تل رفعت.")
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike"


def test_crowd_shown_setting_upon_a_man_is_a_mob() -> None:
    rows = _rows("أظهر مقطع مصور اليوم الأربعاء عدداً من الشبان وهم ينهالون بالضرب على رجل في ساحة مدينة جاسم.")
    assert rows and rows[0]["sub_event_type"] == "Mob violence"
    assert rows[0]["inter1"] == 5


def test_blows_on_protesters_after_the_dispersal_join_the_protest() -> None:
    text = ("الأسايش تفرق وقفة في عامودا\n\n"
            "فرّقت عناصر الأسايش اليوم الأربعاء وقفة احتجاجية نظمها العشرات من الأهالي في مدينة عامودا رفضاً للتجنيد.\n\n"
            "وقال شهود إن العناصر ضربوا عدداً من المحتجين بالهراوات، ما أسفر عن إصابة ثلاثة منهم بجروح.\n")
    rows = [r for r in _article(text) if r["location"] == "Amuda"]
    assert [r["event_type"] for r in rows] == ["Protests"]
