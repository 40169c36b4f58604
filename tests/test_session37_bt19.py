"""Session 37 (bt19): tolls of folded records and funerals.  When a strike's record on an armed side and its
split-off record on a passer-by fold into one, the dead that each tells in its own clause are different people and
add up (never a count both records hold, told twice); a funeral sentence that ends with a call to stop "مسلسل
الاغتيالات" tells no act of the funeral's day: a series noun before an act word names acts in general."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.arabic.normalize import normalize
from rasd.output.records import records

DAY = dt.date(2024, 5, 8)  # a Wednesday


def test_fighter_and_passer_by_dead_add_up() -> None:
    text = ("قصف مسيّرة إسرائيلية في طوباس\n\n"
            "أمس، اغتال جيش الاحتلال المقاوم في سرايا القدس - كتيبة طوباس، خالد سمير عودة، بقصف سيارة كان يقودها "
            "بمسيّرة في مدينة طوباس، وقالت مصادر محلية إن الشهيد كان مطارداً منذ أشهر.\n\n"
            "كذلك، استشهد الشاب مراد نبيل (16 عاماً) من طوباس، متأثراً بجروح بالغة أصيب بها جراء هذا الاستهداف.\n\n"
            "وأفاد مدير مستشفى طوباس بأن جثمان الشهيد عودة وصل إلى المستشفى، إضافةً إلى 5 إصابات، من جراء استهداف "
            "المركبة.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert len(rows) == 1 and rows[0]["fatalities"] == 2
    # (the fighters' dead told again in the clause that names a passer-by hurt: no second count)
    text = ("قُتل عنصران من قوى الأمن الداخلي (الأسايش)، اليوم الأربعاء، بضربة مسيّرة تركية على سيارتهما قرب "
            "بلدة تل حميس.\n\n"
            "وقالت مصادر في البلدة إن المسيّرة أصابت السيارة بصاروخ، ما أدى إلى مقتل العنصرين في الحال، فيما جُرح "
            "مدني كان يعبر الطريق بجروح خفيفة.")
    rows = [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]
    assert rows and all(r["fatalities"] == 2 for r in rows)


def test_funeral_with_a_call_to_stop_the_killings_is_no_act() -> None:
    text = ("مقتل تاجر برصاص ملثمين على دراجة نارية في نوى وانفجار عبوة ناسفة بسيارة في جاسم\n\n"
            "قُتل التاجر سامر عادل الحمد (28 عاماً) مساء أمس الثلاثاء، برصاص مسلحين ملثمين يستقلون دراجة نارية "
            "أطلقوا النار عليه أمام محله في حي الكرك بمدينة نوى في ريف درعا الغربي.\n\n"
            "وفي حادثة أخرى، انفجرت صباح اليوم الأربعاء عبوة ناسفة مزروعة في سيارة المواطن رامي الخطيب في مدينة "
            "جاسم، ما أدى إلى إصابته بجروح متوسطة.\n\n"
            "وتأتي الحادثة بعد نحو أسبوعين على مقتل شاب آخر في نوى ذاتها، إذ وُجد في الخامس والعشرين من نيسان "
            "الماضي مقتولاً بالرصاص قرب المقبرة.\n\n"
            "ويُشيّع أهالي نوى جثمان الحمد عصر اليوم، وسط مطالبات من أعيانها بوقف مسلسل الاغتيالات.")
    rows = [(r["event_date"], r["location"]) for r in records(article_doc(text, DAY))
            if r["event_type"] == "Violence against civilians"]
    assert ("2024-05-08", "Nawa") not in rows and ("2024-05-07", "Nawa") in rows


def test_series_noun_before_an_act_word() -> None:
    from rasd.events.frames import _series_of

    text = "تشهد البلدة منذ أشهر موجة الاغتيالات، ويستمر مسلسل اغتيالات لا ينتهي."
    ctx_like = _Ctx(text)
    first, second = text.index("الاغتيالات"), text.index("اغتيالات لا")
    assert _series_of(ctx_like, _Match(first, first + len("الاغتيالات")))  # type: ignore[arg-type]
    assert _series_of(ctx_like, _Match(second, second + len("اغتيالات")))  # type: ignore[arg-type]
    text = "نفّذ الطيران اليوم سلسلة غارات على البلدة."
    at = text.index("غارات")
    assert not _series_of(_Ctx(text), _Match(at, at + len("غارات")))  # type: ignore[arg-type]
    # (an indefinite series that a side carries out on the day stays its act)
    text = "نفّذ الطيران الحربي الإسرائيلي اليوم سلسلة غارات على بلدة عيتا الشعب جنوبي لبنان."
    assert [r for r in _rows(text) if r["event_type"] == "Explosions/Remote violence"]


class _Match:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


class _Ctx:
    """The two fields of a sentence context that :func:`_series_of` reads."""

    def __init__(self, text: str) -> None:
        self.nt = normalize(text)
        self.sentence = _Match(0, len(text))


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)
