"""Session 31 (dc13, documentation and humanitarian reports): a monitor's or an agency's report whose lead names its
own period after a word of span ("وثّقت الشبكة … خلال شهر أيار"، "خلال الفترة الممتدة بين 3 و9 أيار"، "خلال الأسبوعين
الأخيرين") tells the incidents of that period as its news, however many days before the publication they lie; an act
outside the period, or one told in a paragraph that recalls ("ويُذكر أنّ …"), stays background."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

PUB = dt.date(2021, 6, 3)  # a Thursday, days after the month the report covers

MONTHLY = (
    "تقرير: مقتل 40 مدنياً في سوريا خلال أيار\n\n"
    "قالت الشبكة في تقريرها الصادر اليوم إنها وثّقت مقتل 40 مدنياً خلال شهر أيار 2021، بينهم تسعة أطفال.\n\n"
    "وجاءت الحصيلة موزعة على عدة محافظات.\n\n"
    "- في 9 أيار، قُتل مدنيان جراء قصف مدفعي لقوات النظام على مدينة سرمين.\n\n"
    "- في 20 أيار، قُتل طفل بانفجار لغم أرضي قرب بلدة تفتناز.\n\n"
)


def _flags(rows: list[dict]) -> list[tuple[str, str, bool]]:
    return sorted((r["event_date"], r["sub_event_type"], bool(r["historical"])) for r in rows)


def test_incidents_of_the_month_a_report_names_are_its_news() -> None:
    rows = record_rows(MONTHLY, PUB)
    assert ("2021-05-09", "Shelling/artillery/missile attack", False) in _flags(rows)
    assert ("2021-05-20", "Remote explosive/landmine/IED", False) in _flags(rows)


def test_an_act_before_the_reports_month_stays_background() -> None:
    text = MONTHLY + "وكانت قوات النظام قد قصفت مدينة سراقب في 14 نيسان 2021، ما أدى إلى مقتل ثلاثة مدنيين.\n"
    rows = record_rows(text, PUB)
    old = [r for r in rows if r["event_date"].startswith("2021-04")]
    assert old and all(r["historical"] for r in old)


def test_a_weekly_reports_span_of_days_makes_its_items_news() -> None:
    text = ("التقرير الأسبوعي للانتهاكات في درعا\n\n"
            "يرصد المركز في هذا التقرير ما وثّقه خلال الفترة الممتدة بين 17 و23 أيار 2021 في محافظة درعا.\n\n"
            "وتواصل الفلتان الأمني في المحافظة.\n\n"
            "1- يوم الثلاثاء 18 أيار، اغتال مسلحون مجهولون شاباً بإطلاق النار عليه في مدينة طفس.\n")
    rows = record_rows(text, dt.date(2021, 5, 31))
    assert [(r["event_date"], bool(r["historical"])) for r in rows] == [("2021-05-18", False)]


def test_a_month_named_without_a_word_of_span_names_no_period() -> None:
    text = ("تقرير حقوقي عن انتهاكات أيار\n\n"
            "أصدرت الشبكة اليوم تقريراً عن شهر أيار 2021.\n\n"
            "وجاءت الحصيلة موزعة على عدة محافظات.\n\n"
            "وفي 9 أيار، قُتل مدنيان جراء قصف مدفعي لقوات النظام على مدينة سرمين.\n")
    rows = record_rows(text, PUB)
    assert [bool(r["historical"]) for r in rows if r["event_date"] == "2021-05-09"] == [True]
