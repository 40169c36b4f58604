"""Session 9, the initiator side: who acts and the words that name it (audit of a fresh article pool).

- a force named with a feminine nationality adjective ("طائرات الاحتلال الإسرائيلية") is still that force;
- "its fighters" ("مقاتليها", "مجاهدوها") name the group the article named before them;
- a casualty word inside a group's name ("كتائب شهداء الأقصى") counts no victims;
- the actor between an attack noun and a house ("استهداف الاحتلال منزلاً") is the attacker;
- young men named with the article ("الشبان") are people: the crowd of a protest, the victims of an attack.
"""

from __future__ import annotations

import datetime as dt

from helpers import event_rows

from rasd.actors.stage import recognize_actors
from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import extract_text

DAY = dt.date(2024, 3, 10)


def _actor_spans(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=DAY)
    recognize_actors(doc)
    return [(doc.span_text(s), s.value.key) for s in doc.layer("actors")]


def test_feminine_nationality_keeps_the_force() -> None:
    spans = _actor_spans("قصفت طائرات الاحتلال الإسرائيلية بيتاً في البلدة.")
    assert any(key == "isr" and words.endswith("الإسرائيلية") for words, key in spans)
    # a one-word adjective in the feminine still describes the noun before it, not people
    assert not any(key == "civilians" for _, key in _actor_spans("احترقت ثلاث شاحنات مدنية على الطريق."))


def test_strike_told_with_feminine_adjective_has_its_attacker() -> None:
    text = ("استشهد مسعف وأصيب آخرون في قصف طائرات الاحتلال الإسرائيلية مركزاً للدفاع المدني في مدينة "
            "خان يونس جنوبي قطاع غزة، صباح اليوم الأحد.")
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "isr"


def test_its_fighters_refer_back_to_the_named_group() -> None:
    text = ("أعلنت كتائب شهداء الأقصى في بيان استهداف آلية عسكرية قرب مخيم طولكرم. "
            "وأضاف البيان أنّ مقاتليها فجّروا عبوة ناسفة بدورية للاحتلال.")
    assert ("مقاتليها", "al_aqsa") in _actor_spans(text)
    # without a group named before it, the pronoun names nobody
    assert not any(w == "مقاتليها" for w, _ in _actor_spans("وقال شهود إنّ مقاتليها انسحبوا من المكان."))


def test_its_fighters_keep_the_group_name_in_the_record() -> None:
    text = ("تبنّت كتائب شهداء الأقصى هجوماً على حاجز عسكري للاحتلال قرب نابلس أمس. "
            "كما أعلنت، في بيان ثانٍ، أنّ مقاتليها خاضوا اشتباكاً مسلحاً مع جنود الاحتلال في بلدة عزون "
            "شرقي قلقيلية اليوم الأحد.")
    recs = records(extract_text(text, published=DAY), timestamp=0)
    fought = [r for r in recs if "مقاتليها" in r["actor1_mentions"] + r["actor2_mentions"]]
    assert fought
    side = "actor1" if "مقاتليها" in fought[0]["actor1_mentions"] else "actor2"
    assert fought[0][side] == "Al Aqsa Martyrs Brigade"


def test_martyrs_in_a_group_name_are_no_victims() -> None:
    text = ("أعلنت كتائب شهداء الأقصى دكّ مقاتليها تجمعاً لجنود الاحتلال في محيط بلدة قباطية جنوبي جنين "
            "بقذائف الهاون، اليوم الأحد.")
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "al_aqsa" and rows[0][3] == "isr"


def test_attacker_before_the_house_it_hit() -> None:
    text = ("وصلت جثامين ثلاثة شهداء إلى مستشفى العودة، بعد استهداف الاحتلال منزلاً لعائلة في مخيم "
            "النصيرات وسط قطاع غزة فجر اليوم.")
    rows = event_rows(text, DAY)
    assert rows and rows[0][2] == "isr"


def test_young_men_are_the_crowd_of_a_protest() -> None:
    text = ("تظاهر الشبان، اليوم الأحد، في ساحة بلدة بيتا جنوبي نابلس، احتجاجاً على مصادرة أراضي "
            "البلدة، ورفعوا الأعلام الفلسطينية.")
    recs = records(extract_text(text, published=DAY), timestamp=0)
    demo = [r for r in recs if r["event_type"] == "Protests"]
    assert demo and "الشبان" in demo[0]["actor1_mentions"]
    assert demo[0]["inter1"] == 6
