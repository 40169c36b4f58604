"""Session 23 (FRESHSTMT: statements, speeches and tallies read as acts).

- a running total of the war's dead told by a count word and the war noun right after the dead ("حصيلة شهداء
  العدوان على القطاع تتجاوز …", "عدد ضحايا العدوان …") is the war's tally, no act of its own: no record;
- a toll that names an act of its own ("حصيلة شهداء القصف على البلدة") or a strike told by its verb stays an event.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 11, 20)


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=15)
    return list(records(Pipeline()(doc)))


def test_the_war_s_running_toll_is_no_act() -> None:
    for body in ("وأفاد مراسلنا بأنّ حصيلة شهداء العدوان ارتفعت لتتجاوز 9000 شهيد، عدا آلاف الجرحى.",
                 "وأعلنت وزارة الصحة أنّ عدد ضحايا العدوان الإسرائيلي على غزة ارتفع إلى 11 ألفاً.",
                 "في غضون ذلك، بلغ إجمالي شهداء العدوان على قطاع غزة أكثر من 12 ألف شهيد."):
        text = "منظمات دولية تطالب بإدخال الوقود إلى المستشفيات\n" + body + "\n"
        assert _rows(text) == [], body


def test_a_toll_with_its_own_strike_stays_an_event() -> None:
    """Guard: a strike told by its verb in the same sentence keeps its record."""
    text = ("غارة على خان يونس\n"
            "استهدفت طائرات الاحتلال الإسرائيلي منزلاً في مدينة خان يونس جنوبي قطاع غزة، اليوم الاثنين، "
            "ما أدى إلى استشهاد 5 مواطنين.\n")
    rows = _rows(text)
    assert len(rows) == 1 and rows[0]["event_type"] == "Explosions/Remote violence"


def _teaser(title: str, body: str) -> list[dict[str, object]]:
    doc = Document(id="t", text=title + "\n" + body + "\n", title=title, published=DAY, published_hour=15)
    return list(records(Pipeline()(doc)))


def test_a_talk_show_teaser_names_topics_not_acts() -> None:
    for title, body in (
            ("التحليلية | صور الهجوم على القرية تعيد طرح الأسئلة",
             "قضية اليوم: صور هجوم المسلحين على القرية في ريف حماة تعيد طرح سؤال الأمن. من المستفيد؟"),
            ("التحليلية | الضربات على الجبهة الشمالية",
             "المقاومة تقصف مواقع الاحتلال في الجليل وتحفظ المعادلات. هل يذهب الاحتلال إلى التصعيد؟")):
        assert _teaser(title, body) == [], title


def test_a_teaser_line_that_dates_its_act_stays() -> None:
    """Guard: a line that dates its act ("فجر اليوم") reports it."""
    rows = _teaser("التحليلية | الرد جاء سريعاً",
                   "قصفت مسيّرة مجهولة مساء أمس الأحد قاعدة عين الأسد في محافظة الأنبار.")
    assert len(rows) == 1 and rows[0]["location"] == "Ain al-Asad Air Base"
