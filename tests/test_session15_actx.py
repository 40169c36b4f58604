"""Session 15 (actor roles): the side an act is aimed at is actor2, never actor1.  A verb after "إنّ"/"أنّ" with a
subject pronoun ("قالت الكتائب إنها استهدفت …") has that pronoun as its subject, so the force named after it is the
object hit, even where the speaker is no recognised actor; fire shot "باتجاه"/"تجاه" a force is aimed at it (like
"على"/"ضد")."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows

DAY = dt.date(2024, 3, 5)
VIOLENT = ("Battles", "Explosions/Remote violence")


def _violent(text: str) -> list[tuple[str, str]]:
    return [(a1, a2) for t, _, a1, a2 in event_rows(text, DAY) if t in VIOLENT]


def test_a_pronoun_subject_after_inna_makes_the_force_after_the_verb_the_target() -> None:
    rows = _violent("وقالت الكتائب إنها استهدفت دبابة عسكرية إسرائيلية بقذيفة في حي الزيتون شرق غزة.")
    assert rows and all(a1 != "isr" for a1, _ in rows) and any(a2 == "isr" for _, a2 in rows), rows


def test_a_plural_pronoun_after_inna_too() -> None:
    rows = _violent("وقال المقاتلون إنهم استهدفوا جرافة عسكرية إسرائيلية بعبوة ناسفة في مخيم جنين.")
    assert rows and all(a1 != "isr" for a1, _ in rows) and any(a2 == "isr" for _, a2 in rows), rows


def test_shots_fired_towards_soldiers_hit_them() -> None:
    rows = _violent("ذكر مراسلنا أن جنود الاحتلال طوّقوا بلدة عزون، ودفعوا بتعزيزات عسكرية إلى البلدة عقب إطلاق نار "
                    "باتجاه جنود الاحتلال، أدى إلى إصابات.")
    assert rows and all(a1 != "isr" for a1, _ in rows) and any(a2 == "isr" for _, a2 in rows), rows


def test_shots_fired_tijaha_soldiers_hit_them() -> None:
    rows = _violent("عملية إطلاق رصاص جديدة تجاه جنود الاحتلال قرب مدينة طولكرم، أدت إلى إصابة جنديين.")
    assert rows and all(a1 != "isr" for a1, _ in rows), rows

