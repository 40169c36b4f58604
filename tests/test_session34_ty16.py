"""Session 34 (ty16): one act told twice under two types.  Tear gas or rubber-coated bullets turned on a march are the
protest with its intervention, not an attack or a strike; a force's shots at protesters, or its killing told beside
the protest it broke up, are that protest; arrests of rioters at a protest's place and day are the protest's; the
attackers' or the stormed side's withdrawal is no development of its own; kidnappers who "lead away" their victim
abduct, and their release of a hostage is no event; snipers posted beside a razing fire no shot."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 17)  # a Friday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def _types(rows: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(r["event_type"], r["sub_event_type"], r["location"]) for r in rows]


def test_tear_gas_on_a_march_is_the_protest_not_an_attack() -> None:
    text = ("أصيب أربعة شبان بالرصاص المطاطي اليوم الجمعة خلال قمع قوات الاحتلال المسيرة الأسبوعية في بلدة بيت أمر "
            "شمال الخليل. وخرجت المسيرة بعد صلاة الجمعة بمشاركة العشرات من الأهالي رفضاً للاستيطان. "
            "وأطلق جنود الاحتلال قنابل الغاز المسيل للدموع صوب المشاركين في المسيرة، ما أدى إلى إصابة العشرات "
            "بحالات اختناق.")
    rows = _rows(text)
    assert not any(r["event_type"] in ("Violence against civilians", "Explosions/Remote violence") for r in rows)
    demos = [r for r in rows if r["event_type"] == "Protests"]
    assert len(demos) == 1 and demos[0]["sub_event_type"] == "Protest with intervention"
    assert demos[0]["inter1"] == 6


def test_gas_fired_at_a_weekly_event_becomes_a_protest() -> None:
    text = ("نظم أهالي أسرى وقفة أمام مقر الصليب الأحمر في مدينة نابلس اليوم الجمعة وانتهت بهدوء. "
            "وفي بلدة كفر مالك شرق رام الله، أطلقت قوات الاحتلال قنابل الغاز صوب المشاركين في الفعالية "
            "الأسبوعية، ما أدى إلى إصابة عدد منهم بحالات اختناق.")
    rows = _rows(text)
    assert not any(r["event_type"] == "Violence against civilians" for r in rows)
    assert sum(r["sub_event_type"] == "Protest with intervention" for r in rows) == 1


def test_arrested_rioters_are_the_protest_they_broke_up() -> None:
    text = ("قطع مئات المحتجين ليل الخميس الطريق الرئيس في قضاء الزبير بمحافظة البصرة بالإطارات المحترقة احتجاجاً على "
            "انقطاع الكهرباء، وأطلقت قوات مكافحة الشغب الرصاص في الهواء والقنابل المسيلة للدموع لتفريقهم. "
            "وقالت قيادة الشرطة إنها اعتقلت خمسة من مثيري الشغب الذين اعتدوا على القوات الأمنية.")
    rows = _rows(text, dt.date(2025, 7, 18))
    assert not any(r["sub_event_type"] == "Arrests" for r in rows)
    assert any(r["event_type"] == "Protests" for r in rows)


def test_shots_at_protesters_are_excessive_force() -> None:
    text = ("قُتل شاب وأصيب اثنان آخران مساء الخميس بعد أن أطلق عناصر من قوات سوريا الديمقراطية الرصاص الحي "
            "باتجاه محتجين تجمعوا أمام مقر عسكري في بلدة الكسرة بريف دير الزور. "
            "وفي بلدة الصور، أغلق محتجون الطريق العام اليوم الجمعة بالحجارة احتجاجاً على حملة الاعتقالات.")
    rows = _rows(text)
    kasra = [r for r in rows if r["event_type"] != "Protests" or r["sub_event_type"] != "Peaceful protest"]
    assert not any(r["event_type"] == "Violence against civilians" for r in rows)
    assert any(r["sub_event_type"] == "Excessive force against protesters" and r["fatalities"] == 1 for r in kasra)


def test_killing_told_beside_the_protest_it_broke_up_is_one_event() -> None:
    text = ("مقتل شاب برصاص عناصر من قسد خلال احتجاج على التجنيد في الرقة\n"
            "قُتل شاب اليوم الجمعة بعد أن أطلق عناصر من قوات سوريا الديمقراطية النار على محتجين تجمعوا في حي "
            "المشلب بمدينة الرقة رفضاً لحملة التجنيد الإجباري.")
    rows = [r for r in _rows(text) if r["location"] in ("Ar-Raqqa", "Raqqa")]
    assert len(rows) == 1 and rows[0]["event_type"] == "Protests"
    assert rows[0]["sub_event_type"] == "Excessive force against protesters"


def test_stormed_sides_withdrawal_is_part_of_the_riot() -> None:
    text = ("اقتحم محتجون غاضبون مساء الخميس مقراً لفصيل فرقة السلطان مراد في مدينة اعزاز شمالي حلب، وأضرموا "
            "النار في أجزاء منه، احتجاجاً على مقتل شاب على أحد حواجزه. "
            "وانسحب عناصر الفصيل من المقر دون أن يطلقوا النار، فيما انتشرت دوريات من الشرطة العسكرية في محيطه "
            "بعد منتصف الليل.")
    rows = _rows(text)
    assert not any((r["event_type"], r["sub_event_type"]) == ("Strategic developments", "Other") for r in rows)


def test_kidnappers_leading_away_their_victim_abduct() -> None:
    text = ("أفرجت عصابة مسلحة مساء الخميس عن صيدلاني من مدينة الصنمين بعد نحو أسبوع على خطفه. "
            "وقال مصدر من عائلة الصيدلاني إن الخاطفين اعترضوا سيارته مساء الجمعة الفائت على الطريق الواصل بين "
            "الصنمين وغباغب، واقتادوه إلى جهة مجهولة.")
    rows = _rows(text)
    assert not any(r["sub_event_type"] == "Arrests" for r in rows)
    assert any(r["sub_event_type"] == "Abduction/forced disappearance" for r in rows)
    # (the police arresting kidnappers stays an arrest)
    rows = _rows("ألقت دورية من الشرطة اليوم الجمعة القبض على الخاطفين في بلدة الكرك الشرقي بريف درعا.")
    assert any(r["sub_event_type"] == "Arrests" for r in rows)


def test_hostage_release_by_a_gang_is_no_event() -> None:
    text = ("أفرجت عصابة مسلحة مساء الخميس عن طفل من بلدة المسيفرة بريف درعا بعد أسبوع على خطفه، "
            "وذلك عقب دفع عائلته فدية مالية.")
    rows = _rows(text)
    assert not any((r["event_type"], r["sub_event_type"]) == ("Strategic developments", "Other") for r in rows)


def test_posted_snipers_beside_a_razing_are_property_destruction() -> None:
    text = ("اقتحمت قوات الاحتلال اليوم الجمعة مخيم الفارعة جنوب طوباس، وشرعت جرافاتها بتجريف الشوارع وتدمير "
            "شبكات المياه، وسط انتشار للقناصة على أسطح المنازل.")
    rows = _rows(text)
    assert not any(r["event_type"] == "Violence against civilians" for r in rows)
    assert any(r["sub_event_type"] == "Looting/property destruction" for r in rows)
