"""Session 43 (pl30): places that are not the act's.  Where the shells set off from ("القذائف انطلقت من القواعد
المتمركزة في محيط X وقرية Y"), where an infiltration set off from ("انطلاقاً من مواقعها في ريف X"), the next item of a
list of the positions fire came from ("من مواقع قوات النظام في الفوج 46 ومحيط قرية X"), the victims' home town named
beside the strike's ("شابان من أبناء بلدة X … عند مدخل بلدة Y"), one of a town's hospitals ("في أحد مشافي مدينة X"),
and a city's quarter that shares a far village's name ("في حي X" after "مدينة Y") are not where the act happened."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _places(text: str, day: dt.date) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, day)]


def test_shells_set_off_from_bases_around_two_places() -> None:
    text = ("جرح طفل مساء الأحد بقصف مدفعي تركي طال منازل المدنيين في بلدة تل رفعت شمالي حلب. وذكر مصدر محلي أن "
            "القذائف انطلقت من القواعد التركية المتمركزة في محيط مدينة إعزاز وقرية كلجبرين.")
    got = _places(text, dt.date(2022, 11, 21))
    assert "Tall Refaat" in got
    assert "Azaz" not in got and "Kaljibrin" not in got


def test_infiltration_set_off_from_positions_in_a_countryside() -> None:
    text = ("دارت مساء الثلاثاء اشتباكات بين مقاتلي مجلس تل تمر العسكري وفصائل الجيش الوطني قرب بلدة تل تمر، إثر "
            "محاولة تسلل قامت بها الفصائل انطلاقاً من مواقعها في ريف رأس العين.")
    got = _places(text, dt.date(2022, 10, 5))
    assert "Tal Tamer" in got
    assert "Ras al-Ayn" not in got and "Ras Al Ain" not in got


def test_next_item_of_the_positions_the_rockets_came_from() -> None:
    text = ("قُتل مدنيان صباح اليوم بقصف صاروخي لقوات النظام على مدينة دارة عزة غربي حلب. وبحسب ناشطين، فإن "
            "الصواريخ أُطلقت من مواقع قوات النظام في الفوج 46 ومحيط قرية كفر حلب.")
    got = _places(text, dt.date(2023, 10, 9))
    assert "Daret Azza" in got
    assert "Kafr Aleppo" not in got


def test_victims_home_town_beside_the_strikes_town() -> None:
    text = ("استشهد شابان من أبناء بلدة عيترون، عصر اليوم الثلاثاء، جراء غارة شنتها مسيّرة إسرائيلية على سيارة كانا "
            "فيها عند المدخل الشرقي لبلدة حولا في قضاء مرجعيون.")
    rows = record_rows(text, dt.date(2024, 2, 20))
    assert [str(r["location"]) for r in rows] == ["Houla"]
    assert rows[0]["fatalities"] == 2


def test_one_of_a_towns_hospitals_is_not_the_act() -> None:
    from rasd.geo.assign import _target
    from rasd.pipeline import extract_text

    text = ("ارتفعت إلى ثلاثة حصيلة القتلى المدنيين جراء القصف الذي شنته قوات النظام ظهر اليوم على منازل المدنيين في "
            "مدينة دارة عزة، حيث فارقت امرأة الحياة متأثرة بجراحها في أحد مشافي مدينة الدانا.")
    doc = extract_text(text, dt.date(2023, 10, 9))
    got = {doc.text[p.start:p.end]: _target(doc, p) for p in doc.layer("places")}
    assert got == {"دارة عزة": True, "الدانا": False}


def test_a_citys_quarter_is_no_far_village() -> None:
    text = ("شهدت مدينة الباب في ريف حلب الشرقي توتراً جديداً، إذ اندلعت مساء الجمعة اشتباكات بين فصيلين من الجيش "
            "الوطني في حي الشيخ عقيل، من دون ورود أنباء عن ضحايا.")
    got = _places(text, dt.date(2021, 5, 8))
    assert "Sheikh Aqil" not in got
    assert "Al Bab" in got


def test_a_camps_quarter_abroad_is_no_far_village() -> None:
    text = ("تواصلت الاشتباكات لليوم الثالث في مخيم عين الحلوة قرب صيدا بين عناصر حركة فتح ومسلحين متشددين.\n\n"
            "وصباح اليوم، قُتل مسلح في حي الطيري، بحسب مصادر في المخيم، فيما أصيب آخرون.")
    got = _places(text, dt.date(2023, 9, 10))
    assert "Tiri" not in got
