"""Session 13 (bulletin lines): a line that opens with a side's violence going on ("تواصل"/"يواصل") and joins,
by "و" and a present-tense verb, an act of the same side ("…، وتدكّ …", "… ويشنّ غارات على …") reports that
act on its own, with the line's subject, where its clause names a place; a toll joined the same way ("…
وشهداء في قصف على …") reports the act it names.  The going on alone stays a further mention, and so does a
later clause with no place of its own, one after "فيما" (the background of the news) or one after "منذ".
A background sequel ("يأتي ذلك بعد …") is one also where the source glued the next word to "بعد"/"عقب"."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import norm_key
from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline
from rasd.time.assign import _SEQUEL_RE

DAY = dt.date(2024, 3, 10)
IDF = "Military Forces of Israel (2009-)"


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def test_present_act_after_going_on_is_reported_with_the_subject() -> None:
    rows = _rows("الجيش الإسرائيلي يواصل عدوانه على الجنوب، ويشن غارات على بلدة كفركلا.")
    assert [(r["sub_event_type"], r["actor1"], r["location"]) for r in rows] == [
        ("Air/drone strike", IDF, "Kfar Kila")]


def test_subject_after_the_verb_of_going_on() -> None:
    rows = _rows("تواصل المقاومة الفلسطينية التصدي لقوات الاحتلال المتوغلة، وتدك آلياتها في حي الزيتون.")
    assert len(rows) == 1
    assert rows[0]["actor1"] == "Unidentified Armed Group (Palestine)"
    assert rows[0]["location"] == "Zeitoun (Gaza City)"


def test_toll_clause_after_going_on_reports_its_act() -> None:
    rows = _rows("الاحتلال يواصل عدوانه على القطاع وشهداء في قصف على منزل في دير البلح.")
    assert [r["location"] for r in rows] == ["Deir al-Balah"]


def test_only_the_later_clause_with_a_place_is_an_event() -> None:
    rows = _rows("المقاومة في لبنان تواصل دعمها لأهالي قطاع غزة، وتستهدف مواقع إسرائيلية بالأسلحة الصاروخية، "
                 "وتقصف بلدة المطلة بالصواريخ.")
    assert [r["location"] for r in rows] == ["Metula"]


def test_background_after_while_stays_a_mention() -> None:
    assert _rows("يأتي ذلك فيما يواصل الاحتلال عدوانه على القطاع، ويشن غارات على بلدة بيت لاهيا.") == []
    assert _rows("الاحتلال يواصل عدوانه على القطاع، ويشن غارات على بلدة بيت لاهيا.")


def test_sequel_with_the_next_word_glued_to_after() -> None:
    assert _SEQUEL_RE.match(norm_key("ويأتي هذا القرار عقبعام على بدء الحرب"))
    assert _SEQUEL_RE.match(norm_key("وجاء ذلك بعدتفجير عبوة"))
    assert not _SEQUEL_RE.match(norm_key("وجاء ذلك بعدها"))
