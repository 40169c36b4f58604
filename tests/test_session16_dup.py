"""Session 16 (one event told several times, distinct acts told side by side, in Syrian local outlets' style).

- the edges of a town that is no governorate's capital ("أطراف مدينة سراقب") end a few km off it: a report there is
  no summary of the same force's act at a town 19 km away (Ariha), and two towns one sentence lists after the
  edges word ("أطراف بلدتي X وY") are two places of that sentence's act;
- a toll that rises with its figure before the toll head ("ارتفع إلى 4 عدد القتلى") gives that figure;
- "دولة الاحتلال التركي" (the SDF's and Kurdish outlets' name for Turkey) is Turkey's forces;
- a strike told as done during a fight ("بقصف مدفعي … أثناء المواجهات مع …") is the weapon of the clash at that
  place that day: one Battles record.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 11, 10)


def _places(rows: list[dict[str, object]]) -> list[str]:
    return sorted(str(r["location"]) for r in rows)


def test_edges_of_a_town_are_not_the_surroundings_of_another() -> None:
    text = ("قصف على ريف إدلب\n"
            "قتلت امرأة بقصف صاروخي لقوات النظام على مدينة أريحا صباح اليوم.\n"
            "كما استهدفت قوات النظام بالقذائف أطراف مدينة سراقب، دون إصابات.")
    rows = record_rows(text, DAY)
    assert _places(rows) == ["Ariha", "Saraqab"]


def test_edges_of_a_town_then_the_town_apart_in_another_shape() -> None:
    text = ("قصف مدفعي\n"
            "وطال القصف المدفعي لقوات النظام على أطراف مدينة سراقب منذ الصباح.\n"
            "وفي أريحا، أصيب طفلان بقصف لقوات النظام اليوم.")
    rows = record_rows(text, DAY)
    assert _places(rows) == ["Ariha", "Saraqab"]


def test_two_towns_listed_after_the_edges_word_are_two_records() -> None:
    text = ("قصف في الجنوب\n"
            "قصفت قوات النظام اليوم أطراف بلدتي طفس والمزيريب بقذائف الهاون، دون معلومات عن إصابات.")
    rows = record_rows(text, DAY)
    assert _places(rows) == ["Mzeireb", "Tafas"]


def test_surroundings_of_a_capital_still_sum_up_a_town_beside_it() -> None:
    """Guard (passes on the old code too): "محيط مدينة إدلب" sums up the report at Binnish, 7 km off."""
    text = ("قصف على محيط مدينة إدلب\n"
            "قصفت قوات النظام محيط مدينة إدلب اليوم.\n"
            "وقتل رجل بقصف قوات النظام على بلدة بنش.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1


def test_toll_risen_with_the_figure_before_the_toll_word() -> None:
    text = ("حصيلة\n"
            "ارتفع إلى 4 عدد القتلى جراء القصف المدفعي لقوات النظام على مدينة سراقب اليوم.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1 and rows[0]["fatalities"] == 4
    text = ("حصيلة\n"
            "وارتفع إلى خمسة عدد المدنيين الذين قتلوا في الغارة الروسية على بلدة بنش اليوم.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1 and rows[0]["fatalities"] == 5


def test_state_of_the_turkish_occupation_is_turkey() -> None:
    text = ("مسيرة\n"
            "وأكد المكتب الإعلامي لقوات سوريا الديمقراطية، في بيان، مقتل ثلاثة من مقاتليه جراء قصف بطائرة مسيّرة "
            "تابعة لدولة الاحتلال التركي قرب تل تمر اليوم.")
    rows = record_rows(text, DAY)
    assert len(rows) == 1 and str(rows[0]["actor1"]).startswith("Military Forces of Turkey")
    rows = record_rows("قصف\nقصفت دولة الاحتلال التركي قرى في ريف تل تمر بالمدفعية اليوم.", DAY)
    assert len(rows) == 1 and str(rows[0]["actor1"]).startswith("Military Forces of Turkey")


def test_strike_during_a_clash_is_the_clash() -> None:
    text = ("قتلى بقصف لقوات النظام في جاسم\n"
            "قُتل ثلاثة من أبناء مدينة جاسم بريف درعا الشمالي، مساء اليوم، بقصف مدفعي لقوات النظام خلال تصدي "
            "مقاتلين محليين لقوة حاولت اقتحام المدينة.\n"
            "وقال مصدر محلي إن رتلاً لقوات النظام تقدم نحو المدينة، فاشتبك معه مقاتلون محليون بالأسلحة الخفيفة.")
    rows = record_rows(text, dt.date(2022, 3, 15))
    assert [(r["event_type"], r["fatalities"]) for r in rows] == [("Battles", 3)]


def test_strike_beside_a_clash_without_during_stays_apart() -> None:
    """Guard (passes on the old code too): a strike not told as done during the fight is an event of its own."""
    text = ("قصف في جاسم\n"
            "قصفت قوات النظام مدينة جاسم بالمدفعية اليوم ما أدى لمقتل ثلاثة مسلحين.\n"
            "واندلعت اشتباكات بين قوات النظام ومقاتلين محليين في مدينة جاسم بعد محاولة الأولى اقتحامها.")
    rows = record_rows(text, dt.date(2022, 3, 15))
    assert sorted(str(r["event_type"]) for r in rows) == ["Battles", "Explosions/Remote violence"]


def test_reporter_of_an_outlet_named_with_today_tells_the_clash_of_the_lead() -> None:
    text = ("اشتباكات في جنديرس\n"
            "اندلعت اشتباكات بين فصيلين من الجيش الوطني في بلدة جنديرس مساء الإثنين.\n"
            "وأفاد مراسل حلب اليوم بأن الاشتباكات أسفرت عن مقتل عنصر وإصابة اثنين.")
    rows = record_rows(text, dt.date(2023, 8, 15))
    assert [(r["event_date"], r["fatalities"]) for r in rows] == [("2023-08-14", 1)]


def test_source_account_of_the_act_by_its_definite_noun_is_that_act() -> None:
    text = ("قصف على الأتارب\n"
            "قصفت قوات النظام بالمدفعية مدينة الأتارب غربي حلب يوم الأحد.\n"
            "وقال مصدر محلي لموقع حلب اليوم إن القصف طال منازل المدنيين وأدى إلى مقتل امرأة.")
    rows = record_rows(text, dt.date(2023, 8, 15))
    assert [(r["event_date"], r["fatalities"]) for r in rows] == [("2023-08-13", 1)]
