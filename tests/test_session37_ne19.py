"""Session 37 (ne19): Syria's north-east and east.  Villages listed as parts of one area ("قرى X وY التابعة لناحية
Z") whose only namesakes lie in another governorate are villages of that area, not the namesakes; attackers who
flee in the dual ("ثم لاذا بالفرار باتجاه X") do not place the act where they fled; an unnamed cell in the singular
and a worker named by his workplace are an unidentified group and a civilian; a wounded man's later death that
closes a paragraph does not date the next paragraph's act ("وبعد ساعات، …"); Zirgan (Abu Rasin) is a place."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 5, 18)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_listed_villages_of_a_subdistrict_are_not_namesakes_in_another_governorate() -> None:
    # "تل طويل" is known only as a village of Afrin (Aleppo); the list is put in Tall Tamr's subdistrict (al-Hasakah)
    rows = _rows("استهدفت القوات التركية بقذائف المدفعية أمس قرى تل طويل وأم العصافير والخربة التابعة لناحية تل تمر "
                 "في ريف الحسكة، دون وقوع إصابات.")
    shelled = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert shelled and all(r["admin1"] == "Al-Hasakah" for r in shelled)


def test_gunmen_fleeing_in_the_dual_are_on_their_way_out() -> None:
    from rasd.geo.assign import _WAY_OUT

    for before in ("أطلقا عدة رصاصات على الرجل، ثم لاذا بالفرار", "قبل أن ينسحبا", "ثم هربا مسرعين"):
        assert _WAY_OUT.search(before), before


def test_an_unnamed_cell_kills_a_worker_at_his_workplace() -> None:
    rows = _rows("قتلت خلية مجهولة أمس عاملاً في حقل التنك النفطي بريف دير الزور الشرقي.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_a_worker_named_in_the_nominative_is_a_civilian() -> None:
    rows = _rows("قُتل عامل في أحد الحقول النفطية أمس برصاص مسلحين مجهولين في بلدة الشعفة بريف دير الزور.")
    assert rows and rows[0]["event_type"] == "Violence against civilians" and rows[0]["inter2"] == 7


def test_a_later_death_of_wounds_does_not_date_the_next_act() -> None:
    text = ("الحسكة - مراسلنا\n"
            "استهدفت مسيّرة تركية، ظهر أمس، سيارة تقلّ ثلاثة مقاتلين على طريق قرية تل كوجر، ما أدى إلى مقتل اثنين "
            "وإصابة الثالث بجروح خطيرة، فارق على إثرها الحياة صباح اليوم في مشفى المالكية.\n"
            "وبعد ساعات، قصفت مسيّرة أخرى دراجة نارية عند أطراف مدينة عامودا، ما أدى إلى مقتل مدني.")
    rows = [r for r in _rows(text) if r["location"] == "Amuda"]
    assert rows and all(r["event_date"] == "2022-05-17" for r in rows)


def test_zirgan_is_a_place_of_al_hasakah() -> None:
    rows = _rows("قصفت القوات التركية أمس بالمدفعية الثقيلة محيط بلدة زركان (أبو راسين) شمالي الحسكة.")
    assert rows and rows[0]["location"] == "Zirgan (Abu Rasin)"
