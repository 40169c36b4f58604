"""Session 34 (sc16): Syrian security and protest news in the voices of local pages and monitors.  A
span of weeks in the clause that says who some of the arrested are ("بينهم … خلال الأسابيع الماضية") dates their past,
not the arrest; a body found with its finders and their village named between the verb and the body; the kidnappers
named by their act ("الخاطفون") are an unidentified armed group, whose taking away of a man is an abduction; a known
outlet's name ("تجمع أحرار حوران") is no gathering; the acts a charge names ("متهمين بالتورط في عمليات خطف") type no
event and place none; a sequel's body found killed on a day it names is a killing of that day; the time of the
person's earlier step after "بعد" ("بعد اختفائه منذ أيام") does not date the act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

TUESDAY = dt.date(2024, 10, 15)


def _rows(text: str, day: dt.date = TUESDAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_weeks_of_the_detainees_past_do_not_date_the_arrest() -> None:
    text = ("نفّذت قوات الأمن العام، أمس الإثنين، حملة مداهمات في قرية بيت ياشوط بريف جبلة.\n"
            "واعتقلت القوات خلالها تسعة أشخاص، بينهم عسكريون سابقون سلّموا أسلحتهم في مراكز التسوية خلال الأسابيع "
            "الماضية، واقتادتهم إلى مدينة جبلة.")
    rows = [r for r in _rows(text, dt.date(2025, 3, 4)) if r["sub_event_type"] == "Arrests"]
    assert rows and all(r["time_precision"] == 1 for r in rows), rows
    assert all(r["event_date"] in ("2025-03-03", "2025-03-04") for r in rows), rows


def test_body_found_by_villagers_named_before_it() -> None:
    text = ("عثر رعاة من أهالي قرية صغيرة في ريف مصياف، فجر اليوم، على جثة شاب مصاباً بطلقات نارية، بعد ساعات من "
            "اختطافه على يد مسلحين مجهولين.")
    rows = [r for r in _rows(text) if r["event_type"] == "Violence against civilians"]
    assert any(r["sub_event_type"] == "Attack" for r in rows), rows


def test_kidnappers_taking_a_man_away_abduct_him() -> None:
    text = ("وقال شقيق الطبيب إن الخاطفين أوقفوا سيارته مساء السبت الماضي قرب بلدة الصنمين واقتادوه إلى مكان "
            "غير معروف.")
    rows = _rows(text)
    assert any(r["sub_event_type"] == "Abduction/forced disappearance" for r in rows), rows
    assert not any(r["sub_event_type"] == "Arrests" for r in rows), rows


def test_outlet_name_is_no_gathering() -> None:
    text = "تجمع أحرار حوران: \"الجوية\" تعتقل شابين على حاجز قرب مدينة إزرع وتداهم منزلاً في بصر الحرير"
    rows = _rows(text)
    assert not any(r["event_type"] == "Protests" for r in rows), rows


def test_charged_acts_neither_type_nor_place_the_arrest() -> None:
    text = ("أعلنت قيادة الأمن الداخلي في حمص، اليوم، القبض على ثلاثة أشخاص متهمين بالمشاركة في عمليات سلب وخطف "
            "على طريق حمص - طرطوس، خلال مداهمة في بلدة تلكلخ.")
    rows = _rows(text)
    assert rows and all(r["sub_event_type"] == "Arrests" for r in rows), rows
    assert rows[0]["location"] == "Tall Kalakh", rows


def test_sequel_body_found_killed_on_a_named_day() -> None:
    text = ("ويأتي ذلك بعد أيام من العثور على جثة سائق أجرة من أبناء مدينة السلمية يوم الجمعة الماضي، مقتولاً "
            "بطلقات نارية على أطراف المدينة، بعد اختفائه منذ أيام.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Attack"]
    assert rows and rows[0]["event_date"] == "2024-10-11", rows
