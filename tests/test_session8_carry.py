"""Session 8: attackers and targets the events stage carries from the report around an event.

- a sentence that opens with an active attack verb and names no doer has the subject of the sentence
  before it (Arabic drops a subject it repeats); a passive or a noun carries no one;
- the split places of one sentence that tells a campaign share its target as well as its attacker;
- a document's result does not depend on the documents processed before it; a group announcing that its
  fighters "rose" ("ارتقاء") as martyrs announces its own dead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.actors.lexicon import actors
from rasd.arabic.normalize import norm_key
from rasd.document import Event, TimeValue
from rasd.events import frames, stage
from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 10)
FIRST = "استهدف حزب الله، اليوم الأحد، ثكنة للجيش الإسرائيلي في كريات شمونة بالصواريخ.\n\n"


def _rows(text: str) -> list[dict[str, Any]]:
    return records(extract_text(text, published=DAY), timestamp=0)


def _at(rows: list[dict[str, Any]], place: str) -> dict[str, Any]:
    return next(r for r in rows if r["location"] == place)


def test_dropped_subject_is_the_previous_sentences_attacker() -> None:
    rows = _rows(FIRST + "كما قصفت، بقذائف المدفعية، ثكنة للجيش الإسرائيلي في مستوطنة أفيفيم.")
    second = _at(rows, "Avivim")
    assert second["actor1"] == "Hezbollah"
    assert "حزب الله" in second["actor1_mentions"]
    # the sentence that names the attacker joins the evidence: the actor stays traceable
    assert any("حزب الله" in e["text"] for e in second["evidence"])


def test_passive_verb_carries_no_attacker() -> None:
    rows = _rows(FIRST + "كما قُصفت، بقذائف المدفعية، ثكنة للجيش الإسرائيلي في مستوطنة أفيفيم.")
    assert _at(rows, "Avivim")["actor1"] != "Hezbollah"


def test_other_armed_actor_before_the_verb_blocks_the_carry() -> None:
    rows = _rows(FIRST + "وفي المقابل، الجيش الإسرائيلي قصف بالمدفعية أطراف مستوطنة أفيفيم.")
    assert all(r["actor1"] != "Hezbollah" for r in rows if r["location"] == "Avivim")


def test_split_place_takes_the_target_of_its_sentence_mate() -> None:
    text = ("قصفت جبهة النصرة مواقع للقوات الحكومية السورية في ريف إدلب.\n\nوامتد القصف إلى ريف اللاذقية.\n\n"
            "وسقطت قذائف أخرى قرب بلدة في ريف حماة.")
    doc = extract_text(text, published=DAY)
    first, second, third = doc.layer("sentences")[:3]
    day = TimeValue(DAY, 1, "day", "explicit")
    table = actors()
    kind = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    named = Event(*kind, date=day, actor1=table["hts"].ref(DAY), actor2=table["syr_gov"].ref(DAY),
                  actor1_mentions=["جبهة النصرة"], actor2_mentions=["القوات الحكومية السورية"],
                  evidence=[first, second])
    split = Event(*kind, date=day, evidence=[second])
    later = Event(*kind, date=day, evidence=[third])
    stage._fill_attackers(doc, [named, split, later])
    assert split.actor1 == named.actor1 and split.actor2 == named.actor2
    assert "القوات الحكومية السورية" in split.actor2_mentions
    # the same campaign told in a sentence of its own: the attacker carries, the target is not made up
    assert later.actor1 == named.actor1 and later.actor2 is None


def test_announced_toll_nouns_stay_the_announcer_list() -> None:
    """The announcer's toll nouns are not the casualty-count table (a second binding of one name made the
    check read that table once a document had filled it: results hung on the documents before)."""
    frames._toll_nouns()
    assert isinstance(frames._TOLL_NOUNS, frozenset)
    assert norm_key("ارتقاء") in frames._TOLL_NOUNS and norm_key("اعتقال") not in frames._TOLL_NOUNS


def test_a_group_announcing_its_fighters_fell_is_the_side_hit() -> None:
    rows = _rows("أعلن حزب الله، مساء الأحد، ارتقاء اثنين من مقاتليه في جنوب لبنان.")
    assert rows and rows[0]["actor2"] == "Hezbollah" and rows[0]["actor1"] != "Hezbollah"
