"""Session 35 (ms17): missed acts, stacked in one report.

- Arrests counted from each town named with its noun are one event at each town also when the people are named
  without a number: a dual or a plural noun ("وشابين من بلدة Y"), "another" ("وآخر من بلدة Z") or one person by an
  indefinite noun ("أسيراً محرّراً من بلدة X").
- The West Bank holds its towns from Jenin to the Hebron hills (a region abroad of its own reach): a campaign of
  arrests the lead places in the West Bank is told again, town by town, by the arrests in its towns; it does not
  swallow them all into one record at the region.
- A clause opened by "when" right after the time it names ("تعود الأزمة إلى الأسبوع الماضي، عندما خطف مسلحون …")
  tells the act of that time: an event of its own, recalled.
- Two allies' weapons at one town on one day (a state's jets and its ally's artillery) are two events, not one
  side's strike told twice.
"""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.geo.assign import contains
from rasd.geo.gazetteer import get_gazetteer

DAY = dt.date(2023, 12, 6)  # a Wednesday


def _arrests(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["sub_event_type"] == "Arrests"]


def test_people_named_without_a_number_from_each_town() -> None:
    text = ("اعتقلت قوات الاحتلال فجر اليوم الأربعاء شاباً من بلدة عزون شرقي قلقيلية، وشابين من بلدة قباطية "
            "جنوبي جنين، بعد دهم منازلهم.")
    assert {"Azzun", "Qabatiya"} <= {r["location"] for r in _arrests(text)}
    # the people's origin named bare, with no number, is no list of arrests at two towns
    text = "اعتقلت قوات الأمن اليوم الأربعاء في مدينة جبلة شباناً من القرداحة وطلاباً من بانياس."
    assert {r["location"] for r in _arrests(text)} <= {"Jablah"}


def test_another_one_from_a_second_town() -> None:
    text = ("داهمت دوريات تابعة للأمن العسكري صباح اليوم الأربعاء منازل في ريف درعا الشرقي، واعتقلت ثلاثة شبان "
            "من بلدة الكرك الشرقي، وآخر من بلدة المسيفرة، واقتادتهم إلى مقر الفرع في مدينة درعا.")
    assert {"Al-Karak al-Sharqi", "Mseifra"} <= {r["location"] for r in _arrests(text)}


def test_one_person_by_an_indefinite_noun() -> None:
    text = ("اعتقلت قوات الاحتلال اليوم الأربعاء خمسة شبان من بلدة بيت أمر شمالي الخليل، كما اعتقلت أسيراً "
            "محرّراً من بلدة سلواد شرقي رام الله.")
    assert {"Beit Ummar", "Silwad"} <= {r["location"] for r in _arrests(text)}


def test_the_west_bank_holds_its_towns_not_israel_nor_gaza() -> None:
    gaz = get_gazetteer()
    bank = next(gaz.to_ref(e) for e in gaz.lookup("الضفة الغربية") if e.level == "region")
    towns = {e.name_en: gaz.to_ref(e) for name in ("جنين", "بيت أمر", "يعبد", "تل أبيب", "خان يونس")
             for e in gaz.lookup(name) if e.country != "SYR"}
    assert contains(bank, towns["Jenin"]) and contains(bank, towns["Beit Ummar"]) and contains(bank, towns["Ya'bad"])
    assert not contains(bank, towns["Tel Aviv"])
    assert not contains(bank, towns["Khan Yunis"])


def test_a_campaign_in_the_west_bank_does_not_swallow_its_towns() -> None:
    text = ("شنّت قوات الاحتلال فجر اليوم الأربعاء حملة اعتقالات واسعة في الضفة الغربية المحتلة. "
            "واعتقلت قوات الاحتلال أربعة شبان من بلدة بيت أمر شمالي الخليل بعد دهم منازلهم. "
            "كذلك اعتقلت قوات الاحتلال ثلاثة شبان من بلدة يعبد غربي جنين.")
    places = [r["location"] for r in _arrests(text)]
    assert "Beit Ummar" in places and "Ya'bad" in places, places
    assert "West Bank" not in places, places


def test_an_act_recalled_in_a_when_clause() -> None:
    text = ("أفرجت مجموعة مسلحة اليوم الأربعاء عن تاجر مواشٍ من أبناء مدينة شهبا بعد وساطة من وجهاء المنطقة. "
            "وتعود القضية إلى الأسبوع الماضي، عندما خطف مسلحون مجهولون التاجر على الطريق الواصل بين شهبا "
            "ومدينة السويداء.")
    rows = [r for r in record_rows(text, DAY) if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert rows, record_rows(text, DAY)
    assert rows[0]["historical"]


def test_allies_jets_and_guns_at_one_town_are_two_events() -> None:
    text = ("شنّت طائرات حربية روسية اليوم الأربعاء ثلاث غارات على أطراف بلدة كبانة في ريف اللاذقية الشمالي، فيما "
            "قصفت مدفعية قوات النظام التلال المحيطة بالبلدة بعشرات القذائف.")
    subs = {r["sub_event_type"] for r in record_rows(text, DAY) if r["location"] == "Kabani"}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= subs, subs
