"""Session 17 (cst): the coast and the centre of Syria after December 2024 in the voices of Syria TV, Enab Baladi,
SOHR and state media.

- "أقدم … على <noun>" tells the act named by the noun as done, as "قام … ب<noun>" does;
- the dual of the gunmen ("مسلحان", "ملثمان") names unidentified armed men, as the plural does;
- the Defence Ministry's forces named by their affiliation ("القوات التابعة لوزارة الدفاع") are the state's army;
- "الخطف" after a bare "في" is kidnapping ("تنشط في الخطف"), not the village near Manbij;
- hand grenades thrown beside machine guns in an attack on a checkpoint make an armed clash, not a grenade attack;
- the town of the hospital the wounded were taken to ("نُقل الجريح إلى المشفى الوطني في جبلة") is not the act's place;
- "ما أدى إلى وفاته" counts the one named before as killed, as "مقتله" does.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, record_rows

OCT_2025 = dt.date(2025, 10, 27)
DEC_2025 = dt.date(2025, 12, 2)
JUN_2025 = dt.date(2025, 6, 12)


def test_ventured_on_a_noun_tells_the_act_done() -> None:
    rows = event_rows("وفي مدينة حمص، أقدم مسلحون يستقلون دراجة نارية على إطلاق النار على رجل خمسيني أمام محله "
                      "التجاري، مساء أمس الأحد.", OCT_2025)
    assert rows and rows[0][:2] == ("Violence against civilians", "Attack")


def test_oldest_is_no_light_verb() -> None:
    """Guard (passes on the old code too): "أقدم" as "the oldest" before "على الإطلاق" tells no act."""
    assert event_rows("تعد هذه الكنيسة أقدم كنيسة في المدينة على الإطلاق.", OCT_2025) == []


def test_two_gunmen_are_unidentified_armed_men() -> None:
    rows = event_rows("أطلق مسلحان النار على سائق سيارة أجرة في مدينة جبلة مساء أمس.", OCT_2025)
    assert rows and rows[0][2] == "unidentified"
    rows = event_rows("أطلق ملثمان النار على تاجر في بلدة القدموس أمس.", OCT_2025)
    assert rows and rows[0][2] == "unidentified"


def test_the_ministry_of_defence_forces_by_affiliation_are_the_army() -> None:
    rows = record_rows("أُصيب ثلاثة عناصر من القوات التابعة لوزارة الدفاع بانفجار عبوة ناسفة قرب بلدة جب رملة "
                       "صباح اليوم.", DEC_2025)
    assert rows and rows[0]["actor2"] == "Military Forces of Syria (2024-)"
    rows = record_rows("قُتل اثنان من عناصر وزارة الدفاع بهجوم لمسلحين على نقطة عسكرية في ريف حماة أمس.", DEC_2025)
    assert rows and "Military Forces of Syria (2024-)" in (rows[0]["actor1"], rows[0]["actor2"])


def test_kidnapping_after_a_bare_in_is_no_village() -> None:
    text = "ألقت قوى الأمن الداخلي القبض على عصابة تنشط في الخطف وطلب الفدية في ريف حمص الغربي أمس."
    assert "Al Khataf" not in [str(r["location"]) for r in record_rows(text, JUN_2025)]


def test_grenades_beside_machine_guns_are_a_clash() -> None:
    rows = event_rows("استهدف مسلحون حاجزاً للأمن العام في بلدة بيت ياشوط بالأسلحة الرشاشة والقنابل اليدوية مساء أمس.",
                      JUN_2025)
    assert rows and rows[0][:2] == ("Battles", "Armed clash")


def test_a_grenade_alone_stays_a_grenade() -> None:
    """Guard (passes on the old code too): a grenade thrown with no gun named is a grenade attack."""
    rows = event_rows("ألقى مجهولون قنبلة يدوية على حاجز للأمن العام في بلدة عين حلاقيم ليل أمس.", JUN_2025)
    assert rows and rows[0][:2] == ("Explosions/Remote violence", "Grenade")


def test_the_hospitals_town_is_not_the_place_of_the_act() -> None:
    text = ("قُتل عنصران من الأمن العام مساء أمس بهجوم لمسلحين على حاجز عند مدخل بلدة بيت ياشوط في ريف اللاذقية.\n"
            "وأوضح مصدر أمني أن المهاجمين استهدفوا الحاجز بالرشاشات قبل أن يفروا، مبيناً أن جريحاً نُقل إلى "
            "المشفى الوطني في جبلة.")
    places = [str(r["location"]) for r in record_rows(text, JUN_2025)]
    assert places and "Jablah" not in places and "Jableh" not in places


def test_death_by_its_pronoun_counts_the_one_named() -> None:
    rows = record_rows("أطلق مسلحون النار على رجل أمام محله في مدينة حمص أمس، ما أدى إلى وفاته على الفور.", OCT_2025)
    assert rows and rows[0]["fatalities"] == 1
    rows = record_rows("أطلق مسلحون النار على شقيقين قرب مدينة مصياف أمس، ما أدى إلى وفاتهما.", OCT_2025)
    assert rows and rows[0]["fatalities"] == 2
