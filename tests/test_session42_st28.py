"""Session 42 (st28): statements and communiqués.  A ministry's running count of the dead since a truce ("منذ إعلان
وقف إطلاق النار", "منذ توقيع الاتفاق") sums up many acts and is no event of its own; a dateline line under the
headline ("الحسكة – نورث برس") is where the story was filed, never a section heading whose city places the sentences
of a statement that name no place of their own."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def test_count_since_a_truce_is_no_event() -> None:
    text = ("وقالت وزارة الصحة في بيان إن عدد القتلى الذين سقطوا بنيران الجيش في بلدة حولا منذ إعلان وقف "
            "إطلاق النار ارتفع إلى أكثر من 60 قتيلاً.")
    assert record_rows(text, dt.date(2025, 6, 2)) == []


def test_count_since_an_agreement_is_no_event() -> None:
    text = ("وأحصى المرصد مقتل 45 شخصاً بنيران القوات الحكومية في مدينة درعا منذ توقيع الاتفاق بين الطرفين.")
    assert record_rows(text, dt.date(2021, 9, 2)) == []


def test_dateline_line_is_no_section_heading() -> None:
    from rasd.geo.assign import _dateline_line

    assert _dateline_line("الحسكة – نورث برس")
    assert _dateline_line("درعا - عنب بلدي")
    assert _dateline_line("دمشق – خاص")
    assert not _dateline_line("قصف تركي – ريف الحسكة")
    assert not _dateline_line("اغتيال في طفس")


def test_statement_detail_is_not_placed_at_the_dateline_city() -> None:
    text = ("\"قسد\": صد هجوم للفصائل على قرية الخفسة.. وأنقرة تعلن \"تحييد\" 12 \"إرهابياً\"\n\n"
            "الحسكة – نورث برس\n\n"
            "أعلنت قوات سوريا الديمقراطية (قسد)، اليوم الخميس، أن مقاتليها صدّوا مساء أمس هجوماً شنّته فصائل "
            "\"الجيش الوطني\" على قرية الخفسة ومحيط سد تشرين جنوبي منبج، ما أدى إلى مقتل سبعة من المهاجمين.\n\n"
            "وقال المركز الإعلامي للقوات في بيان إن الهجوم بدأ بقصف مدفعي، مضيفاً أن \"مقاتلينا استهدفوا "
            "المهاجمين بالأسلحة المناسبة\"، ومشيراً إلى مقتل ثلاثة من مقاتلي قسد خلال الاشتباكات.")
    rows = record_rows(text, dt.date(2025, 2, 6))
    places = {str(r["location"]) for r in rows}
    assert places and "Al-Hasakeh" not in places
