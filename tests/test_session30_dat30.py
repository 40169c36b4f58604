"""Session 30 (dates on new text): a week of a month ("الأسبوع الأخير من كانون الثاني") is that week, not the last
week before publication; an undated paragraph that turns to another place after a lead naming the news day and the
earlier day of the act behind it takes the news day; an act told after a counted offset in a later clause of a dated
sentence ("…، أمس الأحد، …، بعد يوم واحد من مقتل …") lies that long before the sentence's day."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.time.expressions import find_times

DAY = dt.date(2025, 2, 20)  # a Thursday


def _values(text: str, anchor: dt.date = DAY) -> list[tuple[str, int, str]]:
    return [(tm.value.date.isoformat(), tm.value.precision, tm.value.granularity)
            for tm in find_times(normalize(text), anchor)]


def test_last_week_of_a_named_month() -> None:
    assert _values("جرت المداهمات في الأسبوع الأخير من كانون الثاني الماضي.") == [("2025-01-28", 2, "week")]


def test_first_week_of_the_current_month() -> None:
    assert _values("تصاعد القصف في الأسبوع الأول من الشهر الجاري.") == [("2025-02-04", 2, "week")]


def test_second_week_of_a_month_with_a_year() -> None:
    assert _values("اعتُقل في الأسبوع الثاني من آذار 2023.") == [("2023-03-11", 2, "week")]


def test_last_week_of_a_hijri_month() -> None:
    # Ramadan 1445: 11 March – 9 April 2024; its last week 3–9 April
    assert _values("قُتل في الأسبوع الأخير من شهر رمضان.", dt.date(2024, 5, 20)) == [("2024-04-06", 2, "week")]


def test_last_week_alone_is_still_the_recent_week() -> None:
    assert _values("قُتل خلال الأسبوع الأخير ثلاثة مدنيين.")[0][2] != "month"
    assert _values("قُتل خلال الأسبوع الأخير ثلاثة مدنيين.")[0][0] == "2025-02-17"


def test_week_of_a_war_is_no_week_of_a_month() -> None:
    assert all(g != "week" or d != "2025-02-04" for d, _p, g in _values("في الأسبوع الأول من الحرب قصفت الطائرات."))


def test_place_turn_takes_the_news_day_not_the_recalled_one() -> None:
    text = ("شيّع المئات في بلدة القحطانية، اليوم، جثماني شابين قضيا بقصف مسيّرة على سيارتهما قرب القرية، "
            "يوم السبت الماضي.\n\n"
            "وفي مدينة عامودا، نظّم ناشطون وقفة احتجاجية أمام مبنى المجلس المحلي تنديداً بالقصف.")
    rows = record_rows(text, dt.date(2023, 11, 20))
    demo = [r for r in rows if r["event_type"] == "Protests"]
    assert demo and all(r["event_date"] == "2023-11-20" for r in demo)


def test_act_after_an_offset_clause_lies_before_the_sentence_day() -> None:
    text = ("أطلقت قوى الأمن، أمس الأحد، حملة مداهمات في أحياء مدينة حمص، بعد يوم واحد من مقتل رجلين "
            "برصاص مسلحين مجهولين في حي الإنشاءات.")
    rows = record_rows(text, dt.date(2025, 2, 3))
    killing = [r for r in rows if r["event_type"] == "Violence against civilians"]
    assert killing and killing[0]["event_date"] == "2025-02-01"


def test_act_of_the_sentence_after_an_offset_clause_keeps_its_day() -> None:
    text = ("وصباح اليوم الإثنين، بعد يومين من مقتل شاب في البلدة، انفجرت عبوة ناسفة بسيارة عسكرية على طريق "
            "بلدة إنخل في ريف درعا الشمالي.")
    rows = record_rows(text, dt.date(2024, 3, 18))
    blast = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert blast and blast[0]["event_date"] == "2024-03-18"
