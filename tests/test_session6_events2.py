"""Events, session 6 (2): a sentence that joins a second act to the first ("فيما", "بينما", "بالتزامن مع",
"في حين") reports two events when the second clause names the side that acts in it and tells another act;
the same side's act told beside the first stays one event.

Own-words sentences."""
from __future__ import annotations

import datetime as dt

from helpers import event_rows

from rasd.events.frames import _clause_cuts, _sub_context
from rasd.events.stage import sentence_contexts
from rasd.pipeline import extract_text

PUB = dt.date(2024, 2, 12)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return event_rows(text, PUB)


def test_a_reply_of_the_other_side_after_while_is_its_own_event() -> None:
    text = ("قصفت مدفعية الجيش السوري اليوم مواقع للمسلحين في ريف إدلب الجنوبي، فيما شنت طائرات حربية "
            "أميركية غارات على مواقع للجيش السوري قرب مدينة دير الزور.")
    events = _events(text)
    assert len(events) == 2
    assert len({e[2] for e in events}) == 2  # each act with its own side acting


def test_two_sides_acting_in_one_place_are_two_events() -> None:
    text = ("استهدفت طائرات مسيرة قاعدة أميركية في حقل العمر اليوم، بينما قصفت القوات الأميركية مواقع "
            "تابعة للجيش السوري في محيط الحقل.")
    events = _events(text)
    assert len(events) == 2


def test_the_same_sides_second_weapon_with_no_actor_stays_one_event() -> None:
    text = ("شن الطيران التركي اليوم غارات على مواقع لقوات سوريا الديمقراطية في ريف القامشلي بالتزامن "
            "مع قصف مدفعي على القرى المحيطة.")
    events = _events(text)
    assert len(events) == 1
    assert events[0][2]


def test_one_act_told_twice_is_not_split() -> None:
    text = ("قصفت القوات التركية قرى في ريف منبج صباح اليوم، فيما قصفت القوات التركية أطراف القرى ذاتها "
            "بعد الظهر.")
    doc = extract_text(text, published=PUB)
    assert len([e for e in doc.events if e.event_type == "Explosions/Remote violence"]) == 1


def test_links_too_near_the_edges_cut_nothing() -> None:
    doc = extract_text("فيما قصفت القوات التركية قرى في ريف منبج.", published=PUB)
    ctx = sentence_contexts(doc)[0]
    assert _clause_cuts(ctx) == []


def test_a_clause_keeps_only_its_own_words() -> None:
    text = "قصفت القوات التركية قرى في ريف منبج، في حين اندلعت اشتباكات بين الفصائل قرب الباب."
    doc = extract_text(text, published=PUB)
    ctx = sentence_contexts(doc)[0]
    cuts = _clause_cuts(ctx)
    assert len(cuts) == 1
    sub = _sub_context(ctx, cuts[0], ctx.sentence.end)
    assert all(m.start >= cuts[0] for m in sub.triggers)
    assert doc.text[sub.sentence.start:].startswith("في حين")
