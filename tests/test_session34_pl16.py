"""Session 34 (pl16): the act's place, not a place the text names for another reason.

- A medical complex the wounded were taken to ("نُقل إلى مجمع فلسطين الطبي في رام الله") is a destination, as a
  hospital is: not where they were hit.
- A town the gazetteer lacks, put by its locating phrase in a Syrian countryside ("في بلدة X بريف درعا الشرقي"),
  is never its namesake abroad, and an act there stays in that countryside: never at another act's town that the
  headline names.
- A headline's items joined by ".." are separate acts: the next item's place is not the first item's.
- A quarter named in a town that names no governorate ("حي الأشرفية بمدينة عفرين") is a quarter of that town, not
  its namesake in another city.
"""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

DAY = dt.date(2023, 9, 12)  # a Tuesday


def test_medical_complex_is_where_the_wounded_went() -> None:
    text = ("أحرق مستوطنون فجر اليوم الثلاثاء مركبتين في قرية قريوت جنوب نابلس. "
            "وأطلق جنود الاحتلال الرصاص الحي على الأهالي، ما أدى إلى إصابة شاب نُقل على إثرها إلى مجمع "
            "فلسطين الطبي في رام الله.")
    rows = record_rows(text, DAY)
    assert rows
    assert all(r["location"] != "Ramallah" for r in rows), [r["location"] for r in rows]


def test_lacked_town_in_a_syrian_countryside_is_no_namesake_abroad() -> None:
    text = ("قُتل رجل برصاص مسلحين مجهولين، مساء الاثنين، أمام منزله في بلدة صيدا بريف درعا الشرقي، "
            "وفرّ المهاجمون إلى جهة مجهولة.")
    doc = article_doc("مقتل رجل برصاص مجهولين شرقي درعا\n\n" + text, DAY)
    town = [p for p in doc.layer("places") if doc.text[p.start:p.end] == "صيدا"]
    assert town and all(p.value.country == "Syria" for p in town), [p.value for p in town]


def test_lacked_town_act_does_not_take_the_headline_s_other_act_place() -> None:
    text = ("مقتل مدرّس برصاص مجهولين في بلدة صيدا شرقي درعا.. وعبوة ناسفة تستهدف سيارة عسكرية قرب معبر نصيب\n\n"
            "قُتل مدرّس برصاص مسلحين مجهولين، مساء الاثنين، في الحي الشرقي من بلدة صيدا بريف درعا الشرقي.\n\n"
            "وفي حادثة منفصلة، انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية على الطريق المؤدي إلى معبر نصيب "
            "الحدودي، ما أدى إلى إصابة عنصرين من قوات النظام.")
    doc = article_doc(text, DAY)
    killings = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert killings and killings[0].place is not None
    assert killings[0].place.id != "site:nasib-crossing", killings[0].place


def test_headline_next_item_places_no_act_of_the_first() -> None:
    from rasd.geo.assign import _next_report

    text = ("غارة على منزل في بلدة الطيبة.. ومسيّرة تستهدف سيارة في مروحين\n\n"
            "شنّت طائرة حربية إسرائيلية اليوم غارة على منزل في بلدة الطيبة الجنوبية.")
    doc = article_doc(text, DAY)
    first = doc.layer("sentences")[0]
    triggers = [t for t in doc.layer("triggers") if first.start <= t.start < first.end]
    assert triggers
    assert _next_report(doc, first, triggers[0]) is None



def test_quarter_of_a_town_that_names_no_governorate() -> None:
    text = ("اعتقالات في عفرين\n\n"
            "داهمت دورية للشرطة العسكرية صباح اليوم منازل في حي الأشرفية بمدينة عفرين، واعتقلت أربعة شبان.")
    doc = article_doc(text, DAY)
    quarter = [p for p in doc.layer("places") if "الأشرفية" in doc.text[p.start:p.end]]
    assert quarter and all(p.value.lat is not None and p.value.lat > 36.4 and p.value.lon < 37.0 for p in quarter), \
        [p.value for p in quarter]


def test_quarter_of_a_city_abroad_keeps_its_own_row() -> None:
    # (review) the rule of "حي X بمدينة Y" is for Syrian towns: a camp-quarter abroad that the bundled rows know
    # ("حي الشابورة بمدينة رفح") stays that quarter, not the whole city
    text = ("بثت سرايا القدس اليوم الثلاثاء مشاهد قالت إنها لتدمير دبابة إسرائيلية في حي الشابورة بمدينة رفح "
            "جنوبي قطاع غزة.")
    rows = record_rows(text, DAY)
    assert rows
    assert any("Shaboura" in r["location"] for r in rows), [r["location"] for r in rows]
