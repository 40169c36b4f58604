"""Session 13 (background and history): a passive clause that describes the thing an act hit by when it was set up
("منظومة تم تركيبها مؤخراً", "المعدات التي جرى نصبها قبل أيام") dates that thing, not the act.  The act keeps the day
its sentence or paragraph gives (or the publication day), and is not recalled history."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 7, 29)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _strikes(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["event_type"] == "Explosions/Remote violence"]


def test_recent_setup_of_the_target_is_not_the_strike_day() -> None:
    rows = _strikes(_rows("أعلنت المقاومة الإسلامية، اليوم الإثنين، أن مقاتليها قصفوا منظومة تجسس تم تركيبها مؤخراً "
                          "في موقع المالكية وأصابوها إصابة مباشرة."))
    assert rows and all(r["event_date"] == "2024-07-29" and r["historical"] is False for r in rows)


def test_recent_setup_after_a_relative_pronoun() -> None:
    rows = _strikes(_rows("قصفت المقاومة التجهيزات الحديثة التي تم تركيبها مؤخراً في موقع المالكية بالصواريخ."))
    assert rows and all(r["event_date"] == "2024-07-29" and r["historical"] is False for r in rows)


def test_the_next_sentence_does_not_inherit_the_setup_time() -> None:
    rows = _strikes(_rows("أعلنت المقاومة، اليوم الإثنين، أنها قصفت منظومة تجسس، تم تركيبها مؤخراً في موقع المالكية. "
                          "وتجمعاً لجنود الاحتلال في موقع الراهب بالصواريخ الموجهة."))
    assert rows and all(r["event_date"] == "2024-07-29" and r["historical"] is False for r in rows)


def test_a_strike_with_its_own_past_day_keeps_it() -> None:
    rows = _strikes(_rows("قصفت الطائرات الإسرائيلية، قبل أسبوعين، مستودعاً في بلدة الخيام جنوبي لبنان، ما أدى إلى "
                          "تدميره بالكامل."))
    assert rows and all(r["event_date"] != "2024-07-29" for r in rows)


def test_a_clause_describing_the_act_noun_still_dates_it() -> None:
    rows = _strikes(_rows("قتل شخصان في الغارة الإسرائيلية التي تم تنفيذها أمس على بلدة الخيام جنوبي لبنان."))
    assert rows and all(r["event_date"] == "2024-07-28" for r in rows)


def test_a_hope_for_an_agreement_is_no_agreement() -> None:
    rows = _rows("وعبّر الوسيط، اليوم، عن أمله في توقيع اتفاق للتهدئة بين الطرفين قبل نهاية الشهر.")
    assert not any(r["sub_event_type"] == "Agreement" for r in rows)


def test_hope_is_not_read_inside_complete() -> None:
    rows = _rows("أعلنت الحكومة، اليوم، التوصل إلى اتفاق كامل مع النقابات بعد مفاوضات طويلة.")
    assert any(r["sub_event_type"] == "Agreement" for r in rows)


def test_an_act_told_after_ata_dhalika_baad_is_background() -> None:
    rows = _strikes(_rows("تسلّم القائد الجديد للحركة مهامه اليوم في اجتماع لقيادتها.\n"
                          "وأتى ذلك بعد أن قُتل سلفه في غارة جوية إسرائيلية استهدفت شقة في بيروت، قبل أسبوع، "
                          "خلال اجتماع له مع مساعديه."))
    assert rows and all(r["historical"] is True for r in rows)
