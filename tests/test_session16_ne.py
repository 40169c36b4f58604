"""Session 16 (developer NE: north-east Syria, North Press / Hawar / Enab Baladi style).

- Kurdish names of north-eastern towns that local outlets use (سري كانيه = Ras al-Ain, كري سبي = Tal Abyad,
  ديرك = al-Malikiyah, تربه سبيه = al-Qahtaniyah) are gazetteer aliases; ديرك, also a person name, only after a cue.
- A casualty word joined by "و" right after a number opens the next clause: the number counts the clause before it
  ("مقتل اثنين وإصابة ثلاثة", "مقتل مدنيين اثنين وإصابة ستة آخرين", "إصابة 22 واعتقال 3").
- "إلى" after a verb of dating back ("تعود بداية المواجهات إلى 27 آب، حين …") dates the act; it is no period's end.
- The second place of "بين مدينة X وبلدة Y" (a road or area between two places) is one target with the first.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

DAY = dt.date(2024, 5, 21)  # a Tuesday


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def _places(text: str) -> list[str]:
    return record_places(text, DAY)


# ---------------------------------------------------------------- Kurdish place names

def test_sere_kaniye_is_ras_al_ain() -> None:
    assert _places("اختطف مسلحون من الجيش الوطني السوري، أمس، ثلاثة مدنيين في مدينة سري كانيه.") == ["Ras Al Ain"]


def test_gire_spi_is_tal_abyad() -> None:
    assert _places("انفجرت عبوة ناسفة في سوق كري سبي، مساء أمس، ما أدى إلى مقتل مدني.") == ["Tell Abiad"]


def test_derik_is_al_malikiyah_after_a_cue() -> None:
    assert _places("خرج المئات من أهالي مدينة ديرك، اليوم، في مظاهرة تنديداً بالقصف التركي.") == ["Al-Malikeyyeh"]


def test_tirbespiye_is_al_qahtaniyah() -> None:
    assert _places("قصفت مسيرة تركية سيارة في بلدة تربه سبيه، اليوم، ما أدى إلى مقتل عنصرين من قسد.") \
        == ["Qahtaniyyeh"]


def test_guard_dirk_the_person_name_is_no_place() -> None:
    """Pure guard (passes on the old code too): the person name stays no place."""
    rows = _rows("قال النائب الألماني ديرك فيزي، اليوم، إن برلين تدين قصف مدينة حلب.")
    assert all(r["location"] != "Al-Malikeyyeh" for r in rows)


# ---------------------------------------------------------------- a number before a joined casualty word

def test_a_number_before_wa_isaba_counts_the_dead() -> None:
    rows = _rows("أسفر قصف مدفعي على مدينة الرقة، اليوم، عن مقتل اثنين وإصابة ثلاثة.")
    assert [r["fatalities"] for r in rows] == [2]


def test_a_number_after_a_plural_noun_before_wa_isaba() -> None:
    rows = _rows("انفجرت عبوة ناسفة في مدينة الرقة، اليوم، ما أسفر عن مقتل مدنيين اثنين وإصابة ستة آخرين.")
    assert [r["fatalities"] for r in rows] == [2]


def test_a_dual_with_its_number_before_wa_usiba() -> None:
    rows = _rows("قتل مدنيان اثنان وأصيب تسعة آخرون، اليوم، جراء قصف مسيرة تركية على مدينة منبج.")
    assert [r["fatalities"] for r in rows] == [2]


def test_a_count_before_wa_itiqal_is_of_the_wounded() -> None:
    rows = _rows("أعلن الهلال الأحمر إصابة 22 واعتقال 4 خلال اقتحام قوات الأمن مدينة الرقة، اليوم.")
    q: list[dict[str, int]] = [r["quantities"] for r in rows]  # type: ignore[misc]
    assert any(x.get("injured") == 22 for x in q) and all(x.get("arrested", 0) == 4 for x in q if "arrested" in x)


# ---------------------------------------------------------------- "تعود … إلى DATE": the act's date

def test_dating_back_to_a_day_dates_the_recalled_arrest() -> None:
    rows = _rows("تجددت الاشتباكات بين قسد ومقاتلين من العشائر في بلدة ذيبان بريف دير الزور، أمس.\n\n"
                 "وتعود بداية المواجهات إلى 27 من آب الماضي، حين اعتقلت قسد قائد مجلس دير الزور العسكري في "
                 "مدينة الحسكة.")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert [(r["event_date"], r["historical"]) for r in arrests] == [("2023-08-27", True)]


def test_dating_back_several_words_before_ila() -> None:
    rows = _rows("قصفت قوات النظام مدينة إدلب، اليوم، ما أدى إلى مقتل مدنيين.\n\n"
                 "ويعود تاريخ آخر مجزرة في المدينة إلى الخامس من آذار 2021، حين قتل 12 مدنيا بغارة روسية على "
                 "سوق المدينة.")
    assert sorted((r["event_date"], r["historical"]) for r in rows) == [("2021-03-05", True), ("2024-05-21", False)]


def test_guard_a_range_closed_by_ila_is_still_a_range() -> None:
    """Pure guard: "من 10 إلى 12 آذار" stays a span of three days."""
    rows = _rows("استمرت الاشتباكات من 10 إلى 12 آذار في مدينة إدلب بين قوات النظام والفصائل.")
    assert [r["event_date"] for r in rows] == ["2024-03-10", "2024-03-11", "2024-03-12"]


# ---------------------------------------------------------------- "بين مدينة X وبلدة Y": one target

def test_a_road_between_a_town_and_a_village_is_one_place() -> None:
    rows = _rows("قتل عنصران من قسد، مساء الأحد، إثر استهداف طائرة مسيرة تركية سيارة على الطريق الواصل بين "
                 "مدينة القامشلي وبلدة تل حميس.")
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Quamishli", 2)]


def test_guard_an_area_between_two_towns_is_one_place() -> None:
    """Pure guard (one place on the old code too, by another rule)."""
    rows = _rows("استهدفت غارة جوية روسية، اليوم، المنطقة الواقعة بين بلدة سراقب ومدينة إدلب.")
    assert len(rows) == 1


# ---------------------------------------------------------------- a count joined to a toll: more of that toll

def test_a_count_of_another_group_joined_to_the_dead_adds_to_them() -> None:
    rows = _rows("أسفرت الاشتباكات في بلدة ذيبان، اليوم، عن مقتل أربعة عناصر من قسد واثنين من مقاتلي العشائر.")
    assert [r["fatalities"] for r in rows] == [6]


def test_a_joined_count_in_digits() -> None:
    rows = _rows("قتل 5 عناصر من قوات النظام و3 من الفصائل في اشتباكات بمدينة سراقب، اليوم.")
    assert [r["fatalities"] for r in rows] == [8]


def test_guard_the_parts_of_a_toll_are_not_added() -> None:
    """Pure guard: the counts after "منهم" or a colon are parts of the toll, not more of it."""
    rows = _rows("استشهد شاب في مدينة رام الله، اليوم، برصاص قوات الاحتلال، وأصيب 8 آخرون، 6 منهم بالرصاص الحي، "
                 "و2 من جراء الضرب.")
    q: list[dict[str, int]] = [r["quantities"] for r in rows]  # type: ignore[misc]
    assert all(x.get("injured", 8) == 8 for x in q)
