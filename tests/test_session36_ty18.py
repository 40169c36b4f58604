"""Session 36 (ty18): event types.  Barrel bombs dropped on a town are an air strike, not an attack on civilians;
remote fire told as the backing of a ground attack ("ساندت المدفعية هجوم الفصائل") is part of that battle; the running
tally of an operation "so far" is no act; a protest at a square of a town joins that day's protest at the town that
a force fired on; a crowd of townspeople that storms a building and burns what is in it riots."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_barrel_bombs_are_an_air_strike() -> None:
    text = ("ألقت مروحيات تابعة لقوات النظام صباح اليوم ثلاثة براميل متفجرة على بلدة كفرنبودة بريف حماة الشمالي، "
            "ما أدى إلى إصابة امرأة وتدمير منزلين.")
    rows = _rows(text)
    assert rows and rows[0]["event_type"] == "Explosions/Remote violence"
    assert rows[0]["sub_event_type"] == "Air/drone strike"


def test_fire_that_backs_an_attack_is_part_of_the_battle() -> None:
    text = ("هاجمت فصائل المعارضة فجر اليوم مواقع قوات النظام في محيط بلدة كفرنبودة، واندلعت اشتباكات عنيفة "
            "استمرت ساعات.\n\n"
            "وساندت المدفعية التركية هجوم الفصائل بقصف مكثف طال مواقع قوات النظام في القرى المحيطة بالبلدة.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Battles"]
    # fire with no word of backing beside the same fight stays an event of its own
    text = ("هاجمت فصائل المعارضة فجر اليوم مواقع قوات النظام في محيط بلدة كفرنبودة، واندلعت اشتباكات عنيفة "
            "استمرت ساعات.\n\n"
            "وقصفت المدفعية التركية مواقع قوات النظام في بلدة كفرنبودة بعشرات القذائف.")
    assert "Explosions/Remote violence" in {r["event_type"] for r in _rows(text)}


def test_tally_of_an_operation_so_far_is_no_act() -> None:
    text = ("وأعلنت وزارة الدفاع التركية في بيان اليوم أن العملية الجوية أسفرت حتى الآن عن تحييد 95 إرهابياً "
            "في مناطق شمالي سوريا.")
    assert not _rows(text)
    text = ("بدأت وحدات الأمن العام فجر اليوم حملة تمشيط في بلدة عين الشرقية، أسفرت حتى الآن عن إلقاء القبض على "
            "خمسة أشخاص.")
    assert [r["sub_event_type"] for r in _rows(text)] == ["Arrests"]


def test_crowd_that_storms_and_burns_riots() -> None:
    text = ("اقتحم عشرات الشبان من أبناء بلدة الحراك مساء أمس مبنى مخفر الشرطة في البلدة، وحطموا محتوياته "
            "وأحرقوا سيارتين تابعتين له، احتجاجاً على توقيف أحد أقاربهم.")
    rows = [r for r in _rows(text) if r["event_type"] != "Strategic developments" or r["sub_event_type"] != "Arrests"]
    assert rows and rows[0]["event_type"] == "Riots"
    assert rows[0]["inter1"] == 5 or rows[0]["inter1"] == 6


def test_the_dead_named_again_are_no_second_attack() -> None:
    text = ("قُتل أربعة عناصر من ميليشيا الدفاع الوطني مساء أمس بهجوم نفذه مسلحون مجهولون على رتل عسكري قرب مدينة "
            "الميادين بريف دير الزور.\n\n"
            "وأضاف المراسل أن جثث القتلى نُقلت إلى المشفى العسكري في مدينة دير الزور، وأن اثنين منهم من سكان حي "
            "الجورة.")
    rows = _rows(text)
    assert [r["event_type"] for r in rows] == ["Battles"]
