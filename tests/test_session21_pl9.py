"""Session 21 (pl9): the place of an act named in another paragraph or only as a region.  An attacker's way out
told with the verb in any person or before its subject ("قبل أن يفرّ المهاجمون باتجاه X", "ثم هرب المسلح نحو X",
"وتفرّ المجموعة إلى X") is where they went, not where they struck: the act keeps the town the anaphor "البلدة"
points back to.  "بادية دير الزور" is Deir ez-Zor's desert, not the central Badia near Palmyra, and "البادية
جنوبي سوريا" the country's south."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 9)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


def test_attackers_fleeing_toward_another_governorate_leave_the_act_at_the_town() -> None:
    places = _places("تشهد بلدة القريا في ريف السويداء توترا أمنيا منذ الصباح.\n"
                     "وكان مسلحون مجهولون قد هاجموا ليل الأحد حاجزا لفصيل محلي عند مدخل البلدة، ما أسفر عن مقتل "
                     "عنصرين، قبل أن يفرّ المهاجمون باتجاه الريف الغربي لدرعا.")
    assert places and "Daraa" not in places and "Qarayya" in places


def test_a_feminine_present_fleeing_verb_after_the_act() -> None:
    places = _places("هجوم على دورية للأمن العام في بلدة نوى بريف درعا الغربي.\n"
                     "واستهدفت مجموعة مسلحة الدورية بالرصاص عند أطراف البلدة ما أدى إلى مقتل عنصر، قبل أن تفرّ نحو "
                     "مدينة طفس.")
    assert places == ["Nawa"]


def test_a_plural_fleeing_verb_known_before() -> None:
    """Guard (passes on the old code, which knew "فرّوا"): the town of the act, not the one they fled to."""
    places = _places("توتر في بلدة جاسم بعد مقتل عنصر من الأمن العام.\n"
                     "وكان مسلحون قد أطلقوا النار على دورية عند أطراف البلدة ليل أمس، ثم فرّوا إلى مدينة إنخل.")
    assert places == ["Jasim"]


def test_deir_ez_zor_desert_is_deir_ez_zor() -> None:
    rows = record_rows("قتل جنديان بهجوم لتنظيم داعش على نقطة للجيش في بادية دير الزور.", DAY)
    assert rows and rows[0]["admin1"] == "Deir ez-Zor"


def test_the_bare_badia_stays_the_syrian_desert() -> None:
    """Guard (passes on the old code): the bare Badia and Homs's desert keep the region's centroid."""
    rows = record_rows("قتل جنديان بهجوم لتنظيم داعش على نقطة للجيش في البادية السورية.", DAY)
    assert rows and rows[0]["location"] == "Syrian Desert (Badia)"


def test_the_desert_of_southern_syria_is_the_south() -> None:
    """"البادية جنوبي سوريا", "البادية جنوب البلاد": the desert of the country's south, not the central Badia."""
    for text in ("اعتقل الجيش خمسة من عناصر داعش خلال عملية أمنية في البادية جنوبي البلاد.",
                 "قتل ثلاثة جنود بهجوم لتنظيم داعش على نقطة عسكرية في البادية جنوب سوريا."):
        rows = record_rows(text, DAY)
        assert rows and rows[0]["location"] == "Southern Syria (Daraa, Quneitra, Suwayda)"


def test_the_desert_south_of_a_town_is_at_the_town() -> None:
    """Guard (passes on the old code): a compass word before a town keeps the town."""
    rows = record_rows("قتل ثلاثة جنود بهجوم لتنظيم داعش على نقطة عسكرية في البادية جنوبي تدمر.", DAY)
    assert rows and rows[0]["location"] == "Tadmor"
