"""Session 43 (sl30): Sudan and Libya, places and sides.  The towns, camps and districts of Sudan's war (Khartoum's
three cities, Darfur, Kordofan, Gezira, the Nile states, the east) and Libya's cities (Tripoli's districts, the west,
the east, the south); the RSF under its opponents' names, the Darfur movements' Joint Force, the GNU's forces,
Haftar's army and Tripoli's armed groups; and the other party's version of a battle that says it repelled "the
attack" (one battle, that party its target).  Fixtures are invented, in the project's own words."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


@pytest.mark.parametrize(("text", "place"), [
    ("قتل أربعة مدنيين، اليوم الأحد، بقصف مدفعي شنته قوات الدعم السريع على أحياء مدينة بابنوسة في غرب كردفان.",
     "Babanusa"),
    ("استهدفت طائرات مسيرة، فجر اليوم الأحد، مستودعات الوقود في ميناء بورتسودان على ساحل البحر الأحمر.",
     "Port Sudan"),
    ("قتل ثلاثة نازحين، اليوم الأحد، بقصف مدفعي استهدف معسكر زمزم للنازحين جنوبي مدينة الفاشر.",
     "Zamzam camp (El Fasher)"),
    ("اندلعت اشتباكات مسلحة، مساء اليوم الأحد، بين مجموعتين مسلحتين في منطقة عين زارة جنوب شرقي طرابلس الليبية.",
     "Ain Zara (Tripoli)"),
    ("قتل شخصان، اليوم الأحد، في اشتباكات بين مجموعتين مسلحتين وسط مدينة غريان الليبية.", "Gharyan"),
])
def test_sudanese_and_libyan_towns_are_the_act_places(text: str, place: str) -> None:
    rows = _rows(text, dt.date(2024, 6, 2))
    assert rows
    assert {r["location"] for r in rows} == {place}


def test_tripoli_armed_groups_clash_names_both_sides() -> None:
    text = ("اندلعت اشتباكات عنيفة، مساء اليوم الأحد، بين عناصر جهاز الردع وقوة من اللواء 444 قتال في منطقة سوق "
            "الجمعة شرق العاصمة الليبية طرابلس، ما أدى إلى مقتل شخصين.")
    rows = _rows(text, dt.date(2024, 6, 2), "Battles")
    assert rows
    r = rows[0]
    assert r["location"] == "Souq al-Juma (Tripoli)"
    assert {r["actor1"], r["actor2"]} == {"Radaa Special Deterrence Force",
                                           "Military Forces of Libya (2021-) Government of National Unity"}


def test_haftar_forces_and_janjaweed_are_named_sides() -> None:
    text = ("قصفت ميليشيا الجنجويد، اليوم الأحد، أحياء مدينة الدلنج بجنوب كردفان، ما أدى إلى مقتل خمسة مدنيين.")
    rows = _rows(text, dt.date(2024, 6, 2))
    assert rows and rows[0]["actor1"] == "Rapid Support Forces"
    text = ("قتل ثلاثة عناصر من قوات حفتر، اليوم الأحد، في اشتباكات مع مسلحين قرب مدينة مرزق جنوبي ليبيا.")
    rows = _rows(text, dt.date(2024, 6, 2), "Battles")
    assert rows
    assert "Military Forces of Libya (2014-) Libyan National Army" in {rows[0]["actor1"], rows[0]["actor2"]}


def test_the_other_party_repelling_the_attack_is_that_battle_and_its_target() -> None:
    text = ("قتل خمسة مدنيين، يوم السبت، في غارات جوية نفذها الطيران الحربي التابع للجيش السوداني على سوق مدينة "
            "الضعين.\n\n"
            "وفي جنوب كردفان، تبادل الطرفان الروايات بشأن معارك شهدتها مدينة الدلنج يوم السبت، إذ قالت قوات الدعم "
            "السريع إنها اقتحمت دفاعات اللواء 54 مشاة وسيطرت على أجزاء من مقره، فيما أكد الجيش أن قواته صدت الهجوم "
            "وقتلت أكثر من ثلاثين من عناصر الميليشيا.")
    rows = [r for r in _rows(text, dt.date(2024, 6, 2)) if r["location"] == "Dilling"]
    assert len(rows) == 1, rows
    r = rows[0]
    assert r["event_type"] == "Battles"
    assert {r["actor1"], r["actor2"]} == {"Rapid Support Forces", "Military Forces of Sudan"}


def test_traders_abducted_are_civilians() -> None:
    text = ("اختطفت قوات الدعم السريع، اليوم الأحد، سبعة من التجار من سوق مدينة الحصاحيصا واقتادتهم إلى جهة مجهولة.")
    rows = _rows(text, dt.date(2024, 6, 2))
    assert rows
    assert rows[0]["location"] == "Al-Hasaheisa"
    assert rows[0]["actor2"] == "Civilians (Sudan)"


def test_men_of_a_force_after_a_looting_verb_are_its_doers() -> None:
    text = "نهبت عناصر من الدعم السريع، يوم السبت، محتويات مستشفى مدينة المناقل وعدداً من المحال التجارية."
    rows = _rows(text, dt.date(2024, 6, 2), "Strategic developments")
    assert rows
    assert rows[0]["sub_event_type"] == "Looting/property destruction"
    assert rows[0]["actor1"] == "Rapid Support Forces"
    assert rows[0]["actor2"] == ""
