"""Session 42 (ac29), actors, second pass: settlers counted in the singular ("نحو عشرين مستوطناً") and escorted by
the army keep the first side; the armed-men word after a named group is its adjective ("المستوطنين المسلحين"), no
second side; a feud told by its adjective ("نزاع عشائري", "شجار عائلي") sets the clans (or families) on both sides;
"الجانب السوري" names Syria's forces where it acts, a border's side where a preposition of place comes before it."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Event
from rasd.pipeline import Pipeline, extract_text

DAY = dt.date(2024, 10, 19)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def _actor_keys(text: str) -> list[tuple[str, str]]:
    doc = Pipeline()(Document(id="t", text=text, published=DAY))
    return [(doc.text[a.start:a.end], a.value.key) for a in doc.layer("actors")]


# ---------------------------------------------------------------- settlers


def test_settlers_counted_in_the_singular_keep_the_first_side_beside_the_army() -> None:
    text = ("مستوطنون يعتدون على مزارعين قرب رام الله\n\n"
            "رام الله - أصيب أربعة مزارعين بجروح، صباح اليوم السبت، عندما هاجمت مجموعة من نحو خمسة عشر مستوطنا، "
            "يرافقهم جنود الاحتلال، المزارعين أثناء عملهم في أراضيهم في قرية دير جرير شرق رام الله.")
    evs = [e for e in _events(text) if e.actor2 is not None and e.actor2.inter == 7]
    assert evs and all(e.actor1 is not None and e.actor1.key == "settlers" for e in evs), \
        [(e.actor1, e.actor2) for e in evs]


def test_one_settler_named_alone_is_a_settler() -> None:
    keys = _actor_keys("أصيب شاب برصاص مستعمر قرب بلدة ترمسعيا شمال شرق رام الله اليوم.")
    assert ("مستعمر", "settlers") in keys


def test_the_armed_word_after_named_settlers_is_their_adjective() -> None:
    text = ("رام الله - أفاد رئيس بلدية عطارة بأن عشرات المستوطنين المسلحين هاجموا الأطراف الغربية للبلدة مساء "
            "أمس الجمعة ورشقوا منازل المواطنين بالحجارة.")
    keys = _actor_keys(text)
    assert all(k != "unidentified" for _, k in keys), keys
    assert all(e.event_type != "Battles" for e in _events(text))


# ---------------------------------------------------------------- feuds


def test_a_tribal_feud_sets_the_tribes_on_both_sides() -> None:
    text = ("قتيلان بنزاع عشائري في قضاء القرنة\n\n"
            "البصرة - قُتل شخصان وأصيب ثلاثة آخرون، اليوم الخميس، بنزاع عشائري مسلح اندلع في قضاء القرنة شمالي "
            "محافظة البصرة، بحسب مصدر أمني.")
    battles = [e for e in _events(text) if e.event_type == "Battles"]
    assert battles
    ev = battles[0]
    assert ev.actor1 is not None and ev.actor2 is not None, (ev.actor1, ev.actor2)
    assert ev.actor1.inter == 4 and ev.actor2.inter == 4


def test_a_feud_takes_the_clans_dual_of_the_next_lines() -> None:
    text = ("البصرة - قُتل شخصان، اليوم الخميس، بنزاع عشائري مسلح في قضاء القرنة شمالي محافظة البصرة. "
            "وقال مصدر أمني إن خلافاً على قطعة أرض بين عشيرتين تطوّر إلى تبادل لإطلاق النار.")
    battles = [e for e in _events(text) if e.event_type == "Battles"]
    assert battles and "عشيرتين" in battles[0].actor1_mentions, [(e.actor1_mentions) for e in battles]


# ---------------------------------------------------------------- the Syrian side


def test_the_syrian_side_firing_across_the_border_is_syrias_forces() -> None:
    text = ("الهرمل - أصيب شخصان بجروح، اليوم الاثنين، جراء سقوط ثلاث قذائف مصدرها الجانب السوري على منازل في "
            "بلدة القصر الحدودية.")
    evs = [e for e in _events(text) if e.actor1 is not None]
    assert evs and evs[0].actor1.key == "syr_gov", [(e.actor1, e.actor2) for e in evs]


def test_the_syrian_side_after_a_word_of_direction_is_a_place() -> None:
    keys = _actor_keys("وفرّ عدد من المهربين باتجاه الجانب السوري بعد الاشتباك مع الجيش اللبناني.")
    assert all(k != "syr_gov" for _, k in keys), keys
    keys = _actor_keys("وتمركز مسلحون على الجانب التركي من الحدود.")
    assert all(k != "tur" for _, k in keys), keys
