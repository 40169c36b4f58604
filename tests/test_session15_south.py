"""Session 15 (southern Syria): a protest told after the particle "قد" before a verb of a place witnessing it
("وقد شهدت المدينة تجمعات احتجاجية") is told as if that verb opened the sentence (``frames._PERFECT_PARTICLES``,
``_TAKING_PLACE``); before other verbs the particle keeps its weight ("وقد أثارت الاحتجاجات قلق …")."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows

DAY = dt.date(2023, 8, 30)
LEAD = "قال المحافظ اليوم الأربعاء إن مطالب السكان تلقى كل الاهتمام.\n\n"


def test_particle_before_witnessed_protest_gives_the_protest() -> None:
    rows = event_rows(LEAD + "وقد شهدت السويداء تجمعات احتجاجية خلال الأيام الأخيرة، فيما أيدت هيئة معارضة "
                      "الاحتجاجات الشعبية.", DAY)
    assert ("Protests", "Peaceful protest", "protesters", "") in rows


def test_particle_with_other_conjunction_gives_the_protest() -> None:
    rows = event_rows(LEAD + "فقد شهدت درعا تجمعات احتجاجية في الإطار نفسه، بينما دعت هيئة معارضة إلى "
                      "توسيع الاحتجاجات الشعبية.", DAY)
    assert any(r[0] == "Protests" for r in rows)


def test_particle_before_a_comment_gives_no_protest() -> None:
    rows = event_rows(LEAD + "وقد أثارت موجة الاحتجاجات تلك قلق كثير من النواب قبل الانتخابات المقبلة.", DAY)
    assert not any(r[0] == "Protests" for r in rows)

