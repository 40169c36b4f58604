"""Who was hit (actor2), session 12: servicemen named by a count ("40 عسكرياً أوكرانياً"), soldiers in the accusative
or the dual, victims counted with an approximate count ("أكثر من 12 عنصر شرطة", "ما لا يقل عن 9 جنود") or before the
verb of their death ("6 جنود قتلوا"), the impersonal passive ("تم قصف مواقع …"), warships with a state's adjective,
warships after a strike noun and its adjective ("عملية نوعية استهدفت فرقاطتين …"), a command that tells its own
dead, Ukraine's forces, and ships as the thing an attack noun hits.  Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.document import Event
from rasd.pipeline import extract_text

DAY = dt.date(2024, 2, 12)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _keys(e: Event) -> tuple[str, str]:
    return (e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "")


def _actor_words(text: str) -> list[str]:
    doc = extract_text(text, published=DAY)
    return [doc.text[s.start:s.end] for s in doc.layer("actors")]


def test_counted_servicemen_with_a_state_adjective_are_the_side_hit() -> None:
    evs = _events("أعلنت الوزارة مقتل 40 عسكرياً أوكرانياً في معارك قرب مدينة باخموت.")
    assert evs
    assert _keys(evs[0]) == ("", "ukr")
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of Ukraine (2019-)"


def test_military_as_an_adverb_or_adjective_names_no_servicemen() -> None:
    assert not any("عسكري" in w for w in _actor_words("وقالت الحكومة إنها سترد عسكرياً على أي اعتداء يطال أراضيها."))
    assert not any("عسكري" in w for w in _actor_words("وشهدت المدينة هجوماً عسكرياً واسعاً أمس."))


def test_soldiers_in_the_accusative_are_an_army() -> None:
    words = _actor_words("وقال المتحدث إن القصف أدى إلى إصابة 11 جندياً بجروح متفاوتة.")
    assert any(w.startswith("جندي") for w in words)


def test_victims_after_an_approximate_count_are_the_side_hit() -> None:
    evs = _events("وقتل مسلح أكثر من 12 عنصر شرطة في هجوم على مركز أمني في بيشاور.")
    assert evs
    assert evs[0].actor2 is not None and evs[0].actor2.key == "police_generic"
    assert evs[0].actor1 is None or evs[0].actor1.key != "police_generic"


def test_counted_soldiers_before_the_verb_of_their_death_are_the_side_hit() -> None:
    evs = _events("وأضاف البيان أن 25 جندياً قتلوا في القصف على أطراف البلدة.")
    assert evs
    assert _keys(evs[0])[1] == "state_generic"
    assert _keys(evs[0])[0] != "state_generic"


def test_a_mention_after_an_act_in_the_impersonal_passive_is_the_side_hit() -> None:
    evs = _events("وتم قصف مواقع تابعة للقوات الأوكرانية قرب مدينة باخموت.")
    assert evs
    assert _keys(evs[0])[1] == "ukr"
    assert _keys(evs[0])[0] != "ukr"


def test_a_warship_with_a_state_adjective_is_that_states_force_hit() -> None:
    evs = _events("وشنت القوات اليمنية عملية نوعية استهدفت مدمرة أميركية في خليج عدن.")
    assert evs
    assert _keys(evs[0]) == ("yem_houthi", "usa")


def test_warships_after_a_strike_noun_and_its_adjective_are_the_side_hit() -> None:
    evs = _events("ونفذ سلاح الجو المسير عملية نوعية استهدفت فرقاطتين أميركيتين في البحر.")
    assert evs
    assert _keys(evs[0])[1] == "usa"
    assert _keys(evs[0])[0] != "usa"


def test_a_command_telling_its_own_dead_is_the_side_hit() -> None:
    evs = _events("وأعلن الجيش الأميركي أن 2 من أفراد الخدمة الأميركيين قتلوا بهجوم بطائرة مسيرة على قاعدة في الأردن.")
    assert evs
    assert _keys(evs[0])[1] == "usa"
    assert _keys(evs[0])[0] != "usa"


def test_a_ship_after_the_first_complement_of_an_attack_noun_makes_that_complement_the_attacker() -> None:
    evs = _events("وأكد البيان نجاح استهداف القوات اليمنية ناقلة نفط في البحر الأحمر بصاروخ بحري.")
    assert evs
    assert _keys(evs[0])[0] == "yem_houthi"
    assert _keys(evs[0])[1] != "yem_houthi"


def test_headline_summary_of_one_raid_folds_into_the_precise_record() -> None:
    # the headline sums the raid up at the governorate's capital with the soldiers killed; the report names the
    # quarter hit: one strike of one attacker, one record at the quarter carrying the toll
    from helpers import violent_events

    text = ("مصدر عسكري: استشهاد 4 عسكريين في العدوان الإسرائيلي على دمشق\n"
            "أفاد مصدر عسكري باستشهاد 4 عسكريين في العدوان الإسرائيلي على دمشق فجر اليوم.\n"
            "وقال مراسلنا إن الطائرات الإسرائيلية استهدفت مبنى سكنياً في حي كفرسوسة بدمشق فجر اليوم.")
    evs = violent_events(DAY, text)
    assert len(evs) == 1, [(e.place.name_en if e.place else None) for e in evs]
