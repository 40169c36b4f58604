"""Session 37 (rg19): places abroad and the region's fronts.  A country abroad that the act's sentence names only as
a side ("… إلى نقطة أقامتها إسرائيل"), in a sentence that places its act by a definite noun at the town named before
("عند أطراف البلدة"), is no place of the act: the town is; and the forces a base hosts, named in the relative clause
that describes it ("القاعدة التي تستضيف قوات من التحالف"), are the side its attack hit, not the attacker."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 4)  # a Tuesday


def test_side_country_yields_to_the_town_the_anaphor_names() -> None:
    text = ("توغل جيش الاحتلال في القنيطرة\n\n"
            "توغلت قوة إسرائيلية من ثلاث آليات، فجر الثلاثاء، في بلدة الرفيد بريف القنيطرة الجنوبي، وفتشت عدداً من "
            "المنازل قبل أن تحتجز مزارعين من أبناء البلدة.\n\n"
            "وقال مراسل في القنيطرة إن جنود الاحتلال احتجزوا المزارعين عند أطراف البلدة، واقتادوهما إلى نقطة عسكرية "
            "أقامتها إسرائيل قرب الحدود، ثم أطلقوا سراحهما مساء.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Arrests"]
    assert rows and rows[0]["location"] == "Al-Rafid" and rows[0]["country"] == "Syria"
    # (a country after a target's preposition stays the act's place)
    text = "أطلق حزب الله اليوم عشرات الصواريخ باتجاه إسرائيل، وسقط عدد منها في مستوطنة كريات شمونة."
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["country"] == "Israel"


def test_forces_a_base_hosts_are_the_side_hit() -> None:
    text = ("أفاد مصدر أمني، اليوم الثلاثاء، بأن قاعدة عين الأسد الجوية التي تستضيف قوات من التحالف الدولي غربي "
            "الأنبار تعرضت فجر اليوم لهجوم بثلاث طائرات مسيّرة، من دون وقوع إصابات.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"] != "Global Coalition Against Daesh"
    assert rows[0]["actor2"] == "Global Coalition Against Daesh"


def test_rockets_on_a_base_that_hosts_us_forces() -> None:
    text = ("أعلنت خلية الإعلام الأمني أن صاروخين سقطا اليوم داخل قاعدة فكتوريا التي تضم القوات الأمريكية قرب مطار "
            "بغداد الدولي، من دون وقوع إصابات.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor2"] == "Military Forces of the United States (2021-)"
    assert rows[0]["actor1"] != "Military Forces of the United States (2021-)"


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)
