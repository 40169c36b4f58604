"""Event merging, session 4, part 3 (events/stage.py): a sentence dated by the publication date and one
whose day was inherited from an earlier paragraph are one event on the news days, on the inherited day;
a sentence that sums up a week of attacks on several places is not split into one event per place.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from rasd.document import TimeValue
from rasd.events.stage import _strength, _stronger, _tally
from rasd.pipeline import extract_text
from rasd.time.assign import INHERITED

PUB = dt.date(2024, 3, 10)  # a Sunday
PUBLISHED = TimeValue(PUB, 1, "day", "published")
INHERITED_DAY = TimeValue(PUB - dt.timedelta(days=1), 1, "day", INHERITED)
OWN_DAY = TimeValue(PUB - dt.timedelta(days=1), 1, "day", "weekday")


def test_an_inherited_day_is_firmer_than_the_publication_date() -> None:
    assert _strength(PUBLISHED) < _strength(INHERITED_DAY) < _strength(OWN_DAY)
    assert _stronger(PUBLISHED, INHERITED_DAY)
    assert not _stronger(INHERITED_DAY, PUBLISHED)
    assert _stronger(INHERITED_DAY, OWN_DAY)
    assert not _stronger(OWN_DAY, INHERITED_DAY)


def test_a_week_long_period_is_a_tally_and_a_day_is_not() -> None:
    week = TimeValue(PUB - dt.timedelta(days=3), 1, "week", "relative")
    assert _tally(week)
    assert not _tally(OWN_DAY)
    assert not _tally(None)


def test_an_undated_headline_and_an_inherited_paragraph_are_one_clash() -> None:
    text = (
        "اشتباكات بين \"قسد\" و\"الجيش الوطني\" قرب مدينة مارع.\n"
        "قصفت طائرة مسيرة تركية يوم السبت موقعاً لـ\"قسد\" في ريف مدينة عامودا، وقتلت ثلاثة من عناصرها.\n"
        "وبالتوازي، دارت اشتباكات بين \"الجيش الوطني\" و\"قسد\" قرب مدينة مارع.\n"
    )
    doc = extract_text(text, published=PUB)
    clashes = [e for e in doc.events if e.event_type == "Battles"]
    assert len(clashes) == 1
    ev = clashes[0]
    assert ev.date is not None and ev.date.date == PUB - dt.timedelta(days=1)
    assert len(ev.evidence) >= 2


def test_a_week_of_attacks_on_several_bases_is_not_split_by_place() -> None:
    text = (
        "تعزيزات أميركية إلى القواعد في سوريا.\n"
        "واستهدفت فصائل مسلحة خلال الأيام السبعة الأخيرة بالصواريخ قواعد أميركية في التنف وحقل كونيكو "
        "ومطار خراب الجير.\n"
    )
    doc = extract_text(text, published=PUB)
    attacks = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(attacks) <= 1
