"""Session 6 audit, round 2 (actors and numbers): classes of error that recur on fresh articles.

- the Palestinian factions named as a whole ("المقاومة الفلسطينية"), and a bare "المقاومة" in an event in
  Palestine, are not the Lebanese or Iraqi group another headline of the article names;
- a vague state force ("Military Forces of Syria") takes ACLED's time-bounded name when the record is written;
- a singular nationality noun after a casualty word ("مقتل أميركي") is one dead, not the unnumbered default;
- the IRGC's full name ("حرس الثورة الإسلامية") is Iran's forces.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.actors.lexicon import actors
from rasd.document import ActorRef, Event
from rasd.output.records import _output_name, records
from rasd.pipeline import extract_text

_ON = dt.date(2024, 2, 3)


def _records(text: str, on: dt.date = _ON) -> list[dict[str, Any]]:
    return records(extract_text(text, published=on))


def _events(text: str, on: dt.date = _ON) -> list[Event]:
    return list(extract_text(text, published=on).events)


def _names(rec: dict[str, Any]) -> set[str]:
    return {rec["actor1"], rec["actor2"]}


def test_palestinian_resistance_named_as_a_whole() -> None:
    text = ("المقاومة الإسلامية في لبنان تقصف موقعا للاحتلال قرب الحدود.\n"
            "المقاومة الفلسطينية تخوض اشتباكات عنيفة مع قوات الاحتلال في خان يونس جنوبي قطاع غزة.")
    recs = [r for r in _records(text) if r["country"] == "Palestine"]
    assert recs
    assert "Unidentified Armed Group (Palestine)" in _names(recs[0])
    assert "Hezbollah" not in _names(recs[0])


def test_bare_resistance_in_palestine_is_palestinian() -> None:
    text = ("المقاومة الإسلامية في لبنان تستهدف ثكنة للاحتلال بالصواريخ.\n"
            "اشتباكات عنيفة بين المقاومة وقوات الاحتلال في مخيم جنين اليوم.")
    recs = [r for r in _records(text) if r["country"] == "Palestine"]
    assert recs and "Unidentified Armed Group (Palestine)" in _names(recs[0])
    assert "Hezbollah" not in _names(recs[0])


def test_named_lebanese_resistance_keeps_its_name() -> None:
    recs = _records("المقاومة الإسلامية في لبنان تستهدف ثكنة للاحتلال في مزارع شبعا بالصواريخ اليوم.")
    assert recs and "Hezbollah" in _names(recs[0])


def test_output_name_renames_only_a_bare_word_in_palestine() -> None:
    hez = actors()["hezbollah"].ref(_ON)
    assert _output_name(hez, ["المقاومة"], "Palestine", _ON).name == "Unidentified Armed Group (Palestine)"
    assert _output_name(hez, ["والمقاومة"], "Palestine", _ON).name == "Unidentified Armed Group (Palestine)"
    assert _output_name(hez, ["المقاومة"], "Lebanon", _ON).name == "Hezbollah"
    assert _output_name(hez, ["حزب الله"], "Palestine", _ON).name == "Hezbollah"
    hamas = actors()["hamas"].ref(_ON)
    assert _output_name(hamas, ["المقاومة"], "Palestine", _ON).name == "Hamas Movement"


def test_vague_state_force_takes_the_time_bounded_name() -> None:
    vague = actors()["state_generic"].ref(_ON, "Syria")
    assert vague.name == "Military Forces of Syria"
    out = _output_name(vague, ["الجيش"], "Syria", _ON)
    assert out is not None and out.name == "Military Forces of Syria (2000-2024)" and out.inter == vague.inter
    late = _output_name(vague, ["الجيش"], "Syria", dt.date(2025, 2, 1))
    assert late is not None and late.name == "Military Forces of Syria (2024-)"
    police = actors()["police_generic"].ref(_ON, "Syria")
    out = _output_name(police, ["الشرطة"], "Syria", _ON)
    assert out is not None and out.name == "Police Forces of Syria (2000-2024)"
    # a country with no time-bounded row keeps the vague name
    other = ActorRef(name="Military Forces of Sudan", inter=1, key="state_generic")
    assert _output_name(other, ["الجيش"], "Sudan", _ON) == other


def test_record_of_a_vague_army_has_no_duplicate_associate() -> None:
    recs = _records("قصفت فصائل المعارضة مواقع الجيش السوري في ريف اللاذقية الشمالي أمس، وقتل ثلاثة جنود.",
                    dt.date(2023, 6, 1))
    assert recs
    rec = recs[0]
    assert "Military Forces of Syria" not in (rec["actor1"], rec["actor2"])
    assert rec["assoc_actor_2"] != rec["actor2"] and rec["assoc_actor_1"] != rec["actor1"]


def test_singular_nationality_noun_after_a_casualty_word_counts_one() -> None:
    evs = _events("أسفر هجوم بطائرة مسيرة على قاعدة للتحالف قرب الحسكة أمس عن مقتل أميركي وإصابة خمسة آخرين.")
    assert evs and evs[0].quantities.get("killed") == 1 and evs[0].fatalities == 1


def test_palestinian_martyr_after_a_casualty_word_counts_one() -> None:
    evs = _events("استشهاد فلسطيني برصاص قوات الاحتلال قرب مدينة نابلس صباح اليوم.")
    assert evs and evs[0].fatalities == 1


def test_irgc_full_name_is_iran() -> None:
    evs = _events("قصف حرس الثورة الإسلامية بالصواريخ مقرات لجماعات مسلحة في إقليم كردستان العراق اليوم.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.key == "iran"
