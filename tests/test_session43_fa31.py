"""Session 43 (fa31): fatalities of matched events.  A dual casualty noun with its own number word ("شهيدين
اثنين": two), the rider of a motorbike hit ("استشهاد راكبها": one), a toll told as updated ("في حصيلة محدثة إلى
…": the new figure replaces the first one of the sentence and holds the wounded man who died), a definite singular
told back by its pluperfect after "أن" ("يُذكر أن المواطن X كان قد قُتل": one), and a singular joined after a dual
and the long name of the group it is of ("عنصران من فصائل الجيش الوطني السوري ومدني": three)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 10, 19)


def _killed(text: str, place: str = "Khiam") -> list[int]:
    return [int(str(r["fatalities"])) for r in record_rows(text, DAY) if r["location"] == place]


def test_dual_martyrs_with_their_number_word_count_two() -> None:
    text = "أغار الطيران الحربي الإسرائيلي ظهر اليوم على مبنى في بلدة الخيام، ما أدى إلى سقوط شهيدين اثنين."
    assert _killed(text) == [2]


def test_dual_dead_with_number_word_and_a_wounded_count_two() -> None:
    text = "قصفت المدفعية الإسرائيلية اليوم حياً في بلدة الخيام، ما أسفر عن سقوط قتيلين اثنين وجرح ثلاثة مواطنين."
    assert _killed(text) == [2]


def test_the_rider_of_a_motorbike_hit_is_one_dead() -> None:
    text = "استهدفت مسيّرة إسرائيلية اليوم دراجة نارية عند مدخل بلدة الخيام، ما أدى إلى استشهاد راكبها."
    assert _killed(text) == [1]


def test_updated_toll_replaces_the_first_figure_of_its_sentence() -> None:
    text = ("استهدفت غارة إسرائيلية فجر اليوم منزلاً في بلدة الخيام، وتحدثت المعلومات الأولية عن سقوط ثلاثة شهداء، "
            "قبل أن تعلن وزارة الصحة أن الغارة أدت في حصيلة محدثة إلى استشهاد خمسة مواطنين وإصابة 6 آخرين.")
    assert _killed(text) == [5]


def test_updated_toll_holds_the_wounded_man_who_died() -> None:
    text = ("وأعلنت وزارة الصحة اليوم أن غارة العدو على سيارة في بلدة الخيام أدت في حصيلة محدثة إلى استشهاد شخصين "
            "وإصابة شخص بجروح، بعدما فارق أحد الجريحين الحياة متأثراً بإصابته.")
    assert _killed(text) == [2]


def test_updated_toll_with_a_number_holds_the_later_death() -> None:
    text = ("وأعلنت وزارة الصحة اليوم أن غارة العدو على سيارة في بلدة الخيام أدت في حصيلة جديدة إلى استشهاد 4 "
            "أشخاص، بعد وفاة أحد الجرحى في المستشفى.")
    assert _killed(text) == [4]


def test_definite_singular_told_back_by_its_pluperfect_is_one_dead() -> None:
    text = ("يُذكر أن المواطن علي حمود كان قد قُتل برصاص القوات الإسرائيلية في بلدة الخيام في العاشر من تشرين "
            "الأول.")
    assert _killed(text) == [1]


def test_singular_joined_after_a_dual_of_a_long_group_name_is_counted() -> None:
    text = ("قُتل عنصران من فصائل الجيش الوطني السوري ومدني، مساء أمس، في اشتباكات اندلعت بين فصيلين في مدينة "
            "الباب شرقي حلب.")
    rows = [r for r in record_rows(text, dt.date(2020, 9, 14)) if r["event_type"] == "Battles"]
    assert [r["fatalities"] for r in rows] == [3]


def test_companion_joined_after_the_name_and_title_is_one_more_dead() -> None:
    text = ("استهدفت طائرة مسيّرة أميركية اليوم مقرّاً لفصيل مسلح في شارع فلسطين شرقي بغداد، ما أدى إلى استشهاد "
            "القيادي في الفصيل أبو علي الكعبي ومرافقه.")
    assert _killed(text, "Baghdad") == [2]


def test_a_contractor_killed_is_one_dead() -> None:
    text = "قُتل متعاقد مدني أجنبي وأصيب آخرون اليوم في هجوم صاروخي طال مطار أربيل الدولي."
    assert _killed(text, "Erbil International Airport") == [1]
