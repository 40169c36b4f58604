"""Session 23 (FRESHSYR: unseen Al Mayadeen reports on Syria).

- the pluperfect of a verb of saying with no time of its own ("وكانت وكالة … قد أفادت أنّ الغارة استهدفت …", "وكان
  مراسلنا قد ذكر …") recalls an earlier report of the news itself, as the date stage reads it: the act it reports is
  not background, so it joins the record of the same act told in the body (one record, not two); a pluperfect with
  a time of its own ("قد أعلن في نيسان الماضي …") and footage published earlier ("قد نشر مشاهد …") stay background;
- a word of failing a few words before a word of stopping a weapon ("فشل الدفاعات الجوية في اعتراض المسيّرة", "بعجز
  القبة الحديدية عن اعتراض الصواريخ", "بعد فشلها في اعتراض مسيرات …") says the weapon got through: no weapon
  stopped (no "Disrupted weapons use");
- many attacks counted over a period given with its bounds ("تعرّضت القوات لـ20 هجوماً خلال الفترة من 3 وحتى 12
  آذار", "في الفترة بين 3 و12 آذار") are a tally, never one act, even in a sentence dated today.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 2, 5)  # a Monday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=15)
    return list(records(Pipeline()(doc)))


STRIKE = ("نفى مسؤول إيراني، اليوم الاثنين، تقارير عن استهداف مقر استشاري في دمشق.\n"
          "{recall}\n"
          "وشنّت طائرات حربية إسرائيلية، اليوم الاثنين، عدواناً جوياً استهدف عدداً من النقاط جنوبي العاصمة دمشق، "
          "ما أسفر عن سقوط عدد من الشهداء.\n")


def test_an_earlier_report_in_the_pluperfect_is_the_news_itself() -> None:
    for recall in ("وكانت وكالة أنباء إيرانية قد ذكرت أنّ القصف الإسرائيلي طال منطقة السيدة زينب في دمشق "
                   "وأصاب مركزاً.",
                   "وكان مراسلنا قد ذكر أنّ غارة إسرائيلية استهدفت منطقة السيدة زينب جنوبي دمشق.",
                   "وكانت مصادر محلية قد أكدت أنّ الغارات الإسرائيلية طالت منطقة السيدة زينب."):
        rows = [r for r in _rows(STRIKE.format(recall=recall)) if r["event_type"] == "Explosions/Remote violence"]
        assert len(rows) == 1 and rows[0]["historical"] is False, recall
        assert rows[0]["location"] in ("Sayyidah Zaynab", "Damascus"), recall


def test_a_lone_earlier_report_of_the_day_is_not_background() -> None:
    rows = _rows("وكان مراسلنا قد أفاد بأنّ غارة إسرائيلية استهدفت منطقة السيدة زينب في ريف دمشق.\n")
    assert [(r["location"], r["historical"]) for r in rows] == [("Sayyidah Zaynab", False)]


def test_guard_a_pluperfect_report_with_its_own_earlier_time_stays_background() -> None:
    """Pure guard: the recalled report dates its act in an earlier month."""
    rows = _rows("وكان جيش الاحتلال قد أعلن في شهر تشرين الثاني الماضي سقوط قذيفتين أطلقتا من سوريا "
                 "في هضبة الجولان.\n")
    assert rows and all(r["historical"] is True for r in rows)


def test_guard_footage_published_earlier_stays_background() -> None:
    """Pure guard: footage shows an act older than its publication."""
    rows = _rows("وكان الإعلام الحربي للسرايا قد نشر مقطعاً يظهر استهداف دبابة إسرائيلية بقذيفة مضادة للدروع "
                 "شرقي مدينة رفح.\n")
    assert rows and all(r["historical"] is True for r in rows)


def test_attacks_counted_over_a_bounded_period_are_a_tally() -> None:
    for text in ("وأعلنت وزارة الدفاع، فجر اليوم الاثنين، أنّ قواتها تعرّضت لما لا يقل عن 20 هجوماً بالصواريخ "
                 "والمسيرات في العراق وسوريا خلال الفترة من 17 كانون الثاني وحتى 27 منه.",
                 "قالت القيادة اليوم إنّ قواعدها تعرّضت لـ15 هجوماً في الفترة بين 3 و12 كانون الثاني.",
                 "وأوضح المتحدث أنّ الفصائل شنّت 30 هجوماً على مواقع الجيش خلال الفترة من مطلع الشهر وحتى اليوم."):
        assert _rows(text + "\n") == [], text


def test_guard_many_strikes_on_one_town_today_are_one_act() -> None:
    """Pure guard: a count of strikes on one town today, with no period, is that day's act."""
    rows = _rows("شنّت الطائرات الحربية 20 غارة على بلدة كفرنبل في ريف إدلب اليوم.\n")
    assert [r["location"] for r in rows] == ["Kafr Nobol"]


def test_a_failed_interception_stops_no_weapon() -> None:
    for text in ("وتساءلت الصحيفة عن أسباب فشل منظومات الدفاع في اعتراض الطائرة المسيّرة.",
                 "وأقرّ الجيش الإسرائيلي بعجز القبة الحديدية عن اعتراض الصواريخ فوق صفد.",
                 "وتواجه الوحدة تحديات متزايدة بعد فشلها في اعتراض مسيرات الحزب الانقضاضية."):
        rows = _rows(text + "\n")
        assert all(r["sub_event_type"] != "Disrupted weapons use" for r in rows), text


def test_guard_a_downing_after_another_failure_still_stops_the_weapon() -> None:
    """Pure guard: the failure is another clause's; the drone was shot down."""
    for text, place in (("اعترضت الدفاعات الجوية الإسرائيلية الصواريخ فوق صفد.", "Safed"),
                        ("وأسقطت الدفاعات الجوية الطائرة المسيّرة فوق إيلات، بعد فشل هجوم سابق.", "Eilat")):
        rows = _rows(text + "\n")
        assert [r["location"] for r in rows if r["sub_event_type"] == "Disrupted weapons use"] == [place], text
