"""Session 24 (TAKEN2): one record for two acts at two places.  A sentence that places its act at a site of its
own, by name, beside a town ("في منطقة X شرقي مدينة Y", "داخل موقع X العسكري شرقي Y") tells another act than the
one told before at another precise place (a quarter of that town, a town a region holds), even when the gazetteer
lacks the site; the same site named again, or an adjective after "منطقة", changes nothing."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 8, 13)  # a Tuesday


def _places(text: str) -> list[tuple[str, int]]:
    return sorted((str(r["location"]), int(r["geo_precision"])) for r in record_rows(text, DAY))  # type: ignore


def test_named_site_beside_a_town_is_another_act_than_its_quarter() -> None:
    rows = _places("أعلنت سرايا القدس اليوم الثلاثاء أنها قصفت تجمعاً لجنود الاحتلال في منطقة الزنة شرقي خان يونس "
                   "بقذائف الهاون. واستهدفت أيضاً تجمعاً لآليات العدو في حي الشيخ ناصر شمالي مدينة خان يونس "
                   "بالصواريخ.")
    assert rows == [("Al-Zanna (Khan Yunis)", 1), ("Khan Yunis", 2)]


def test_named_post_in_a_region_stays_apart_from_a_town_it_holds() -> None:
    rows = _places("وأعلنت سرايا القدس اليوم الثلاثاء أنها قصفت جنود الاحتلال في مخيم يبنا في مدينة رفح بقذائف "
                   "الهاون. كما قصفت السرايا ثكنات الاحتلال داخل موقع أبو سليم العسكري شرقي المحافظة الوسطى "
                   "بالصواريخ.")
    assert len(rows) == 2


def test_the_same_site_named_again_stays_one_act() -> None:
    rows = _places("أعلنت كتائب القسام اليوم الثلاثاء أنها استهدفت دبابة إسرائيلية في منطقة العطار شرقي مدينة رفح. "
                   "واستهدفت الكتائب الدبابة في منطقة العطار شرقي مدينة رفح بقذيفة ثانية.")
    assert len(rows) == 1


def test_an_adjective_after_the_area_word_is_no_site() -> None:
    rows = _places("أعلنت كتائب القسام اليوم الثلاثاء أن مقاتليها استهدفوا قوة إسرائيلية في حي تل السلطان غربي "
                   "مدينة رفح. واستهدفت الكتائب القوة نفسها في منطقة سكنية غربي مدينة رفح.")
    assert len(rows) == 1
