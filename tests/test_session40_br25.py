"""Session 40 (br25): borders and smuggling fronts.  The Jordanian border towns and the Jordanian army's fronts, the
Lebanese villages of the Hermel border and Iraq's border town by al-Qaim are places; the outlet between two dashes
of a dateline ("عمان - الغد -") and a dateline line of its own ("بغداد – واع") are where the report was filed; a border
act told only at a front takes the village across the line that the next lines name ("المنطقة المقابلة لبلدة X");
a desert told by the foreign province after it ("البادية الواقعة شرقي محافظة المفرق") is that province's; Iraq's Border
Forces Command is the Iraqi state; an arrest the clash yielded, placed at the province, folds into the clash."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def test_drone_downed_near_ramtha_is_in_jordan() -> None:
    text = ("أسقطت وحدات من الجيش الأردني مساء الأحد طائرة مسيرة محملة بقذائف قادمة من الأراضي السورية قرب مدينة "
            "الرمثا شمالي المملكة، من دون إصابات.")
    rows = _rows(text, dt.date(2024, 9, 2), "Strategic developments")
    assert rows
    assert rows[0]["location"] == "Ar Ramtha"


def test_outlet_between_dashes_is_no_place_of_the_act() -> None:
    text = ("عمان - الرأي - اشتبكت قوات حرس الحدود في المنطقة العسكرية الشرقية فجر اليوم الأحد مع مجموعة من "
            "المهربين المسلحين حاولت اجتياز الحدود، ما أدى إلى مقتل اثنين منهم.")
    rows = _rows(text, dt.date(2023, 3, 5), "Battles")
    assert rows
    assert rows[0]["location"] != "Amman"
    assert float(rows[0]["longitude"]) > 37.0  # type: ignore[arg-type]


def test_agency_line_of_a_dateline_is_no_place_of_the_act() -> None:
    text = ("ضربات جوية على أوكار داعش\nبغداد – واع\n\nأعلنت خلية الإعلام الأمني إحباط محاولة تسلل عبر الشريط "
            "الحدودي غربي قضاء القائم في محافظة الأنبار.\n\nوأفاد البيان بأن طيران الجيش العراقي نفذ فجر اليوم ضربة "
            "جوية استهدفت مخبأ لعصابات داعش في صحراء القائم، ما أسفر عن تدميره.")
    rows = [r for r in records(article_doc(text, dt.date(2021, 4, 12)))
            if r["event_type"] == "Explosions/Remote violence"]
    assert rows
    assert rows[0]["location"] != "Baghdad"


def test_border_clash_takes_the_village_across_the_line() -> None:
    text = ("مقتل ثلاثة مهربين على الحدود\nعمان - الغد - اشتبكت قوات حرس الحدود في المنطقة العسكرية الشمالية فجر "
            "اليوم الخميس مع مهربين مسلحين حاولوا اجتياز الحدود بطريقة غير مشروعة، ما أدى إلى مقتل ثلاثة منهم.\n\n"
            "وأوضح مصدر عسكري أن المهربين تسللوا من المنطقة المقابلة لبلدة ذيبين في ريف السويداء الجنوبي مستغلين "
            "الضباب.")
    rows = [r for r in records(article_doc(text, dt.date(2024, 2, 8))) if r["event_type"] == "Battles"]
    assert rows
    assert rows[0]["location"] == "Thibeen"


def test_desert_told_by_a_foreign_province_is_that_province() -> None:
    text = ("قتلت قوات حرس الحدود الأردنية فجر اليوم خمسة مهربين في اشتباك وقع في البادية الواقعة شرقي محافظة "
            "المفرق، خلال محاولتهم إدخال شحنة مخدرات.")
    rows = _rows(text, dt.date(2022, 12, 1), "Battles")
    assert rows
    assert rows[0]["country"] == "Jordan"


def test_iraqi_border_forces_command_is_the_iraqi_state() -> None:
    text = ("اشتبكت قطعات من قيادة قوات الحدود مساء أمس مع مجموعة من المهربين قرب قضاء القائم غربي الأنبار، ما أسفر "
            "عن مقتل أحدهم.")
    rows = _rows(text, dt.date(2023, 6, 20), "Battles")
    assert rows
    names = {rows[0]["actor1"], rows[0]["actor2"]}
    assert any(str(n).startswith("Military Forces of Iraq") for n in names)


def test_arrest_the_clash_yielded_at_the_province_folds_into_it() -> None:
    text = ("اشتباك مع مهربين قرب الحدود السورية\nأفاد مصدر أمني في محافظة الأنبار، يوم الأربعاء، بمقتل مهرب وإلقاء "
            "القبض على آخر إثر اشتباك مسلح مع قوات الحدود العراقية قرب الشريط الحدودي مع سوريا غربي قضاء القائم.\n\n"
            "وقال المصدر إن قطعات من قيادة قوات الحدود رصدت فجر اليوم مجموعة من المهربين قرب مدينة الحصيبة واشتبكت "
            "معها بعد رفضها التوقف.")
    rows = records(article_doc(text, dt.date(2023, 8, 2)))
    clashes = [r for r in rows if r["event_type"] == "Battles"]
    assert clashes
    assert any(str(n).startswith("Military Forces of Iraq") for n in (clashes[0]["actor1"], clashes[0]["actor2"]))
    assert not any(r["sub_event_type"] == "Arrests" for r in rows)


def test_hermel_border_villages_are_places() -> None:
    text = "تعرضت بلدة القصر في قضاء الهرمل لقصف مدفعي صباح اليوم، ما أدى إلى إصابة رجل بجروح."
    rows = _rows(text, dt.date(2025, 3, 20), "Explosions/Remote violence")
    assert rows
    assert rows[0]["location"] == "Al-Qasr (Hermel)"
    text = "تجددت الاشتباكات مساء الإثنين بين أبناء العشائر في بلدة حوش السيد علي وقوات سورية منتشرة قبالتها."
    rows = _rows(text, dt.date(2025, 3, 18), "Battles")
    assert rows
    assert rows[0]["location"] == "Hawsh al-Sayyid Ali"
