"""Session 19 (du6): one event told twice.  A toll risen after the report ("وارتفعت حصيلة الهجوم، صباح اليوم، إلى
ثلاثة قتلى" with the hospital's town) is the earlier act's toll, not a second act; men held "suspected of taking part"
in an ambush are an arrest, not a second ambush; a party's statement that tells the mortar fire of a clash told
before is that clash's weapon; a countryside spelled out by "إذ" at a town of it is that town's act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 12)


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


def test_toll_risen_next_morning_at_the_hospital_town_is_the_attack() -> None:
    rows = _violent("قُتل عنصران من الأمن العام وأصيب ثالث، مساء أمس، بهجوم شنه مسلحون مجهولون على حاجز في مدينة "
                    "جاسم بريف درعا.\nوارتفعت حصيلة الهجوم، صباح اليوم، إلى ثلاثة قتلى بعد وفاة المصاب متأثراً "
                    "بجراحه في المشفى الوطني بدرعا.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Jasim" and rows[0]["event_date"] == "2025-06-11" and rows[0]["fatalities"] == 3


def test_toll_of_the_shelling_risen_with_the_hospital_named() -> None:
    rows = _violent("قُتل مدنيان وأصيب أربعة آخرون بقصف مدفعي استهدف بلدة تسيل في ريف درعا الغربي مساء أمس.\n"
                    "وارتفعت حصيلة القصف، صباح اليوم، إلى أربعة قتلى بعد وفاة اثنين من الجرحى في مستشفى نوى.")
    assert len(rows) == 1
    assert rows[0]["location"] == "Tassil" and rows[0]["fatalities"] == 4


def test_a_toll_since_a_start_is_no_update() -> None:
    # guard: a running total "منذ" a start is no toll of the act told before
    rows = _violent("قُتل مدنيان بقصف مدفعي استهدف بلدة تسيل في ريف درعا الغربي ظهر اليوم.\n"
                    "وارتفع عدد ضحايا القصف منذ مطلع العام إلى 40 قتيلاً في مستشفى نوى.")
    assert all(r["fatalities"] != 40 for r in rows if r["location"] == "Tassil")


def test_held_suspected_of_taking_part_in_the_ambush_is_an_arrest() -> None:
    rows = record_rows("قُتل ثلاثة عناصر من وزارة الدفاع بكمين نصبه مسلحون لدورية عسكرية قرب مدينة جبلة "
                       "مساء أمس الأحد.\n"
                       "وقال مصدر عسكري إن الدورية كانت في مهمة اعتيادية عند تعرضها لإطلاق النار.\n"
                       "ونفذت قوى الأمن الداخلي صباح اليوم الاثنين حملة دهم في قرى ريف جبلة أسفرت عن توقيف ثلاثة شبان "
                       "يُشتبه بمشاركتهم في الكمين.", dt.date(2025, 6, 16))
    types = [(str(r["event_type"]), str(r["sub_event_type"])) for r in rows]
    assert types.count(("Battles", "Armed clash")) == 1
    assert ("Strategic developments", "Arrests") in types


_CLASH = ("اندلعت اشتباكات بالأسلحة الثقيلة، مساء أمس الثلاثاء، بين الجيش السوري و\"قسد\" في محيط بلدة دير حافر شرقي "
          "حلب، واستمرت حتى ساعات الفجر.\n{} \"قسد\" استهدفت نقاطاً للجيش في دير حافر بقذائف الهاون وطائرات مسيّرة "
          "انتحارية، ما أدى إلى إصابة ثلاثة جنود.\nوأعلنت الوزارة، ظهر اليوم، التوصل إلى تهدئة.")


def test_statement_of_mortar_fire_is_the_clash_told_before() -> None:
    rows = _violent(_CLASH.format("وذكرت وزارة الدفاع في بيان أن"), dt.date(2025, 6, 18))
    assert [r["event_type"] for r in rows] == ["Battles"]
    assert rows[0]["location"] == "Dayr Hafir"


def test_reporter_account_of_mortar_fire_keeps_its_record() -> None:
    # guard: a reporter's account ("وأفاد مراسلنا بأن"), no party's statement, keeps the strike's own record
    rows = _violent(_CLASH.format("وأفاد مراسلنا بأن"), dt.date(2025, 6, 18))
    assert len(rows) == 2


def test_countryside_spelled_out_at_a_town_is_one_act() -> None:
    rows = _violent("وهذا ثاني استهداف تركي في ريف القامشلي خلال أسبوع، إذ أصيب ثلاثة أشخاص، الجمعة الماضي، بقصف "
                    "مماثل طال دراجة نارية قرب بلدة تل حميس.", dt.date(2024, 10, 24))
    assert [r["location"] for r in rows] == ["Tal Hmis"]


def test_two_strikes_first_and_second_stay_two() -> None:
    # guard: "الأول … في ريف X، فيما استهدفت الثانية … في Y" tells two acts
    rows = _violent("واستهدفت مسيّرتان تركيتان أمس مواقع لقسد، إذ طاول الاستهداف الأول سيارة في ريف القامشلي، فيما "
                    "استهدفت المسيّرة الثانية مقراً في بلدة عامودا.", dt.date(2024, 10, 24))
    assert len({r["location"] for r in rows}) == len(rows)
