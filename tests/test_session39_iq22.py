"""Session 39 (iq22): Iraq as Iraqi outlets tell it.  The Security Media Cell's and the Iraqi agencies' names of the
state's forces (the air force and army aviation, the counter-terrorism service, the federal police, the interior
ministry's intelligence agency), the Sinjar Resistance Units, a tribal dispute as a fight of two clans, the arrest
formula "تمكنت … من القبض على", a strike "carried out" by the air force, Mosul's right bank as a part of the city,
and Iraqi towns and ranges the place data lacked (the Hamrin range and lake, Qurna, Amerli, Kani Masi …)."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 11, 19)  # a Tuesday
DATELINE = "بغداد - واع\n\n"


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_air_force_strike_in_the_hamrin_range_is_the_iraqi_state_s() -> None:
    rows = _rows(DATELINE + "وذكرت خلية الإعلام الأمني أن صقور القوة الجوية نفذوا ظهر أمس الاثنين ضربة جوية دمرت "
                 "مضافة لعصابات داعش الإرهابية في سلسلة جبال حمرين، وقتلت أربعة إرهابيين كانوا بداخلها.")
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1
    r = strikes[0]
    assert r["location"] == "Hamrin Mountains" and r["event_date"] == "2024-11-18"
    assert r["inter1"] == 1 and r["actor1"] == "Military Forces of Iraq (2014-)"
    assert r["inter2"] == 2


def test_a_headline_s_bare_hamrin_is_the_range_and_the_lake_keeps_its_own_row() -> None:
    rows = _rows("مقتل ثلاثة إرهابيين بضربة جوية في حمرين\n\n" + DATELINE
                 + "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات "
                 "F-16 العراقية في سلسلة جبال حمرين.")
    assert [r["location"] for r in rows] == ["Hamrin Mountains"]
    assert rows[0]["inter1"] == 1
    rows = _rows("قتل جنديان بهجوم لعناصر داعش قرب بحيرة حمرين شمال شرقي ديالى.")
    assert [r["location"] for r in rows] == ["Lake Hamrin (Hamrin dam)"]


def test_strike_carried_out_by_aircraft_with_no_weapon_word_is_an_air_strike() -> None:
    rows = _rows("وأعلنت خلية الإعلام الأمني أن طائرات تابعة للقوة الجوية العراقية نفذت ضربات على أوكار للإرهابيين "
                 "في جبال حمرين، ما أسفر عن مقتل خمسة إرهابيين.")
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [
        ("Explosions/Remote violence", "Air/drone strike")]
    assert rows[0]["inter1"] == 1 and rows[0]["fatalities"] == 5


def test_arrest_formula_of_the_security_statements_reports_an_arrest() -> None:
    rows = _rows(DATELINE + "وأضاف البيان أن قوة من شرطة الأنبار تمكنت من القبض على مطلوب في قضاء الرطبة غربي "
                 "المحافظة، بعد متابعة استمرت أياماً.")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert [r["location"] for r in arrests] == ["Rutba"]
    assert arrests[0]["inter1"] == 1
    # (fear of arrest is no arrest)
    assert not _rows("فر المطلوب إلى جهة مجهولة خوفاً من القبض عليه في قضاء الرطبة.")


def test_counter_terrorism_service_arrest_on_mosul_s_right_bank_is_at_mosul() -> None:
    rows = _rows(DATELINE + "وأعلن جهاز مكافحة الإرهاب، اليوم، اعتقال قيادي في داعش خلال عملية نفذها في الجانب "
                 "الأيمن من مدينة الموصل.")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert [r["location"] for r in arrests] == ["Mosul"]
    assert arrests[0]["actor1"] == "Military Forces of Iraq (2014-)" and arrests[0]["inter1"] == 1
    assert arrests[0]["actor1_mentions"] == ["جهاز مكافحة الإرهاب"]


def test_federal_intelligence_agency_is_police_of_iraq() -> None:
    rows = _rows("ألقت مفارز وكالة الاستخبارات والتحقيقات الاتحادية القبض على متهمين اثنين في قضاء داقوق.")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["inter1"] == 1
    assert arrests[0]["actor1"] == "Police Forces of Iraq"
    assert arrests[0]["location"] == "Daquq"


def test_turkish_drone_strike_on_the_sinjar_resistance_units() -> None:
    rows = _rows("أربيل - روداو\n\nقُتل مقاتلان من وحدات مقاومة سنجار (اليبشة) مساء الاثنين بقصف طائرة مسيرة "
                 "تركية استهدف سيارتهما في قضاء سنجار غربي الموصل.")
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1
    r = strikes[0]
    assert r["inter1"] == 8 and r["actor2"] == "YBS: Sinjar Resistance Units" and r["inter2"] == 3
    assert r["fatalities"] == 2


def test_tribal_dispute_is_a_fight_of_two_clans_not_an_attack_on_civilians() -> None:
    rows = _rows("لقي شخصان حتفهما وأصيب أربعة آخرون بنزاع عشائري اندلع مساء أمس بين عشيرتين في قضاء القرنة "
                 "شمالي محافظة البصرة.")
    assert [(r["event_type"], r["sub_event_type"], r["location"]) for r in rows] == [
        ("Battles", "Armed clash", "Al-Qurna")]
    assert rows[0]["inter1"] == 4 and rows[0]["inter2"] == 4 and rows[0]["fatalities"] == 2


def test_armed_as_the_adjective_of_a_dispute_is_no_gunman() -> None:
    rows = _rows("أسفر نزاع عشائري مسلح بين عشيرتين في قضاء الشطرة عن مقتل شخص وإصابة اثنين.")
    assert [(r["event_type"], r["location"]) for r in rows] == [("Battles", "Al-Shatra")]
    assert "مسلح" not in rows[0]["actor1_mentions"] and "مسلح" not in rows[0]["actor2_mentions"]  # type: ignore[operator]
    assert rows[0]["inter1"] == 4


def test_iraqi_towns_the_place_data_lacked() -> None:
    for text, place in (
            ("انفجرت عبوة ناسفة على رتل للحشد الشعبي قرب ناحية آمرلي صباح اليوم.", "Amerli"),
            ("قصفت المدفعية التركية صباح اليوم قرى ناحية كاني ماسي في محافظة دهوك.", "Kani Masi"),
            ("اندلعت اشتباكات مسلحة بين عشيرتين في قضاء المجر الكبير بمحافظة ميسان أمس.", "Al-Majar al-Kabir"),
            ("قصفت طائرات تركية مسيرة مواقع لحزب العمال الكردستاني في جبال قنديل أمس.", "Qandil mountains")):
        rows = _rows(text)
        assert rows and rows[0]["location"] == place, (text, rows)


def test_headline_act_on_a_side_of_a_city_abroad_is_the_body_s_act_at_a_town_there() -> None:
    text = ("مقتل منتسبين اثنين بهجوم لداعش جنوبي كركوك\n\nكركوك - شفق نيوز\n\n"
            "قُتل منتسبان من الجيش العراقي، ليلة أمس الاثنين، بهجوم شنه عناصر من داعش على نقطة مرابطة في أطراف "
            "قضاء داقوق جنوبي المحافظة، واستمر الاشتباك نصف ساعة.")
    rows = [r for r in records(article_doc(text, DAY)) if not r["historical"]]
    assert [(r["event_type"], r["location"]) for r in rows] == [("Battles", "Daquq")]
    # (a headline on the other side of the city keeps its own act)
    text = text.replace("جنوبي كركوك", "شمالي كركوك")
    assert {r["location"] for r in records(article_doc(text, DAY))} == {"Kirkuk", "Daquq"}
