"""Session 36 (pl18): places.  A town a sound was heard in ("سُمع دوي الانفجارات في بلدات X وY") after the act's
own place is no second place of the act; the protesters' home town ("العشرات من أهالي بلدة X … في بلدة Y") is no
second protest; an origin placed near a town ("انطلاقاً من مناطق سيطرة النظام قرب مدينة X") is no second fight;
a village "القريبة من" / "على مقربة من" a town is near that town, so a headline at the town ("… قرب X") is the body's
act at the village."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_towns_that_heard_the_blasts_are_no_places_of_the_strike() -> None:
    text = ("استهدفت طائرات مسيّرة صباح اليوم قاعدة التحالف في حقل العمر النفطي بريف دير الزور الشرقي، "
            "وسُمع دوي انفجارات عنيفة في بلدات ذيبان والشحيل المجاورة.")
    rows = _rows(text)
    assert [r["location"] for r in rows] == ["Al-Omar oil field"]
    # a blast heard in a town, with no place before it in its sentence, is that town's
    text = "سُمع دوي انفجار عنيف صباح اليوم في مدينة الميادين بريف دير الزور الشرقي، ناجم عن انفجار عبوة ناسفة."
    rows = _rows(text)
    assert rows and rows[0]["location"] == "Al Mayadin"


def test_protesters_home_town_is_no_second_protest() -> None:
    text = ("نظّم العشرات من أهالي بلدة الشحيل، اليوم الثلاثاء، وقفة احتجاجية أمام مبنى المجلس المحلي في بلدة "
            "البصيرة، للمطالبة بالإفراج عن المعتقلين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Protests"]
    assert [r["location"] for r in rows] == ["Basira"]


def test_origin_placed_near_a_town_is_no_second_fight() -> None:
    text = ("اشتباكات بين \"قسد\" ومقاتلي العشائر في ذيبان شرقي دير الزور\n\n"
            "اندلعت بعد ظهر اليوم اشتباكات عنيفة بين قوات سوريا الديمقراطية ومقاتلين من العشائر العربية في بلدة "
            "ذيبان، إثر هجوم شنّه مقاتلو العشائر الذين عبروا النهر بالقوارب انطلاقاً من مناطق سيطرة النظام قرب "
            "الميادين، وأسفرت المواجهات عن مقتل عنصرين من قسد.")
    rows = [r for r in records(article_doc(text, DAY)) if r["event_type"] == "Battles"]
    assert [r["location"] for r in rows] == ["Thiban"]


def test_headline_town_near_the_bodys_village_is_one_strike() -> None:
    text = ("مسيّرة تركية تقتل عنصرين من الوحدات الكردية قرب تل رفعت\n\n"
            "قُتل عنصران من \"وحدات حماية الشعب\" الكردية اليوم الثلاثاء، إثر استهداف طائرة مسيّرة تركية لسيارتهما "
            "على أطراف قرية الشيخ عيسى القريبة من مدينة تل رفعت في ريف حلب الشمالي.")
    rows = [r for r in records(article_doc(text, DAY)) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Sheikh Issa"]


def test_base_of_the_doer_named_in_a_relative_clause_is_no_target() -> None:
    text = ("أصيب ثلاثة مدنيين صباح اليوم الثلاثاء جراء قصف صاروخي نفذته قوات النظام المتمركزة في مدينة معرة النعمان "
            "على منازل المدنيين في بلدة كفرنبل جنوبي إدلب.")
    rows = _rows(text)
    assert [r["location"] for r in rows] == ["Kafr Nobol"]
