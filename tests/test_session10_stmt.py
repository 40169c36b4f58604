"""Merging, session 10 (events/stage.py, ``_fold_statement_details``): a sentence that goes on with a report ("وأشارت
إلى أنّه …", "وأكد البيان أنّ …", "واستهدف الهجوم …") or tells what an act the article reported did ("… في إثر الصلية
الأخيرة") is that act told again, one event with it (ACLED); the statement's next act on a new target, or an act of
the other side that the report goes on to tell, is an event of its own.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from rasd.document import Event
from rasd.events.stage import _fold_statement_details
from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 14)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUB).events


def _place(ev: Event) -> str:
    return ev.place.name_en if ev.place is not None else ""


def test_the_act_as_subject_of_the_next_sentence_is_the_same_act() -> None:
    evs = _events("أعلن حزب الله، اليوم الثلاثاء، شنّ هجوم جوي بمسيّرات انقضاضية على موقع الناقورة البحري. "
                  "واستهدف الهجوم أماكن تموضع جنود الاحتلال، وأدى إلى سقوط عدد منهم بين قتيل وجريح.")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.key == "hezbollah"
    assert len(ev.evidence) == 2


def test_the_statement_quoted_again_is_the_same_act() -> None:
    evs = _events("أعلنت كتائب القسام، اليوم الثلاثاء، استهداف دبابة إسرائيلية بقذيفة الياسين 105 في حي الشجاعية "
                  "بمدينة غزة. وأكد البيان أنّ طاقم الدبابة وقع بين قتيل وجريح، وأن مروحيات الاحتلال هبطت لإجلائهم.")
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.key == "hamas"
    assert evs[0].fatalities == 3  # "بين قتيل وجريح": unnumbered deaths, now the act's


def test_a_toll_the_report_goes_on_with_is_the_clash_it_counts() -> None:
    evs = _events("خاض مقاتلو كتائب القسام، اليوم الثلاثاء، اشتباكات عنيفة مع قوات الاحتلال المقتحمة لمدينة جنين، "
                  "وفق ما أوردت وسائل إعلام إسرائيلية. وأشارت إلى أنّه قتل ضابط وأصيب 9 جنود، نقلتهم مروحيات "
                  "إسرائيلية إلى المستشفى.")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.actor1 is not None and ev.actor1.key == "hamas"
    assert ev.fatalities == 1 and ev.quantities.get("injured") == 9


def test_effects_at_a_nearby_town_after_the_last_salvo_are_the_salvo() -> None:
    evs = _events("أعلنت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، قصف ثكنة بيريا بعشرات صواريخ الكاتيوشا. "
                  "من جهتها، أفادت وسائل إعلام إسرائيلية بسقوط صواريخ في مدينة صفد في إثر الصلية الأخيرة.")
    assert [_place(ev) for ev in evs] == ["Biriya barracks"]


def test_the_next_act_of_the_statement_on_a_new_place_stays_apart() -> None:
    evs = _events("أعلنت سرايا القدس، اليوم الثلاثاء، تفجير عبوة ناسفة بدبابة إسرائيلية في حي الزيتون بمدينة غزة. "
                  "وأضافت أنّ مجاهديها قصفوا بقذائف الهاون تجمعاً لجنود الاحتلال في مخيم جباليا.")
    assert sorted(_place(ev) for ev in evs) == ["Jabalia", "Zeitoun (Gaza City)"]


def test_an_act_of_the_other_side_the_report_goes_on_with_stays_apart() -> None:
    evs = _events("أعلن حزب الله، اليوم الثلاثاء، استهداف موقع المالكية بالأسلحة الصاروخية. "
                  "وأضاف أنّ طائرات الاحتلال قصفت عقب ذلك أطراف بلدة عيترون.")
    assert len(evs) == 2
    assert {ev.actor1.key for ev in evs if ev.actor1 is not None} == {"hezbollah", "isr"}


def test_a_single_record_is_left_alone() -> None:
    doc = extract_text("أعلن حزب الله، اليوم الثلاثاء، استهداف موقع المالكية بالأسلحة الصاروخية.", PUB)
    assert _fold_statement_details(doc, list(doc.events), {}) == doc.events
