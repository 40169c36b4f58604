"""Attribution and actor names (session 10 audit on fresh articles).

Own-words sentences.  Whom a record cites is the subject of the verb of saying, and only that: a verb
whose subject stands before it (a plural verb "نقلوا", a verb joined to an earlier verb of saying, "عن" after
a verb other than "نقل") cites no one after it, and a subject at the start of the sentence ("صحيفة X تحدثت
عن …") is then the one cited; a noun in ta marbuta ("في إشارة واضحة") is no verb; the reported noun
("وجود", "تنفيذها") and an adverb ("أيضاً") end the name; a definite group name ends before a noun in
apposition ("الجناح العسكري"); a quoted name, a kunya, an adjective of origin and "في" + a named group
complete it; "بحسب المعطيات" cites no one.  Fatah is a named actor.
"""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 20)


def _attributions(text: str) -> list[list[str]]:
    return [list(e.attribution) for e in extract_text(text, published=PUB).events]


@pytest.mark.parametrize(("text", "cited"), [
    # the reported noun after the subject ends the name
    ("وأكدت مصادر طبية حدوث قصف مدفعي على بلدة عبسان شرق خان يونس صباح اليوم.", "مصادر طبية"),
    # an adverb after the name ends it
    ("وأعلنت السرايا أيضاً قصف تجمع لجنود الاحتلال بقذائف الهاون شرق رفح صباح اليوم.", "السرايا"),
    # a definite group name ends before a noun in apposition
    ("وأعلنت كتائب القسام الجناح العسكري لحركة حماس قصف موقع كيسوفيم بالصواريخ صباح اليوم.", "كتائب القسام"),
    # a short quoted name completes the name
    ("وذكرت وكالة أنباء \"وفا\" أن قوات الاحتلال اعتقلت ثلاثة شبان من بلدة عزون صباح اليوم.",
     "وكالة أنباء وفا"),
    # a kunya carries the name past three words
    ("وقال مدير مستشفى أبو يوسف النجار إن قصفاً إسرائيلياً استهدف منزلاً في رفح فجر اليوم.",
     "مدير مستشفى أبو يوسف النجار"),
    # an adjective of origin ends a four-word name
    ("وأفادت جمعية الهلال الأحمر الفلسطيني بإصابة خمسة مواطنين برصاص الاحتلال في نابلس صباح اليوم.",
     "جمعية الهلال الأحمر الفلسطيني"),
    # "في" and a named group complete a cited person
    ("وقال القيادي في حركة حماس إن قصفاً إسرائيلياً استهدف منزلاً في مخيم النصيرات فجر اليوم.",
     "القيادي في حركة حماس"),
    # a subject before the verb when "عن" after it is the topic
    ("صحيفة \"يديعوت\" الإسرائيلية تحدثت عن سقوط صواريخ في مستوطنة المطلة صباح اليوم.",
     "صحيفة يديعوت الإسرائيلية"),
])
def test_cited_name(text: str, cited: str) -> None:
    found = _attributions(text)
    assert found and all(a == [cited] for a in found), found


@pytest.mark.parametrize("text", [
    # a plural verb: "نقلوا" (were carried) names no one after it
    "واستشهد أربعة مواطنين في قصف إسرائيلي على منزل في رفح فجر اليوم، ونقلوا جميعاً إلى المستشفى.",
    # a noun in ta marbuta is no verb of saying
    "وقصفت طائرات الاحتلال منزلاً في دير البلح فجر اليوم، في إشارة واضحة إلى استهداف المدنيين.",
    # "عن" after a verb other than "نقل" is the topic; the verb's own object is no name
    "كما تحدثت عن قصف مدفعي إسرائيلي استهدف أطراف بلدة الخيام صباح اليوم.",
    "كما أعلنت تنفيذها هجوماً صاروخياً على ثكنة زرعيت صباح اليوم.",
    # what a report rests on is no one's word
    "بحسب المعطيات قصفت مدفعية الاحتلال أطراف بلدة كفركلا صباح اليوم.",
])
def test_no_name_is_cited(text: str) -> None:
    found = _attributions(text)
    assert found and all(a == [] for a in found), found


def test_second_verb_of_saying_shares_the_subject() -> None:
    """"تحدثت X عن … ونقلت الواقع …": the second verb's object is no source."""
    text = ("وتحدثت القناة الثانية الإسرائيلية عن سقوط صواريخ في مستوطنة المطلة صباح اليوم، "
            "ونقلت الأجواء المتوترة في المستوطنات.")
    found = _attributions(text)
    assert found and all("الأجواء المتوترة" not in " ".join(a) for a in found), found


def test_second_verb_with_its_own_source_still_cites_it() -> None:
    text = ("وأفادت وكالة سانا بسقوط قذائف على حي الميدان في حلب صباح اليوم، "
            "وذكرت مصادر محلية أن القصف أدى إلى إصابة طفلين.")
    found = _attributions(text)
    assert found and any("مصادر محلية" in a for a in found), found


def test_fatah_is_a_named_actor() -> None:
    text = "واشتبك مسلحون من حركة فتح مع عناصر من جماعة الشباب المسلم في مخيم عين الحلوة قرب صيدا أمس."
    doc = extract_text(text, published=PUB)
    names = {a.name for e in doc.events for a in (e.actor1, e.actor2) if a is not None}
    assert "Fatah Movement" in names, names


def _protester_mentions(text: str) -> list[str]:
    doc = extract_text(text, published=PUB)
    return [m for e in doc.events if e.actor1 is not None and e.actor1.inter == 6 for m in e.actor1_mentions]


@pytest.mark.parametrize(("text", "crowd"), [
    # the subject before a protest verb, past a "مع …" phrase
    ("ومئات المتقاعدين مع عائلاتهم يتظاهرون أمام مبنى البرلمان في بيروت اليوم احتجاجاً على تدني الرواتب.",
     "المتقاعدين"),
    # the subject after a protest verb, past a count
    ("وتظاهر آلاف المزارعين في ساحة المدينة في عمان اليوم احتجاجاً على رفع أسعار الوقود.", "المزارعين"),
    # the people after a protest noun
    ("وشهدت مدينة حيفا اليوم اعتصام الممرضين أمام وزارة الصحة احتجاجاً على تأخر الأجور.", "الممرضين"),
])
def test_protesters_are_named_by_the_crowd(text: str, crowd: str) -> None:
    found = _protester_mentions(text)
    assert crowd in found, found


def test_a_verb_after_the_protesters_is_no_name() -> None:
    found = _protester_mentions("متظاهرون يغلقون الطريق إلى مبنى البلدية في نابلس صباح اليوم احتجاجاً على الغلاء.")
    assert found and "يغلقون" not in found, found
