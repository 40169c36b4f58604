"""Session 18 (PLACE4): the event's place among the places near the act in Syrian local outlets — the positions fire
was launched from ("من مواقعها في X", "من نقطتها العسكرية قرب بلدة X") are no event place; a "مصدره مواقعها في X"
phrase ends at its place; the attackers' way out ("ثم فرّوا باتجاه X", "انسحبوا باتجاه القرى … في ريف X") is not
where they struck; the adjective "الجبلية" is no place; a town named as such is more precise than the same town as a
headline's road end, so the road's far end named later does not take the event; "غارتين" reports air strikes."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2025, 5, 18)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


def test_shelling_from_positions_in_a_town_is_at_its_target() -> None:
    assert _places("قصفت قوات النظام من مواقعها في مدينة سراقب الأحياء السكنية في مدينة أريحا أمس.") == ["Ariha"]


def test_shells_fired_from_a_post_near_a_town_fall_elsewhere() -> None:
    text = ("أصيب مدنيان بجروح مساء أمس جراء قذائف أطلقتها قوات الاحتلال من نقطتها العسكرية قرب بلدة الرفيد "
            "وسقطت على أطراف بلدة سحم الجولان.")
    assert _places(text) == ["Saham al-Jawlan"]


def test_positions_in_the_surroundings_of_a_town_set_off_by_commas() -> None:
    text = 'قصفت فصائل "الجيش الوطني"، من مواقعها في محيط مدينة منبج، قرى قريبة من سد تشرين أمس.'
    assert _places(text) == ["Tishrin Dam"]


def test_guard_leaving_positions_happens_there() -> None:
    """Guard (passes on the old code too): a withdrawal from positions in X is at X."""
    assert set(_places("انسحبت القوات الإسرائيلية أمس من مواقعها في بلدة الرفيد بعد اشتباك مع مسلحين.")) == {"Al-Rafid"}


def test_guard_a_post_that_was_hit_is_the_target() -> None:
    """Guard (passes on the old code too): "نقطة من نقاطه في X" is a part of the positions that was struck."""
    assert _places("قتل جنديان أمس بقصف استهدف نقطة من نقاطه في بلدة الرفيد.") == ["Al-Rafid"]


def test_fire_source_phrase_ends_at_its_place() -> None:
    assert _places("قتل مدنيان أمس بقصف مدفعي لقوات النظام مصدره مواقعها في سراقب استهدف مدينة أريحا.") == ["Ariha"]


def test_attackers_fleeing_toward_a_town_did_not_strike_there() -> None:
    text = ("وقتل شاب أمس برصاص مسلحين مجهولين في مدينة جاسم. وأكد ناشطون أن المسلحين أطلقوا النار ثم فروا باتجاه "
            "مدينة نوى.")
    assert set(_places(text)) == {"Jasim"}


def test_withdrawal_toward_a_described_area_in_a_town() -> None:
    text = ("وقتل شاب أمس برصاص مسلحين مجهولين في مدينة جاسم. وأكد ناشطون أن المسلحين أطلقوا النار ثم انسحبوا باتجاه "
            "المزارع الواقعة في بلدة نوى.")
    assert set(_places(text)) == {"Jasim"}


def test_flight_toward_the_desert_in_a_towns_countryside() -> None:
    text = ("قتل عنصران من قسد أمس بهجوم مسلحين على حاجز في بلدة الطيانة. وأضاف المرصد أن المهاجمين فروا بعد الاشتباك "
            "نحو البادية في ريف مدينة الميادين.")
    assert set(_places(text)) == {"Al-Tayyana"}


def test_guard_people_struck_while_returning_to_a_quarter_of_a_camp() -> None:
    """Guard (passes on the old code too): a return "إلى … في مخيم Y" is no way out; the strike is at Y."""
    text = "استشهد ثلاثة مواطنين أمس بغارة إسرائيلية استهدفتهم أثناء عودتهم إلى المنازل المدمرة في مخيم جباليا."
    assert _places(text) == ["Jabalia"]


def test_mountain_villages_are_no_place() -> None:
    text = ("وقتل عنصران من الأمن العام أمس بكمين لمسلحين قرب مدينة صافيتا. وقال مصدر إن المهاجمين انسحبوا بعد اشتباك "
            "استمر ساعة باتجاه القرى الجبلية في ريف الشيخ بدر.")
    assert set(_places(text)) == {"Safita"}


def test_headline_road_end_does_not_pull_the_event_to_the_far_end() -> None:
    text = ("مسيّرة تركية تستهدف سيارة على طريق عين عيسى – الرقة\n"
            "الرقة – خاص\n\n"
            "قُتل ثلاثة مدنيين أمس بقصف من طائرة مسيّرة تركية استهدف سيارتهم على الطريق الواصل بين بلدة عين عيسى "
            "ومدينة الرقة، على بُعد نحو عشرة كيلومترات جنوب عين عيسى.\n\n"
            "وقال مصدر طبي في مشفى الرقة الوطني إن الجثث نُقلت إليه.\n\n"
            "وقال شاهد من قرية قريبة إن المسيّرة حلّقت في سماء المنطقة لأكثر من ساعة قبل أن تطلق صاروخين على السيارة.")
    rows = records(article_doc(text, DAY))
    assert [str(r["location"]) for r in rows] == ["Ein Issa"]


def test_two_air_strikes_dual() -> None:
    rows = record_rows("شنّت طائرة حربية روسية أمس غارتين على أطراف مدينة جسر الشغور.", DAY)
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Air/drone strike", "Jisr-Ash-Shugur")]
