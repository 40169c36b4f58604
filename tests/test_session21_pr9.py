"""Session 21 (pr9): places in context — a sentence that opens on its town ("وفي جبلة، …", "أما في اللاذقية، …")
holds the quarters named later in it, so a quarter whose only namesake lies in a far city is read at that town;
an allegiance word before a place ("فصائل موالية لدمشق", "الحليفة لأنقرة") names the government a group serves,
not the place of an act."""

from __future__ import annotations

import datetime as dt

from helpers import record_places, record_rows

DAY = dt.date(2025, 5, 6)


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_quarter_in_a_sentence_framed_by_another_town() -> None:
    places = record_places("وفي جبلة، قتل شاب برصاص مسلحين مجهولين مساء الأحد أمام منزله في حي القصور، "
                           "بحسب مصادر محلية.", DAY)
    assert places == ["Jablah"]


def test_quarter_after_a_frame_with_amma() -> None:
    places = record_places("أما في اللاذقية، فقد اغتال مسلحون مجهولون رجلا ستينيا في حي الخالدية ليل الجمعة.", DAY)
    assert places and places[0] not in ("Al-Khalidiya", "Khalidiya") and "Homs" not in places
    assert places[0] in ("Latakia", "Lattakia")


def test_quarter_after_a_frame_with_glued_preposition() -> None:
    places = record_places("وبمدينة بانياس، أصيب رجل بجروح إثر إطلاق نار عليه من مسلحين مجهولين في حي القصور.", DAY)
    assert places == ["Banyas"]


def test_quarter_of_the_framing_city_keeps_its_own_point() -> None:
    """Guard (passes on the old code): a quarter of the framing city stays the quarter."""
    places = record_places("وفي حلب، قتل شاب برصاص مسلحين مجهولين في حي الشيخ مقصود مساء الأحد.", DAY)
    assert places and places[0] != "Aleppo"


def test_quarter_without_a_frame_keeps_its_namesake() -> None:
    """Guard (passes on the old code): no town opens the sentence; the quarter is the one the gazetteer knows."""
    places = record_places("قتل شاب برصاص مسلحين مجهولين مساء الأحد في حي القصور بمدينة دير الزور.", DAY)
    assert places and places[0] in ("Al-Qusour", "Deir ez-Zor", "Deir-ez-Zor")


def test_frame_ends_with_its_sentence() -> None:
    """Guard (passes on the old code): the town that opened an earlier sentence frames no later one."""
    places = record_places("وفي جبلة، اعتقلت قوات الأمن شابين. وقتل رجل برصاص مجهولين في حي القصور بدير الزور.", DAY)
    assert "Al-Qusour" in places or "Deir ez-Zor" in places


def test_group_allied_to_damascus_puts_no_strike_in_damascus() -> None:
    places = record_places("شنت طائرات حربية أميركية غارات على مواقع قرب مدينة البوكمال. وقالت مصادر محلية إن الغارات "
                           "طالت مستودعا تستخدمه فصائل حليفة لدمشق، ما أدى إلى مقتل ثلاثة مقاتلين.", DAY)
    assert places and "Damascus" not in places


def test_forces_loyal_to_damascus_in_a_clash() -> None:
    places = record_places("اندلعت اشتباكات عنيفة بين مسلحين محليين وقوات موالية لدمشق، أسفرت عن مقتل 4 عناصر.", DAY)
    assert "Damascus" not in places


def test_arrest_not_placed_at_the_branch_detainees_were_led_to() -> None:
    rows = _rows("أغلق أهالي مدينة جاسم محالهم التجارية الأحد احتجاجا على المداهمات. وكانت قوات الأمن قد داهمت منازل "
                 "في المدينة، واقتادت أربعة شبان إلى فرع الأمن العسكري في درعا.")
    arrests = [r["location"] for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests == ["Jasim"]


def test_arrest_not_placed_at_the_prison_they_were_led_to() -> None:
    rows = _rows("شهدت بلدة الصنمين توترا أمنيا الاثنين. واعتقلت دورية شابين من أبناء البلدة، واقتادتهما إلى سجن في "
                 "مدينة حمص.")
    arrests = [r["location"] for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests == ["As-Sanamayn"]


def test_arrest_not_placed_at_the_prisons_after_passive_iqtid() -> None:
    rows = _rows("عاد الهدوء إلى مدينة نوى بعد أيام من التوتر. وكانت دورية قد اعتقلت شابا من المدينة، ثم اقتيد إلى "
                 "أحد سجون دمشق.")
    arrests = [r["location"] for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests == ["Nawa"]


def test_branch_named_as_the_place_of_a_raid_guard() -> None:
    """Guard (passes on the old code): a branch where the act itself happens keeps its town."""
    places = record_places("هاجم مسلحون مجهولون فرع الأمن العسكري في مدينة درعا بقذائف صاروخية، ما أدى إلى مقتل "
                           "عنصرين.", DAY)
    assert places and places[0] in ("Dar'a", "Daraa")
