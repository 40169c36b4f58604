"""The country of an event with no resolved place: a nationality adjective beside a place word or a generic
force, a place named with a locative, the article's country when it is about places abroad, else Syria; a
generic force named with a nationality adjective is of that nation; a Syrian event keeps Syria."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.document import Document, Event
from rasd.events import stage
from rasd.geo.gazetteer import DEMONYMS_FILE, get_gazetteer
from rasd.output.records import to_record
from rasd.pipeline import extract_text
from rasd.tsv import read_rows

DAY = dt.date(2024, 3, 5)
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def records(text: str) -> list[dict[str, Any]]:
    doc = extract_text(text, published=DAY)
    return [to_record(doc, ev, timestamp=0) for ev in doc.events]


def test_an_unknown_city_with_a_nationality_adjective_puts_the_event_in_that_country() -> None:
    # "كويتا" is in no gazetteer: the adjective after "مدينة … " names the country
    [r] = records("انفجرت عبوة ناسفة داخل سوق شعبي في مدينة كويتا الباكستانية صباح اليوم، ما أدى إلى مقتل "
                  "خمسة مدنيين.")
    assert (r["country"], r["iso"], r["region"]) == ("Pakistan", 586, "South Asia")
    assert r["latitude"] is None and r["location"] == "" and r["geo_precision"] is None
    assert r["actor1"] == "Unidentified Armed Group (Pakistan)"
    assert r["actor2"] == "Civilians (Pakistan)"


def test_a_force_with_a_nationality_adjective_names_the_country_of_an_unplaced_event() -> None:
    [r] = records("قالت الشرطة الباكستانية إن مسلحين هاجموا نقطة تفتيش ليلاً وقتلوا شرطيين اثنين.")
    assert r["country"] == "Pakistan"
    assert "Police Forces of Pakistan" in (r["actor1"], r["actor2"])
    assert not any("Syria" in r[c] for c in ACTOR_COLUMNS)


def test_a_force_with_a_nationality_adjective_is_of_that_nation_at_a_syrian_place() -> None:
    [r] = records("أطلقت الشرطة التركية النار على مجموعة من الشبان قرب بلدة تل أبيض في ريف الرقة، ما أدى إلى "
                  "إصابة اثنين منهم.")
    assert r["actor1"] == "Police Forces of Turkey"
    assert r["country"] == "Syria" and r["location"] == "Tell Abiad"


def test_an_event_at_an_unresolved_place_reported_from_gaza_is_not_named_after_syria() -> None:
    # the sea shore is a place of no country: the locative "في غزة" gives it
    [r] = records("قال مراسل الميادين في غزة إن طائرات الاحتلال قصفت خيام النازحين على شاطئ البحر المتوسط "
                  "ما أدى إلى استشهاد أربعة مدنيين.")
    assert r["actor2"] == "Civilians (Palestine)"
    assert not any("Syria" in r[c] for c in ACTOR_COLUMNS)


def _unplaced_event(doc: Document, opening: str) -> Event:
    sent = next(s for s in doc.layer("sentences") if doc.span_text(s).startswith(opening))
    return Event("Violence against civilians", "Attack", place=None, evidence=[sent])


def test_an_unplaced_event_in_a_gaza_article_takes_the_article_country() -> None:
    doc = extract_text("قصفت طائرات الاحتلال منازل في مخيم جباليا ومدينة بيت لاهيا شمالي قطاع غزة فجر اليوم.\n"
                       "وفي حادث منفصل، قتل مسلحون مجهولون رجلاً أمام منزله في حي الشيخ عجلين مساء الأحد.",
                       published=DAY)
    assert doc.meta["foreign_article"] is True
    assert stage._country(doc, _unplaced_event(doc, "وفي حادث منفصل")) == "Palestine"


def test_an_unplaced_event_in_a_syrian_article_stays_in_syria() -> None:
    doc = extract_text("قصفت المدفعية بلدات كفرنبل وحاس في ريف إدلب الجنوبي فجر اليوم.\n"
                       "وفي حادث منفصل، قتل مسلحون مجهولون رجلاً أمام منزله في حي الشيخ عجلين مساء الأحد.",
                       published=DAY)
    assert not doc.meta["foreign_article"]
    assert stage._country(doc, _unplaced_event(doc, "وفي حادث منفصل")) == "Syria"


def test_a_syrian_event_keeps_syria() -> None:
    # an adjective of another country in the sentence does not move an event at a Syrian place
    [r] = records("قتل مدنيان في قصف مدفعي استهدف مدينة معرة النعمان في ريف إدلب الجنوبي، بحسب وكالة الأنباء "
                  "التركية.")
    assert (r["country"], r["iso"], r["location"]) == ("Syria", 760, "Ma'arrat An Nu'man")
    assert r["actor2"] == "Civilians (Syria)"
    # an event with no place and no evidence of another country: Syria, no point
    [r] = records("انفجرت عبوة ناسفة في سوق شعبي مساء أمس ما أدى إلى مقتل ثلاثة مدنيين.")
    assert (r["country"], r["iso"], r["region"]) == ("Syria", 760, "Middle East")
    assert r["latitude"] is None and r["location"] == ""
    assert r["actor1"] == "Unidentified Armed Group (Syria)"


def test_every_nationality_adjective_names_a_country_row_of_the_gazetteer() -> None:
    countries = {e.country for e in get_gazetteer().entries.values() if e.level == "country"}
    rows = read_rows(DEMONYMS_FILE)
    assert rows
    assert all(len(c) >= 2 and c[1] in countries for _, c in rows)
