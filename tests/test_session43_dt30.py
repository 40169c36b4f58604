"""Session 43 (dt30): dates.  A year told for a comparison ("أكثر الهجمات دموية خلال العام الماضي") gives way to a
month of that year the sentence names for the act; a clause of explanation in the pluperfect ("، إذ كان المحل قد
أُخلي منذ أيام") dates what came before the act, not the act; a day weeks older than the sentence's own day, told
after it (an agreement's date), is no day the next paragraph inherits; an agreement after "لل" ("للاتفاق الموقع
في …") dates the document, not the act; a clause after "، كما" with a date of its own tells another act of that
day; an act recalled after "، إذ سبق أن" with a time of its own, after a summary that reports none, is an event of
its own day."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 9, 18)  # a Thursday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def test_month_of_the_year_named_dates_the_act_not_the_year() -> None:
    text = ("أصيب عنصران من الأمن العام، مساء أمس الأربعاء، بانفجار عبوة ناسفة استهدفت سيارتهما على طريق فرعي "
            "قرب مدينة الباب.\n\n"
            "وتبقى أشد الهجمات دموية في ريف حلب خلال العام الماضي، تفجير الشاحنة المفخخة الذي استهدف سوقاً "
            "شعبياً وسط مدينة منبج في آذار 2024، وأدى إلى مقتل سبعة مدنيين.")
    rows = [r for r in _rows(text) if r["location"] == "Menbij"]
    assert rows and str(rows[0]["event_date"]).startswith("2024-03")


def test_pluperfect_clause_of_explanation_does_not_date_the_strike() -> None:
    text = ("شنّ الطيران الإسرائيلي فجر اليوم غارة على منزل في بلدة شمسطار في البقاع، ما أدى إلى مقتل شخصين.\n\n"
            "أما في مدينة الهرمل، فقد استهدفت غارة بعد الظهر مستودعاً قرب الطريق العام، واقتصرت الأضرار على "
            "الماديات، إذ كان المستودع قد أُفرغ منذ أيام.")
    rows = [r for r in _rows(text, dt.date(2024, 10, 19)) if r["location"] == "Hermel"]
    assert rows and rows[0]["event_date"] == "2024-10-19" and rows[0]["time_precision"] == 1


def test_next_paragraph_does_not_inherit_an_agreement_day_weeks_old() -> None:
    text = ("دخلت قوات الأمن العام أمس إلى مدينة مسكنة بريف حلب الشرقي، بعد خروج عناصر \"قسد\" منها "
            "تطبيقاً للتفاهم المبرم بين الطرفين في الأول من تموز الماضي.\n\n"
            "وعملت فرق الهندسة على تفكيك الألغام والعبوات الناسفة التي تركها المسلحون على مداخل المدينة.")
    rows = [r for r in _rows(text) if r["sub_event_type"] == "Disrupted weapons use"]
    assert rows and rows[0]["event_date"] == "2025-09-17"


def test_agreement_after_the_contracted_article_dates_the_document_not_the_shelling() -> None:
    text = ("قصفت قوات النظام بقذائف المدفعية أطراف بلدة كنصفرة في جبل الزاوية، ما أدى إلى إصابة امرأة، في خرق "
            "جديد للاتفاق الموقع بين روسيا وتركيا في آذار 2020.")
    rows = [r for r in _rows(text, dt.date(2021, 6, 10)) if r["location"] == "Kansafra"]
    assert rows and rows[0]["event_date"] == "2021-06-10" and rows[0]["time_precision"] == 1


def test_also_clause_with_a_date_of_its_own_is_another_event() -> None:
    text = ("سقطت ثلاثة صواريخ، مساء اليوم، على قاعدة حرير الجوية في محافظة أربيل، من دون أن تسفر عن إصابات.\n\n"
            "وكانت القاعدة قد تعرضت في الثالث من آذار الماضي لهجوم بطائرة مسيّرة مفخخة استهدفت مخزناً داخلها، "
            "كما قُتل حارس أمني وأصيب اثنان في هجوم صاروخي طال محيط القاعدة خلال شهر كانون الثاني الماضي.")
    rows = _rows(text, dt.date(2021, 5, 20))
    days = sorted(str(r["event_date"])[:7] for r in rows)
    assert days == ["2021-01", "2021-03", "2021-05"]
    january = next(r for r in rows if str(r["event_date"]).startswith("2021-01"))
    assert january["fatalities"] == 1 and january["sub_event_type"] == "Shelling/artillery/missile attack"


def test_act_recalled_after_a_summary_is_an_event_of_its_own_day() -> None:
    text = ("قُتل شاب بغارة نفذتها مسيّرة إسرائيلية، صباح اليوم الثلاثاء، على دراجة نارية في بلدة عيترون جنوبي "
            "لبنان.\n\n"
            "وتكررت الغارات على أطراف بلدة يارون منذ مطلع العام، إذ سبق أن استهدفت مسيّرة إسرائيلية في الأسبوع "
            "الأخير من الشهر الماضي سيارة عند مدخل البلدة، ما أدى إلى مقتل سائقها.")
    rows = [r for r in _rows(text, dt.date(2025, 2, 11)) if r["location"] == "Yaroun"]
    assert rows and rows[0]["event_date"] == "2025-01-28" and rows[0]["time_precision"] == 2
    assert rows[0]["historical"] is True
