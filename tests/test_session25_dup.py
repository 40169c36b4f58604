"""Session 25 (DUP: one act told twice, stray records).

- a headline's act word that the body uses too ("مواجهات"), read as a fight in the headline and as a riot in the
  body, is one act at that place;
- a headline that names a town 15-25 km from the body's village, which the body places by that town ("X جنوب Y"),
  re-tells the body's act;
- a record that only the headline places, though it took unplaced body sentences, joins the body's act whose own
  sentence names the headline's town too, at a site the gazetteer names after that town;
- a withdrawal told before the act it came after ("انسحاب قوة … بعد استهدافها"), or the word in its sense of acts that
  spread ("وانسحبت الغارات إلى …"), is no "Other" record of its own;
- a second name of a spot in brackets after a place ("شرقي X (موقع Y)") is no second target.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2024, 3, 12)  # a Tuesday


def _article(text: str) -> list[dict[str, object]]:
    return records(article_doc(text, DAY))


def _subs(rows: list[dict[str, object]]) -> list[tuple[str, str]]:
    return [(str(r["sub_event_type"]), str(r["location"])) for r in rows]


def test_headline_fight_word_over_body_riot_is_one_record() -> None:
    text = ("إصابات خلال مواجهات مع الاحتلال في نابلس\n"
            "أصيب عشرة شبان، اليوم الثلاثاء، خلال مواجهات اندلعت مع قوات الاحتلال في مدينة نابلس بعد اقتحامها.\n")
    rows = _article(text)
    assert [r for r in rows if r["location"] == "Nablus"] == rows and len(rows) == 1, _subs(rows)


def test_headline_fight_word_at_another_town_stays_apart() -> None:
    text = ("مواجهات مع الاحتلال في نابلس\n"
            "أصيب عشرة شبان، اليوم الثلاثاء، خلال مواجهات اندلعت مع قوات الاحتلال في مدينة الخليل بعد اقتحامها.\n")
    places = {r["location"] for r in _article(text)}
    assert "Hebron" in places and "Nablus" in places, places


def test_headline_town_twenty_km_from_the_body_village_is_one_clash() -> None:
    text = ("اشتباكات بين مقاومين وقوات الاحتلال في جنين\n"
            "اندلعت، اليوم الثلاثاء، اشتباكات بين مقاومين وقوات الاحتلال خلال اقتحامها بلدة سيلة الضهر جنوب جنين.\n")
    rows = _article(text)
    assert _subs(rows) == [("Armed clash", "Silat al-Dhahr")], _subs(rows)


def test_headline_massacre_in_town_and_body_massacre_at_its_hospital_are_one() -> None:
    text = ("الاحتلال يرتكب مجزرة في دير البلح\n"
            "ارتكب الاحتلال الإسرائيلي، اليوم الثلاثاء، مجزرة قرب مستشفى شهداء الأقصى بمدينة دير البلح، ما أسفر "
            "عن سقوط عشرات الشهداء.\n"
            "وأشار مراسلنا إلى أنّ بين الشهداء في المجزرة أطفالاً.\n")
    rows = _article(text)
    assert len(rows) == 1, _subs(rows)
    assert rows[0]["location"] == "Al-Aqsa Martyrs Hospital (Deir al-Balah)", _subs(rows)


def test_withdrawal_told_before_the_shelling_it_followed_is_no_record() -> None:
    text = ("أعلنت كتائب القسام، اليوم الثلاثاء، انسحاب قوة إسرائيلية من أطراف حي الشجاعية في مدينة غزة بعد "
            "استهدافها بقذائف الهاون.\n")
    rows = record_rows(text, DAY)
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"], _subs(rows)


def test_strikes_that_spread_south_are_no_withdrawal() -> None:
    text = ("وانسحبت الغارات، اليوم الثلاثاء، إلى جنوبي القطاع، حيث استهدفت طائرات الاحتلال منزلاً في بلدة عبسان "
            "شرقي خان يونس.\n")
    rows = record_rows(text, DAY)
    assert rows and all(r["event_type"] != "Strategic developments" for r in rows), _subs(rows)


def test_withdrawal_of_another_force_later_told_stays() -> None:
    text = ("قصفت طائرات الاحتلال، اليوم الثلاثاء، منزلاً في حي الشجاعية في مدينة غزة، ثم انسحبت قوات الاحتلال "
            "من أطراف الحي.\n")
    rows = record_rows(text, DAY)
    assert any(r["sub_event_type"] == "Air/drone strike" for r in rows), _subs(rows)


def test_spot_named_again_in_brackets_is_one_target() -> None:
    text = ("قصفت سرايا القدس، اليوم الثلاثاء، تجمعاً لآليات الاحتلال شرقي رفح (موقع كرم أبو سالم) بقذائف "
            "الهاون.\n")
    rows = record_rows(text, DAY)
    assert len(rows) == 1, _subs(rows)


def test_two_towns_joined_by_and_stay_two_targets() -> None:
    text = "قصفت سرايا القدس، اليوم الثلاثاء، تجمعات لقوات الاحتلال في رفح وفي خان يونس بقذائف الهاون.\n"
    places = {r["location"] for r in record_rows(text, DAY)}
    assert {"Rafah", "Khan Yunis"} <= places, places


def test_youths_choked_while_facing_a_raid_are_the_riots_toll() -> None:
    text = ("أصيب عدد من الشبان بالاختناق، اليوم الثلاثاء، خلال تصديهم لاقتحام قوات الاحتلال قرية عوريف جنوب نابلس.\n"
            "وأفادت مصادر محلية بأنّ مواجهات عنيفة اندلعت بين الشبان وقوات الاحتلال في القرية، وأسفرت عن إصابة "
            "ستة بالاختناق.\n")
    rows = record_rows(text, DAY)
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"], _subs(rows)


def test_martyrs_of_the_assassination_named_again_are_no_second_attack() -> None:
    text = ("اغتالت قوة خاصة من جيش الاحتلال، اليوم الثلاثاء، ثلاثة مقاومين داخل مركبة عند مدخل مخيم نور شمس.\n"
            "وذكرت مصادر محلية أنّ الشهداء الذين ارتقوا في عملية الاغتيال هم قائد في كتائب القسام وقائد في سرايا "
            "القدس.\n")
    rows = [r for r in record_rows(text, DAY) if r["event_type"] != "Strategic developments"]
    assert len(rows) == 1, _subs(rows)
    assert str(rows[0]["actor1"]).startswith("Military Forces of Israel"), rows[0]["actor1"]
