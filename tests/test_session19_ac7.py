"""Session 19 (ac7): actors, second pass — the owner of a vehicle hit by "بـ" of means ("بسيارة للأمن العام") is the
side hit, in a headline too; a hardline group named with its patron ("جماعات متشددة مدعومة من إيران") is the patron's
proxy; the group an arrest holds, named after the people it holds ("مطلوبين من فلول …"، "خلية تابعة لـ …"), is never the
arrester; an arrest announced by the interior ministry with no arrester named was made by the police."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 5, 4)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_vehicle_hit_by_means_preposition_owner_is_target() -> None:
    rows = _rows("انفجار عبوة ناسفة بسيارة للأمن العام قرب بلدة تسيل في ريف درعا الغربي اليوم")
    assert rows and rows[0]["inter2"] == 1 and rows[0]["inter1"] != 1


def test_headline_two_items_victim_does_not_leak() -> None:
    text = ("مقتل شاب في طفس وانفجار عبوة بسيارة للشرطة في تسيل\n"
            "قُتل شاب برصاص مسلحين مجهولين، مساء أمس، في مدينة طفس بريف درعا.\n"
            "وانفجرت عبوة ناسفة، صباح اليوم، بسيارة تابعة للشرطة في بلدة تسيل، دون إصابات.")
    rows = _rows(text)
    tafas = [r for r in rows if r["location"] == "Tafas"]
    assert tafas and all(r["inter1"] != 1 for r in tafas)
    tasil = [r for r in rows if r["location"] == "Tassil"]
    assert len(tasil) == 1 and tasil[0]["inter2"] == 1


def test_hardline_groups_backed_by_iran_are_pro_iran_militia() -> None:
    rows = _rows("أعلن البنتاغون أن هجوماً بطائرة مسيرة نفذته جماعات متشددة مدعومة من إيران استهدف قاعدة حقل العمر "
                 "شرقي دير الزور اليوم.", dt.date(2024, 2, 5))
    assert rows and rows[0]["actor1"] == "Militia (Pro-Iran)"


def test_hardline_factions_loyal_to_tehran_variant() -> None:
    rows = _rows("قصفت فصائل متشددة موالية لطهران بالصواريخ قاعدة كونيكو في ريف دير الزور صباح اليوم.",
                 dt.date(2024, 2, 5))
    assert rows and rows[0]["actor1"] == "Militia (Pro-Iran)" and rows[0]["inter2"] == 8


def test_passive_arrest_of_wanted_remnants_holds_the_remnants() -> None:
    rows = _rows("تم القبض على سبعة مطلوبين من فلول النظام البائد في مدينة جبلة، اليوم الأحد.")
    assert rows and rows[0]["sub_event_type"] == "Arrests"
    assert rows[0]["inter1"] != 3 and rows[0]["inter2"] == 3


def test_arrest_of_members_accused_of_belonging_to_is() -> None:
    rows = _rows("جرى اعتقال ثلاثة متهمين بالانتماء إلى تنظيم الدولة في مدينة الميادين، اليوم الأحد.")
    assert rows and rows[0]["inter1"] != 2 and rows[0]["inter2"] == 2


def test_interior_ministry_announces_arrest_of_cell() -> None:
    rows = _rows("أعلنت وزارة الداخلية، اليوم الأحد، القبض على خلية تابعة لتنظيم الدولة في مدينة جبلة.")
    assert rows and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 2


def test_interior_ministry_announces_arrest_of_people() -> None:
    rows = _rows("أعلنت وزارة الداخلية السورية القبض على خمسة أشخاص بحوزتهم أسلحة في مدينة حمص يوم الأحد.")
    assert rows and rows[0]["inter1"] == 1


def test_arresting_patrol_of_a_force_stays_the_arrester() -> None:
    # guard: "اعتقلت دورية من الأمن العام …": the unit of a force is the arrester, not a group held
    rows = _rows("اعتقلت دورية من الأمن العام، اليوم الأحد، ثلاثة شبان في مدينة جبلة.")
    assert rows and rows[0]["inter1"] == 1


def test_ministry_reporting_a_blast_toll_is_no_side() -> None:
    # guard: the ministry that gives a blast's toll is no side of the blast
    rows = _rows("أشارت وزارة الداخلية السورية، اليوم الأحد، إلى ارتفاع حصيلة التفجير الذي استهدف منطقة السيدة زينب "
                 "إلى 6 قتلى.")
    assert all(r["inter1"] != 1 for r in rows)
