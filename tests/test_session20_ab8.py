"""Session 20, ab8 (blind A/B losses): a state force that announces or admits the death of a commander
("قائد سرية", "نائب قائد الكتيبة") tells its own dead and is the side hit; people named by their nationality
("مقتل إسرائيلي", "اعتقال أردنيين") are civilians of that nation, not of the event's country, unless a state
force of that very nation is the side that hit them."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 2, 25)


def _violent(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, on) if r["event_type"] != "Strategic developments"]


def test_a_force_admitting_the_death_of_its_commander_is_the_side_hit() -> None:
    for text in ("وأمس، اعترف الاحتلال بمقتل قائد سرية في لواء غولاني، جراء صاروخ مضاد للدروع في حي الشجاعية "
                 "شرقي مدينة غزة.",
                 "وأعلن الجيش الإسرائيلي، اليوم الأحد، مقتل نائب قائد الكتيبة 17 في المعارك شمالي قطاع غزة.",
                 "أقرّ جيش الاحتلال بمقتل قائد فصيل من لواء المظليين، إثر إصابته بقذيفة في بيت حانون."):
        rows = _violent(text)
        assert rows, text
        assert "Israel" in str(rows[0]["actor2"]) and "Israel" not in str(rows[0]["actor1"]), text


def test_a_commander_of_another_side_named_after_the_toll_keeps_the_announcer_the_attacker() -> None:
    # pure guard: passes on the old code too
    rows = _violent("أعلن الجيش الإسرائيلي، اليوم الأحد، مقتل قائد كتيبة في حركة حماس بغارة على خان يونس.")
    assert rows and "Israel" in str(rows[0]["actor1"])


def test_people_named_by_nationality_are_civilians_of_that_nation() -> None:
    for text, nation in (
            ("أقرّ جيش الاحتلال بمقتل إسرائيلي في مزارع شبعا، جراء إصابته بصاروخ موجّه أطلقته المقاومة.", "Israel"),
            ("قُتل 3 عراقيين، اليوم الأحد، برصاص مسلحين مجهولين في مدينة البوكمال شرقي دير الزور.", "Iraq"),
            ("استشهد فلسطيني، اليوم، بقصف على بلدة عيتا الشعب جنوبي لبنان.", "Palestine")):
        rows = [r for r in _violent(text) if str(r["actor2"]).startswith("Civilians")]
        assert rows and rows[0]["actor2"] == f"Civilians ({nation})", (text, rows and rows[0]["actor2"])


def test_a_force_never_hits_civilians_of_its_own_nation_by_the_word_alone() -> None:  # pure guard (old code too)
    text = "قصف الجيش الإسرائيلي، اليوم الأحد، منازل في دير البلح، ما أدى إلى مقتل 3 إسرائيليين محتجزين في غزة."
    rows = [r for r in _violent(text) if "Israel" in str(r["actor1"])]
    assert rows and rows[0]["actor2"] != "Civilians (Israel)"
