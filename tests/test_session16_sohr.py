"""Session 16 (SOHR bulletins): tolls told the way Syrian local outlets tell them.

- a death told by a verb and its object with the subject between them ("لقي راعٍ حتفه", "فارق طفل الحياة", "لقي
  عنصر في ميليشيا … حتفه", "لقي 4 مسلحين حتفهم"): the two-word casualty phrases of ``quantities.tsv`` whose second
  word is the verb's object are read split as well;
- the killing of the man named before told by the pronoun with the preposition joined to it after a verb of
  result ("ما أدى لمقتله"): one dead, not ACLED's unnumbered dead;
- singulars coordinated after the group each is one of ("مقتل مسلح من العشائر وعنصر من الأمن"): each counts;
- the Daraa town al-Hirak is a place after a settlement word ("بلدة الحراك"); the bare word stays the movement;
- "الساعات الفائتة", "الـ24 ساعة الفائتة" (SOHR's word for "past") are the day of the report, as "الساعات الماضية".
"""

from __future__ import annotations

import datetime as dt

from helpers import one_violent, record_rows, time_doc

DAY = dt.date(2023, 4, 11)


def _fat(text: str) -> int:
    return one_violent(DAY, text).fatalities


def test_a_shepherd_between_verb_and_object_is_one_dead() -> None:
    assert _fat("لقي راعٍ حتفه صباح اليوم بانفجار لغم أرضي قرب بلدة عقيربات شرقي حماة.") == 1


def test_a_child_parting_life_is_one_dead() -> None:
    assert _fat("فارق طفل الحياة أمس جراء انفجار لغم أرضي قرب مدينة سرمين شرقي إدلب.") == 1


def test_a_member_with_his_group_between_verb_and_object_is_one_dead() -> None:
    assert _fat("لقي عنصر في ميليشيا الدفاع الوطني حتفه برصاص مسلحين مجهولين اليوم في بلدة صبيخان.") == 1


def test_a_number_between_verb_and_object_counts_the_dead() -> None:
    assert _fat("لقي 4 مسلحين حتفهم اليوم باشتباكات مع قوات النظام في محيط مدينة السخنة.") == 4


def test_result_verb_with_joined_preposition_counts_one() -> None:
    assert _fat("أطلق مسلحون مجهولون النار مساء أمس على شاب في بلدة داعل، ما أدى لمقتله على الفور.") == 1


def test_result_verb_with_joined_preposition_feminine() -> None:
    assert _fat("استهدف مسلحون مجهولون سيدة بالرصاص في مدينة جاسم، ما أدى لمقتلها.") == 1


def test_coordinated_singulars_after_their_groups() -> None:
    assert _fat("اندلعت اشتباكات أمس بين قسد ومسلحين من العشائر في بلدة ذيبان، "
                "ما أدى لمقتل مسلح من العشائر وعنصر من قسد.") == 2


def test_a_group_followed_by_a_non_person_is_not_counted_twice() -> None:
    """Guard (passes on the old code): "من قوات النظام والميليشيات" is one group, one dead."""
    assert _fat("قتل عنصر من قوات النظام والميليشيات الموالية لها بهجوم لخلايا التنظيم قرب السخنة اليوم.") == 1


def test_hirak_after_a_settlement_word_is_the_town() -> None:
    rows = record_rows("انفجرت عبوة ناسفة صباح اليوم بسيارة عنصر أمني عند أطراف بلدة الحراك بريف درعا الشرقي.", DAY)
    assert rows and rows[0]["location"] == "Hrak", rows


def test_the_movement_is_no_place() -> None:
    """Guard (passes on the old code): the bare word after "في" is still the movement."""
    rows = record_rows("شارك آلاف في الحراك الشعبي في مدينة درعا اليوم ورفعوا لافتات.", DAY)
    assert all(r["location"] != "Hrak" for r in rows), rows


def test_a_whole_singular_phrase_after_its_subject_is_one_dead() -> None:
    assert _fat("أطلق مسلحون مجهولون النار على شاب في بلدة داعل اليوم، وقد فارق الحياة في المستشفى.") == 1


def test_met_his_death_is_one_dead() -> None:
    assert _fat("استهدف مسلحون مجهولون اليوم سيارة في بلدة داعل، ولقي سائقها حتفه على الفور.") == 1


def test_a_number_in_a_unit_name_keeps_the_list_as_it_was() -> None:
    """Guard (passes on the old code): "جنديان من اللواء 105 ومسعف" is left to the old reading."""
    ev = one_violent(DAY, "دارت اشتباكات اليوم قرب السخنة أصيب فيها جنديان من اللواء 105 ومسعف من الهلال الأحمر.")
    assert ev.quantities.get("injured") == 2, ev.quantities


def test_the_past_hours_in_the_syrian_wording_are_the_day_of_the_report() -> None:
    for text in ("نفذت الطائرات الحربية الروسية خلال الساعات الفائتة غارات على البادية.",
                 "قتل عنصران خلال الـ24 ساعة الفائتة في البادية."):
        times = time_doc(text, DAY).layer("times")
        assert times and times[0].value.date == DAY and times[0].value.precision == 1, (text, times)


def test_the_past_two_days_in_the_syrian_wording() -> None:
    times = time_doc("وثق المرصد خلال اليومين الفائتين مقتل 4 عناصر.", DAY).layer("times")
    assert times and times[0].value.precision == 2, times
