"""Session 34 (dp16, one act retold): a paragraph that tells again, with no day of its own, an act the lead dated to
yesterday is that act (one record on its own day, not a second one on the publication day); an act at the same town
on another day that the text dates firmly, and a side's reply, stay events of their own."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 3, 18)  # a Tuesday

LEAD = ("مقتل رجل بعبوة ناسفة في نوى.. وشاب برصاص مجهولين في الشيخ مسكين\n"
        "قُتل رجل وأصيب ابنه، مساء أمس الاثنين، بانفجار عبوة ناسفة زُرعت في سيارته في مدينة نوى بريف درعا الغربي، في "
        "حين قُتل شاب برصاص مجهولين في بلدة الشيخ مسكين مساء اليوم نفسه.\n"
        "وقال مراسلنا إن العبوة انفجرت قرب دوار المدينة في 17 من آذار، ما أدى إلى مقتل الرجل على الفور.\n"
        "وأفاد المراسل صباح اليوم، الثلاثاء، بأن الابن توفي متأثراً بجراحه، لترتفع حصيلة التفجير إلى قتيلين.\n"
        "ودانت قيادة الشرطة في درعا، في بيان، \"استهداف أحد أبناء ريف درعا الغربي بعبوة ناسفة\"، وقالت إنها فتحت "
        "تحقيقاً.\n")
RETOLD = ("وفي الشيخ مسكين، أطلق مسلحون يستقلون دراجة نارية النار على الشاب أثناء عودته من عمله في الأراضي "
          "الزراعية، ما أدى إلى مقتله.\n")


def _shootings(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((str(r["event_date"]), str(r["location"])) for r in rows
                  if r["event_type"] == "Violence against civilians")


def test_undated_paragraph_retelling_yesterdays_shooting_is_one_record() -> None:
    rows = record_rows(LEAD + RETOLD, DAY)
    assert _shootings(rows) == [("2025-03-17", "Sheikh Miskine")], rows


def test_retelling_folds_while_a_firmly_dated_act_of_another_day_stays() -> None:
    text = LEAD + RETOLD + ("وكانت بلدة الشيخ مسكين قد شهدت يوم الأحد 16 آذار مقتل رجل ستيني برصاص مسلحين مجهولين "
                            "أمام منزله.\n")
    days = [d for d, _ in _shootings(record_rows(text, DAY))]
    assert days == ["2025-03-16", "2025-03-17"], days


def test_retelling_folds_while_the_bombing_of_the_other_town_stays() -> None:
    rows = record_rows(LEAD + RETOLD, DAY)
    bombs = [(r["event_date"], r["location"]) for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert bombs == [("2025-03-17", "Nawa")], rows
    assert len(rows) == 2, rows
