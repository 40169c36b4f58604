"""Session 26 (taken2): folded events.

A sentence that sets up a new post or base, its force named between the verb and the noun ("كما أقامت القوات
الإسرائيلية نقطة عسكرية جديدة …"), told with no day of its own after the article's first act: the verb counts as
it does right before the noun ("أقامت نقطة"), so the post is an event of its own instead of a sentence folded into
the record of the next act.  Protesters going back on a later day ("وعاد المحتجون مساء اليوم إلى الساحة") protest
again: an event of its own day, placed where the protest told before stood (a sentence otherwise dropped).  A
sequel that counts whole days back to an act of another kind ("وجاءت الاشتباكات بعد يومين من اغتيال …") tells that
act as an event of its own, dated back from the news; a year in a clause on the victim's past ("كان قد انضم إلى
التسوية عام 2018") dates the person, not the act."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 14)
BASE = ("Strategic developments", "Headquarters or base established")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _types(text: str) -> list[tuple[str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"])) for r in record_rows(text, DAY)]


def test_post_set_up_with_the_force_between() -> None:
    assert _types("أقامت القوات التركية نقطة عسكرية جديدة قرب مدينة منبج.") == [BASE]


def test_post_set_up_in_a_going_on_sentence_is_its_own_event() -> None:
    text = ("اعتقلت القوات الإسرائيلية، يوم الجمعة، راعيين قرب بلدة الرفيد.\n\n"
            "كما أنشأت القوات الإسرائيلية نقطة عسكرية جديدة على تلة قرب بلدة جباتا الخشب، ورفعت فيها سواتر "
            "ترابية.\n\n"
            "وصباح اليوم السبت، قصفت القوات الإسرائيلية بالمدفعية أطراف بلدة الحميدية.")
    types = _types(text)
    assert BASE in types and SHELLING in types


def test_guard_strike_on_a_new_post_is_no_base() -> None:
    """Guard: a verb of shelling before the noun, a comma after the subject: the post is hit, not set up."""
    assert BASE not in _types("قصفت الفصائل المسلحة، نقطة عسكرية جديدة للجيش قرب مدينة منبج.")


def test_guard_relief_post_is_no_base() -> None:
    """Guard: a relief post set up is no military base."""
    assert BASE not in _types("أقامت منظمة الهلال الأحمر نقطة طبية في مدينة القنيطرة.")


PEACEFUL = ("Protests", "Peaceful protest")


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(str(r["event_type"]), str(r["sub_event_type"]), str(r["event_date"]), str(r["location"]))
            for r in record_rows(text, DAY)]


def test_protesters_going_back_on_a_later_day_protest_again() -> None:
    """"وعاد المحتجون مساء اليوم إلى الساحة": a protest of its own day, at the place of the protest told before."""
    text = ("نظم عشرات من الطلاب، أمس الجمعة، وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء.\n\n"
            "وفي ريف القنيطرة، اعتقلت القوات الإسرائيلية صباح اليوم شابين من بلدة جباتا الخشب.\n\n"
            "وعاد المحتجون مساء اليوم إلى الساحة لإضاءة الشموع، مطالبين بالإفراج عن المعتقلين.")
    protests = [r for r in _rows(text) if r[:2] == PEACEFUL]
    assert [r[2] for r in protests] == ["2025-06-13", "2025-06-14"]
    assert all(r[3] == protests[0][3] for r in protests)


def test_guard_protesters_named_alone_stay_no_event() -> None:
    """Guard: the protesters named as the subject of another verb tell no protest of their own."""
    text = ("نظم عشرات من الطلاب، أمس الجمعة، وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء.\n\n"
            "وقال المحتجون إنهم سيواصلون تحركهم حتى تحقيق مطالبهم.")
    assert [r[:2] for r in _rows(text)] == [PEACEFUL]


ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def test_sequel_recalls_an_act_of_another_kind_days_before() -> None:
    """"وجاءت الاشتباكات بعد يومين من اغتيال … برصاص مسلحين مجهولين": the killing two days before is an event of
    its own, dated back from the clash, not by the year of the victim's past step told in a clause about him."""
    text = ("اندلعت، مساء الأحد، اشتباكات بين مسلحين محليين ومجموعة مسلحة في مدينة جاسم بريف درعا، ما أدى إلى "
            "مقتل مسلح.\n\n"
            "وجاءت الاشتباكات بعد يومين من اغتيال قيادي سابق في الفصائل، كان قد انضم إلى التسوية عام 2018، برصاص "
            "مسلحين مجهولين قرب منزله في بلدة داعل.")
    rows = _rows(text)
    assert len(rows) == 2 and rows[1][:2] in (CLASH, ATTACK)
    assert rows[0][2] == "2025-06-08" and rows[1][2] in ("2025-06-06", "2025-06-07")


def test_guard_sequel_of_the_same_kind_stays_with_the_recall_rules() -> None:
    """Guard: a recalled act of the news' own kind is still told by the recall rules, dated back as before."""
    text = ("اندلعت، مساء الأحد، اشتباكات بين مسلحين محليين ومجموعة مسلحة في مدينة جاسم بريف درعا.\n\n"
            "وجاءت الاشتباكات بعد يومين من مواجهات مماثلة في البلدة.")
    assert [(r[:2], r[2]) for r in _rows(text)] == [(CLASH, "2025-06-08"), (CLASH, "2025-06-06")]
