"""Session 22 (G3HIST: background events and their dates).

- a week counted back from the writing ("وقبل نحو أسبوع، …", "قبل أسبوع") after the lead stands for a day that old
  and is recalled as that day is: background (historical), as "قبل أيام" and "الأسبوع الماضي" already were;
- a retrospective whose headline counts the years since an event ("خمس سنوات على معركة …") tells its undated acts of
  that event: the month that many years before the publication, background, not the publication day.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)  # a Sunday

SPEECH = ("كلمة لرئيس الحزب في ذكرى التأسيس\n"
          "ألقى رئيس الحزب كلمة اليوم الأحد في مهرجان حاشد تناول فيها الأوضاع السياسية في البلاد.\n"
          "وقال إنّ الحكومة تتحمل مسؤولية الأزمة الاقتصادية.\n"
          "وتطرّق إلى الأوضاع الأمنية في الجنوب.\n"
          "{when}، انفجرت عبوة ناسفة بسيارة عسكرية على طريق بلدة نوى في ريف درعا، ما أدى إلى مقتل جنديين.\n")


def _rows(text: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return list(records(Pipeline()(doc)))


def _bombings(text: str) -> list[dict[str, object]]:
    return [r for r in _rows(text) if r["location"] == "Nawa"]


def test_a_week_counted_back_is_background() -> None:
    for when in ("وقبل نحو أسبوع", "وقبل أسبوع", "قبل قرابة أسبوع"):
        rows = _bombings(SPEECH.format(when=when))
        assert rows, when
        assert all(r["historical"] is True for r in rows), when
        assert all(r["event_date"] == "2024-05-05" for r in rows), when


def test_this_week_stays_news() -> None:
    # guard (passes on the old code too): the days of this week are the news, not a recalled week
    rows = _bombings(SPEECH.format(when="وخلال الأسبوع الجاري"))
    assert rows and all(r["historical"] is False for r in rows)


RETRO = ("{head} معركة التلال الشرقية.. كيف تغيّرت المعادلة\n"
         "تستعيد هذه المقالة محطات المعركة التي خاضتها القوات في التلال الشرقية ونتائجها على المنطقة.\n"
         "شكّلت المعركة منعطفاً في مسار المواجهة مع التنظيمات المسلحة في المنطقة الحدودية.\n"
         "واندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحي تنظيم داعش في جرود بلدة عرسال، أدت إلى مقتل عشرات "
         "المسلحين.\n")


def _clashes(text: str) -> list[dict[str, object]]:
    return [r for r in _rows(text) if r["event_type"] == "Battles"]


def test_anniversary_headline_dates_undated_acts_to_the_event() -> None:
    for head, year in (("خمس سنوات على", "2019"), ("7 أعوام على", "2017"), ("عامان على", "2022")):
        rows = _clashes(RETRO.format(head=head))
        assert rows, head
        assert all(r["historical"] is True for r in rows), head
        assert all(str(r["event_date"]).startswith(year + "-05") for r in rows), head
        assert all(r["time_precision"] == 3 for r in rows), head


def test_one_year_of_a_war_and_own_days_are_left_alone() -> None:
    # guard (passes on the old code too): "عام على الحرب" is a war still going on; an act with a day of its own
    # keeps that day
    rows = _clashes(RETRO.format(head="عام على"))
    assert rows and all(r["event_date"] == DAY.isoformat() for r in rows)
    own = RETRO.format(head="خمس سنوات على").replace("واندلعت اشتباكات عنيفة", "واندلعت، أمس السبت، اشتباكات عنيفة")
    rows = _clashes(own)
    assert rows and all(r["event_date"] == "2024-05-11" for r in rows)


def test_a_state_lasting_since_a_week_is_not_recalled() -> None:
    # guard (passes on the old code too): "المستمرة منذ أسبوعين" tells how long the fighting has lasted, up to now
    text = ("معارك في ريف درعا\n"
            "ألقى رئيس الحزب كلمة اليوم الأحد في مهرجان حاشد تناول فيها الأوضاع السياسية في البلاد.\n"
            "وقال إنّ الحكومة تتحمل مسؤولية الأزمة الاقتصادية.\n"
            "وتطرّق إلى الأوضاع الأمنية في الجنوب.\n"
            "وقُتل ثلاثة مقاتلين في الاشتباكات المستمرة منذ أسبوعين بين الجيش ومسلحين في بلدة نوى بريف درعا.\n")
    rows = [r for r in _rows(text) if r["location"] == "Nawa"]
    assert rows and all(r["historical"] is False for r in rows)
