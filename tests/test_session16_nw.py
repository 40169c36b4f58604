"""Session 16 (north-west Syrian outlets: Syria TV, Halab Today, Enab Baladi, 2020-2024).

- the village al-Ziyara (Ghab plain) after a place cue ("قرية الزيارة"), while "الزيارة" alone stays the noun (visit);
- the owner of the weapon an act was done with ("بطائرة مسيّرة تابعة لقوات النظام") is the attacker;
- a day of the month after a casualty verb ("قُتلوا في 22 من تموز") takes no casualty word from the count before it;
- places that a verb of witnessing makes its subject ("شهدت مدينة X وبلدة Y وقفات") are one event each;
- an initial that keeps a name unsaid ("الناشط (م.ع)", "أ. ح.") ends no sentence;
- a page's tag line ("الكلمات المفتاحية: …") is debris; the outlet "حلب اليوم" is no place.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.segment import sentences
from rasd.clean.debris import clean_text
from rasd.document import Document
from rasd.pipeline import Pipeline

DAY = dt.date(2022, 11, 23)


def _places(text: str) -> list[str]:
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return [p.value.name_en for p in doc.layer("places")]


def _rows(text: str, day: dt.date = DAY) -> list[tuple[str, str, str, str, int]]:
    return [(str(r["event_type"]), str(r["location"]), str(r["actor1"]), str(r["actor2"]), int(r["fatalities"]))
            for r in record_rows(text, day)]


def test_village_ziyara_after_a_place_cue() -> None:
    assert "Ziyara" in _places("قُتل مزارع، أمس، بقصف مدفعي على قرية الزيارة في سهل الغاب.")
    assert "Ziyara" in _places("سقطت قذائف على أطراف ناحية الزيارة شمال غربي حماة.")


def test_ziyara_bare_is_the_noun_visit() -> None:  # guard (passes on the old code too)
    assert "Ziyara" not in _places("وصل الوفد الروسي في الزيارة الثالثة إلى دمشق.")


def test_owner_of_the_drone_the_act_was_done_with_is_the_attacker() -> None:
    rows = _rows("قُتل مدني، اليوم، بطائرة مسيّرة انتحارية تابعة لقوات النظام في بلدة البارة.")
    assert rows and rows[0][2].startswith("Military Forces of Syria"), rows
    rows = _rows("أصيب ثلاثة مدنيين بقصف بطائرات مسيرة تابعة لقوات النظام على قرية كنصفرة.")
    assert rows and rows[0][2].startswith("Military Forces of Syria"), rows


def test_owner_of_a_position_hit_stays_the_target() -> None:  # guard
    rows = _rows("استهدفت الفصائل بالصواريخ مقراً تابعاً لقوات النظام في بلدة البارة.")
    assert rows and rows[0][3].startswith("Military Forces of Syria"), rows


def test_a_day_of_the_month_after_the_verb_takes_no_casualty_word() -> None:
    rows = _rows("وكان 7 مدنيين قد قُتلوا في 22 من تموز الماضي، بغارة روسية على مدينة جسر الشغور.")
    assert [r[4] for r in rows] == [7], rows
    rows = _rows("وكان خمسة عناصر قد قتلوا في 12 آذار الماضي بقصف لقوات النظام على بلدة كنصفرة.")
    assert [r[4] for r in rows] == [5], rows


def test_places_witnessing_an_act_are_one_event_each() -> None:
    day = dt.date(2024, 3, 8)
    rows = _rows("شهدت مدينة سرمدا وبلدة بنش، اليوم الجمعة، وقفات احتجاجية طالبت بالإفراج عن المعتقلين.", day)
    assert sorted(r[1] for r in rows) == ["Bennsh", "Sarmada"], rows
    rows = _rows("وشهد ريف إدلب الجنوبي، اليوم، قصفاً لقوات النظام على قريتي البارة وكنصفرة.", day)
    assert sorted(r[1] for r in rows) == ["Al-Bara", "Kansafra"], rows  # guard: places after the act word


def test_initials_end_no_sentence() -> None:
    text = "اعتقل الأمن العام الناشط (م.ع) من منزله في مدينة الأتارب. وقال الشاب أ. ح. إن الدورية انسحبت."
    got = [text[s.start:s.end] for s in sentences(text)]
    assert len(got) == 2 and got[0].endswith("الأتارب."), got


def test_an_initial_keeps_the_arrest_at_its_town() -> None:  # guard
    rows = _rows("اعتقلت دورية لهيئة تحرير الشام، يوم الأربعاء، الناشط (م.ع) من منزله في مدينة الأتارب غربي حلب.",
                 dt.date(2024, 3, 8))
    assert [r[1] for r in rows] == ["Atareb"], rows


def test_tag_line_is_debris() -> None:
    c = clean_text("انفجرت عبوة ناسفة في مدينة الباب.\nالكلمات المفتاحية: الباب - تفجير - ريف حلب\nالوسوم: إدلب، قصف")
    assert c.text == "انفجرت عبوة ناسفة في مدينة الباب.", c.text


def test_outlet_halab_today_is_no_place() -> None:
    assert _places("قال مراسل حلب اليوم إن القصف طال مدينة الباب.") == ["Al Bab"]


def test_the_arms_a_thing_hit_carries_are_not_the_means() -> None:  # guard (the old code never read them so)
    rows = _rows("دمّرت طائرة مسيرة روسية، اليوم، قافلة من الآليات المسلحة بصواريخ تابعة للقوات الأوكرانية قرب خيرسون.")
    assert rows and rows[0][2].startswith("Military Forces of Russia") and rows[0][3].startswith(
        "Military Forces of Ukraine"), rows
