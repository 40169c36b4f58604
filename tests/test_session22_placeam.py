"""Session 22 (PLACEAM): where a death's act is.  A death word whose cause phrase follows it ("الذي قضى في عدوان على
منطقة X", "قتل بقصف على قرية X", "لقي مصرعه بقصف استهدف بلدة X") is placed by the act word of that phrase, so a place
of the sentence's main clause before the death word (the embassy that receives mourners, the town of the funeral, the
seat of the faction that mourns) no longer beats the act's own place; and a countryside whose side stands before the
name ("الريف الشرقي لدير الزور") is put on that side, as "ريف دير الزور الشرقي" is."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 1)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_mourning_at_an_embassy_strike_on_a_district() -> None:
    rows = _rows("استقبلت السفارة الإيرانية في دمشق المعزين باستشهاد المستشار الذي قتل في غارة إسرائيلية على منطقة "
                 "السيدة زينب يوم الإثنين.")
    assert [r["location"] for r in rows] == ["Sayyidah Zaynab"]


def test_funeral_town_before_the_shelled_town() -> None:
    rows = _rows("شيّع أهالي مدينة جبلة أمس الشاب الذي لقي مصرعه بقصف مدفعي استهدف بلدة كنسبا.")
    assert rows and rows[0]["location"] == "Kansaba"


def test_death_told_in_a_second_sentence_of_the_strike() -> None:
    # the strike's own sentence names no place; the next one tells the death after a main clause at another town
    rows = _rows("استهدفت غارة إسرائيلية أمس موقعاً عسكرياً.\nوتجمع المعزون في مدينة طرطوس باستشهاد الضابط، الذي قضى "
                 "في عدوان على مدينة بانياس.")
    strikes = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert strikes and strikes[0]["location"] == "Banyas"


def test_guard_place_between_death_and_act_is_the_deaths() -> None:
    # pure guard (held before too): the town named right after the death word stays the place
    rows = _rows("أعلنت مصادر في درعا مقتل شاب في بلدة طفس بقصف مدفعي استهدف منزله.")
    assert rows and rows[0]["location"] == "Tafas"


def test_guard_clash_sentence_does_not_take_the_strike_of_its_aside() -> None:
    # pure guard: a clash told with an aside about a drone strike elsewhere stays at the clash's place
    text = ("تجددت أمس الاشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني في محيط سد تشرين، في وقت قتل فيه "
            "مدنيان بقصف لطائرة مسيّرة تركية على بلدة عين عيسى.\nوقالت القوات إن الاشتباكات أسفرت عن مقتل خمسة من "
            "عناصر الفصائل.")
    rows = _rows(text)
    battles = [r for r in rows if r["event_type"] == "Battles"]
    assert battles and all(r["location"] == "Tishrin Dam" for r in battles)


def test_side_before_the_governorate_name() -> None:
    before = _rows("قصفت المدفعية مواقع في الريف الشرقي لدير الزور أمس.")
    after = _rows("قصفت المدفعية مواقع في ريف دير الزور الشرقي أمس.")
    assert before and after and before[0]["geo_precision"] == 2
    assert (before[0]["latitude"], before[0]["longitude"]) == (after[0]["latitude"], after[0]["longitude"])


def test_side_before_the_governorate_name_northern() -> None:
    before = _rows("داهمت القوات منازل في الريف الشمالي لحماة واعتقلت عشرة شبان.")
    after = _rows("داهمت القوات منازل في ريف حماة الشمالي واعتقلت عشرة شبان.")
    assert before and after
    assert (before[0]["latitude"], before[0]["longitude"]) == (after[0]["latitude"], after[0]["longitude"])
