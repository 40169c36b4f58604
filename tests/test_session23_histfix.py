"""Session 23 (HISTFIX: yesterday's news is not background).

Where the lead names no day, the acts of the day before are background only where the article tells an act of
the publication day (any paragraph: "واستهدفت المقاومة، اليوم، …"), not where that day dates only statements and
reactions to them: a statement's setting or verb before what is said ("وأشار الحزب في بيان له اليوم إلى أنّ …",
"وخلال اجتماع للحكومة، مساء اليوم، رأى الرئيس أنّ …", "وفي مؤتمر صحفي اليوم، قال المتحدث إنّ …") or a
condemnation that opens the clause ("واليوم، دانت الوزارة الاعتداء …"); the speaker's own doing ("أعلنت الجماعة،
اليوم، أنّها ضربت …") is still an act of the day.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)  # a Sunday
YESTERDAY = "2024-05-11"

ARTICLE = ("{title}\n"
           "أثار اعتقال قوات الاحتلال ناشطاً أردنياً على معبر الكرامة موجة من ردود الفعل في الأردن.\n"
           "وطالبت أحزاب أردنية الحكومة بالتحرك للإفراج عن الناشط وإعادته إلى بلاده.\n"
           "{today}\n"
           "وأمس، اعتقلت قوات الاحتلال الإسرائيلي الناشط الأردني على معبر الكرامة قرب أريحا.\n"
           "{later}\n")

STATEMENTS = (
    "وأشار حزب الوحدة في بيان له اليوم الأحد، إلى أنّ الاعتقال يخالف الأعراف الدولية.",
    "وخلال اجتماع للحكومة الأردنية، مساء اليوم، رأى رئيس الوزراء أنّ الاعتقال تصعيد خطير.",
    "وفي مؤتمر صحفي عقده اليوم، قال الناطق الرسمي للحكومة الأردنية إنّ عمّان تتابع ملف الناشط.",
    "واليوم، دانت وزارة الخارجية الأردنية الاعتقال، مطالبةً بالإفراج الفوري عن الناشط.",
)


def _yesterday(text: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [r for r in records(Pipeline()(doc)) if r["event_date"] == YESTERDAY]


def test_yesterday_stays_news_where_today_brings_only_statements() -> None:
    for today in STATEMENTS:
        rows = _yesterday(ARTICLE.format(title="أحزاب أردنية تستنكر اعتقال ناشط على معبر الكرامة", today=today,
                                         later="وتتواصل الدعوات الشعبية للإفراج عن الناشط."))
        assert rows, today
        assert all(r["historical"] is False for r in rows), today


def test_an_act_of_the_day_later_in_the_article_makes_yesterday_background() -> None:
    # the first paragraph that names the day brings a statement, a later one tells an act of that day
    for later in ("واستهدفت المقاومة، اليوم الأحد، آلية لقوات الاحتلال قرب أريحا بعبوة ناسفة.",
                  "وفي وقت لاحق، اقتحمت قوات الاحتلال، اليوم، بلدة العوجا شمال أريحا."):
        rows = _yesterday(ARTICLE.format(title="الاحتلال يعتقل ناشطاً أردنياً", later=later,
                                         today="وأكّد الناطق الرسمي للحكومة الأردنية، اليوم، أنّ عمّان "
                                               "تتابع ملف الناشط."))
        assert rows, later
        assert all(r["historical"] is True for r in rows), later


def test_the_speakers_own_act_of_the_day_is_an_act() -> None:
    # guard (passes on the old code too): "أعلنت …، اليوم، أنّها ضربت …" tells the group's act of the day
    rows = _yesterday(ARTICLE.format(title="الاحتلال يعتقل ناشطاً أردنياً", later="",
                                     today="واليوم، أعلنت كتائب المقاومة أنّها ضربت موقعاً لقوات الاحتلال قرب أريحا."))
    assert rows
    assert all(r["historical"] is True for r in rows)
