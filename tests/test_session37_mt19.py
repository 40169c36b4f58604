"""Session 37 (mt19): mastheads and arrest lists.  A plain-text page that opens on an outlet's full name and slogan
(more than four words, "وكالة … - …") is headed by the line below it, not by the masthead; a title about an agency
that tells an act stays the title.  Raids and arrests carried out with no "campaign" noun ("نفّذت القوات مداهمات
واعتقالات طالت …") are an arrest, one at each town the people taken are listed from."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.io.readers import headline_line, text_document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 10)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.strip().split("\n") if ln.strip()]


# our own words: an invented agency's masthead with its slogan, the headline, then the report
_PAGE = ("وكالة الأنباء الوطنية المستقلة - صوت الحقيقة\n"
         "مستوطنون يحرقون مركبتين في قرية عقربا وقوات الاحتلال تعتقل ثلاثة شبان\n\n"
         "نابلس 10-5-2024 - أحرق مستوطنون فجر اليوم مركبتين في قرية عقربا جنوب نابلس.\n")


def test_a_long_agency_masthead_is_no_title() -> None:
    assert headline_line(_lines(_PAGE)).startswith("مستوطنون يحرقون")
    doc = text_document(_PAGE, "page.txt", DAY)
    assert not isinstance(doc, Exception) and doc.title.startswith("مستوطنون يحرقون")
    # a title about an agency that tells an act, its place and time stays the title
    page = ("وكالة الغوث تغلق مدارسها في مخيم نور شمس بعد اقتحامه\n"
            "الاحتلال يواصل عمليته العسكرية في طولكرم لليوم الثالث على التوالي\n"
            "أغلقت وكالة الغوث مدارسها في المخيم.\n")
    assert headline_line(_lines(page)).startswith("وكالة الغوث تغلق")


def test_a_known_outlet_with_its_city_is_a_masthead() -> None:
    page = ("عنب بلدي – ريف حلب الشمالي\n"
            "انفجار عبوة ناسفة بسيارة عسكرية قرب مدينة الباب شرقي حلب\n"
            "انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية قرب مدينة الباب.\n")
    assert headline_line(_lines(page)).startswith("انفجار عبوة")


def test_raids_and_arrests_reaching_people_of_listed_towns_are_an_arrest_in_each() -> None:
    rows = _rows("نفّذت قوات الاحتلال الإسرائيلي فجر اليوم الجمعة مداهمات واعتقالات طالت 14 فلسطينياً من مدن الخليل "
                 "وبيت لحم وقلقيلية.")
    arrests = {r["location"] for r in rows if r["sub_event_type"] == "Arrests"}
    assert arrests == {"Hebron", "Bethlehem", "Qalqilya"}


def test_arrests_reaching_people_of_one_town_are_an_arrest_there() -> None:
    rows = _rows("وشنّت قوات الاحتلال صباح اليوم اعتقالات طالت خمسة شبان في بلدة بيت أمر شمال الخليل.")
    assert [r["location"] for r in rows if r["sub_event_type"] == "Arrests"] == ["Beit Ummar"]
